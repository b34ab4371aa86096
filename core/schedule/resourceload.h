#pragma once
// Resource load across every project of a workspace: how many minutes each resource is asked to
// work per day, week or month, against how many it has (its calendar × max units), which periods
// are over-allocated and by which tasks, and what remains available for new work.
//
// Work is spread the way Microsoft Project's flat contour spreads it: evenly over the working time
// of the task's span on the resource's calendar. An assignment with planned work spreads that
// work; one without spreads units × working time. Tasks without dates contribute nothing.

#include "model/workspace.h"

#include <QList>

namespace Keel {

enum class LoadPeriod { Day, Week, Month };

struct LoadOptions
{
    LoadPeriod period = LoadPeriod::Week;
    Minutes from = kNoTime;   ///< kNoTime: the earliest task of any assignment
    Minutes to = kNoTime;     ///< kNoTime: the latest
    Id projectId;             ///< null: every project (the shared pool)
    /// Minutes of overload a period may carry before it counts as over-allocated.
    Minutes tolerance = 1;
};

struct LoadContribution
{
    Id taskId;
    Id assignmentId;
    Minutes minutes = 0;
};

struct LoadCell
{
    Minutes available = 0;   ///< calendar working time × max units
    Minutes assigned = 0;    ///< work asked of the resource in the period
    QList<LoadContribution> contributions;
    bool overAllocated(Minutes tolerance = 1) const { return assigned > available + tolerance; }
    Minutes remaining() const { return available > assigned ? available - assigned : 0; }
};

struct ResourceLoad
{
    Id resourceId;
    QList<LoadCell> cells;   ///< one per period of LoadReport::periods
    Minutes peakOverload = 0;
};

struct OverAllocation
{
    Id resourceId;
    int period = 0;          ///< index into LoadReport::periods
    Minutes assigned = 0;
    Minutes available = 0;
    QList<Id> tasks;         ///< the tasks that load the resource in that period, largest first
};

struct LoadReport
{
    LoadPeriod period = LoadPeriod::Week;
    QList<Minutes> periods;  ///< start of each period (00:00 of its first day)
    QList<ResourceLoad> resources;
    QList<OverAllocation> overAllocations;
};

/// Computes the load of every active person and material resource.
LoadReport computeLoad(const Workspace &ws, const LoadOptions &options);

class WorkCalendar;
/// The working minutes @p resource is available between @p from and @p to: the calendar's working
/// time weighted by the maximum units in force in each part (Resource::unitsAt).
Minutes availableWork(const Resource &resource, const WorkCalendar &calendar, Minutes from, Minutes to);

/// First day (dayNumber) of the period that contains `day`.
qint64 periodStartDay(qint64 day, LoadPeriod period);
/// First day of the period after the one starting at `startDay`.
qint64 nextPeriodDay(qint64 startDay, LoadPeriod period);

} // namespace Keel
