#pragma once
// CpmScheduler: critical-path scheduling of a ScheduleSnapshot with Microsoft Project's rules.
//
// How it works. The constructor takes the snapshot (by value; move it in), checks it, and builds
// the dependency graph once: each task is a node, each summary task gets a second "entry" node
// before its children (links into a summary and its constraints apply to all of its children)
// and its own node after them (its dates roll up from them). A topological order of that graph is
// computed once; a dependency cycle is reported as an error naming its tasks, and the links that
// close it are ignored so that the rest is still scheduled, deterministically.
//
// schedule() then runs, over flat arrays:
//   1. the forward pass (early dates: links with lags on the successor's calendar, constraints,
//      actuals and the status date),
//   2. the backward pass from the project finish (late dates: links, constraints, deadlines),
//   3. when ALAP tasks exist, a second forward pass in which successors follow the ALAP tasks'
//      late dates (that is where an ALAP task is shown); it only recomputes what lies
//      downstream of ALAP tasks,
//   4. start/finish, total and free slack, critical and near-critical flags, summary roll-up
//      and the diagnostics (constraint conflicts, missed deadlines, manual-task conflicts).
// A large project whose network can be cut into parts that hardly wait for each other (the
// sub-projects of a programme) runs each pass on several threads, one contiguous part of the
// topological order each; the result is the same as on one thread (docs/scheduling.md,
// "Threads").
// Scheduling from the finish runs the mirror image: the backward pass first from the project
// finish with constraints honoured, then the forward pass from the resulting project start.
//
// Every date is kept together with its work position on its task's calendar (see WorkCalendar),
// so links between tasks on one calendar and all slack need no calendar look-ups. Tasks without
// constraint dates, milestones, elapsed durations or progress take a fast path that works in
// positions only; it gives exactly what the general path gives (define KEEL_CPM_NO_FAST_PATH when
// building to compare them).
//
// After setDuration() / updateTask(), reschedule() recomputes only what the change reaches
// (it walks the topological order from the changed task and stops where dates stop changing);
// the result is identical to a full schedule(). docs/scheduling.md lists every rule.
//
// Ownership: the scheduler owns its snapshot and its result; result() stays valid until the next
// schedule()/reschedule(). Not thread-safe; use one scheduler per thread (WorkCalendar is shared
// safely).

#include "schedulesnapshot.h"

#include <limits>
#include <vector>

namespace Keel {

class CpmScheduler
{
public:
    explicit CpmScheduler(ScheduleSnapshot snapshot);

    /// Full schedule of the snapshot.
    const ScheduleResult &schedule();
    /// Changes one task's duration (working or elapsed minutes, as the task counts them).
    void setDuration(qint32 task, Minutes duration);
    /// Replaces one task's inputs. Changing its parent, calendar or active flag rebuilds the graph
    /// on the next run.
    void updateTask(qint32 task, const SnapshotTask &data);
    /// Recomputes after setDuration()/updateTask(); the same result as schedule(), usually faster.
    const ScheduleResult &reschedule();

    const ScheduleResult &result() const { return m_result; }
    const ScheduleSnapshot &snapshot() const { return m_s; }
    /// Tasks in the order the forward pass visits them (summaries after their children).
    std::vector<qint32> topologicalOrder() const;

    /// Threads a full schedule of a large project uses for its per-task results (0: one per
    /// core, at most four; a thread is only started for every 25,000 tasks). The result never
    /// depends on it.
    void setMaxThreads(int threads) { m_maxThreads = threads; }
    /// Threads the passes of the last full schedule ran on: more than one only for a large
    /// project whose network can be cut into parts that hardly wait for each other (such as a
    /// programme of sub-projects).
    int passThreads() const { return m_partStart.empty() ? 1 : int(m_partStart.size()) - 1; }

    /// One-shot convenience: builds a scheduler and returns its schedule.
    static ScheduleResult run(ScheduleSnapshot snapshot);

private:
    /// A task's start and finish, as times and as work positions on the task's calendar, side by
    /// side so that a successor reads what it needs from one cache line.
    struct Dates
    {
        Minutes start = kNoTime;
        Minutes finish = kNoTime;
        Minutes startW = kNoTime;
        Minutes finishW = kNoTime;
    };

