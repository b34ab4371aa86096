#pragma once
// MspdiReader: imports Microsoft Project's XML (MSPDI, the "Project XML" of Project 2003–2021)
// into a ProjectBundle and from it one ChangeSet.
//
// What is read: project properties (title, schedule from start/finish, start and finish, status
// date, calendar, minutes per day/week, days per month, currency); calendars with their weekdays,
// exceptions (both the Project 2007+ <Exceptions> with recurrences and the older DayType 0 form),
// work weeks (as weekly exceptions over their period) and base calendars; tasks with their outline
// (OutlineLevel, else OutlineNumber) → parent and order, durations in any DurationFormat (elapsed
// formats set Task::elapsed), milestones, manual scheduling, constraints, deadlines, progress and
// actual dates, priorities, task calendars, notes and fixed costs; links with their type and lag
// (LinkLag in tenths of a minute; percent formats keep the percentage); resources with calendars,
// maximum units and rates; assignments with units and work; baselines. Blank (IsNull) rows and
// the project summary task (UID 0) are skipped; every task keeps its file UID as Task::sourceUid.
// Summary is derived from the outline, never read.
//
// A malformed file (not XML, not MSPDI, a value that is not what the schema says) is refused with
// the line and element; the result is then empty.

#include "importresult.h"
#include "projectbundle.h"

#include <QByteArray>

#include <optional>

namespace Keel {

class MspdiReader
{
public:
    static ImportResult read(const QByteArray &data, const ImportOptions &options = {});
    /// The bundle itself (sanitized), for writers' round trips and tests.
    static std::optional<ProjectBundle> readBundle(const QByteArray &data, const ImportOptions &options,
                                                   ImportError *error, QStringList *warnings);
};

} // namespace Keel
