#include "baselinevariance.h"

#include "calendarcache.h"
#include "costing.h"
#include "workspaceindex.h"

#include <functional>

namespace Keel {

const Baseline *BaselineVariance::find(const Workspace &ws, const Id &projectId, int number)
{
    for (const Baseline &b : ws.table<Baseline>()) {
        if (b.projectId == projectId && b.number == number)
            return &b;
    }
    return nullptr;
}

int BaselineVariance::defaultNumber(const Workspace &ws, const Id &projectId)
{
    int lowest = -1;
    for (const Baseline &b : ws.table<Baseline>()) {
        if (b.projectId == projectId && (lowest < 0 || b.number < lowest))
            lowest = b.number;
    }
    return lowest;
}

QHash<Id, TaskVariance> BaselineVariance::compute(const Workspace &ws, const Id &projectId, int number,
                                                  CalendarCache &calendars)
{
    QHash<Id, TaskVariance> out;
    const Baseline *baseline = find(ws, projectId, number);
    const Project *project = ws.get<Project>(projectId);
    if (!baseline || !project)
        return out;
    QHash<Id, const BaselineTask *> saved;
    for (const BaselineTask &bt : ws.table<BaselineTask>()) {
        if (bt.baselineId == baseline->id)
            saved.insert(bt.taskId, &bt);
    }
    const WorkspaceIndex index(ws, number);
    const auto calendarOf = [&](const Task &t) -> const WorkCalendar & {
        return t.calendarId.isNull() ? calendars.projectCalendar(*project) : calendars.calendar(t.calendarId);
    };
    const auto between = [](const WorkCalendar &cal, Minutes from, Minutes to) {
        return from == kNoTime || to == kNoTime ? kNoTime : cal.workBetween(from, to);
    };

    // Returns the subtree's work and cost variance.
    std::function<std::pair<Minutes, double>(const Id &)> visit = [&](const Id &taskId) -> std::pair<Minutes, double> {
        const Task *t = ws.get<Task>(taskId);
        if (!t)
            return {0, 0.0};
        const BaselineTask *bt = saved.value(taskId);
        const QList<Id> children = ws.childTasks(taskId);
        // A summary's work is its subtasks' (as the plan's Work column counts it); its cost adds
        // its own fixed cost.
        Minutes work = children.isEmpty() ? t->work - (bt ? bt->work : 0) : 0;
        double cost = Costing::plannedCost(index, *t) - double(bt ? bt->cost : 0);
        for (const Id &child : children) {
            const auto [w, c] = visit(child);
            work += w;
            cost += c;
        }
        if (!bt)
            return {work, cost};
        TaskVariance &v = out[taskId];
        v.inBaseline = true;
        v.baselineStart = bt->start;
        v.baselineFinish = bt->finish;
        const WorkCalendar &cal = calendarOf(*t);
        v.startVariance = between(cal, bt->start, t->start);
        v.finishVariance = between(cal, bt->finish, t->finish);
        if (children.isEmpty()) {
            v.durationVariance = t->duration - bt->duration;
        } else {
            const Minutes now = between(cal, t->start, t->finish);
            const Minutes then = between(cal, bt->start, bt->finish);
            v.durationVariance = now == kNoTime || then == kNoTime ? 0 : now - then;
        }
        v.workVariance = work;
        v.costVariance = cost;
        return {work, cost};
    };
    for (const Id &root : ws.rootTasks(projectId))
        visit(root);
    return out;
}

} // namespace Keel
