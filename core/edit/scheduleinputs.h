#pragma once
// ScheduleInputs: which changes can move a project's dates, and which projects they reach. The
// edit service uses it to know what to reschedule after an edit, and the PlanCache to know which
// cached schedules an applied ChangeSet makes stale.

#include <model/changeset.h>

#include <QSet>

#include <functional>

namespace Keel {

class Workspace;

namespace ScheduleInputs {

/// Whether changing @p field of a record of @p type can never move a date (a task's name or
/// notes, a project's budget, anything about clients or risks).
bool movesNothing(EntityType type, QByteArrayView field);

/// Whether a task field is one of the task's own inputs that ProjectSnapshot::patchTask takes.
bool patchable(QByteArrayView taskField);

struct Reach
{
    QSet<Id> projects;
    bool all = false;   ///< a calendar, a resource's calendar or the workspace's units changed
};

/// The projects whose dates @p changes can move, looked up in @p ws (records of inserts and of
/// applied deletes are read from the change itself). Changes for which @p skip is true are left
/// out.
Reach reach(const Workspace &ws, const ChangeSet &changes, const std::function<bool(const Change &)> &skip = {});

} // namespace ScheduleInputs

} // namespace Keel
