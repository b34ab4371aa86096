#include "costing.h"

#include "currencyconverter.h"
#include "workspaceindex.h"

#include <QSet>

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

double inCurrency(const CurrencyConverter &converter, double amount, const Resource *resource, const QString &currency,
                  Minutes day)
{
    if (!resource || amount == 0 || resource->currency.isEmpty() || currency.isEmpty()
        || resource->currency.compare(currency, Qt::CaseInsensitive) == 0)
        return amount;
    return converter.convert(amount, resource->currency, currency, day).value_or(amount);
}

double entryCost(const WorkspaceIndex &index, const Resource *resource, const TimeEntry &entry, const QString &currency)
{
    return inCurrency(index.converter(), entryCost(resource, entry), resource, currency, entry.date);
}

double entryBill(const WorkspaceIndex &index, const Resource *resource, const TimeEntry &entry, const QString &currency)
{
    return inCurrency(index.converter(), entryBill(resource, entry), resource, currency, entry.date);
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
    const Project *project = ws.get<Project>(task.projectId);
    const QString currency = project ? project->currency : QString();
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
        labour += inCurrency(index.converter(), target * share * double(r->rateAt(when).costPerHour) / 60.0, r, currency,
                             when == kNoTime ? 0 : when);
    }
    return labour + double(task.fixedCost);
}

QHash<Id, TaskCost> taskCosts(const Workspace &ws, const Id &projectId)
{
    QHash<Id, TaskCost> costs;
    const Project *project = ws.get<Project>(projectId);
    if (!project)
        return costs;
    const QList<Id> tasks = ws.projectTasks(projectId);
    QSet<Id> ofProject(tasks.cbegin(), tasks.cend());
    for (const Id &id : tasks)
        costs.insert(id, {});
    const CurrencyConverter converter(ws);
    for (const Assignment &a : ws.table<Assignment>()) {
        if (!ofProject.contains(a.taskId))
            continue;
        const Task *t = ws.get<Task>(a.taskId);
        const Resource *r = ws.get<Resource>(a.resourceId);
        TaskCost &c = costs[a.taskId];
        c.work += a.work;
        if (!t || !r)
            continue;
        c.cost += inCurrency(converter, double(a.work) / 60.0 * double(r->rateAt(t->start).costPerHour), r,
                             project->currency, t->start == kNoTime ? 0 : t->start);
    }
    // Children come after their parent in WBS order: backwards, each task is complete before it
    // is added to its parent.
    // A summary counts its children, not assignments of its own.
    QHash<Id, TaskCost> children;
    for (auto it = tasks.crbegin(); it != tasks.crend(); ++it) {
        const Task *t = ws.get<Task>(*it);
        if (!t)
            continue;
        TaskCost &c = costs[*it];
        if (ws.isSummary(*it))
            c = children.value(*it);
        else if (c.work == 0)
            c.work = t->work;
        c.cost += double(t->fixedCost);
        if (!t->parentId.isNull()) {
            TaskCost &parent = children[t->parentId];
            parent.cost += c.cost;
            parent.work += c.work;
        }
    }
    return costs;
}

} // namespace Keel::Costing
