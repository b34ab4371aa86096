#include "workspaceindex.h"

#include "costing.h"

#include <algorithm>

namespace Keel {

WorkspaceIndex::WorkspaceIndex(const Workspace &ws, int baselineNumber)
    : m_ws(ws)
    , m_converter(ws)
{
    // Tasks in WBS order: children by `order` under their parent, depth first.
    QHash<Id, QList<const Task *>> children; // parent id (null: top level) per project below
    QHash<Id, QList<const Task *>> topLevel;
    for (const Task &t : ws.tasks()) {
        if (t.parentId.isNull() || !ws.get<Task>(t.parentId))
            topLevel[t.projectId].append(&t);
        else
            children[t.parentId].append(&t);
    }
    auto byOrder = [](const Task *a, const Task *b) {
        if (a->order != b->order)
            return a->order < b->order;
        return a->name < b->name;
    };
    for (auto &list : children)
        std::sort(list.begin(), list.end(), byOrder);
    for (auto it = topLevel.begin(); it != topLevel.end(); ++it) {
        std::sort(it->begin(), it->end(), byOrder);
        QList<const Task *> &all = m_tasks[it.key()];
        QList<const Task *> &leaves = m_leaves[it.key()];
        QList<const Task *> stack(it->crbegin(), it->crend());
        while (!stack.isEmpty()) {
            const Task *t = stack.takeLast();
            all.append(t);
            const auto kids = children.constFind(t->id);
            if (kids == children.cend() || kids->isEmpty()) {
                leaves.append(t);
                continue;
            }
            m_summaries.insert(t->id);
            for (auto k = kids->crbegin(); k != kids->crend(); ++k)
                stack.append(*k);
        }
    }

    for (const Assignment &a : ws.table<Assignment>())
        m_assignments[a.taskId].append(&a);
    for (const TimeEntry &e : ws.table<TimeEntry>()) {
        m_taskEntries[e.taskId].append(&e);
        m_resourceEntries[e.resourceId].append(&e);
        if (const Task *t = ws.get<Task>(e.taskId))
            m_projectEntries[t->projectId].append(&e);
    }
    auto byDate = [](const TimeEntry *a, const TimeEntry *b) { return a->date < b->date; };
    for (auto &list : m_projectEntries)
        std::stable_sort(list.begin(), list.end(), byDate);
    for (auto &list : m_taskEntries)
        std::stable_sort(list.begin(), list.end(), byDate);
    for (auto &list : m_resourceEntries)
        std::stable_sort(list.begin(), list.end(), byDate);
    for (const Dependency &d : ws.dependencies())
        m_predecessors[d.successorId].append(&d);
    for (const Expense &x : ws.table<Expense>())
        m_expenses[x.projectId].append(&x);
    for (const Risk &r : ws.table<Risk>())
        m_risks[r.projectId].append(&r);
    for (const Request &r : ws.table<Request>())
        m_requests[r.projectId].append(&r);
    for (const SatisfactionRating &r : ws.table<SatisfactionRating>())
        m_ratings[r.projectId].append(&r);

    // The baseline of each project: the requested number, else the lowest one saved.
    for (const Baseline &b : ws.table<Baseline>()) {
        const Baseline *current = m_baselines.value(b.projectId);
        const bool better = !current
            || (b.number == baselineNumber && current->number != baselineNumber)
            || (current->number != baselineNumber && b.number < current->number);
        if (better)
            m_baselines.insert(b.projectId, &b);
    }
    QHash<Id, bool> chosen;
    for (const Baseline *b : std::as_const(m_baselines))
        chosen.insert(b->id, true);
    for (const BaselineTask &bt : ws.table<BaselineTask>()) {
        if (chosen.contains(bt.baselineId))
            m_baselineTasks.insert(bt.taskId, &bt);
    }
}

Id WorkspaceIndex::projectOfTask(const Id &taskId) const
{
    const Task *t = m_ws.get<Task>(taskId);
    return t ? t->projectId : Id();
}

Minutes WorkspaceIndex::actualWork(const Id &taskId) const
{
    Minutes fromEntries = 0;
    for (const TimeEntry *e : taskEntries(taskId)) {
        if (Costing::counts(*e))
            fromEntries += e->minutes;
    }
    if (fromEntries > 0)
        return fromEntries;
    Minutes fromAssignments = 0;
    for (const Assignment *a : assignments(taskId))
        fromAssignments += a->actualWork;
    return fromAssignments;
}

} // namespace Keel
