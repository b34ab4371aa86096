// keel-cli export: writes one project as Microsoft Project XML, GanttProject or CSV.

#include "command.h"

#include <interop/exporter.h>
#include <store/store.h>

#include <cstdio>

using namespace Keel;
using namespace Keel::Cli;

namespace {

const QString kName = QStringLiteral("export");

int run(const QStringList &argv)
{
    const Args args(argv, {QStringLiteral("--project"), QStringLiteral("--format")}, {});
    if (!args.ok())
        return usage(kName, args.error());
    if (args.positional().size() != 2)
        return usage(kName, QStringLiteral("expected a WORKSPACE and an OUT file ('-' for standard output)"));
    const QString workspacePath = args.positional()[0];
    const QString target = args.positional()[1];

    std::optional<InteropFormat> format;
    if (args.has(QStringLiteral("--format"))) {
        format = interopFormatFromName(args.value(QStringLiteral("--format")));
        if (!format)
            return usage(kName, QStringLiteral("unknown format '%1' (expected %2)")
                                    .arg(args.value(QStringLiteral("--format")), interopFormatNames().join(u'|')));
    } else if (target != u"-") {
        format = interopFormatFromPath(target);
    }
    if (!format)
        return usage(kName, QStringLiteral("cannot tell the format from '%1'; give --format %2")
                                .arg(target, interopFormatNames().join(u'|')));

    auto store = openWorkspace(kName, workspacePath);
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    const Project *project = nullptr;
    if (args.has(QStringLiteral("--project"))) {
        const QString wanted = args.value(QStringLiteral("--project"));
        project = ws.findProject(wanted);
        if (!project)
            return fail(kName, QStringLiteral("no project '%1' in %2 (or more than one has that name; use its code)")
                                   .arg(wanted, workspacePath));
    } else if (ws.projects().size() == 1) {
        project = &*ws.projects().begin();
    } else {
        return usage(kName, QStringLiteral("%1 holds %2 projects; name one with --project")
                                .arg(workspacePath)
                                .arg(ws.projects().size()));
    }

    if (target == u"-") {
        const QByteArray data = Exporter::exportProject(ws, project->id, *format);
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    QString error;
    if (!Exporter::exportToFile(ws, project->id, *format, target, &error))
        return fail(kName, error);
    return Ok;
}

const Registration reg{{
    kName,
    QStringLiteral("export WORKSPACE --project P OUT [--format mspdi|gan|csv]"),
    QStringLiteral("Writes a project as Microsoft Project XML, GanttProject or CSV."),
    QStringLiteral(
        "Writes project P of WORKSPACE to OUT ('-' for standard output) with its tasks, links,\n"
        "calendars, resources, assignments and baselines (as far as the format holds them).\n\n"
        "  --project P   the project's code, name or id; may be left out when there is one project\n"
        "  --format F    mspdi (Microsoft Project XML, opens in Project 2010 and later), gan\n"
        "                (GanttProject) or csv; by default from OUT's extension"),
    run,
}};

} // namespace
