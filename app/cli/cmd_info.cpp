#include "command.h"

#include <store/store.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace Keel;
using namespace Keel::Cli;

namespace {

int run(const QStringList &argv)
{
    const Args args(argv, {}, {QStringLiteral("--json")});
    if (!args.ok())
        return usage(QStringLiteral("info"), args.error());
    if (args.positional().size() != 1)
        return usage(QStringLiteral("info"), QStringLiteral("expected one FILE"));
    auto store = openWorkspace(QStringLiteral("info"), args.positional().first());
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    const QList<QPair<QString, qint64>> counts{
        {QStringLiteral("schema_version"), store->schemaVersion()},
        {QStringLiteral("clients"), ws.clients().size()},
        {QStringLiteral("projects"), ws.projects().size()},
        {QStringLiteral("resources"), ws.resources().size()},
        {QStringLiteral("tasks"), ws.tasks().size()},
        {QStringLiteral("dependencies"), ws.dependencies().size()},
        {QStringLiteral("assignments"), ws.table<Assignment>().size()},
        {QStringLiteral("time_entries"), ws.table<TimeEntry>().size()},
        {QStringLiteral("changes"), store->changeSetCount()},
    };
    if (args.flag(QStringLiteral("--json"))) {
        QJsonObject o;
        for (const auto &[key, value] : counts)
            o.insert(key, value);
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    out(QStringLiteral("%1 (%2)\n").arg(store->path(), ws.settings().name));
    for (const auto &[key, value] : counts)
        out(QStringLiteral("  %1 %2\n").arg(key + u':', -16).arg(value));
    return Ok;
}

const Registration reg{{
    QStringLiteral("info"),
    QStringLiteral("info FILE [--json]"),
    QStringLiteral("Counts what a workspace holds."),
    QStringLiteral("Prints the schema version and the number of clients, projects, resources, tasks,\n"
                   "dependencies, assignments, time entries and recorded changes of FILE.\n\n"
                   "  --json   one JSON object of integers"),
    run,
}};

} // namespace
