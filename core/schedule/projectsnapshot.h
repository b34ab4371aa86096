#pragma once
// ProjectSnapshot: the adapter between a Workspace project and the CPM engine. build() copies one
// project into a ScheduleSnapshot (tasks in WBS order, index = position in taskIds()); the engine
// schedules it; changes() turns the ScheduleResult back into one ChangeSet that updates the tasks'
// start and finish (and the project's computed finish, or start when it is scheduled from its
// finish) only where they differ from what the workspace holds.
//
// What goes in: every calendar the project uses, compiled with its base-calendar chain (the
// project's own, else the workspace default, else Microsoft Project's Standard week); each task's
// calendar; the WBS (parent indices); durations (working, or elapsed), milestones, constraints,
// deadlines, progress and actual dates; manual tasks with their stored dates; links with their
// type and lag; the status date; the project start (or finish when scheduled from the finish).
// The stored start and finish of automatically scheduled tasks are never read: they are outputs.

#include "schedulesnapshot.h"

#include "model/changeset.h"
#include "model/ids.h"

#include <QHash>

#include <vector>

namespace Keel {

class Workspace;
struct Task;

class ProjectSnapshot
{
public:
    /// Copies project @p projectId of @p ws. An unknown project gives an empty snapshot.
    static ProjectSnapshot build(const Workspace &ws, const Id &projectId);

    const ScheduleSnapshot &snapshot() const { return m_snapshot; }
    ScheduleSnapshot &snapshot() { return m_snapshot; }
    const Id &projectId() const { return m_projectId; }
    /// Task ids by snapshot index (WBS order).
    const std::vector<Id> &taskIds() const { return m_taskIds; }
    /// The snapshot index of @p task, or -1.
    qint32 indexOf(const Id &task) const { return m_index.value(task, -1); }

    /// Updates of Task start/finish (and the project's computed finish or start) where @p result
    /// differs from @p ws. @p result must come from this snapshot.
    ChangeSet changes(const Workspace &ws, const ScheduleResult &result) const;

    /// Appends the project's computed finish (or start, scheduled from its finish) where @p result
    /// differs from @p ws.
    void appendProjectDates(ChangeSet &changes, const Workspace &ws, const ScheduleResult &result) const;

    /// Takes a new value of a task's own scheduling inputs (duration, constraint, deadline,
    /// progress, actual dates, manual dates, leveling delay) into the snapshot, for an incremental
    /// reschedule; *patched receives the task as the scheduler's updateTask() takes it. False when
    /// the task is not in the snapshot or the change needs a snapshot built anew (a date beyond
    /// the span its calendars were compiled for); the snapshot is then unchanged.
    bool patchTask(const Task &task, SnapshotTask *patched);
    /// The scheduling inputs of a task that are its own (not its place in the WBS or calendar).
    static void readInputs(SnapshotTask &st, const Task &task);

private:
    ScheduleSnapshot m_snapshot;
    qint64 m_fromDay = 0;      ///< the span the calendars were compiled for (day numbers)
    qint64 m_toDay = 0;
    Minutes m_addedWork = 0;   ///< duration added by patchTask() since build()
    Id m_projectId;
    std::vector<Id> m_taskIds;
    QHash<Id, qint32> m_index;
};

} // namespace Keel