    struct Edge
    {
        qint32 task;       ///< the other end of the link
        quint8 type;       ///< DependencyType
        quint8 unit;       ///< LagUnit
        quint8 sameCalendar; ///< both tasks use the same calendar: positions carry over
        Minutes lag;
    };

    void build();
    void buildFlags(qint32 task);
    void breakCycles(std::vector<quint8> &ignoredLinks);
    void buildLinkLists(const std::vector<quint8> &ignoredLinks);
    bool sortTopologically();
    /// Calls @p f(dependent) for every node that depends directly on @p node.
    template<class F> void forEachDependent(qint32 node, const F &f) const;
    void buildParts(int parts);
    /// How many threads the passes run on (see buildParts()), 1 when the graph is small or has
    /// no place to cut it.
    int passParts();
    /// Runs @p visit(node) over every node in topological order (reverse order when
    /// @p reverse), on passParts() threads.
    template<class Visit> void forEachNodeInOrder(bool reverse, const Visit &visit);
    void runFull();
    void runFromStart();
    bool readsMovedNode(qint32 node) const;
    void runFromFinish();
    bool forwardNode(qint32 node, bool alapPass, bool primary, Dates *a);
    bool backwardNode(qint32 node, bool primary, bool asapPass);
    bool forwardLeaf(qint32 task, bool alapPass, bool primary, Dates *a);
    bool forwardPlain(qint32 task, bool alapPass, Dates *a);
    bool forwardSummaryEntry(qint32 task, bool alapPass, Dates *a);
    bool forwardSummaryExit(qint32 task, bool alapPass, Dates *a);
    bool backwardLeaf(qint32 task, bool primary, bool asapPass);
    bool backwardPlain(qint32 task, bool asapPass);
    bool backwardSummaryExit(qint32 task, bool asapPass);
    bool backwardSummaryEntry(qint32 task);
    Minutes computeProjectFinish() const;
    Minutes computeProjectStart() const;
    bool shownLate(qint32 task) const;
    /// A task's or a summary's dates, total slack and critical flags in the result (entry nodes
    /// have none): all but free slack.
    void resultTotals(qint32 node);
    void taskDates(qint32 task);
    void summaryDates(qint32 task);
    Minutes freeSlack(qint32 task, Minutes totalSlack) const;
    void taskTotals(qint32 task);
    void summaryTotals(qint32 task);
    void resultFreeSlack(qint32 task);
    void taskSlack(qint32 task);
    void summarySlack(qint32 task);
    void collectDiagnostics();
    /// Diagnostics in two steps, so that the scan can run on several threads: what each task
    /// has to report and the span of the leaf tasks, for parts of the task list; then, in the
    /// order of the parts, the result's diagnostics, project start and finish.
    struct DiagnosticScan
    {
        Minutes start = std::numeric_limits<Minutes>::max();
        Minutes finish = kNoTime;
        std::vector<ScheduleDiagnostic> found;
    };
    void scanTask(qint32 task, DiagnosticScan &scan) const;
    void reportDiagnostics(std::vector<DiagnosticScan> &scans);
    void markNode(qint32 node);
    void markForwardDependents(qint32 task);
    void markBackwardDependents(qint32 task);
    void propagateForward(bool alapPass, Dates *a, std::vector<qint32> &changed);
    void propagateBackward(std::vector<qint32> &changed);

    Minutes lagMinutes(const Edge &e, qint32 predecessor) const;
    bool lagIsElapsed(const Edge &e, qint32 predecessor) const;
    void setProjectStart(Minutes start);
    void setProjectFinish(Minutes finish);
    Minutes applyLag(Minutes date, const Edge &e, qint32 predecessor, const WorkCalendar &cal) const;
    Minutes removeLag(Minutes date, const Edge &e, qint32 predecessor, const WorkCalendar &cal) const;
    Minutes normStart(qint32 task, Minutes t) const;
    Minutes addDuration(qint32 task, Minutes start, Minutes duration) const;
    Minutes subDuration(qint32 task, Minutes finish, Minutes duration) const;
    Minutes span(qint32 task, Minutes from, Minutes to) const;
    Minutes remaining(qint32 task) const;
    QString taskLabel(qint32 task) const;
    qint32 entryNode(qint32 task) const
    {
        const qint32 slot = m_summaryOf[size_t(task)];
        return slot < 0 ? task : m_n + slot;
    }
    bool isSummary(qint32 task) const { return m_summaryOf[size_t(task)] >= 0; }

