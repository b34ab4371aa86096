#pragma once
// WorkspaceIndex: the lookups the analytics need, built once in one pass over a Workspace —
// a project's tasks in WBS order, a task's assignments, time entries and links, a project's
// expenses, risks, requests and ratings, and the baseline each project is measured against.
//
// It holds pointers into the Workspace's tables: build it, use it and drop it while the workspace
// does not change (the analytics run on an unchanging workspace, or on a copy in a worker thread).

#include "currencyconverter.h"

#include <model/workspace.h>

#include <QHash>
#include <QList>
#include <QSet>

namespace Keel {

class WorkspaceIndex
{
public:
    /// @p baselineNumber: the baseline measured against (0 as in Microsoft Project); a project
    /// without that baseline uses its lowest-numbered one.
    explicit WorkspaceIndex(const Workspace &ws, int baselineNumber = 0);

    const Workspace &workspace() const { return m_ws; }
    /// The workspace's exchange rates, for amounts in another currency than a project's.
    const CurrencyConverter &converter() const { return m_converter; }

    /// All tasks of a project in WBS order, and only its leaves (tasks without children).
    const QList<const Task *> &tasks(const Id &projectId) const { return get(m_tasks, projectId); }
    const QList<const Task *> &leafTasks(const Id &projectId) const { return get(m_leaves, projectId); }
    bool isSummary(const Id &taskId) const { return m_summaries.contains(taskId); }

    const QList<const Assignment *> &assignments(const Id &taskId) const { return get(m_assignments, taskId); }
    const QList<const TimeEntry *> &taskEntries(const Id &taskId) const { return get(m_taskEntries, taskId); }
    /// Time entries on a project's tasks, by date.
    const QList<const TimeEntry *> &projectEntries(const Id &projectId) const { return get(m_projectEntries, projectId); }
    const QList<const TimeEntry *> &resourceEntries(const Id &resourceId) const { return get(m_resourceEntries, resourceId); }
    const QList<const Dependency *> &predecessors(const Id &taskId) const { return get(m_predecessors, taskId); }

    const QList<const Expense *> &expenses(const Id &projectId) const { return get(m_expenses, projectId); }
    const QList<const Risk *> &risks(const Id &projectId) const { return get(m_risks, projectId); }
    const QList<const Request *> &requests(const Id &projectId) const { return get(m_requests, projectId); }
    const QList<const SatisfactionRating *> &ratings(const Id &projectId) const { return get(m_ratings, projectId); }

    /// The baseline a project is measured against, and a task's entry in it; nullptr when none.
    const Baseline *baseline(const Id &projectId) const { return m_baselines.value(projectId); }
    const BaselineTask *baselineTask(const Id &taskId) const { return m_baselineTasks.value(taskId); }

    /// Project of a task; null id when unknown.
    Id projectOfTask(const Id &taskId) const;

    /// Actual work of a task: its time entries, or its assignments' actual work when it has none.
    Minutes actualWork(const Id &taskId) const;

private:
    template<class K, class V> static const QList<V> &get(const QHash<K, QList<V>> &h, const K &key)
    {
        static const QList<V> empty;
        const auto it = h.constFind(key);
        return it == h.cend() ? empty : *it;
    }

    const Workspace &m_ws;

    CurrencyConverter m_converter;
    QHash<Id, QList<const Task *>> m_tasks;
    QHash<Id, QList<const Task *>> m_leaves;
    QSet<Id> m_summaries;
    QHash<Id, QList<const Assignment *>> m_assignments;
    QHash<Id, QList<const TimeEntry *>> m_taskEntries;
    QHash<Id, QList<const TimeEntry *>> m_projectEntries;
    QHash<Id, QList<const TimeEntry *>> m_resourceEntries;
    QHash<Id, QList<const Dependency *>> m_predecessors;
    QHash<Id, QList<const Expense *>> m_expenses;
    QHash<Id, QList<const Risk *>> m_risks;
    QHash<Id, QList<const Request *>> m_requests;
    QHash<Id, QList<const SatisfactionRating *>> m_ratings;
    QHash<Id, const Baseline *> m_baselines;
    QHash<Id, const BaselineTask *> m_baselineTasks;
};

} // namespace Keel
