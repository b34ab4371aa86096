#include "command.h"

#include <schedule/resourceload.h>
#include <store/store.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Keel;
using namespace Keel::Cli;

namespace {

double hours(Minutes m)
{
    return double(m) / 60.0;
}

int run(const QStringList &argv)
{
    const QString cmd = QStringLiteral("load");
    const Args args(argv, {QStringLiteral("--by"), QStringLiteral("--project"), QStringLiteral("--from"), QStringLiteral("--to")},
                    {QStringLiteral("--json"), QStringLiteral("--over")});
    if (!args.ok())
        return usage(cmd, args.error());
    if (args.positional().size() != 1)
        return usage(cmd, QStringLiteral("expected one WORKSPACE"));
    LoadOptions options;
    const QString by = args.value(QStringLiteral("--by"), QStringLiteral("week"));
    if (by == u"day")
        options.period = LoadPeriod::Day;
    else if (by == u"week")
        options.period = LoadPeriod::Week;
    else if (by == u"month")
        options.period = LoadPeriod::Month;
    else
        return usage(cmd, QStringLiteral("--by takes day, week or month, not '%1'").arg(by));
    for (const auto &[flag, target] : {std::pair{QStringLiteral("--from"), &options.from},
                                      std::pair{QStringLiteral("--to"), &options.to}}) {
        if (!args.has(flag))
            continue;
        *target = parseIso(args.value(flag));
        if (*target == kNoTime)
            return usage(cmd, QStringLiteral("%1 takes a date YYYY-MM-DD, not '%2'").arg(flag, args.value(flag)));
    }
    auto store = openWorkspace(cmd, args.positional().first());
    if (!store)
        return Failure;
    const Workspace &ws = store->workspace();
    if (args.has(QStringLiteral("--project"))) {
        const Project *p = ws.findProject(args.value(QStringLiteral("--project")));
        if (!p)
            return fail(cmd, QStringLiteral("no project '%1' in %2").arg(args.value(QStringLiteral("--project")), store->path()));
        options.projectId = p->id;
    }
    const LoadReport report = computeLoad(ws, options);
    const bool onlyOver = args.flag(QStringLiteral("--over"));

    if (args.flag(QStringLiteral("--json"))) {
        QJsonArray periods;
        for (Minutes p : report.periods)
            periods.append(toDate(p).toString(Qt::ISODate));
        QJsonArray resources;
        for (const ResourceLoad &row : report.resources) {
            if (onlyOver && row.peakOverload <= options.tolerance)
                continue;
            QJsonArray cells;
            for (const LoadCell &c : row.cells)
                cells.append(QJsonObject{{QStringLiteral("available_hours"), hours(c.available)},
                                         {QStringLiteral("assigned_hours"), hours(c.assigned)},
                                         {QStringLiteral("over"), c.overAllocated(options.tolerance)}});
            resources.append(QJsonObject{{QStringLiteral("id"), row.resourceId.toString(QUuid::WithoutBraces)},
                                         {QStringLiteral("name"), ws.get<Resource>(row.resourceId)->name},
                                         {QStringLiteral("cells"), cells}});
        }
        QJsonArray overs;
        for (const OverAllocation &o : report.overAllocations) {
            QJsonArray tasks;
            for (const Id &t : o.tasks)
                tasks.append(QJsonObject{{QStringLiteral("id"), t.toString(QUuid::WithoutBraces)},
                                         {QStringLiteral("name"), ws.get<Task>(t)->name}});
            overs.append(QJsonObject{{QStringLiteral("resource"), ws.get<Resource>(o.resourceId)->name},
                                     {QStringLiteral("period"), toDate(report.periods[o.period]).toString(Qt::ISODate)},
                                     {QStringLiteral("assigned_hours"), hours(o.assigned)},
                                     {QStringLiteral("available_hours"), hours(o.available)},
                                     {QStringLiteral("tasks"), tasks}});
        }
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("by"), by},
                                                        {QStringLiteral("periods"), periods},
                                                        {QStringLiteral("resources"), resources},
                                                        {QStringLiteral("over_allocations"), overs}})
                                  .toJson(QJsonDocument::Indented)));
        return Ok;
    }

    // A table: one line per resource, assigned/available hours per period; '!' marks overload.
    QString text = QStringLiteral("%1").arg(QStringLiteral("resource"), -24);
    for (Minutes p : report.periods)
        text += QStringLiteral(" %1").arg(toDate(p).toString(QStringLiteral("MM-dd")), 9);
    text += u'\n';
    for (const ResourceLoad &row : report.resources) {
        if (onlyOver && row.peakOverload <= options.tolerance)
            continue;
        text += QStringLiteral("%1").arg(ws.get<Resource>(row.resourceId)->name.left(24), -24);
        for (const LoadCell &c : row.cells)
            text += QStringLiteral(" %1/%2%3")
                        .arg(qRound(hours(c.assigned)), 3)
                        .arg(qRound(hours(c.available)), -3)
                        .arg(c.overAllocated(options.tolerance) ? u'!' : u' ');
        text += u'\n';
    }
    text += QStringLiteral("\n%1 over-allocated periods\n").arg(report.overAllocations.size());
    for (const OverAllocation &o : report.overAllocations) {
        QStringList names;
        for (const Id &t : o.tasks)
            names << ws.get<Task>(t)->name;
        text += QStringLiteral("  %1, %2: %3 h asked, %4 h available — %5\n")
                    .arg(ws.get<Resource>(o.resourceId)->name, toDate(report.periods[o.period]).toString(Qt::ISODate))
                    .arg(hours(o.assigned), 0, 'f', 1)
                    .arg(hours(o.available), 0, 'f', 1)
                    .arg(names.join(QStringLiteral(", ")));
    }
    out(text);
    return Ok;
}

const Registration reg{{
    QStringLiteral("load"),
    QStringLiteral("load WORKSPACE [--by day|week|month] [--project P] [--from DATE] [--to DATE] [--over] [--json]"),
    QStringLiteral("Shows each person's load across all projects and the over-allocations."),
    QStringLiteral("For every active resource and period: hours asked by assignments (spread over the\n"
                   "working time of each task on the resource's calendar) against hours available\n"
                   "(calendar × max units). Over-allocated periods are listed with the tasks causing them.\n\n"
                   "  --by day|week|month   period (default week)\n"
                   "  --project P           only this project's assignments (code, name or id)\n"
                   "  --from, --to DATE     the window (default: the span of all assigned tasks)\n"
                   "  --over                only resources that are over-allocated somewhere\n"
                   "  --json                {\"by\", \"periods\", \"resources\": [{\"name\", \"cells\"}], \"over_allocations\"}"),
    run,
}};

} // namespace
