// keel-cli schedule: critical-path schedule of a workspace project or of any importable file.

#include "command.h"

#include <interop/importer.h>
#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>
#include <store/store.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Keel;
using namespace Keel::Cli;

namespace {

const QString kName = QStringLiteral("schedule");

QJsonValue dateValue(Minutes m)
{
    return m == kNoTime ? QJsonValue() : QJsonValue(formatIso(m));
}

QString kindName(ScheduleDiagnostic::Kind kind)
{
    switch (kind) {
    case ScheduleDiagnostic::Kind::Cycle: return QStringLiteral("cycle");
    case ScheduleDiagnostic::Kind::InvalidInput: return QStringLiteral("invalid_input");
    case ScheduleDiagnostic::Kind::ConstraintConflict: return QStringLiteral("constraint_conflict");
    case ScheduleDiagnostic::Kind::DeadlineMissed: return QStringLiteral("deadline_missed");
    case ScheduleDiagnostic::Kind::ManualTaskConflict: return QStringLiteral("manual_task_conflict");
    case ScheduleDiagnostic::Kind::ActualsConflict: return QStringLiteral("actuals_conflict");
    }
    return {};
}

QString severityName(ScheduleDiagnostic::Severity s)
{
    switch (s) {
    case ScheduleDiagnostic::Severity::Info: return QStringLiteral("info");
    case ScheduleDiagnostic::Severity::Warning: return QStringLiteral("warning");
    case ScheduleDiagnostic::Severity::Error: return QStringLiteral("error");
    }
    return {};
}

/// Whether @p path is a Keel workspace (an SQLite file) rather than a file to import.
bool isWorkspace(const QString &path)
{
    if (QFileInfo(path).suffix().compare(u"keel", Qt::CaseInsensitive) == 0)
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

/// WBS codes ("1.2.3") of the snapshot's tasks, which are in WBS order.
QStringList wbsCodes(const ScheduleSnapshot &s)
{
    QStringList codes;
    codes.reserve(qsizetype(s.tasks.size()));
    QHash<qint32, int> childCount;
    for (size_t i = 0; i < s.tasks.size(); ++i) {
        const qint32 parent = s.tasks[i].parent;
        const int n = ++childCount[parent];
        codes.append(parent >= 0 && parent < qint32(i) ? codes[parent] + u'.' + QString::number(n) : QString::number(n));
    }
    return codes;
}

int run(const QStringList &argv)
{
    const Args args(argv, {QStringLiteral("--project"), QStringLiteral("--format"), QStringLiteral("--map")},
                    {QStringLiteral("--json"), QStringLiteral("--dry-run")});
    if (!args.ok())
        return usage(kName, args.error());
    if (args.positional().size() != 1)
        return usage(kName, QStringLiteral("expected one SOURCE (a workspace or a file to import)"));
    const QString source = args.positional().first();
    if (!QFileInfo::exists(source))
        return fail(kName, QStringLiteral("%1 does not exist").arg(source));

    std::unique_ptr<Store> store;
    Id projectId;
    QStringList importWarnings;
    const bool workspace = !args.has(QStringLiteral("--format")) && !args.has(QStringLiteral("--map")) && isWorkspace(source);
    if (workspace) {
        store = openWorkspace(kName, source);
        if (!store)
            return Failure;
        const Workspace &ws = store->workspace();
        if (args.has(QStringLiteral("--project"))) {
            const Project *p = ws.findProject(args.value(QStringLiteral("--project")));
            if (!p)
                return fail(kName, QStringLiteral("no project '%1' in %2").arg(args.value(QStringLiteral("--project")), source));
            projectId = p->id;
        } else if (ws.projects().size() == 1) {
            projectId = ws.projects().begin()->id;
        } else {
            return usage(kName, QStringLiteral("%1 holds %2 projects; name one with --project").arg(source).arg(ws.projects().size()));
        }
    } else {
        std::optional<InteropFormat> format;
        if (args.has(QStringLiteral("--format"))) {
            format = interopFormatFromName(args.value(QStringLiteral("--format")));
            if (!format)
                return usage(kName, QStringLiteral("unknown format '%1' (expected %2)")
                                        .arg(args.value(QStringLiteral("--format")), interopFormatNames().join(u'|')));
        }
        ImportOptions options;
        options.fileName = source;
        options.adoptSettings = true;
        if (args.has(QStringLiteral("--map"))) {
            QString error;
            const std::optional<CsvMapping> mapping = CsvMapping::load(args.value(QStringLiteral("--map")), &error);
            if (!mapping)
                return fail(kName, error);
            options.csvMapping = *mapping;
            format = InteropFormat::Csv;
        }
        store = Store::createInMemory();
        options.target = &store->workspace();
        const ImportResult imported = Importer::importFile(source, format, options);
        if (!imported.ok)
            return fail(kName, imported.error.message());
        QString error;
        if (!store->apply(imported.changes, &error))
            return fail(kName, QStringLiteral("%1: %2").arg(source, error));
        projectId = imported.projectId;
        importWarnings = imported.warnings;
    }

    const Workspace &ws = store->workspace();
    const ProjectSnapshot snapshot = ProjectSnapshot::build(ws, projectId);
    const ScheduleResult result = CpmScheduler::run(snapshot.snapshot());
    const ChangeSet changes = snapshot.changes(ws, result);
    const QStringList wbs = wbsCodes(snapshot.snapshot());
    const Project &project = *ws.get<Project>(projectId);
    const std::vector<Id> &ids = snapshot.taskIds();

    if (args.flag(QStringLiteral("--json"))) {
        QJsonArray tasks;
        for (size_t i = 0; i < ids.size() && i < result.tasks.size(); ++i) {
            const Task &t = *ws.get<Task>(ids[i]);
            const TaskSchedule &r = result.tasks[i];
            QJsonObject o;
            o.insert(QStringLiteral("id"), t.id.toString(QUuid::WithoutBraces));
            o.insert(QStringLiteral("source_uid"), t.sourceUid.isEmpty() ? QJsonValue() : QJsonValue(t.sourceUid));
            o.insert(QStringLiteral("wbs"), wbs.value(qsizetype(i)));
            o.insert(QStringLiteral("name"), t.name);
            o.insert(QStringLiteral("start"), dateValue(r.start));
            o.insert(QStringLiteral("finish"), dateValue(r.finish));
            o.insert(QStringLiteral("total_float_minutes"), qint64(r.totalSlack));
            o.insert(QStringLiteral("free_float_minutes"), qint64(r.freeSlack));
            o.insert(QStringLiteral("critical"), r.critical);
            o.insert(QStringLiteral("summary"), r.summary);
            o.insert(QStringLiteral("milestone"), t.milestone);
            o.insert(QStringLiteral("manual"), t.scheduling == SchedulingMode::Manual);
            tasks.append(o);
        }
        QJsonArray diagnostics;
        for (const QString &w : importWarnings) {
            QJsonObject o;
            o.insert(QStringLiteral("severity"), QStringLiteral("warning"));
            o.insert(QStringLiteral("kind"), QStringLiteral("import"));
            o.insert(QStringLiteral("tasks"), QJsonArray());
            o.insert(QStringLiteral("message"), w);
            diagnostics.append(o);
        }
        for (const ScheduleDiagnostic &d : result.diagnostics) {
            QJsonObject o;
            o.insert(QStringLiteral("severity"), severityName(d.severity));
            o.insert(QStringLiteral("kind"), kindName(d.kind));
            QJsonArray concerned;
            for (qint32 index : d.tasks) {
                if (index >= 0 && size_t(index) < ids.size())
                    concerned.append(ids[size_t(index)].toString(QUuid::WithoutBraces));
            }
            o.insert(QStringLiteral("tasks"), concerned);
            o.insert(QStringLiteral("message"), d.message);
            if (d.amount != 0)
                o.insert(QStringLiteral("amount_minutes"), qint64(d.amount));
            diagnostics.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("project"), project.name);
        root.insert(QStringLiteral("start"), dateValue(result.projectStart));
        root.insert(QStringLiteral("finish"), dateValue(result.projectFinish));
        root.insert(QStringLiteral("tasks"), tasks);
        root.insert(QStringLiteral("diagnostics"), diagnostics);
        out(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        for (const QString &w : importWarnings)
            err(QStringLiteral("keel-cli schedule: warning: %1\n").arg(w));
        QString text = QStringLiteral("%1: %2 → %3\n")
                           .arg(project.name, formatIso(result.projectStart), formatIso(result.projectFinish));
        const int minutesPerDay = std::max(1, ws.settings().minutesPerDay);
        for (size_t i = 0; i < ids.size() && i < result.tasks.size(); ++i) {
            const Task &t = *ws.get<Task>(ids[i]);
            const TaskSchedule &r = result.tasks[i];
            text += QStringLiteral("%1 %2  %3  %4  float %5d%6\n")
                        .arg(wbs.value(qsizetype(i)), -8)
                        .arg(t.name.left(40), -40)
                        .arg(formatIso(r.start), -19)
                        .arg(formatIso(r.finish), -19)
                        .arg(double(r.totalSlack) / minutesPerDay, 0, 'g', 4)
                        .arg(r.critical ? QStringLiteral("  critical") : QString());
        }
        out(text);
        for (const ScheduleDiagnostic &d : result.diagnostics)
            err(QStringLiteral("keel-cli schedule: %1: %2\n").arg(severityName(d.severity), d.message));
    }

    if (workspace && !args.flag(QStringLiteral("--dry-run")) && !changes.isEmpty()) {
        QString error;
        if (!store->apply(changes, &error))
            return fail(kName, QStringLiteral("the schedule could not be saved: %1").arg(error));
    }
    if (result.hasErrors()) {
        if (args.flag(QStringLiteral("--json"))) {
            for (const ScheduleDiagnostic &d : result.diagnostics) {
                if (d.severity == ScheduleDiagnostic::Severity::Error)
                    err(QStringLiteral("keel-cli schedule: %1\n").arg(d.message));
            }
        }
        return Failure;
    }
    return Ok;
}

const Registration reg{{
    kName,
    QStringLiteral("schedule SOURCE [--project P] [--json] [--format F] [--map MAPPING] [--dry-run]"),
    QStringLiteral("Computes the critical-path schedule of a project."),
    QStringLiteral(
        "SOURCE is a workspace or any file `import` reads (Microsoft Project XML, GanttProject,\n"
        "CSV); a file is imported into a scratch workspace first. Dates come from the inputs only —\n"
        "durations, links, constraints, calendars, actuals, manual tasks — never from the start\n"
        "and finish stored for automatically scheduled tasks. In a workspace the computed dates are\n"
        "saved (one change) unless --dry-run is given.\n\n"
        "  --project P   the project's code, name or id (a workspace with several projects)\n"
        "  --json        {\"project\", \"start\", \"finish\", \"tasks\": [{\"id\", \"source_uid\", \"wbs\", \"name\",\n"
        "                \"start\", \"finish\", \"total_float_minutes\", \"free_float_minutes\", \"critical\",\n"
        "                \"summary\", \"milestone\", \"manual\"}], \"diagnostics\": [...]}; dates are local\n"
        "                YYYY-MM-DDTHH:MM:SS\n"
        "  --format F    read SOURCE as mspdi, gan or csv\n"
        "  --map FILE    CSV column mapping (see `keel-cli import --help`)\n"
        "  --dry-run     do not save the dates into the workspace\n\n"
        "Exits with 1 when the schedule has errors (such as a dependency cycle, named on stderr)."),
    run,
}};

} // namespace
