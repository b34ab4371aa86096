// keel-cli's intents that are more than a field: project (from a template), baseline, progress,
// log-time, timesheet and gate. Each calls one intent of the edit service and applies its one
// ChangeSet; a refusal names what is wrong, exits 1 and changes nothing.

#include "command.h"
#include "editing.h"

#include <edit/editservice.h>
#include <model/workspace.h>
#include <store/store.h>

using namespace Keel;
using namespace Keel::Cli;

namespace {

const Project *projectArg(const QString &cmd, const Workspace &ws, const Args &args)
{
    if (!args.has(QStringLiteral("--project"))) {
        usage(cmd, QStringLiteral("--project P is required"));
        return nullptr;
    }
    const Project *p = ws.findProject(args.value(QStringLiteral("--project")));
    if (!p)
        fail(cmd, QStringLiteral("--project: no project '%1'").arg(args.value(QStringLiteral("--project"))));
    return p;
}

int runProject(const QStringList &argv)
{
    const QString cmd = QStringLiteral("project");
    const Args args(argv,
                    {QStringLiteral("--template"), QStringLiteral("--name"), QStringLiteral("--code"),
                     QStringLiteral("--client"), QStringLiteral("--start")},
                    {QStringLiteral("--chinese")});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 1 || !args.has(QStringLiteral("--name")) || !args.has(QStringLiteral("--start")))
        return usage(cmd, QStringLiteral("expected WS --name NAME --start DATE"));
    qint64 start = kNoTime;
    if (!args.date(QStringLiteral("--start"), &start))
        return usage(cmd, QStringLiteral("--start: expected YYYY-MM-DD"));
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    Id client;
    if (args.has(QStringLiteral("--client"))) {
        QString error;
        client = findRecord(ws, EntityType::Client, args.value(QStringLiteral("--client")), &error);
        if (client.isNull())
            return fail(cmd, QStringLiteral("--client: ") + error);
    }
    const Edit edit = EditService(ws).createProject(args.value(QStringLiteral("--template")), args.value(QStringLiteral("--name")),
                                                    args.value(QStringLiteral("--code")), client, toDate(start),
                                                    args.flag(QStringLiteral("--chinese")));
    if (!applyEdit(cmd, *store, edit))
        return Failure;
    out(edit.id.toString(QUuid::WithoutBraces) + u'\n');
    return Ok;
}

int runBaseline(const QStringList &argv)
{
    const QString cmd = QStringLiteral("baseline");
    const Args args(argv, {QStringLiteral("--project"), QStringLiteral("--number")}, {QStringLiteral("--clear")});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 1)
        return usage(cmd, QStringLiteral("expected one WS"));
    bool ok = true;
    const int number = args.value(QStringLiteral("--number"), QStringLiteral("0")).toInt(&ok);
    if (!ok)
        return usage(cmd, QStringLiteral("--number: expected 0 to 10"));
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    const Project *p = projectArg(cmd, store->workspace(), args);
    if (!p)
        return Failure;
    const EditService edits(store->workspace());
    const Edit edit = args.flag(QStringLiteral("--clear")) ? edits.clearBaseline(p->id, number) : edits.setBaseline(p->id, number);
    return applyEdit(cmd, *store, edit) ? Ok : Failure;
}

int runProgress(const QStringList &argv)
{
    const QString cmd = QStringLiteral("progress");
    const Args args(argv, {QStringLiteral("--percent"), QStringLiteral("--actual-start"), QStringLiteral("--actual-finish")}, {});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 2)
        return usage(cmd, QStringLiteral("expected WS TASK"));
    EditService::Progress progress;
    if (args.has(QStringLiteral("--percent"))) {
        bool ok = false;
        progress.percentComplete = args.value(QStringLiteral("--percent")).toInt(&ok);
        if (!ok)
            return usage(cmd, QStringLiteral("--percent: expected a whole number from 0 to 100"));
    }
    for (const auto &[option, into] : {std::pair{QStringLiteral("--actual-start"), &progress.actualStart},
                                       std::pair{QStringLiteral("--actual-finish"), &progress.actualFinish}}) {
        if (!args.has(option))
            continue;
        const Minutes m = parseIso(args.value(option));
        if (m == kNoTime)
            return usage(cmd, QStringLiteral("%1: expected YYYY-MM-DD or YYYY-MM-DDTHH:MM").arg(option));
        *into = m;
    }
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    QString error;
    const Id task = findRecord(store->workspace(), EntityType::Task, args.positional()[1], &error);
    if (task.isNull())
        return fail(cmd, error);
    return applyEdit(cmd, *store, EditService(store->workspace()).recordProgress(task, progress)) ? Ok : Failure;
}

