#pragma once
// Costing: what time and plans cost, from the resources' dated rates (Resource::rateAt). Amounts are
// minor units of the project's currency, computed in double and rounded only when shown; rates are
// taken to be in the project's currency (Keel keeps no exchange rates). A rejected time entry
// counts for nothing.

#include <model/workspace.h>

namespace Keel {
class WorkspaceIndex;
}

namespace Keel::Costing {

/// Whether a time entry counts (it has minutes and was not rejected).
bool counts(const TimeEntry &entry);
/// Cost of a time entry: minutes × the person's cost rate on its date.
double entryCost(const Resource *resource, const TimeEntry &entry);
/// Billing value of a time entry: minutes × the bill rate on its date (0 when not billable).
double entryBill(const Resource *resource, const TimeEntry &entry);
/// Planned cost of a task: its assignments' work at their cost rates on the task's start, plus the
/// task's fixed cost. @p work scales the assignments to that total planned work (a baseline's);
/// kNoTime keeps the assignments' own work (or the task's work when they have none).
double plannedCost(const WorkspaceIndex &index, const Task &task, Minutes work = kNoTime);

} // namespace Keel::Costing
