#pragma once
// BaselineVariance: how a project's plan has moved away from one of its saved baselines, task by
// task, as Microsoft Project's variance fields have it: start, finish and duration variance in
// working minutes of the task's calendar (later or longer than the baseline is positive), work
// variance in minutes and cost variance in minor units of the project's currency. A task's planned
// work and cost are reckoned as EditService::setBaseline saved them (Costing::plannedCost), so a
// plan that did not change shows no variance. A summary's work variance adds up its subtasks', its cost
// variance also its own fixed cost's; a task added after the baseline counts its whole work and cost as variance in the
// summaries above it, and has no variance of its own.
//
// Pure: reads the Workspace, changes nothing; build it again after the workspace changes.

#include <model/workspace.h>

#include <QHash>

namespace Keel {

class CalendarCache;

struct TaskVariance
{
    bool inBaseline = false;           ///< the task was saved in the baseline
    Minutes baselineStart = kNoTime;
    Minutes baselineFinish = kNoTime;
    Minutes startVariance = kNoTime;   ///< kNoTime: a start (now or then) is missing
    Minutes finishVariance = kNoTime;
    Minutes durationVariance = 0;
    Minutes workVariance = 0;
    double costVariance = 0;           ///< minor units, not rounded
};

class BaselineVariance
{
public:
    /// Baseline @p number (0..10) of the project; nullptr when it has not been saved.
    static const Baseline *find(const Workspace &ws, const Id &projectId, int number);
    /// The baseline compared when none is chosen, as the earned value analysis measures: number 0,
    /// else the lowest-numbered one saved; -1 when the project has none.
    static int defaultNumber(const Workspace &ws, const Id &projectId);
    /// Every task of the project against baseline @p number; empty when it has not been saved.
    static QHash<Id, TaskVariance> compute(const Workspace &ws, const Id &projectId, int number,
                                           CalendarCache &calendars);
};

} // namespace Keel
