#pragma once
// The scheduler's input and output: a compact, index-based copy of one project (or of a whole
// portfolio) and the dates, floats and diagnostics computed for it. Nothing here refers to the
// Workspace, the database or ids; an adapter fills a ScheduleSnapshot (tasks, links and calendars
// by index), CpmScheduler computes a ScheduleResult with one TaskSchedule per task at the same
// index, and the adapter writes the dates back as a ChangeSet.
//
// Units: every date is a Minutes wall-clock time (see model/timeutil.h), kNoTime when absent;
// durations, lags and floats are working minutes unless a field says otherwise.
//
// Usage:
//     ScheduleSnapshot s;
//     s.calendars.push_back(WorkCalendar::compile(cal, lookup, firstDay, lastDay));
//     s.projectStart = toMinutes(QDate(2025, 3, 3), 8 * 60);
//     s.tasks.resize(2);
//     s.tasks[0].duration = 5 * 480;          // 5 days of 8 h
//     s.tasks[1].duration = 2 * 480;
//     s.links.push_back({0, 1});              // FS, no lag
//     CpmScheduler scheduler(std::move(s));
//     const ScheduleResult &r = scheduler.schedule();   // r.tasks[1].start, .finish, .totalSlack …

#include "workcalendar.h"

#include "model/enums.h"
#include "model/timeutil.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace Keel {

/// One task of the snapshot. A task is a summary when another task names it as parent; a summary's
/// own duration is ignored (its dates roll up from its children) but its links and constraints
/// apply to all of its children.
struct SnapshotTask
{
    qint32 parent = -1;         ///< index of the summary task above it, -1 at top level
    qint32 calendar = -1;       ///< index into ScheduleSnapshot::calendars; -1: the project calendar
    Minutes duration = 0;       ///< working minutes; elapsed minutes when elapsed is set
    /// Remaining duration of a started task; kNoTime: duration × (100 − percentComplete) / 100.
    Minutes remainingDuration = kNoTime;
    ConstraintType constraint = ConstraintType::Asap;
    Minutes constraintDate = kNoTime; ///< for every constraint except ASAP and ALAP
    Minutes deadline = kNoTime;       ///< a warning (and a late-finish limit), never a constraint
    Minutes manualStart = kNoTime;    ///< manual tasks: where the user put them
    Minutes manualFinish = kNoTime;
    Minutes actualStart = kNoTime;
    Minutes actualFinish = kNoTime;
    qint32 priority = 500;            ///< 0..1000, for leveling; CPM ignores it
    /// Leveling delay: elapsed minutes added to the early start (after links and constraints)
    /// before the start moves on to the next working time. Ignored for manual and started tasks
    /// and for Must Start On / Must Finish On constraints.
    Minutes levelingDelay = 0;
    qint16 percentComplete = 0;       ///< 0..100
    bool elapsed = false;             ///< duration runs in calendar time (24 × 7)
    bool milestone = false;           ///< zero duration; may sit at the end of a working period
    bool manual = false;              ///< manually scheduled: keeps manualStart/manualFinish
    bool inactive = false;            ///< ignored: drives nothing, rolls up into nothing
};

/// A dependency between two tasks. Lag is working minutes on the successor's calendar (negative
/// for lead), elapsed minutes, or a percentage of the predecessor's duration (50 = half of it).
struct SnapshotLink
{
    qint32 predecessor = -1;
    qint32 successor = -1;
    DependencyType type = DependencyType::FinishStart;
    LagUnit lagUnit = LagUnit::Working;
    Minutes lag = 0;
};

struct ScheduleSnapshot
{
    std::vector<SnapshotTask> tasks;
    std::vector<SnapshotLink> links;
    /// At least one; tasks refer to them by index.
    std::vector<WorkCalendar> calendars;
    /// Optional names (same index as tasks), only used in diagnostic messages.
    QStringList taskNames;
    qint32 projectCalendar = 0;
    ScheduleFrom scheduleFrom = ScheduleFrom::Start;
    Minutes projectStart = kNoTime;  ///< required when scheduling from the start
    Minutes projectFinish = kNoTime; ///< required when scheduling from the finish
    Minutes statusDate = kNoTime;    ///< kNoTime: no status date rules apply
    /// Microsoft Project's "Tasks will always honor their constraint dates": on, a constraint wins
    /// over its links (the conflict is reported); off, the links win.
    bool honorConstraints = true;
    /// With a status date: the remaining part of a started task does not start before it.
    bool moveRemainingAfterStatusDate = true;
    /// With a status date: a task not started yet does not start before it.
    bool startUnstartedAfterStatusDate = true;
    /// Every chain of tasks gets its own critical path (late finish of an end task = its early
    /// finish) instead of one for the project.
    bool multipleCriticalPaths = false;
    Minutes criticalSlackLimit = 0;  ///< critical: total slack <= this
    Minutes nearCriticalSlack = 0;   ///< near-critical: not critical, total slack <= this
};

/// Computed dates of one task. start/finish are what the task shows: early dates for ASAP tasks,
/// late dates for ALAP tasks, the user's dates for manual tasks, actual dates once known.
struct TaskSchedule
{
    Minutes earlyStart = kNoTime;
    Minutes earlyFinish = kNoTime;
    Minutes lateStart = kNoTime;
    Minutes lateFinish = kNoTime;
    Minutes start = kNoTime;
    Minutes finish = kNoTime;
    /// When the remaining work of a task in progress resumes after the status date (the task is
    /// split there); kNoTime when it is not split.
    Minutes resume = kNoTime;
    Minutes totalSlack = 0;  ///< working minutes on the task's calendar (elapsed tasks: elapsed)
    Minutes freeSlack = 0;
    bool critical = false;
    bool nearCritical = false;
    bool summary = false;
};

struct ScheduleDiagnostic
{
    enum class Severity { Info, Warning, Error };
    enum class Kind {
        Cycle,               ///< tasks whose links form a loop; those links were ignored
        InvalidInput,        ///< a bad index or value in the snapshot, ignored
        ConstraintConflict,  ///< links want the task later than its constraint allows
        DeadlineMissed,      ///< finishes after its deadline
        ManualTaskConflict,  ///< a manual task sits earlier than its predecessors allow
        ActualsConflict,     ///< actual dates earlier than predecessors allow (information)
    };
    Severity severity = Severity::Warning;
    Kind kind = Kind::InvalidInput;
    QList<qint32> tasks;     ///< task indices concerned, in a stable order
    QString message;         ///< translated, context "Keel::CpmScheduler"
    Minutes amount = 0;      ///< by how much (working minutes on the task's calendar), if any
};

struct ScheduleResult
{
    std::vector<TaskSchedule> tasks; ///< same index as ScheduleSnapshot::tasks
    Minutes projectStart = kNoTime;
    Minutes projectFinish = kNoTime;
    std::vector<ScheduleDiagnostic> diagnostics;

    bool hasErrors() const
    {
        for (const ScheduleDiagnostic &d : diagnostics) {
            if (d.severity == ScheduleDiagnostic::Severity::Error)
                return true;
        }
        return false;
    }
};

} // namespace Keel
