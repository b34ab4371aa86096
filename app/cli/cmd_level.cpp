// keel-cli level: resource leveling of one project or of the whole pool (see docs/leveling.md).

#include "command.h"

#include <model/workspace.h>
#include <schedule/leveler.h>
#include <store/store.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Keel;
using namespace Keel::Cli;

namespace {

const QString kName = QStringLiteral("level");

/// Whether progress lines can overwrite each other on stderr.
bool stderrIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

/// "2026-03-04 08:00", or "—" without a date.
QString dateText(Minutes m)
{
    return m == kNoTime ? QStringLiteral("—") : formatIso(m).left(16).replace(u'T', u' ');
}

/// An elapsed span as days and hours: "2d 4h", "5h", "0h".
QString spanText(Minutes minutes)
{
    const Minutes days = minutes / kMinutesPerDay;
    const Minutes hours = (minutes % kMinutesPerDay + 30) / 60;
    if (days > 0)
        return hours > 0 ? QStringLiteral("%1d %2h").arg(days).arg(hours) : QStringLiteral("%1d").arg(days);
    return QStringLiteral("%1h").arg(hours);
}

QJsonObject toJson(const LevelingPreview &p, bool applied)
{
    QJsonArray moved;
    for (const LeveledTask &t : p.moved) {
        moved.append(QJsonObject{{QStringLiteral("task"), t.name},
                                 {QStringLiteral("id"), t.taskId.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("project"), t.projectName},
                                 {QStringLiteral("old_start"), formatIso(t.oldStart)},
                                 {QStringLiteral("new_start"), formatIso(t.newStart)},
                                 {QStringLiteral("old_finish"), formatIso(t.oldFinish)},
                                 {QStringLiteral("new_finish"), formatIso(t.newFinish)},
                                 {QStringLiteral("delay_minutes"), qint64(t.newDelay)}});
    }
    QJsonArray projects;
    for (const LeveledProject &pr : p.projects) {
        projects.append(QJsonObject{{QStringLiteral("project"), pr.name},
                                    {QStringLiteral("old_finish"), formatIso(pr.oldFinish)},
                                    {QStringLiteral("new_finish"), formatIso(pr.newFinish)}});
    }
    QJsonArray resources;
    for (const LeveledResource &r : p.resources) {
        resources.append(QJsonObject{{QStringLiteral("resource"), r.name},
                                     {QStringLiteral("old_peak_percent"), r.oldPeakPercent},
                                     {QStringLiteral("new_peak_percent"), r.newPeakPercent},
                                     {QStringLiteral("old_overload_minutes"), qint64(r.oldOverload)},
                                     {QStringLiteral("new_overload_minutes"), qint64(r.newOverload)}});
    }
    QJsonArray unresolved;
    for (const Id &id : p.unresolved)
        unresolved.append(id.toString(QUuid::WithoutBraces));
    return QJsonObject{{QStringLiteral("applied"), applied},
                       {QStringLiteral("moved"), moved},
                       {QStringLiteral("projects"), projects},
                       {QStringLiteral("resources"), resources},
                       {QStringLiteral("unresolved"), unresolved},
                       {QStringLiteral("messages"), QJsonArray::fromStringList(p.messages)},
                       {QStringLiteral("period_minutes"), qint64(p.periodMinutes)},
                       {QStringLiteral("jobs"), p.jobs},
                       {QStringLiteral("schedules"), qint64(p.schedules)},
                       {QStringLiteral("seconds"), p.seconds},
                       {QStringLiteral("cancelled"), p.cancelled}};
}

void printPreview(const LevelingPreview &p, bool applied, bool dryRun)
{
    out(QStringLiteral("%1 task(s) move; %2 task(s) placed in %3 s (%4 schedules, period %5 h)%6\n")
            .arg(p.moved.size())
            .arg(p.jobs)
            .arg(p.seconds, 0, 'f', 2)
            .arg(p.schedules)
            .arg(double(p.periodMinutes) / 60.0)
            .arg(dryRun ? QStringLiteral(" (dry run: nothing changed)")
                        : applied ? QStringLiteral(" (applied)") : QString()));
    if (!p.moved.isEmpty()) {
        out(QStringLiteral("\nMoved tasks:\n"));
        for (const LeveledTask &t : p.moved)
            out(QStringLiteral("  %1 / %2: %3 → %4 (finish %5, delay %6)\n")
                    .arg(t.projectName, t.name, dateText(t.oldStart), dateText(t.newStart), dateText(t.newFinish),
                         spanText(t.newDelay)));
    }
    out(QStringLiteral("\nProject finish:\n"));
    for (const LeveledProject &pr : p.projects)
        out(QStringLiteral("  %1: %2 → %3\n").arg(pr.name, dateText(pr.oldFinish), dateText(pr.newFinish)));
    if (!p.resources.isEmpty()) {
        out(QStringLiteral("\nPeak load (of max units), over-allocated hours:\n"));
        for (const LeveledResource &r : p.resources)
            out(QStringLiteral("  %1: %2% → %3%, %4 h → %5 h\n")
                    .arg(r.name)
                    .arg(r.oldPeakPercent)
                    .arg(r.newPeakPercent)
                    .arg(double(r.oldOverload) / 60.0, 0, 'f', 0)
                    .arg(double(r.newOverload) / 60.0, 0, 'f', 0));
    }
    for (const QString &m : p.messages)
        out(QStringLiteral("\nNote: %1\n").arg(m));
}

int run(const QStringList &argv)
{
    const Args args(argv, {QStringLiteral("--project"), QStringLiteral("--time-limit"), QStringLiteral("--seed")},
                    {QStringLiteral("--all"), QStringLiteral("--within-slack"), QStringLiteral("--dry-run"),
                     QStringLiteral("--json"), QStringLiteral("--clear")});
    if (!args.ok())
        return usage(kName, args.error());
    if (args.positional().size() != 1)
        return usage(kName, QStringLiteral("expected one WORKSPACE"));
    const bool all = args.flag(QStringLiteral("--all"));
    if (all == args.has(QStringLiteral("--project")))
        return usage(kName, QStringLiteral("give either --project P or --all"));
    LevelingOptions options;
    options.withinSlack = args.flag(QStringLiteral("--within-slack"));
    if (args.has(QStringLiteral("--time-limit"))) {
        bool ok = false;
        options.timeLimit = args.value(QStringLiteral("--time-limit")).toDouble(&ok);
        if (!ok || options.timeLimit <= 0 || options.timeLimit > 3600)
            return usage(kName, QStringLiteral("--time-limit takes seconds between 0 and 3600, not '%1'")
                                    .arg(args.value(QStringLiteral("--time-limit"))));
    }
    if (args.has(QStringLiteral("--seed"))) {
        bool ok = false;
        options.seed = args.value(QStringLiteral("--seed")).toULongLong(&ok);
        if (!ok)
            return usage(kName, QStringLiteral("--seed takes a whole number, not '%1'").arg(args.value(QStringLiteral("--seed"))));
    }

    auto store = openWorkspace(kName, args.positional().first());
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    if (!all) {
        const Project *project = ws.findProject(args.value(QStringLiteral("--project")));
        if (!project)
            return fail(kName, QStringLiteral("no project '%1' in %2").arg(args.value(QStringLiteral("--project")), store->path()));
        options.projectId = project->id;
    }

    const bool json = args.flag(QStringLiteral("--json"));
    const bool terminal = stderrIsTerminal() && !json;
    if (terminal) {
        options.progress = [](const RcpspProgress &p) {
            err(QStringLiteral("\rkeel-cli level: %1 s, %2 schedules, best %3 periods   ")
                    .arg(p.seconds, 0, 'f', 1)
                    .arg(p.schedules)
                    .arg(p.bestMakespan));
        };
    }
    Leveler leveler(ws, options, args.flag(QStringLiteral("--clear")) ? Leveler::Mode::Clear : Leveler::Mode::Level);
    const bool ok = leveler.run();
    if (terminal)
        err(QStringLiteral("\r%1\r").arg(QString(60, u' ')));
    if (!ok)
        return fail(kName, leveler.error());
    const LevelingPreview preview = leveler.preview(ws);

    const bool dryRun = args.flag(QStringLiteral("--dry-run"));
    bool applied = false;
    if (!dryRun && !preview.changes.isEmpty()) {
        QString error;
        if (!store->apply(preview.changes, &error))
            return fail(kName, error);
        applied = true;
    }
    if (json)
        out(QString::fromUtf8(QJsonDocument(toJson(preview, applied)).toJson(QJsonDocument::Indented)));
    else
        printPreview(preview, applied, dryRun);
    return Ok;
}

const Registration reg{{
    kName,
    QStringLiteral("level WORKSPACE (--project P | --all) [--within-slack] [--time-limit S] [--seed N] [--clear] [--dry-run] [--json]"),
    QStringLiteral("Levels resources: delays tasks so that no one is over-allocated."),
    QStringLiteral("Levels project P, or every open project on the shared pool (--all): tasks are delayed\n"
                   "(never moved earlier) so that no person works above their max units, keeping links,\n"
                   "constraints and calendars. Manual, started and priority-1000 tasks never move. The\n"
                   "delays are stored on the tasks (like Microsoft Project's leveling delay), so a later\n"
                   "reschedule keeps them. Applied as one undoable change unless --dry-run.\n\n"
                   "  --project P      code, name or id\n"
                   "  --all            every project that is not closed\n"
                   "  --within-slack   no task finishes after its late finish (project finishes stay)\n"
                   "  --time-limit S   optimiser budget in seconds (default 2)\n"
                   "  --seed N         seed of the optimiser (default 1)\n"
                   "  --clear          remove every leveling delay instead\n"
                   "  --dry-run        only show the preview\n"
                   "  --json           {\"applied\", \"moved\": [{\"task\", \"project\", \"old_start\", \"new_start\",\n"
                   "                   \"new_finish\", \"delay_minutes\"}], \"projects\", \"resources\": [{\"resource\",\n"
                   "                   \"old_peak_percent\", \"new_peak_percent\"}], \"unresolved\", \"messages\"}"),
    run,
}};

} // namespace
