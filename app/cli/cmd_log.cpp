#include "command.h"

#include <store/store.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Keel;
using namespace Keel::Cli;

namespace {

int run(const QStringList &argv)
{
    const Args args(argv, {QStringLiteral("--limit")}, {QStringLiteral("--json")});
    if (!args.ok())
        return usage(QStringLiteral("log"), args.error());
    if (args.positional().size() != 1)
        return usage(QStringLiteral("log"), QStringLiteral("expected one FILE"));
    bool numeric = true;
    const int limit = args.value(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&numeric);
    if (!numeric || limit < 1)
        return usage(QStringLiteral("log"), QStringLiteral("--limit takes a positive whole number"));
    auto store = openWorkspace(QStringLiteral("log"), args.positional().first());
    if (!store)
        return Failure;
    const QList<LogEntry> entries = store->log(limit);
    auto when = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    };
    if (args.flag(QStringLiteral("--json"))) {
        QJsonArray a;
        for (const LogEntry &e : entries) {
            QJsonArray items;
            for (const LogEntry::Item &it : e.items) {
                items.append(QJsonObject{{QStringLiteral("op"), it.op},
                                         {QStringLiteral("entity"), it.entity},
                                         {QStringLiteral("entity_id"), it.entityId.toString(QUuid::WithoutBraces)},
                                         {QStringLiteral("field"), it.field.isEmpty() ? QJsonValue() : QJsonValue(it.field)},
                                         {QStringLiteral("old"), it.oldValue},
                                         {QStringLiteral("new"), it.newValue}});
            }
            a.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                 {QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("utc"), when(e.utcMs)},
                                 {QStringLiteral("hlc"), QString::number(e.hlc)},
                                 {QStringLiteral("replica"), e.replica.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("actor"), e.actor},
                                 {QStringLiteral("description"), e.description},
                                 {QStringLiteral("changes"), items}});
        }
        out(QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    for (const LogEntry &e : entries) {
        out(QStringLiteral("#%1  %2  %3  %4  (%5 changes)\n")
                .arg(e.seq).arg(when(e.utcMs), e.actor, e.description).arg(e.items.size()));
        const int shown = int(std::min<qsizetype>(e.items.size(), 5));
        for (int i = 0; i < shown; ++i) {
            const LogEntry::Item &it = e.items[i];
            if (it.op == u"update")
                out(QStringLiteral("      update %1 %2.%3: %4 → %5\n")
                        .arg(it.entity, it.entityId.toString(QUuid::WithoutBraces).left(8), it.field,
                             it.oldValue, it.newValue));
            else
                out(QStringLiteral("      %1 %2 %3\n").arg(it.op, it.entity, it.entityId.toString(QUuid::WithoutBraces)));
        }
        if (e.items.size() > shown)
            out(QStringLiteral("      … and %1 more\n").arg(e.items.size() - shown));
    }
    return Ok;
}

const Registration reg{{
    QStringLiteral("log"),
    QStringLiteral("log FILE [--limit N] [--json]"),
    QStringLiteral("Shows the audit trail of a workspace, newest first."),
    QStringLiteral("Every change to a workspace is recorded: who, when (UTC), what (entity, field, old and new\n"
                   "value), with its hybrid logical clock and replica id.\n\n"
                   "  --limit N   how many change sets (default 50)\n"
                   "  --json      the entries as a JSON array"),
    run,
}};

} // namespace
