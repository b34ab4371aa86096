#pragma once
// PlanCache: the schedule of each project of one open workspace, kept between edits, so that an
// edit of a task's own inputs (its duration, constraint, progress…) is rescheduled incrementally
// instead of from a new snapshot of the whole project.
//
// How it works. An entry holds a project's ProjectSnapshot and a CpmScheduler over it, true of the
// workspace as it is. The EditService, given the cache, patches the changed tasks into an entry,
// reschedules what they reach and returns its ChangeSet; the entry is then *pending*: it holds the
// state after that ChangeSet. When the workspace reports the ChangeSet applied, the entry is true
// again; when anything else is applied (another edit, an import, a sync pull, a refusal followed
// by a different edit) every project it touches is dropped and rebuilt on the next edit. So the
// cache can be wrong only for as long as nobody reads it. Entries are built by the edit service's
// full path (from the state after the edit) or by views that schedule a project to show it.
//
// One cache per Workspace, used on the workspace's thread.

#include <model/changeset.h>
#include <model/ids.h>
#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>

#include <QHash>
#include <QObject>

#include <memory>

namespace Keel {

class Workspace;

class PlanCache : public QObject
{
    Q_OBJECT
public:
    explicit PlanCache(const Workspace &ws, QObject *parent = nullptr);
    ~PlanCache() override;

    struct Entry
    {
        ProjectSnapshot snapshot;                 ///< ids, index, and the scheduler's inputs
        std::unique_ptr<CpmScheduler> scheduler;  ///< owns its copy of the inputs and the result
        /// The workspace's stored dates may differ from the result anywhere (an imported plan
        /// never scheduled by Keel): the next edit compares every task, not only what it moved.
        bool fullDiff = false;
        const ScheduleResult &result() const { return scheduler->result(); }
    };

    /// The entry of @p project when it is true of the workspace; nullptr otherwise.
    Entry *current(const Id &project);
    /// The entry of @p project, scheduled from the workspace now if it has none.
    Entry *ensure(const Id &project);
    /// Keeps an entry built from the state after @p expected, pending until that is applied.
    void keepPending(const Id &project, Entry entry, const ChangeSet &expected, bool fullDiff);
    /// Marks the entries already in the cache that @p expected changes as pending on it.
    void expect(const QList<Id> &projects, const ChangeSet &expected);
    /// Forgets every entry.
    void clear();

    /// How many entries were built and how many edits were rescheduled incrementally.
    int builds() const { return m_builds; }

private:
    void onApplied(const ChangeSet &applied);
    void onReset();
    bool matches(const ChangeSet &applied) const;

    const Workspace &m_ws;
    QHash<Id, std::shared_ptr<Entry>> m_entries;
    QHash<Id, std::shared_ptr<Entry>> m_pending;  ///< true of the state after m_expected
    ChangeSet m_expected;
    int m_builds = 0;
};

} // namespace Keel
