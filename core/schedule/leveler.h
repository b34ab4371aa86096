#pragma once
// Leveler: resource leveling of workspace projects on top of the RCPSP optimiser.
//
// How it works. The leveler copies one project (or every project that is not closed, on the shared
// resource pool) into ProjectSnapshots and schedules them with CpmScheduler twice: as they stand
// (the plan before leveling) and with the leveling delays of movable tasks cleared (their early and
// late dates). It then builds an RcpspProblem ("RCPSP with calendars") on one time axis: the working
// time of every calendar involved — the projects' and their tasks' calendars and the people's —
// merged into one, cut into periods of one working hour of that union, or of a coarser whole
// number of hours when the plan is long, so that the problem stays under about 20,000 periods
// (LevelingPreview::periodMinutes says which):
//   - every leaf task becomes a job on the calendar CPM schedules it on (its own calendar, else
//     the one calendar of its people — Microsoft Project's rule, see ProjectSnapshot — else the
//     project's); a period is working for a calendar when that calendar works at least half of
//     it. The job's duration is its work in periods: it occupies that many working periods of its
//     calendar and pauses across the others, so it stretches over a person's holiday or
//     non-working days, and a task delayed across a holiday lasts as long as CPM will make it.
//     Elapsed tasks keep their span and work in every period; milestones take no time,
//   - its requests are its assignments' units in hundredths (1.0 = 100) per person, and apply only
//     in the periods the job occupies: two tasks of one person that overlap only where one of them
//     pauses do not compete,
//   - each person's capacity is their max units (in hundredths) in every period; their calendar
//     acts through the jobs' calendars,
//   - links between movable jobs keep their type and lag (in periods; a link to a summary applies
//     to every task under it),
//   - delay-only: no job starts before its CPM early start,
//   - fixed (never moved): manually scheduled tasks, started tasks, tasks of priority 1000, tasks
//     with a constraint that limits them from above (must start/finish on, start/finish no later
//     than, as late as possible); when one project is leveled, the other open projects' work on the
//     same people is fixed load too, on each person's calendar. Fixed load is taken out of the
//     capacity first,
//   - within slack: a task may not finish after its CPM late finish; tasks that would have to are
//     left at their early start (with the tasks before them) and reported,
//   - priorities: two greedy serial plans take the tasks by priority (higher first), then by
//     early start or by late start; the better one seeds the optimiser, and of the three plans the
//     one whose projects finish earliest in sum (then with the least delay) is kept.
// The optimiser's starts become leveling delays (Task::levelingDelay, elapsed minutes after the CPM
// early start) that put each task at the first working time of its calendar in the period the
// optimiser chose; as the job's duration and calendar are the task's, CPM then gives it the
// finish the optimiser planned. CPM runs again with the delays, and the preview lists the tasks
// that move, the project finishes and each person's peak load before and after. When no job's
// calendar pauses anywhere on the axis (one calendar for everything), the problem has no calendars
// and the optimiser takes its plain, faster path. Beyond the farthest a plan can reach (every
// movable task waiting for all the others, plus two weeks) the optimiser takes every period as
// working. The preview's ChangeSet holds the delays and the new dates of every project concerned:
// apply it as one step (Store::apply or WorkspaceDocument::apply) and one undo restores everything.
//
// Threading: the constructor copies everything it needs from the workspace (on the workspace's
// thread); run() touches only this object, so a UI runs it on a worker thread, with progress and a
// cancel flag in the options; preview() then reads the workspace again, on its thread.

#include "rcpspprogress.h"

#include "model/changeset.h"
#include "model/ids.h"
#include "model/timeutil.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

namespace Keel {

class Workspace;

/// What to level and how long to search.
struct LevelingOptions
{
    /// The project to level; null: every project that is not closed, on the shared pool.
    Id projectId;
    /// Level only within each task's total slack: no finish date moves.
    bool withinSlack = false;
    /// Time budget of the optimiser in seconds (CPU time of the leveling thread); 0 or less: none.
    double timeLimit = 2.0;
    /// Budget in generated schedules (0: 20,000). The search stops at the first limit reached, so
    /// small plans give the same result for the same seed on every run.
    std::int64_t scheduleLimit = 0;
    std::uint64_t seed = 1;
    /// Set from another thread to stop early; the best plan found so far is kept.
    const std::atomic<bool> *cancel = nullptr;
    /// Called on the leveling thread while the optimiser runs.
    std::function<void(const RcpspProgress &)> progress;
};

/// One task the leveling moves.
struct LeveledTask
{
    Id taskId;
    Id projectId;
    QString name;
    QString projectName;
    Minutes oldStart = kNoTime;
    Minutes newStart = kNoTime;
    Minutes oldFinish = kNoTime;
    Minutes newFinish = kNoTime;
    Minutes oldDelay = 0; ///< leveling delay before, elapsed minutes
    Minutes newDelay = 0; ///< leveling delay after, elapsed minutes
};

/// A project's finish before and after leveling.
struct LeveledProject
{
    Id projectId;
    QString name;
    Minutes oldFinish = kNoTime;
    Minutes newFinish = kNoTime;
};

/// A person's highest load before and after leveling.
struct LeveledResource
{
    Id resourceId;
    QString name;
    int oldPeakPercent = 0;    ///< highest sum of assigned units at any time / max units, percent
    int newPeakPercent = 0;
    Minutes oldOverload = 0;   ///< working minutes in which more than max units is assigned
    Minutes newOverload = 0;
};

/// The outcome of leveling (or of clearing it): a preview and the ChangeSet applying it.
struct LevelingPreview
{
    QList<LeveledTask> moved;          ///< tasks whose start changes, in project and WBS order
    QList<LeveledProject> projects;
    QList<LeveledResource> resources;  ///< the people the leveled tasks use, by name
    /// Tasks left where they are because moving them would need more than their slack.
    QList<Id> unresolved;
    QStringList messages;              ///< translated notes for the user
    Minutes periodMinutes = 60;        ///< the optimiser's period, working minutes
    int jobs = 0;                      ///< tasks the optimiser placed
    int fixedJobs = 0;                 ///< of which fixed
    std::int64_t schedules = 0;        ///< schedules the optimiser generated
    double seconds = 0;                ///< time spent in run()
    bool cancelled = false;
    /// Leveling delays and new dates of every project concerned; empty when nothing changes.
    ChangeSet changes;
};

/// Levels projects of a workspace; see the header comment.
class Leveler
{
public:
    enum class Mode {
        Level,  ///< compute leveling delays
        Clear,  ///< remove every leveling delay of the projects
    };

    /// Copies what leveling `options.projectId` (or the pool) needs from `ws`.
    Leveler(const Workspace &ws, LevelingOptions options, Mode mode = Mode::Level);
    ~Leveler();
    Leveler(const Leveler &) = delete;
    Leveler &operator=(const Leveler &) = delete;

    /// Why leveling cannot run (an unknown project, a dependency cycle), translated; empty if it can.
    QString error() const;
    /// Computes the leveled plan; touches nothing but this object (any thread). False on error.
    bool run();
    /// The result of run(); reads `ws` (the workspace given to the constructor, on its thread).
    LevelingPreview preview(const Workspace &ws) const;

    /// Convenience: constructs, runs and returns the preview. False with *error on bad input.
    static bool level(const Workspace &ws, const LevelingOptions &options, LevelingPreview *preview,
                      QString *error = nullptr);
    /// Convenience: the preview of clearing every leveling delay of a project (null: all projects).
    static bool clear(const Workspace &ws, const Id &projectId, LevelingPreview *preview, QString *error = nullptr);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace Keel
