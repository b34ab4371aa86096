// keel-cli inbox: what the desktop's Inbox shows, headless.

#include "command.h"

#include <analytics/inboxitems.h>
#include <store/store.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Keel;
using namespace Keel::Cli;

namespace {

QString kindName(InboxKind kind)
{
    static const char *const names[] = {"overdue_task",  "milestone_due",    "over_allocation", "risk_overdue",
                                        "new_request",   "deadline_warning", "budget_warning"};
    return QString::fromLatin1(names[int(kind)]);
}

QString severityName(InboxSeverity severity)
{
    static const char *const names[] = {"info", "warning", "critical"};
    return QString::fromLatin1(names[int(severity)]);
}

int run(const QStringList &argv)
{
    const QString cmd = QStringLiteral("inbox");
    const Args args(argv, {QStringLiteral("--at")}, {QStringLiteral("--json"), QStringLiteral("--no-forecasts")});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 1)
        return usage(cmd, QStringLiteral("expected one WS"));
    qint64 at = toMinutes(QDateTime::currentDateTime());
    if (args.has(QStringLiteral("--at")) && !args.date(QStringLiteral("--at"), &at))
        return usage(cmd, QStringLiteral("--at: expected YYYY-MM-DD"));
    auto store = openWorkspace(cmd, args.positional()[0]);
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    InboxSettings settings;
    settings.earlyWarnings = !args.flag(QStringLiteral("--no-forecasts"));
    const std::vector<InboxItem> items = inboxItems(ws, at, settings);
    if (args.flag(QStringLiteral("--json"))) {
        QJsonArray list;
        for (const InboxItem &i : items) {
            const Project *p = ws.get<Project>(i.projectId);
            list.append(QJsonObject{{QStringLiteral("kind"), kindName(i.kind)},
                                    {QStringLiteral("severity"), severityName(i.severity)},
                                    {QStringLiteral("project"), p ? (p->code.isEmpty() ? p->name : p->code) : QString()},
                                    {QStringLiteral("entity"), QString::fromLatin1(entityMeta(i.entityType).name)},
                                    {QStringLiteral("entity_id"), i.entityId.toString(QUuid::WithoutBraces)},
                                    {QStringLiteral("title"), i.title},
                                    {QStringLiteral("reason"), i.reason},
                                    {QStringLiteral("date"), i.date == kNoTime ? QJsonValue() : QJsonValue(formatIso(i.date))}});
        }
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    for (const InboxItem &i : items) {
        const Project *p = ws.get<Project>(i.projectId);
        out(QStringLiteral("%1  %2  %3  %4: %5\n")
                .arg(severityName(i.severity), -8)
                .arg(kindName(i.kind), -16)
                .arg(p ? (p->code.isEmpty() ? p->name : p->code) : QString(), -12)
                .arg(i.title, i.reason));
    }
    out(QStringLiteral("%1 items\n").arg(items.size()));
    return Ok;
}

const Registration reg{{
    QStringLiteral("inbox"),
    QStringLiteral("inbox WS [--at DATE] [--json] [--no-forecasts]"),
    QStringLiteral("Lists what needs a project manager's attention, as the desktop's Inbox does."),
    QStringLiteral("Lists the Inbox of WS: overdue tasks (judged at each project's status date; more\n"
                   "than three of one project as one item), milestones due soon, over-allocated\n"
                   "people, late risks, new client requests, and the forecasts' early warnings.\n\n"
                   "  --at DATE        the moment to judge at (default: now)\n"
                   "  --no-forecasts   leave out the early warnings (the Monte Carlo forecasts)\n"
                   "  --json           an array of items"),
    run,
}};

} // namespace
