#include "scope.h"

#include <QSet>

#include <algorithm>

namespace Keel {

bool Scope::includesProject(const Project &project) const
{
    switch (kind) {
    case Kind::Portfolio:
    case Kind::Team:
        return true;
    case Kind::Client:
        return project.clientId == id;
    case Kind::Project:
        return project.id == id;
    }
    return false;
}

bool Scope::includesResource(const Workspace &ws, const Id &resourceId) const
{
    if (kind != Kind::Team)
        return true;
    const Resource *r = ws.get<Resource>(resourceId);
    return r && r->team == team;
}

QList<const Project *> Scope::projects(const Workspace &ws) const
{
    QList<const Project *> list;
    if (kind == Kind::Team) {
        QSet<Id> members;
        for (const Resource &r : ws.resources()) {
            if (r.team == team)
                members.insert(r.id);
        }
        QSet<Id> projectIds;
        auto addTask = [&](const Id &taskId) {
            if (const Task *t = ws.get<Task>(taskId))
                projectIds.insert(t->projectId);
        };
        for (const Assignment &a : ws.table<Assignment>()) {
            if (members.contains(a.resourceId))
                addTask(a.taskId);
        }
        for (const TimeEntry &e : ws.table<TimeEntry>()) {
            if (members.contains(e.resourceId))
                addTask(e.taskId);
        }
        for (const Project &p : ws.projects()) {
            if (projectIds.contains(p.id))
                list.append(&p);
        }
    } else {
        for (const Project &p : ws.projects()) {
            if (includesProject(p))
                list.append(&p);
        }
    }
    sortProjects(list);
    return list;
}

void sortProjects(QList<const Project *> &projects)
{
    std::sort(projects.begin(), projects.end(), [](const Project *a, const Project *b) {
        if (a->code != b->code)
            return a->code < b->code;
        return a->name < b->name;
    });
}

} // namespace Keel