    ScheduleSnapshot m_s;
    ScheduleResult m_result;
    qint32 m_n = 0;
    bool m_needsBuild = true;
    bool m_scheduled = false;
    bool m_hasAlap = false;
    bool m_hasAsap = false;
    bool m_recordIssues = true;
    bool m_resultTotalsDone = false; ///< the last pass already did resultTotals()
    Minutes m_projectStart = kNoTime;
    Minutes m_projectFinish = kNoTime;
    Dates *m_first = nullptr; ///< early dates of the first forward pass

    std::vector<const WorkCalendar *> m_cal;
    std::vector<qint32> m_calIdx;       ///< each task's calendar, resolved
    // Per calendar: positions of the project start, the status date (kNoTime when its rule is
    // off) and the project finish.
    std::vector<Minutes> m_calStartW, m_calStatusW, m_calFinishW;
    std::vector<quint16> m_flags;
    std::vector<qint32> m_summaryOf;    ///< task → summary slot, -1 for a leaf
    std::vector<qint32> m_summaryTask;  ///< summary slot → task
    std::vector<qint32> m_childStart;   ///< per summary slot, into m_children
    std::vector<qint32> m_children;
    std::vector<qint32> m_inStart;
    std::vector<Edge> m_in;
    std::vector<qint32> m_outStart;
    std::vector<Edge> m_out;
    std::vector<qint32> m_order;        ///< nodes: task i, or m_n + slot for a summary's entry
    std::vector<qint32> m_position;     ///< node → index in m_order
    /// For passes on several threads (see buildParts()): where each part of m_order begins
    /// (and, last, the end; empty: one thread), and per position the last position in an
    /// earlier part that the node depends on (-1 if none) and the first position in a later part
    /// that depends on it (INT32_MAX if none).
    int m_partsWanted = 0;
    std::vector<qint32> m_partStart;
    std::vector<qint32> m_needsBefore;
    std::vector<qint32> m_neededAfter;

    int m_maxThreads = 0;
    std::vector<Dates> m_early, m_late;
    std::vector<Dates> m_early1; ///< the first forward pass, kept apart when ALAP tasks exist
    std::vector<quint8> m_secondChanged; ///< per node: the ALAP pass on several threads changed it
    std::vector<Minutes> m_resume;
    // Summary slots: what links and constraints on a summary impose on its children, per
    // forward pass (the second one follows ALAP tasks' late dates) and for the backward pass.
    struct Floors
    {
        Minutes linkStart = kNoTime;  ///< from FS/SS links into the summary
        Minutes linkFinish = kNoTime; ///< from FF/SF links into the summary
        Minutes snet = kNoTime;       ///< from SNET/MSO on the summary or above
        Minutes fnet = kNoTime;       ///< from FNET/MFO on the summary or above
        Minutes linkStartW = kNoTime; ///< the same as positions on the summary's calendar
        Minutes linkFinishW = kNoTime;
        Minutes snetW = kNoTime;
        Minutes fnetW = kNoTime;
    };
    std::vector<Floors> m_floors[2];
    struct Ceilings
    {
        Minutes start = std::numeric_limits<Minutes>::max();  ///< from SS/SF links, SNLT/MSO
        Minutes finish = std::numeric_limits<Minutes>::max(); ///< FS/FF links, FNLT/MFO, deadline
        Minutes startW = std::numeric_limits<Minutes>::max();
        Minutes finishW = std::numeric_limits<Minutes>::max();
    };
    std::vector<Ceilings> m_ceilings;
    // Per-task findings of the passes (kNoTime: none).
    std::vector<Minutes> m_constraintConflict, m_manualConflict;

    std::vector<ScheduleDiagnostic> m_graphDiagnostics;
    std::vector<qint32> m_changed;
    std::vector<quint8> m_dirty;
    std::vector<quint32> m_touchStamp;
    std::vector<qint32> m_touched;
    quint32 m_stamp = 0;
    qint32 m_pending = 0;   ///< dirty nodes not yet visited
    qint32 m_dirtyLow = 0;  ///< lowest and highest position of a dirty node
    qint32 m_dirtyHigh = -1;
};

} // namespace Keel