int runLogTime(const QStringList &argv)
{
    const QString cmd = QStringLiteral("log-time");
    const Args args(argv, {QStringLiteral("--person"), QStringLiteral("--task"), QStringLiteral("--date"),
                           QStringLiteral("--hours"), QStringLiteral("--note")},
                    {QStringLiteral("--not-billable")});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 1 || !args.has(QStringLiteral("--person")) || !args.has(QStringLiteral("--task"))
        || !args.has(QStringLiteral("--date")) || !args.has(QStringLiteral("--hours")))
        return usage(cmd, QStringLiteral("expected WS --person NAME --task TASK --date DATE --hours H"));
    qint64 day = kNoTime;
    if (!args.date(QStringLiteral("--date"), &day))
        return usage(cmd, QStringLiteral("--date: expected YYYY-MM-DD"));
    bool ok = false;
    const double hours = args.value(QStringLiteral("--hours")).toDouble(&ok);
    if (!ok)
        return usage(cmd, QStringLiteral("--hours: expected a number"));
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    QString error;
    const Id person = findRecord(ws, EntityType::Resource, args.value(QStringLiteral("--person")), &error);
    if (person.isNull())
        return fail(cmd, QStringLiteral("--person: ") + error);
    const Id task = findRecord(ws, EntityType::Task, args.value(QStringLiteral("--task")), &error);
    if (task.isNull())
        return fail(cmd, QStringLiteral("--task: ") + error);
    const Edit edit = EditService(ws).logTime(person, task, day, Minutes(std::llround(hours * 60)),
                                              !args.flag(QStringLiteral("--not-billable")), args.value(QStringLiteral("--note")));
    if (!applyEdit(cmd, *store, edit))
        return Failure;
    out(edit.id.toString(QUuid::WithoutBraces) + u'\n');
    return Ok;
}

int runTimesheet(const QStringList &argv)
{
    const QString cmd = QStringLiteral("timesheet");
    const Args args(argv, {QStringLiteral("--person"), QStringLiteral("--week"), QStringLiteral("--reject")},
                    {QStringLiteral("--submit"), QStringLiteral("--approve")});
    if (!args.ok())
        return usage(cmd, args.error());
    const int actions = int(args.flag(QStringLiteral("--submit"))) + int(args.flag(QStringLiteral("--approve")))
        + int(args.has(QStringLiteral("--reject")));
    if (args.positional().size() != 1 || !args.has(QStringLiteral("--person")) || !args.has(QStringLiteral("--week")) || actions != 1)
        return usage(cmd, QStringLiteral("expected WS --person NAME --week DATE and one of --submit, --approve, --reject REASON"));
    qint64 week = kNoTime;
    if (!args.date(QStringLiteral("--week"), &week))
        return usage(cmd, QStringLiteral("--week: expected YYYY-MM-DD"));
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    QString error;
    const Id person = findRecord(store->workspace(), EntityType::Resource, args.value(QStringLiteral("--person")), &error);
    if (person.isNull())
        return fail(cmd, QStringLiteral("--person: ") + error);
    const auto action = args.flag(QStringLiteral("--submit"))    ? EditService::TimesheetAction::Submit
                        : args.flag(QStringLiteral("--approve")) ? EditService::TimesheetAction::Approve
                                                                 : EditService::TimesheetAction::Reject;
    const Edit edit = EditService(store->workspace()).timesheet(person, week, action, args.value(QStringLiteral("--reject")));
    return applyEdit(cmd, *store, edit) ? Ok : Failure;
}

int runGate(const QStringList &argv)
{
    const QString cmd = QStringLiteral("gate");
    const Args args(argv, {QStringLiteral("--project"), QStringLiteral("--override")}, {QStringLiteral("--advance")});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 1 || !args.flag(QStringLiteral("--advance")))
        return usage(cmd, QStringLiteral("expected WS --project P --advance [--override REASON]"));
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    const Project *p = projectArg(cmd, store->workspace(), args);
    if (!p)
        return Failure;
    const Edit edit = EditService(store->workspace()).advanceGate(p->id, args.value(QStringLiteral("--override")));
    if (!applyEdit(cmd, *store, edit))
        return Failure;
    out(QStringLiteral("%1: %2\n").arg(p->code.isEmpty() ? p->name : p->code, enumName(store->workspace().get<Project>(p->id)->phase)));
    return Ok;
}

