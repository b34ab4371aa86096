#include "command.h"

#include <schedule/staffing.h>
#include <store/store.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Keel;
using namespace Keel::Cli;

namespace {

int run(const QStringList &argv)
{
    const QString cmd = QStringLiteral("staff");
    const Args args(argv, {QStringLiteral("--project")}, {QStringLiteral("--dry-run"), QStringLiteral("--json")});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 1 || !args.has(QStringLiteral("--project")))
        return usage(cmd, QStringLiteral("expected WORKSPACE and --project P"));
    auto store = openWorkspace(cmd, args.positional().first());
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    const Project *project = ws.findProject(args.value(QStringLiteral("--project")));
    if (!project)
        return fail(cmd, QStringLiteral("no project '%1' in %2").arg(args.value(QStringLiteral("--project")), store->path()));
    const StaffingPlan plan = staffProject(ws, project->id);
    const bool dryRun = args.flag(QStringLiteral("--dry-run"));
    if (!dryRun && !plan.changes.isEmpty()) {
        QString error;
        if (!store->apply(plan.changes, &error))
            return fail(cmd, error);
    }
    if (args.flag(QStringLiteral("--json"))) {
        QJsonArray choices;
        for (const StaffingChoice &c : plan.choices) {
            choices.append(QJsonObject{{QStringLiteral("requirement"), c.requirementId.toString(QUuid::WithoutBraces)},
                                       {QStringLiteral("task"), ws.get<Task>(c.taskId)->name},
                                       {QStringLiteral("resource"), ws.get<Resource>(c.candidate.resourceId)->name},
                                       {QStringLiteral("score"), c.candidate.score},
                                       {QStringLiteral("reason"), c.candidate.reason}});
        }
        QJsonArray unfilled;
        for (const Id &id : plan.unfilled)
            unfilled.append(id.toString(QUuid::WithoutBraces));
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("project"), project->name},
                                                        {QStringLiteral("applied"), !dryRun},
                                                        {QStringLiteral("choices"), choices},
                                                        {QStringLiteral("unfilled"), unfilled}})
                                  .toJson(QJsonDocument::Indented)));
        return Ok;
    }
    out(QStringLiteral("%1 — %2 requirement(s) staffed, %3 left open%4\n")
            .arg(project->name)
            .arg(plan.choices.size())
            .arg(plan.unfilled.size())
            .arg(dryRun ? QStringLiteral(" (dry run: nothing changed)") : QString()));
    for (const StaffingChoice &c : plan.choices)
        out(QStringLiteral("  %1 → %2  (%3)\n")
                .arg(ws.get<Task>(c.taskId)->name, ws.get<Resource>(c.candidate.resourceId)->name, c.candidate.reason));
    return Ok;
}

const Registration reg{{
    QStringLiteral("staff"),
    QStringLiteral("staff WORKSPACE --project P [--dry-run] [--json]"),
    QStringLiteral("Fills a project's open skill requirements with the best-suited free people."),
    QStringLiteral("For every open skill requirement of project P (a task asking for a skill at a level and\n"
                   "hours of work), ranks the people by skill fit, free time in the task's window and cost,\n"
                   "then chooses for all requirements at once the plan with the best total score that\n"
                   "over-allocates no one. Applies it as one undoable change unless --dry-run.\n\n"
                   "  --project P   code, name or id\n"
                   "  --dry-run     only show the plan\n"
                   "  --json        {\"project\", \"applied\", \"choices\": [{\"task\", \"resource\", \"score\", \"reason\"}], \"unfilled\"}"),
    run,
}};

} // namespace
