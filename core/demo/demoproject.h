#pragma once
// DemoProjectBuilder turns one project brief into one ChangeSet: the project, its scope items,
// the WBS with dates from a simple forward pass over the project calendar, links, staffing,
// baselines, and — for work before demoToday() — actuals that deviate from the plan by task
// category and by person, with the time entries, expenses, requests, documents, communications,
// ratings and lessons learned a project of that phase would have.

#include "democatalog.h"
#include "demoplan.h"

#include <model/changeset.h>

#include <QList>

#include <limits>

namespace Keel {

class DemoRandom;
class DemoWorkTime;

namespace Demo {

class DemoPool;
struct DemoClient;

class DemoProjectBuilder
{
public:
    DemoProjectBuilder(DemoPool &pool, const ProjectSeed &seed, int client, int copy, DemoRandom &rng);
    ~DemoProjectBuilder();

    ChangeSet build();

    /// How much more work than planned a task category takes, on average, in the demo's history.
    static double categoryBias(const QString &category);

private:
    enum class State { Future, InProgress, Done };
    struct Work
    {
        int person = -1;
        double units = 1.0;
        Minutes planned = 0;
        double factor = 1.0;       ///< actual / planned, when done
        Minutes work = 0;          ///< current: actual + remaining
        Minutes actual = 0;
        Id id;
    };
    /// Positions (es, ef, planEs, planEf) are working minutes on the task's own calendar: the one
    /// calendar of its people when they share one, else the project's (Microsoft Project's rule,
    /// as core/schedule applies it). Links and summaries meet in wall-clock time.
    struct Node
    {
        QList<int> children;
        QList<Work> work;
        bool skillOnly = false;    ///< staffed by skill requirements, not yet by people
        const DemoWorkTime *cal = nullptr;
        Minutes planEs = 0, planEf = 0;
        Minutes es = 0, ef = 0, dur = 0;
        Minutes planDur = 0;
        State state = State::Future;
        int percent = 0;
        Minutes start = kNoTime, finish = kNoTime;            ///< current, wall clock
        Minutes planStart = kNoTime, planFinish = kNoTime;    ///< baseline, wall clock
        Minutes actualStart = kNoTime, actualFinish = kNoTime;
        Minutes totalWork = 0;     ///< current work (actual + remaining), rolled up
        Minutes planWork = 0;      ///< baseline work, rolled up
        qint64 planCost = 0;       ///< baseline cost in the project currency, rolled up
        Id id;
    };
    static constexpr Minutes kNever = std::numeric_limits<Minutes>::max() / 4;

    /// How much more work than planned a task of `category` takes in this project (its story).
    double estimateBias(const QString &category) const;
    bool isLeaf(int i) const { return m_nodes[i].children.isEmpty(); }
    /// Staffs the leaves; with a window (day numbers), from the people least booked in it.
    void staff(qint64 fromDay = 0, qint64 toDay = -1);
    void unstaff();
    void bookPeople();
    void planPass();
    void estimateFactors();
    Minutes actualDuration(int i) const;
    /// Earliest start (a position on the task's calendar) of leaf i given its predecessors' dates
    /// and its own duration.
    Minutes earliestStart(int i, Minutes duration, bool plan) const;
    /// Where a milestone sits: at its predecessors' finish when that is working time or the end of
    /// a working period, else at the next start of work.
    Minutes milestoneAt(int i, bool plan) const;
    /// The status date as a position on `cal`: +/-kNever when everything / nothing is done.
    Minutes statusOn(const DemoWorkTime &cal) const;
    void assignCalendars();
    void actualPass();
    void placeSpans(bool plan);
    void placeProject();
    void rollUp();
    qint64 toProjectCurrency(qint64 amount, const QString &currency) const;
    qint64 costOf(const Work &w, Minutes minutes, bool bill) const;
    qint64 utcMs(Minutes wallClock) const;

    void emitProject(ChangeSet &cs);
    void emitRequirements(ChangeSet &cs);
    void emitTasks(ChangeSet &cs);
    void emitBaselines(ChangeSet &cs);
    void emitTimeEntries(ChangeSet &cs);
    void emitExpenses(ChangeSet &cs);
    void emitRisks(ChangeSet &cs);
    void emitRequests(ChangeSet &cs);
    void emitDocuments(ChangeSet &cs);
    void emitCommunications(ChangeSet &cs);
    void emitRatings(ChangeSet &cs);
    void emitLessons(ChangeSet &cs);

    bool hasActuals() const;
    bool hasBaseline() const;
    /// The part of the project that has happened, wall clock: [first start, min(last finish, today)).
    Minutes pastBegin() const;
    Minutes pastEnd() const;
    Minutes lastFinish() const;
    /// A wall-clock moment at `fraction` (0..1) of the project's past; before the start for
    /// projects that have not started.
    Minutes pastMoment(double fraction) const;
    /// Work of a task staffed by skill requirements: one per role on it.
    Minutes skillWork(int i, bool second) const;
    QList<int> teamMembers() const;
    QString text(const char16_t *en, const char16_t *zh) const;
    QString managerName() const;

    DemoPool &m_pool;
    ProjectSeed m_seed;
    const DemoClient &m_client;
    int m_copy;
    DemoRandom &m_rng;
    Region m_region;
    bool m_chinese;
    QString m_currency;
    const DemoWorkTime &m_work;
    DemoPlan m_plan;
    QList<PlanLink> m_templateLinks;
    QList<Node> m_nodes;
    QList<QList<int>> m_incoming;  ///< links into each node (indices into m_plan.links)
    Minutes m_originW = 0;         ///< the project start, wall clock
    Minutes m_statusW = kNever;    ///< the status date, wall clock; +/-kNever: all / nothing done
    Minutes m_todayW = 0;          ///< demoToday(), wall clock
    int m_manager = -1;
    Health m_health = Health::Green;
    Id m_projectId;
    Id m_calendarId;
};

} // namespace Demo

} // namespace Keel
