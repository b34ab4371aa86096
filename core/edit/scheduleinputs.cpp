#include "scheduleinputs.h"

#include <model/workspace.h>

namespace Keel::ScheduleInputs {

namespace {

bool among(QByteArrayView field, const QSet<QByteArray> &names)
{
    return names.contains(QByteArray(field.data(), field.size()));
}

Id idIn(const Change &c, const char *field)
{
    const int i = entityMeta(c.type).indexOf(field);
    return i >= 0 && i < c.record.size() ? c.record[i].value<QUuid>() : Id();
}

} // namespace

bool movesNothing(EntityType type, QByteArrayView field)
{
    static const QSet<QByteArray> task = {"name",        "category",    "client_visible", "notes",   "source_uid",
                                          "fixed_cost",  "optimistic",  "most_likely",    "pessimistic", "work"};
    static const QSet<QByteArray> project = {"code",           "name",       "client_id",        "manager_id",
                                             "phase",          "health",     "currency",         "billing_model",
                                             "contract_value", "budget",     "retainer_per_month", "priority",
                                             "scope_statement", "description"};
    static const QSet<QByteArray> assignment = {"work", "actual_work"};
    static const QSet<QByteArray> resource = {"calendar_id", "kind"};
    static const QSet<QByteArray> settings = {"minutes_per_day", "minutes_per_week", "default_calendar_id", "days_per_month"};
    switch (type) {
    case EntityType::Task: return among(field, task);
    case EntityType::Project: return among(field, project);
    case EntityType::Assignment: return among(field, assignment);
    case EntityType::Resource: return !among(field, resource);
    case EntityType::Settings: return !among(field, settings);
    case EntityType::Dependency:
    case EntityType::Calendar: return false;
    default: return true;
    }
}

bool patchable(QByteArrayView field)
{
    static const QSet<QByteArray> names = {"duration",     "elapsed",      "milestone",   "constraint_type",
                                           "constraint_date", "deadline",  "percent_complete", "actual_start",
                                           "actual_finish", "priority",    "leveling_delay", "scheduling",
                                           "start",        "finish"};
    return among(field, names);
}

Reach reach(const Workspace &ws, const ChangeSet &changes, const std::function<bool(const Change &)> &skip)
{
    Reach r;
    auto taskProject = [&](const Id &task) {
        const Task *t = ws.get<Task>(task);
        return t ? t->projectId : Id();
    };
    for (const Change &c : changes.changes()) {
        if (skip && skip(c))
            continue;
        if (c.op == Change::Op::Update && movesNothing(c.type, c.field))
            continue;
        const bool hasRecord = !c.record.isEmpty();
        switch (c.type) {
        case EntityType::Task:
            r.projects.insert(hasRecord ? idIn(c, "project_id") : taskProject(c.id));
            break;
        case EntityType::Dependency:
            if (hasRecord) {
                r.projects.insert(taskProject(idIn(c, "predecessor_id")));
                r.projects.insert(taskProject(idIn(c, "successor_id")));
            } else if (const Dependency *d = ws.get<Dependency>(c.id)) {
                r.projects.insert(taskProject(d->predecessorId));
                r.projects.insert(taskProject(d->successorId));
            }
            break;
        case EntityType::Assignment:
            if (hasRecord) {
                r.projects.insert(taskProject(idIn(c, "task_id")));
            } else if (const Assignment *a = ws.get<Assignment>(c.id)) {
                r.projects.insert(taskProject(a->taskId));
            }
            break;
        case EntityType::Project:
            r.projects.insert(c.id);
            break;
        case EntityType::Calendar:
        case EntityType::Settings:
            r.all = true;
            break;
        case EntityType::Resource:
            if (c.op == Change::Op::Update)
                r.all = true;
            break;
        default:
            break;
        }
    }
    r.projects.remove(Id());
    return r;
}

} // namespace Keel::ScheduleInputs
