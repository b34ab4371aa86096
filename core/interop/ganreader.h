#pragma once
// GanReader: imports GanttProject files (.gan) into a ProjectBundle and from it one ChangeSet.
//
// GanttProject plans in whole days: a task has a start date and a duration in working days. Each
// working day becomes 08:00–12:00 and 13:00–17:00 of the project calendar (one day = the
// workspace's minutes per day of 480), so a GanttProject day is a Keel day. What is read: tasks and
// subtasks (nesting → parent and order), milestones ("meeting"), progress, priority, notes,
// fixed costs, the "earliest start" (thirdDate with thirdDate-constraint=1 → start no earlier than),
// dependencies (<depend> inside the predecessor names its successor; type 1 = SS, 2 = FS, 3 = FF,
// 4 = SF; difference = lag in days; "Rubber" hardness lets the successor start later, so a task
// whose links are not all "Strong" keeps its own start as a constraint), the weekends of the
// default week ("only-show-weekends" = weekends are shown but worked), holidays
// (<calendars><date>, yearly when the year is empty; WORKING_DAY makes a day a working one),
// resources with their role, e-mail and standard rate (per day), allocations (load in percent),
// vacations (as the resource's own calendar) and baselines (<previous>).
//
// A task without links, or with a non-strong one, is kept where GanttProject shows it by a "start
// no earlier than" constraint on its start; linked tasks are "as soon as possible".

#include "importresult.h"
#include "projectbundle.h"

#include <QByteArray>

#include <optional>

namespace Keel {

class GanReader
{
public:
    static ImportResult read(const QByteArray &data, const ImportOptions &options = {});
    static std::optional<ProjectBundle> readBundle(const QByteArray &data, const ImportOptions &options,
                                                   ImportError *error, QStringList *warnings);
};

} // namespace Keel
