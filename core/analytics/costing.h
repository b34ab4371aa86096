#pragma once
// Costing: what time and plans cost, from the resources' dated rates (Resource::rateAt). Amounts are
// minor units, computed in double and rounded only when shown. A person's rates are in the person's
// currency; an amount for a project is converted to the project's currency at the workspace's
// exchange rate of the day (currencyconverter.h), and taken as it is when no rate reaches it. A
// rejected time entry counts for nothing.

#include <model/workspace.h>

namespace Keel {
class CurrencyConverter;
class WorkspaceIndex;
}

namespace Keel::Costing {

/// Whether a time entry counts (it has minutes and was not rejected).
bool counts(const TimeEntry &entry);
/// Cost of a time entry: minutes × the person's cost rate on its date.
double entryCost(const Resource *resource, const TimeEntry &entry);
/// Billing value of a time entry: minutes × the bill rate on its date (0 when not billable).
double entryBill(const Resource *resource, const TimeEntry &entry);
/// The same two in @p currency (a project's), at the exchange rate of the entry's date.
double entryCost(const WorkspaceIndex &index, const Resource *resource, const TimeEntry &entry, const QString &currency);
double entryBill(const WorkspaceIndex &index, const Resource *resource, const TimeEntry &entry, const QString &currency);
/// @p amount minor units of @p resource's currency in @p currency on @p day (as it is when no
/// rate reaches it).
double inCurrency(const CurrencyConverter &converter, double amount, const Resource *resource, const QString &currency,
                  Minutes day);
/// Planned cost of a task in its project's currency: its assignments' work at their cost rates on
/// the task's start, plus the task's fixed cost. @p work scales the assignments to that total planned work (a baseline's);
/// kNoTime keeps the assignments' own work (or the task's work when they have none).
double plannedCost(const WorkspaceIndex &index, const Task &task, Minutes work = kNoTime);

/// A task's planned work and cost in the plan's cost column: a leaf's assignments' work (its own
/// work when it has none) at their cost rates on its start, converted to the project's currency,
/// plus its fixed cost; a summary's the sum of its children's plus its own fixed cost.
struct TaskCost
{
    double cost = 0;   ///< minor units of the project's currency, not rounded
    Minutes work = 0;
};
/// Every task of project @p projectId, rolled up through the WBS.
QHash<Id, TaskCost> taskCosts(const Workspace &ws, const Id &projectId);

} // namespace Keel::Costing
