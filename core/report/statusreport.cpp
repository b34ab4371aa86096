#include "reportbuilders.h"

#include <analytics/earlywarning.h>
#include <analytics/formatting.h>
#include <analytics/historymodel.h>
#include <analytics/projecthealth.h>
#include <analytics/responsetimes.h>
#include <analytics/satisfaction.h>
#include <analytics/schedulenetwork.h>

#include <algorithm>

namespace Keel {

namespace {

QString resourcesOf(const ReportContext &ctx, const Task &t)
{
    QStringList names;
    for (const Assignment *a : ctx.index.assignments(t.id)) {
        const QString n = ctx.resourceName(a->resourceId);
        if (!n.isEmpty() && !names.contains(n))
            names << n;
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

ReportTable milestoneTable(ReportContext &ctx, const Project &p, bool clientOnly)
{
    const WorkCalendar &cal = ctx.calendars.projectCalendar(p);
    const Minutes status = statusMoment(ctx.asOf);
    ReportTable t;
    t.name = reportTr("Milestones");
    t.addColumn(reportTr("Milestone"), ColumnKind::Text, true);
    t.addColumn(reportTr("Due"), ColumnKind::Date);
    t.addColumn(reportTr("Forecast"), ColumnKind::Date);
    t.addColumn(reportTr("Slip (days)"), ColumnKind::Days);
    t.addColumn(reportTr("Status"), ColumnKind::Status);
    for (const Task *m : ctx.index.leafTasks(p.id)) {
        if (!m->milestone || (clientOnly && !m->clientVisible))
            continue;
        const Minutes due = milestoneDue(ctx.index, *m);
        const bool done = m->percentComplete >= 100;
        const Minutes forecast = done && m->actualFinish != kNoTime ? m->actualFinish : m->finish;
        const double slip = due != kNoTime && forecast != kNoTime ? double(cal.workBetween(due, forecast)) : kUndefined;
        // Late by the calendar day: a few hours past a due time on the same day is on time.
        const bool lateDay = slip > 0 && toDate(forecast) > toDate(due);
        ReportCell state;
        if (done)
            state = ctx.text(lateDay ? reportTr("done late") : reportTr("done"), lateDay ? Tone::Warning : Tone::Good);
        else if (isMilestoneLate(ctx.index, *m, status))
            state = ctx.text(due < status ? reportTr("overdue") : reportTr("late"), Tone::Bad);
        else
            state = ctx.text(reportTr("on track"), Tone::Good);
        t.rows.append({ctx.text(m->name), ctx.dateCell(due), ctx.dateCell(forecast),
                       ctx.daysCell(slip, lateDay ? Tone::Bad : Tone::Neutral), state});
    }
    t.emptyText = reportTr("No milestones.");
    return t;
}

ReportDocument buildStatusReport(ReportContext &ctx)
{
    const Project &p = *ctx.project;
    const QLocale &loc = ctx.locale;
    EvmOptions options;
    options.statusDate = ctx.asOf;
    const EarnedValue model(ctx.index, ctx.calendars, p, options);
    const ProjectEvm evm = model.measure();
    const EvmFigures &f = evm.figures;
    const ProjectHealth health = assessHealth(ctx.index, p, evm);
    const QString cur = p.currency;
    const Minutes status = statusMoment(ctx.asOf);

    const HistoryModel history = HistoryModel::learn(ctx.index, ctx.calendars);
    NetworkOptions no;
    no.statusDate = ctx.asOf;
    no.history = history.samples() > 0 ? &history : nullptr;
    const ScheduleNetwork net = buildProjectNetwork(ctx.index, ctx.calendars, p, no);
    MonteCarloOptions mo;
    mo.iterations = ctx.request.iterations;
    mo.seed = ctx.request.seed;
    const MonteCarloResult mc = MonteCarlo(net).run(mo);
    const Minutes target = evm.hasBaseline ? evm.plannedFinish : kNoTime;

    ReportDocument doc = ctx.document(reportTr("Project status report"),
                                      reportTr("%1 · %2 · status date %3")
                                          .arg(ctx.projectLabel(p), ctx.clientName(p.clientId),
                                               toDate(ctx.asOf).toString(Qt::ISODate)));

    ReportSection summary;
    summary.heading = reportTr("Summary");
    const Resource *manager = ctx.ws.get<Resource>(p.managerId);
    const double budget = p.budget > 0 ? double(p.budget) : f.bac;
    ReportKeyFigures k;
    k.figures = {
        {reportTr("Health"), healthName(health.health), reportTr("phase: %1").arg(phaseName(p.phase)), ReportContext::healthTone(health.health)},
        {reportTr("Complete"), Format::percent(f.percentComplete, loc, 0), reportTr("earned value over budget"), Tone::Neutral},
        {reportTr("SPI / CPI"), Format::index(f.spi, loc) + QStringLiteral(" / ") + Format::index(f.cpi, loc),
         reportTr("SPI(t) %1").arg(Format::index(evm.schedule.spit, loc)),
         std::isnan(f.spi) && std::isnan(f.cpi)
             ? Tone::Muted
             : ReportContext::indexTone(std::min(std::isnan(f.spi) ? 1.0 : f.spi, std::isnan(f.cpi) ? 1.0 : f.cpi))},
        {reportTr("Forecast finish"), Format::date(evm.forecastFinish), reportTr("planned %1").arg(Format::date(evm.plannedFinish)),
         evm.forecastFinish != kNoTime && evm.plannedFinish != kNoTime && evm.forecastFinish > evm.plannedFinish ? Tone::Warning : Tone::Good},
        {reportTr("P80 finish"), Format::date(mc.p80Date), reportTr("Monte Carlo, %n iterations", nullptr, mc.iterations), Tone::Neutral},
        {reportTr("Estimate at completion"), ctx.money(f.eac, cur), reportTr("budget %1").arg(ctx.money(budget, cur)),
         f.eac > budget * 1.05 ? Tone::Bad : Tone::Good},
        {reportTr("Actual cost"), ctx.money(f.ac, cur), Format::percent(ratio(f.ac, budget), loc, 0) + reportTr(" of budget"), Tone::Neutral},
        {reportTr("Manager"), manager ? manager->name : Format::none(), billingModelName(p.billingModel),
         Tone::Neutral},
    };
    summary.blocks.append(k);
    for (const QString &reason : health.reasons)
        summary.blocks.append(ReportParagraph{reason, ReportContext::healthTone(health.health), true});
    doc.sections.append(summary);

    ReportSection milestones;
    milestones.heading = reportTr("Milestones");
    milestones.blocks.append(milestoneTable(ctx, p, false));
    doc.sections.append(milestones);

    // Work in progress and starting within two weeks.
    ReportSection work;
    work.heading = reportTr("Current and upcoming work");
    ReportTable wt;
    wt.name = reportTr("Work");
    wt.primary = true;
    wt.addColumn(reportTr("WBS"));
    wt.addColumn(reportTr("Task"), ColumnKind::Text, true);
    wt.addColumn(reportTr("Start"), ColumnKind::Date);
    wt.addColumn(reportTr("Finish"), ColumnKind::Date);
    wt.addColumn(reportTr("% done"), ColumnKind::Percent);
    wt.addColumn(reportTr("Resources"), ColumnKind::Text, true);
    QList<const Task *> current;
    for (const Task *t : ctx.index.leafTasks(p.id)) {
        if (t->percentComplete >= 100 || t->milestone)
            continue;
        const Minutes start = t->actualStart != kNoTime ? t->actualStart : t->start;
        if (start != kNoTime && start < status + 14 * kMinutesPerDay)
            current.append(t);
    }
    std::stable_sort(current.begin(), current.end(), [](const Task *a, const Task *b) {
        const Minutes sa = a->actualStart != kNoTime ? a->actualStart : a->start;
        const Minutes sb = b->actualStart != kNoTime ? b->actualStart : b->start;
        return sa < sb;
    });
    for (const Task *t : current) {
        const Minutes start = t->actualStart != kNoTime ? t->actualStart : t->start;
        const bool overdue = t->finish != kNoTime && t->finish < status;
        wt.rows.append({ctx.text(ctx.ws.wbsCode(t->id), Tone::Muted), ctx.text(t->name), ctx.dateCell(start),
                        ctx.dateCell(t->finish, overdue ? Tone::Bad : Tone::Neutral),
                        ctx.percentCell(t->percentComplete / 100.0, 0), ctx.text(resourcesOf(ctx, *t))});
    }
    wt.emptyText = reportTr("No work in progress or starting in the next two weeks.");
    work.blocks.append(wt);
    doc.sections.append(work);

    ReportSection forecast;
    forecast.heading = reportTr("Forecast");
    ReportKeyFigures fk;
    const double onTime = target != kNoTime ? mc.probabilityBy(net.relativeOf(target)) : kUndefined;
    fk.figures = {
        {QStringLiteral("P50"), Format::date(mc.p50Date), ctx.money(mc.costP50, cur), Tone::Neutral},
        {QStringLiteral("P80"), Format::date(mc.p80Date), ctx.money(mc.costP80, cur), Tone::Neutral},
        {QStringLiteral("P95"), Format::date(mc.p95Date), ctx.money(mc.costP95, cur), Tone::Neutral},
        {reportTr("On time"), Format::percent(onTime, loc, 0),
         target != kNoTime ? reportTr("by the planned finish %1").arg(Format::date(target)) : reportTr("no baseline"),
         std::isnan(onTime) ? Tone::Muted : (onTime >= 0.8 ? Tone::Good : (onTime >= 0.5 ? Tone::Warning : Tone::Bad))},
    };
    forecast.blocks.append(fk);
    forecast.blocks.append(ReportCharts::finishHistogram(ctx, net, mc, target));
    QString basis = reportTr("Monte Carlo simulation of the remaining work from the three-point estimates "
                             "(PERT distribution), %n iterations, seed %1.", nullptr, mc.iterations)
                        .arg(ctx.request.seed);
    if (history.samples() > 0)
        basis += QLatin1Char(' ')
            + reportTr("Durations calibrated by %1 finished tasks of %2 closed projects (overall factor %3).")
                  .arg(history.samples()).arg(history.projects())
                  .arg(loc.toString(history.overallDuration().factor, 'f', 2));
    forecast.blocks.append(ReportParagraph{basis, Tone::Muted, false});

    ReportTable ct;
    ct.name = reportTr("Critical tasks");
    ct.caption = reportTr("Tasks most often on the critical path");
    ct.addColumn(reportTr("Task"), ColumnKind::Text, true);
    ct.addColumn(reportTr("Criticality"), ColumnKind::Percent);
    ct.addColumn(reportTr("Finish"), ColumnKind::Date);
    ct.addColumn(reportTr("% done"), ColumnKind::Percent);
    std::vector<qint32> order;
    for (qint32 i = 0; i < qint32(mc.criticality.size()); ++i) {
        if (mc.criticality[size_t(i)] > 0.005)
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](qint32 a, qint32 b) { return mc.criticality[size_t(a)] > mc.criticality[size_t(b)]; });
    if (order.size() > 12)
        order.resize(12);
    for (const qint32 i : order) {
        const Task *t = ctx.ws.get<Task>(net.taskIds.value(i));
        if (!t)
            continue;
        const double c = mc.criticality[size_t(i)];
        ct.rows.append({ctx.text(t->name), ctx.percentCell(c, 0, c >= 0.8 ? Tone::Bad : (c >= 0.4 ? Tone::Warning : Tone::Neutral)),
                        ctx.dateCell(t->finish), ctx.percentCell(t->percentComplete / 100.0, 0)});
    }
    ct.emptyText = reportTr("No remaining work.");
    forecast.blocks.append(ct);

    EarlyWarningOptions wo;
    wo.statusDate = ctx.asOf;
    wo.iterations = std::min(ctx.request.iterations, 2000);
    wo.seed = ctx.request.seed;
    for (const EarlyWarning &w : earlyWarnings(ctx.index, ctx.calendars, p, wo))
        forecast.blocks.append(ReportParagraph{reportTr("Early warning: %1").arg(w.reason), Tone::Bad, true});
    doc.sections.append(forecast);

    ReportSection risks;
    risks.heading = reportTr("Risks");
    ReportTable rt;
    rt.name = reportTr("Risks");
    rt.addColumn(reportTr("Risk"), ColumnKind::Text, true);
    rt.addColumn(reportTr("P"), ColumnKind::Number);
    rt.addColumn(reportTr("I"), ColumnKind::Number);
    rt.addColumn(reportTr("Score"), ColumnKind::Number);
    rt.addColumn(reportTr("Status"));
    rt.addColumn(reportTr("Owner"));
    rt.addColumn(reportTr("Mitigation"), ColumnKind::Text, true);
    QList<const Risk *> open;
    for (const Risk *r : ctx.index.risks(p.id)) {
        if (r->status != RiskStatus::Closed)
            open.append(r);
    }
    std::stable_sort(open.begin(), open.end(), [](const Risk *a, const Risk *b) {
        return a->probability * a->impact > b->probability * b->impact;
    });
    for (const Risk *r : open) {
        const int score = r->probability * r->impact;
        rt.rows.append({ctx.text(r->title), ctx.numberCell(r->probability), ctx.numberCell(r->impact),
                        ReportCell(QString::number(score), score, score >= 15 ? Tone::Bad : (score >= 8 ? Tone::Warning : Tone::Good)),
                        ctx.text(riskStatusName(r->status)), ctx.text(ctx.resourceName(r->ownerId)), ctx.text(r->mitigation)});
    }
    rt.emptyText = reportTr("No open risks.");
    risks.blocks.append(rt);
    doc.sections.append(risks);

    ReportSection requests;
    requests.heading = reportTr("Client requests");
    const ResponseTimes times = computeResponseTimes(ctx.index, Period(), Scope::ofProject(p.id));
    const Satisfaction sat = computeSatisfaction(ctx.index, Period(), Scope::ofProject(p.id));
    ReportKeyFigures rk;
    rk.figures = {
        {reportTr("Open requests"), QString::number(times.open), reportTr("of %1").arg(times.count), times.open > 5 ? Tone::Warning : Tone::Neutral},
        {reportTr("Median response"), Format::index(times.medianResponseHours / 24.0, loc), reportTr("days"), Tone::Neutral},
        {reportTr("Median resolution"), Format::index(times.medianResolutionHours / 24.0, loc), reportTr("days"), Tone::Neutral},
        {reportTr("Satisfaction"), std::isnan(sat.average) ? Format::none() : loc.toString(sat.average, 'f', 1) + QStringLiteral(" / 5"),
         reportTr("%n rating(s)", nullptr, sat.count),
         std::isnan(sat.average) ? Tone::Muted : (sat.average >= 4 ? Tone::Good : (sat.average >= 3 ? Tone::Warning : Tone::Bad))},
    };
    requests.blocks.append(rk);
    ReportTable qt;
    qt.name = reportTr("Requests");
    qt.addColumn(reportTr("Request"), ColumnKind::Text, true);
    qt.addColumn(reportTr("Kind"));
    qt.addColumn(reportTr("Priority"));
    qt.addColumn(reportTr("Status"));
    qt.addColumn(reportTr("Created"), ColumnKind::Date);
    qt.addColumn(reportTr("Due"), ColumnKind::Date);
    for (const Request *r : requestsByDate(ctx, p.id)) {
        const bool done = r->status == RequestStatus::Resolved || r->status == RequestStatus::Closed
            || r->status == RequestStatus::Rejected;
        if (done)
            continue;
        const bool overdue = r->dueDate != kNoTime && r->dueDate < status;
        qt.rows.append({ctx.text(r->title), ctx.text(requestKindName(r->kind)),
                        ctx.text(priorityName(r->priority), r->priority >= RequestPriority::High ? Tone::Warning : Tone::Neutral),
                        ctx.text(requestStatusName(r->status)), ctx.dateCell(minutesOfUtcMs(r->createdUtcMs)),
                        ctx.dateCell(r->dueDate, overdue ? Tone::Bad : Tone::Neutral)});
    }
    qt.emptyText = reportTr("No open requests.");
    requests.blocks.append(qt);
    doc.sections.append(requests);
    return doc;
}

} // namespace Keel