int runSignOff(const QStringList &argv)
{
    const QString cmd = QStringLiteral("signoff");
    const Args args(argv, {QStringLiteral("--project"), QStringLiteral("--by"), QStringLiteral("--statement")}, {});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 1 || !args.has(QStringLiteral("--by")) || !args.has(QStringLiteral("--statement")))
        return usage(cmd, QStringLiteral("expected WS --project P --by NAME --statement TEXT"));
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    const Project *p = projectArg(cmd, store->workspace(), args);
    if (!p)
        return Failure;
    const Edit edit = EditService(store->workspace())
                          .signOff(p->id, args.value(QStringLiteral("--by")), args.value(QStringLiteral("--statement")));
    return applyEdit(cmd, *store, edit) ? Ok : Failure;
}

const Registration regSignOff{{
    QStringLiteral("signoff"),
    QStringLiteral("signoff WS --project P --by NAME --statement TEXT"),
    QStringLiteral("Records a client's sign-off of a project."),
    QStringLiteral("Records that NAME (the client's contact) signed off project P with the statement\n"
                   "TEXT, as a client-visible sign-off document; the closing gate asks for one."),
    runSignOff,
}};

const Registration regProject{{
    QStringLiteral("project"),
    QStringLiteral("project WS --name NAME --start DATE [--template KEY] [--code CODE] [--client C] [--chinese]"),
    QStringLiteral("Creates a project, from a process template or blank, and prints its id."),
    QStringLiteral("Creates a project starting on DATE, with the phases, tasks, links and roles of a\n"
                   "process template (it-outsourcing, consulting-engagement, engineering-design) or\n"
                   "blank, scheduled in the same change.\n\n"
                   "  --template KEY   the template's key or name\n"
                   "  --client C       the client's code, name or id\n"
                   "  --chinese        the template's Chinese task names"),
    runProject,
}};

const Registration regBaseline{{
    QStringLiteral("baseline"),
    QStringLiteral("baseline WS --project P [--number N] [--clear]"),
    QStringLiteral("Saves (or clears) a baseline of a project."),
    QStringLiteral("Saves baseline N (0 to 10, default 0) of project P: each task's start, finish,\n"
                   "duration, work and planned cost, replacing what baseline N held. --clear removes it."),
    runBaseline,
}};

const Registration regProgress{{
    QStringLiteral("progress"),
    QStringLiteral("progress WS TASK [--percent N] [--actual-start DATE] [--actual-finish DATE]"),
    QStringLiteral("Records progress on a task and reschedules."),
    QStringLiteral("Records percent complete and actual dates of TASK (id or name). Progress without an\n"
                   "actual start takes the scheduled start; 100 % without an actual finish takes the\n"
                   "scheduled finish. The project is rescheduled in the same change."),
    runProgress,
}};

const Registration regLogTime{{
    QStringLiteral("log-time"),
    QStringLiteral("log-time WS --person NAME --task TASK --date DATE --hours H [--note TEXT] [--not-billable]"),
    QStringLiteral("Logs time of a person on a task and prints the entry's id."),
    QStringLiteral("Logs H hours of NAME (name, e-mail or id) on TASK on DATE, as a draft entry of that\n"
                   "week's timesheet. Refused on an approved week, on a summary task, or past 24 hours a day."),
    runLogTime,
}};

const Registration regTimesheet{{
    QStringLiteral("timesheet"),
    QStringLiteral("timesheet WS --person NAME --week DATE (--submit | --approve | --reject REASON)"),
    QStringLiteral("Submits, approves or rejects a person's week of time."),
    QStringLiteral("Acts on the entries of NAME in the week (Monday to Sunday) that contains DATE:\n"
                   "--submit sends draft and rejected entries for approval; --approve approves the\n"
                   "submitted ones, which are then locked; --reject REASON sends them back, and the\n"
                   "reason is kept in the projects' logs."),
    runTimesheet,
}};

const Registration regGate{{
    QStringLiteral("gate"),
    QStringLiteral("gate WS --project P --advance [--override REASON]"),
    QStringLiteral("Moves a project through its next phase gate."),
    QStringLiteral("Moves project P to its next phase when every item of its gate is met; otherwise\n"
                   "lists what is missing and exits 1. --override REASON passes the gate anyway, as a\n"
                   "manager's decision kept with the reason in the project's log and the audit trail.\n"
                   "From the closing phase, advancing closes and archives the project."),
    runGate,
}};

} // namespace
