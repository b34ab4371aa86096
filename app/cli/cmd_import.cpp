// keel-cli import: adds a project from a Microsoft Project XML, GanttProject or CSV file.

#include "command.h"

#include <edit/editservice.h>
#include <interop/importer.h>
#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>
#include <store/store.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Keel;
using namespace Keel::Cli;

namespace {

const QString kName = QStringLiteral("import");

int run(const QStringList &argv)
{
    const Args args(argv, {QStringLiteral("--format"), QStringLiteral("--map"), QStringLiteral("--name")},
                    {QStringLiteral("--json"), QStringLiteral("--schedule")});
    if (!args.ok())
        return usage(kName, args.error());
    if (args.positional().size() != 2)
        return usage(kName, QStringLiteral("expected a WORKSPACE and a SOURCE file"));
    const QString workspacePath = args.positional()[0];
    const QString source = args.positional()[1];

    std::optional<InteropFormat> format;
    if (args.has(QStringLiteral("--format"))) {
        format = interopFormatFromName(args.value(QStringLiteral("--format")));
        if (!format)
            return usage(kName, QStringLiteral("unknown format '%1' (expected %2)")
                                    .arg(args.value(QStringLiteral("--format")), interopFormatNames().join(u'|')));
    } else {
        format = interopFormatFromPath(source);
    }
    ImportOptions options;
    options.fileName = source;
    options.projectName = args.value(QStringLiteral("--name"));
    if (args.has(QStringLiteral("--map"))) {
        if (format && *format != InteropFormat::Csv)
            return usage(kName, QStringLiteral("--map applies to CSV files only"));
        QString error;
        const std::optional<CsvMapping> mapping = CsvMapping::load(args.value(QStringLiteral("--map")), &error);
        if (!mapping)
            return fail(kName, error);
        options.csvMapping = *mapping;
        format = InteropFormat::Csv;
    }

    auto store = openWorkspace(kName, workspacePath);
    if (!store)
        return Failure;
    options.target = &store->workspace();
    // A workspace without projects takes the file's conventions (minutes per day and so on).
    options.adoptSettings = store->workspace().projects().size() == 0;

    const ImportResult result = Importer::importFile(source, format, options);
    if (!result.ok)
        return fail(kName, result.error.message());
    // Without --schedule the file's own dates are kept; with it, the edit service adds Keel's dates
    // to the same ChangeSet, so the import is one change either way.
    ChangeSet changes = result.changes;
    if (args.flag(QStringLiteral("--schedule"))) {
        Edit scheduled = EditService(store->workspace()).complete(result.changes);
        if (!scheduled.ok())
            return fail(kName, QStringLiteral("%1: the import was refused: %2").arg(source, scheduled.error));
        changes = std::move(scheduled.changes);
    }
    QString error;
    if (!store->apply(changes, &error))
        return fail(kName, QStringLiteral("%1: the import was refused: %2").arg(source, error));

    const Workspace &ws = store->workspace();
    const Project *p = ws.get<Project>(result.projectId);
    qint64 tasks = 0;
    qint64 links = 0;
    qint64 resources = 0;
    qint64 calendars = 0;
    for (const Change &c : result.changes.changes()) {
        if (c.op != Change::Op::Insert)
            continue;
        tasks += c.type == EntityType::Task;
        links += c.type == EntityType::Dependency;
        resources += c.type == EntityType::Resource;
        calendars += c.type == EntityType::Calendar;
    }
    if (args.flag(QStringLiteral("--json"))) {
        QJsonObject o;
        o.insert(QStringLiteral("project_id"), result.projectId.toString(QUuid::WithoutBraces));
        o.insert(QStringLiteral("project"), p ? p->name : QString());
        o.insert(QStringLiteral("tasks"), tasks);
        o.insert(QStringLiteral("links"), links);
        o.insert(QStringLiteral("resources"), resources);
        o.insert(QStringLiteral("calendars"), calendars);
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
        out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    for (const QString &w : result.warnings)
        err(QStringLiteral("keel-cli import: warning: %1\n").arg(w));
    out(QStringLiteral("Imported “%1”: %2 tasks, %3 links, %4 new resources, %5 calendars.\n")
            .arg(p ? p->name : QString())
            .arg(tasks)
            .arg(links)
            .arg(resources)
            .arg(calendars));
    return Ok;
}

const Registration reg{{
    kName,
    QStringLiteral("import WORKSPACE SOURCE [--format mspdi|gan|csv] [--map MAPPING] [--name NAME] [--schedule] [--json]"),
    QStringLiteral("Adds a project from a Microsoft Project XML, GanttProject or CSV file."),
    QStringLiteral(
        "Reads SOURCE and adds it to WORKSPACE as a new project with its tasks, links, calendars,\n"
        "resources, assignments and baselines, in one change. A file that cannot be read imports\n"
        "nothing; the error names the line and what was expected.\n\n"
        "  --format F    mspdi (Microsoft Project XML), gan (GanttProject) or csv; by default from\n"
        "                the extension (.xml, .gan, .csv), else from the content\n"
        "  --map FILE    CSV only: a JSON column mapping, e.g. {\"name\": \"Task Name\", \"duration\": \"Dur\",\n"
        "                \"options\": {\"delimiter\": \";\", \"date_format\": \"dd.MM.yyyy\"}}\n"
        "  --name NAME   the new project's name (default: from the file)\n"
        "  --schedule    compute the schedule right after the import (the dates the file holds for\n"
        "                automatically scheduled tasks are replaced by Keel's)\n"
        "  --json        print what was imported as JSON\n\n"
        "Resources whose name already exists in the workspace are reused. A workspace without\n"
        "projects takes the file's minutes per day and week."),
    run,
}};

} // namespace
