// keel-cli list / add / set / delete: every kind of record, through the edit service.

#include "command.h"
#include "editing.h"

#include <edit/editservice.h>
#include <model/recordjson.h>
#include <store/store.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Keel;
using namespace Keel::Cli;

namespace {

/// The project a record belongs to, for --project: its own project_id, or its task's project.
Id projectOf(const Workspace &ws, EntityType type, const QVariantList &record)
{
    const EntityMeta &meta = entityMeta(type);
    if (type == EntityType::Project)
        return record[0].value<QUuid>();
    if (const int p = meta.indexOf("project_id"); p > 0)
        return record[p].value<QUuid>();
    if (const int t = meta.indexOf("task_id"); t > 0) {
        const Task *task = ws.get<Task>(record[t].value<QUuid>());
        return task ? task->projectId : Id();
    }
    if (const int t = meta.indexOf("predecessor_id"); t > 0) {
        const Task *task = ws.get<Task>(record[t].value<QUuid>());
        return task ? task->projectId : Id();
    }
    if (const int b = meta.indexOf("baseline_id"); b > 0) {
        const Baseline *baseline = ws.get<Baseline>(record[b].value<QUuid>());
        return baseline ? baseline->projectId : Id();
    }
    return {};
}

bool readObject(const QString &command, const QString &text, QJsonObject *into)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(command, error.error != QJsonParseError::NoError
                          ? QStringLiteral("--json: %1 at character %2").arg(error.errorString()).arg(error.offset)
                          : QStringLiteral("--json: expected a JSON object of fields"));
        return false;
    }
    *into = doc.object();
    return true;
}

int runList(const QStringList &argv)
{
    const QString cmd = QStringLiteral("list");
    const Args args(argv, {QStringLiteral("--project")}, {QStringLiteral("--json")});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 2)
        return usage(cmd, QStringLiteral("expected WS and KIND"));
    const EntityType type = kindOf(args.positional()[1]);
    if (type == EntityType::None)
        return usage(cmd, QStringLiteral("unknown KIND '%1'; one of %2").arg(args.positional()[1], kindNames()));
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    Id project;
    if (args.has(QStringLiteral("--project"))) {
        const Project *p = ws.findProject(args.value(QStringLiteral("--project")));
        if (!p)
            return fail(cmd, QStringLiteral("--project: no project '%1'").arg(args.value(QStringLiteral("--project"))));
        project = p->id;
    }
    const EntityMeta &meta = entityMeta(type);
    QList<QVariantList> records;
    for (const Id &id : ws.table(type).ids()) {
        QVariantList r = ws.table(type).record(id);
        if (!project.isNull() && projectOf(ws, type, r) != project)
            continue;
        records.append(std::move(r));
    }
    // Tasks in WBS order, everything else by label then id, so that output is stable.
    if (type == EntityType::Task) {
        QHash<Id, int> order;
        int n = 0;
        for (const Project &p : ws.projects()) {
            for (const Id &t : ws.projectTasks(p.id))
                order.insert(t, n++);
        }
        std::sort(records.begin(), records.end(), [&](const QVariantList &a, const QVariantList &b) {
            return order.value(a[0].value<QUuid>()) < order.value(b[0].value<QUuid>());
        });
    } else {
        const int label = meta.labelField;
        std::sort(records.begin(), records.end(), [&](const QVariantList &a, const QVariantList &b) {
            const QString la = label > 0 ? a[label].toString() : QString();
            const QString lb = label > 0 ? b[label].toString() : QString();
            return la != lb ? la < lb : a[0].value<QUuid>() < b[0].value<QUuid>();
        });
    }
    if (args.flag(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const QVariantList &r : std::as_const(records))
            list.append(RecordJson::toJson(ws, type, r));
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    for (const QVariantList &r : std::as_const(records)) {
        const QString id = r[0].value<QUuid>().toString(QUuid::WithoutBraces);
        out(QStringLiteral("%1  %2\n").arg(id, ws.describe(type, r[0].value<QUuid>())));
    }
    return Ok;
}

int runAdd(const QStringList &argv)
{
    const QString cmd = QStringLiteral("add");
    const Args args(argv, {QStringLiteral("--json")}, {});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 2 || !args.has(QStringLiteral("--json")))
        return usage(cmd, QStringLiteral("expected WS KIND --json '{...}'"));
    const EntityType type = kindOf(args.positional()[1]);
    if (type == EntityType::None)
        return usage(cmd, QStringLiteral("unknown KIND '%1'; one of %2").arg(args.positional()[1], kindNames()));
    QJsonObject fields;
    if (!readObject(cmd, args.value(QStringLiteral("--json")), &fields))
        return Failure;
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    const Edit edit = EditService(store->workspace()).add(type, fields);
    if (!applyEdit(cmd, *store, edit))
        return Failure;
    out(edit.id.toString(QUuid::WithoutBraces) + u'\n');
    return Ok;
}

