#include "costing.h"

#include "workspaceindex.h"

namespace Keel::Costing {

bool counts(const TimeEntry &entry)
{
    return entry.minutes > 0 && entry.approval != ApprovalState::Rejected;
}

double entryCost(const Resource *resource, const TimeEntry &entry)
{
    if (!resource || !counts(entry))
        return 0;
    return double(entry.minutes) * double(resource->rateAt(entry.date).costPerHour) / 60.0;
}

double entryBill(const Resource *resource, const TimeEntry &entry)
{
    if (!resource || !counts(entry) || !entry.billable)
        return 0;
    return double(entry.minutes) * double(resource->rateAt(entry.date).billPerHour) / 60.0;
}

double plannedCost(const WorkspaceIndex &index, const Task &task, Minutes work)
{
    const Workspace &ws = index.workspace();
    double assignedWork = 0;
    double unitsSum = 0;
    for (const Assignment *a : index.assignments(task.id)) {
        assignedWork += double(a->work);
        unitsSum += a->units;
    }
    const Minutes when = task.start != kNoTime ? task.start : task.actualStart;
    const double target = work == kNoTime ? (assignedWork > 0 ? assignedWork : double(task.work)) : double(work);
    double labour = 0;
    for (const Assignment *a : index.assignments(task.id)) {
        const Resource *r = ws.get<Resource>(a->resourceId);
        if (!r)
            continue;
        // Share the target work as the assignments share theirs (by units when none has work).
        double share = 0;
        if (assignedWork > 0)
            share = double(a->work) / assignedWork;
        else if (unitsSum > 0)
            share = a->units / unitsSum;
        labour += target * share * double(r->rateAt(when).costPerHour) / 60.0;
    }
    return labour + double(task.fixedCost);
}

} // namespace Keel::Costing
