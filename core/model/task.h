#pragma once
#include "enums.h"
#include "ids.h"
#include "timeutil.h"
#include <QString>

namespace Keel {

/// A WBS element. Whether it is a summary is derived (it has children), never stored.
struct Task
{
    Id id;
    Id projectId;
    Id parentId;                      ///< null: top level
    int order = 0;                    ///< position among its siblings
    QString name;
    bool milestone = false;
    Minutes duration = 0;             ///< working minutes
    bool elapsed = false;             ///< duration counts calendar time, not working time
    Minutes work = 0;                 ///< planned work in minutes, all assignments
    SchedulingMode scheduling = SchedulingMode::Auto;
    ConstraintType constraint = ConstraintType::Asap;
    Minutes constraintDate = kNoTime;
    Minutes deadline = kNoTime;
    Minutes start = kNoTime;          ///< scheduled (auto) or user-set (manual)
    Minutes finish = kNoTime;
    int percentComplete = 0;          ///< 0..100
    Minutes actualStart = kNoTime;
    Minutes actualFinish = kNoTime;
    Minutes optimistic = 0;           ///< three-point estimate, working minutes
    Minutes mostLikely = 0;
    Minutes pessimistic = 0;
    int priority = 500;               ///< 0..1000; 1000 is never moved by leveling
    /// Set by resource leveling (Microsoft Project's LevelingDelay): elapsed minutes (calendar
    /// time, not working time) added to the task's scheduled early start before it moves on to
    /// the next working time. 0: not delayed. Ignored for manual and started tasks.
    Minutes levelingDelay = 0;
    QString category;
    bool clientVisible = false;
    QString notes;
    Id calendarId;                    ///< null: the project's calendar
    qint64 fixedCost = 0;             ///< minor units of the project currency
    QString sourceUid;                ///< the task's UID in the file it was imported from
};

} // namespace Keel