int runSet(const QStringList &argv)
{
    const QString cmd = QStringLiteral("set");
    const Args args(argv, {QStringLiteral("--json")}, {});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 3 || !args.has(QStringLiteral("--json")))
        return usage(cmd, QStringLiteral("expected WS KIND ID --json '{...}'"));
    const EntityType type = kindOf(args.positional()[1]);
    if (type == EntityType::None)
        return usage(cmd, QStringLiteral("unknown KIND '%1'; one of %2").arg(args.positional()[1], kindNames()));
    QJsonObject fields;
    if (!readObject(cmd, args.value(QStringLiteral("--json")), &fields))
        return Failure;
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    QString error;
    const Id id = findRecord(store->workspace(), type, args.positional()[2], &error);
    if (id.isNull())
        return fail(cmd, error);
    return applyEdit(cmd, *store, EditService(store->workspace()).set(type, id, fields)) ? Ok : Failure;
}

int runDelete(const QStringList &argv)
{
    const QString cmd = QStringLiteral("delete");
    const Args args(argv, {}, {});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 3)
        return usage(cmd, QStringLiteral("expected WS KIND ID"));
    const EntityType type = kindOf(args.positional()[1]);
    if (type == EntityType::None)
        return usage(cmd, QStringLiteral("unknown KIND '%1'; one of %2").arg(args.positional()[1], kindNames()));
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    QString error;
    const Id id = findRecord(store->workspace(), type, args.positional()[2], &error);
    if (id.isNull())
        return fail(cmd, error);
    return applyEdit(cmd, *store, EditService(store->workspace()).remove(type, id)) ? Ok : Failure;
}

const QString kKinds = QStringLiteral(
    "KIND is a record's stable name: resource, calendar, skill, resource_skill, client, contact,\n"
    "project, requirement, task, dependency, skill_requirement, assignment, time_entry, expense,\n"
    "baseline, baseline_task, risk, request, document, document_version, communication_entry,\n"
    "satisfaction_rating, lesson_learned, exchange_rate.\n");
const QString kShape = QStringLiteral(
    "Fields are the schema's snake_case names; ids are UUID strings; money is minor units, as\n"
    "a number or {\"minor\": N, \"currency\": \"EUR\"}; dates are ISO 8601 (2026-03-02 or\n"
    "2026-03-02T09:00); enumerations their names (\"fs\", \"time_and_materials\"…).\n"
    "A resource's rates: [{\"from\": DATE or null, \"cost\": N, \"bill\": N}] (minor units an hour);\n"
    "a calendar's week: 7 days from Monday, each null (inherited) or [[start, end], …] in minutes\n"
    "after midnight; its exceptions: [{\"name\", \"from\": DATE, \"to\": DATE, \"intervals\"}].\n");

const Registration regList{{
    QStringLiteral("list"),
    QStringLiteral("list WS KIND [--project P] [--json]"),
    QStringLiteral("Lists the records of one kind."),
    QStringLiteral("Lists every record of KIND in WS: its id and name, or with --json an array of\n"
                   "records in the one JSON shape the REST API uses.\n\n") + kKinds
        + QStringLiteral("\n  --project P   only the records of project P (code, name or id)\n"
                         "  --json        JSON output"),
    runList,
}};

const Registration regAdd{{
    QStringLiteral("add"),
    QStringLiteral("add WS KIND --json '{...}'"),
    QStringLiteral("Adds a record and prints its id."),
    QStringLiteral("Adds a record of KIND with the fields given as a JSON object; fields not given keep\n"
                   "their defaults. Prints the new id. The edit service applies its rules and\n"
                   "consequences (a task is scheduled, a requirement numbered) in one change.\n"
                   "A refused edit names the field, exits 1 and changes nothing.\n\n")
        + kKinds + u'\n' + kShape,
    runAdd,
}};

const Registration regSet{{
    QStringLiteral("set"),
    QStringLiteral("set WS KIND ID --json '{...}'"),
    QStringLiteral("Changes fields of a record."),
    QStringLiteral("Sets the given fields of record ID (an id, or a code, name or e-mail that names one\n"
                   "record). A duration set here reschedules the project exactly as in the desktop,\n"
                   "in one change-log entry. A refused edit names the field, exits 1 and changes\n"
                   "nothing.\n\n")
        + kKinds + u'\n' + kShape,
    runSet,
}};

const Registration regDelete{{
    QStringLiteral("delete"),
    QStringLiteral("delete WS KIND ID"),
    QStringLiteral("Deletes a record with what belongs only to it."),
    QStringLiteral("Deletes record ID with what belongs only to it (a client's contacts, a task's\n"
                   "subtasks and links, a project's plan). Refused, with the reason, while other\n"
                   "records still need it (a person who is assigned, a client with projects).\n\n")
        + kKinds,
    runDelete,
}};

} // namespace
