#include "reportbuilders.h"

#include <analytics/formatting.h>

namespace Keel {

namespace {

Tone varianceTone(double v)
{
    if (std::isnan(v))
        return Tone::Muted;
    return v < 0 ? Tone::Bad : Tone::Neutral;
}

} // namespace

ReportDocument buildEvmReport(ReportContext &ctx)
{
    const Project &p = *ctx.project;
    EvmOptions options;
    options.statusDate = ctx.asOf;
    const EarnedValue model(ctx.index, ctx.calendars, p, options);
    const ProjectEvm evm = model.measure();
    const EvmFigures &f = evm.figures;
    const EarnedScheduleFigures &s = evm.schedule;
    const QString cur = evm.currency;
    const QLocale &loc = ctx.locale;

    ReportDocument doc = ctx.document(reportTr("Earned value analysis"),
                                      reportTr("%1 · %2 · status date %3")
                                          .arg(ctx.projectLabel(p), ctx.clientName(p.clientId),
                                               toDate(ctx.asOf).toString(Qt::ISODate)));

    ReportSection summary;
    summary.heading = reportTr("Summary");
    ReportKeyFigures k;
    k.figures = {
        {reportTr("Budget at completion"), ctx.money(f.bac, cur), evm.hasBaseline ? reportTr("baseline") : reportTr("current plan, no baseline"), Tone::Neutral},
        {reportTr("Planned value"), ctx.money(f.pv, cur), Format::percent(ratio(f.pv, f.bac), loc) + reportTr(" of BAC"), Tone::Neutral},
        {reportTr("Earned value"), ctx.money(f.ev, cur), Format::percent(f.percentComplete, loc) + reportTr(" complete"), Tone::Neutral},
        {reportTr("Actual cost"), ctx.money(f.ac, cur), Format::percent(f.percentSpent, loc) + reportTr(" of BAC spent"), Tone::Neutral},
        {reportTr("Schedule performance (SPI)"), Format::index(f.spi, loc), reportTr("SV %1").arg(ctx.money(f.sv, cur)), ReportContext::indexTone(f.spi)},
        {reportTr("Cost performance (CPI)"), Format::index(f.cpi, loc), reportTr("CV %1").arg(ctx.money(f.cv, cur)), ReportContext::indexTone(f.cpi)},
        {reportTr("Estimate at completion"), ctx.money(f.eac, cur), reportTr("VAC %1").arg(ctx.money(f.vac, cur)), f.vac < 0 ? Tone::Bad : Tone::Good},
        {reportTr("Forecast finish"), Format::date(evm.forecastFinish), reportTr("planned %1").arg(Format::date(evm.plannedFinish)),
         evm.forecastFinish != kNoTime && evm.plannedFinish != kNoTime && evm.forecastFinish > evm.plannedFinish ? Tone::Bad : Tone::Good},
    };
    summary.blocks.append(k);
    summary.blocks.append(ReportCharts::sCurve(ctx, model, evm));
    if (!evm.hasBaseline) {
        summary.blocks.append(ReportParagraph{reportTr("The project has no baseline: the current plan stands in for it, "
                                                       "so the planned value moves whenever the plan does."),
                                              Tone::Warning, false});
    }
    doc.sections.append(summary);

    ReportSection indicators;
    indicators.heading = reportTr("Indicators");
    ReportTable ind;
    ind.name = reportTr("Indicators");
    ind.addColumn(reportTr("Indicator"));
    ind.addColumn(reportTr("Formula"));
    ind.addColumn(reportTr("Value"), ColumnKind::Number);
    ind.addColumn(reportTr("Meaning"), ColumnKind::Text, true);
    auto moneyRow = [&](const QString &name, const QString &formula, double v, const QString &meaning, Tone tone = Tone::Neutral) {
        ind.rows.append({ctx.text(name), ctx.text(formula, Tone::Muted), ctx.moneyCell(v, cur, tone), ctx.text(meaning)});
    };
    auto indexRow = [&](const QString &name, const QString &formula, double v, const QString &meaning, Tone tone) {
        ind.rows.append({ctx.text(name), ctx.text(formula, Tone::Muted), ctx.ratioCell(v, tone), ctx.text(meaning)});
    };
    auto daysRow = [&](const QString &name, const QString &formula, double minutes, const QString &meaning, Tone tone = Tone::Neutral) {
        ind.rows.append({ctx.text(name), ctx.text(formula, Tone::Muted), ctx.daysCell(minutes, tone), ctx.text(meaning)});
    };
    moneyRow(QStringLiteral("BAC"), reportTr("Σ baseline cost"), f.bac, reportTr("budget at completion"));
    moneyRow(QStringLiteral("PV"), reportTr("baseline, time-phased"), f.pv, reportTr("value of the work planned by the status date"));
    moneyRow(QStringLiteral("EV"), reportTr("Σ budget × % complete"), f.ev, reportTr("value of the work done"));
    moneyRow(QStringLiteral("AC"), reportTr("time × rate + expenses"), f.ac, reportTr("what the work done cost"));
    moneyRow(QStringLiteral("SV"), QStringLiteral("EV − PV"), f.sv, reportTr("schedule variance in money"), varianceTone(f.sv));
    moneyRow(QStringLiteral("CV"), QStringLiteral("EV − AC"), f.cv, reportTr("cost variance"), varianceTone(f.cv));
    indexRow(QStringLiteral("SPI"), QStringLiteral("EV / PV"), f.spi, reportTr("work done per work planned"), ReportContext::indexTone(f.spi));
    indexRow(QStringLiteral("CPI"), QStringLiteral("EV / AC"), f.cpi, reportTr("value earned per money spent"), ReportContext::indexTone(f.cpi));
    moneyRow(QStringLiteral("EAC"), reportTr("see below"), f.eac, reportTr("estimate at completion"));
    moneyRow(QStringLiteral("ETC"), QStringLiteral("EAC − AC"), f.etc, reportTr("estimate to complete"));
    moneyRow(QStringLiteral("VAC"), QStringLiteral("BAC − EAC"), f.vac, reportTr("variance at completion"), varianceTone(f.vac));
    indexRow(reportTr("TCPI (BAC)"), QStringLiteral("(BAC − EV) / (BAC − AC)"), f.tcpiBac,
             reportTr("efficiency needed from now on to finish within the budget"),
             std::isnan(f.tcpiBac) ? Tone::Muted : (f.tcpiBac > 1.1 ? Tone::Bad : (f.tcpiBac > 1.0 ? Tone::Warning : Tone::Good)));
    indexRow(reportTr("TCPI (EAC)"), QStringLiteral("(BAC − EV) / (EAC − AC)"), f.tcpiEac,
             reportTr("efficiency needed to meet the estimate at completion"), Tone::Neutral);
    daysRow(QStringLiteral("ES"), reportTr("time PV reached EV"), s.es, reportTr("earned schedule, working days from the planned start"));
    daysRow(QStringLiteral("AT"), reportTr("status date − start"), s.at, reportTr("actual time, working days"));
    daysRow(QStringLiteral("PD"), reportTr("planned finish − start"), s.pd, reportTr("planned duration, working days"));
    daysRow(QStringLiteral("SV(t)"), QStringLiteral("ES − AT"), s.svt, reportTr("schedule variance in working days"), varianceTone(s.svt));
    indexRow(QStringLiteral("SPI(t)"), QStringLiteral("ES / AT"), s.spit, reportTr("time-based schedule performance"), ReportContext::indexTone(s.spit));
    daysRow(QStringLiteral("IEAC(t)"), QStringLiteral("PD / SPI(t)"), s.ieact, reportTr("forecast duration, working days"));
    indexRow(QStringLiteral("TSPI"), QStringLiteral("(PD − ES) / (PD − AT)"), s.tspi,
             reportTr("schedule efficiency needed to finish on time"), Tone::Neutral);
    ind.rows.append({ctx.text(reportTr("Forecast finish")), ctx.text(reportTr("start + IEAC(t)"), Tone::Muted),
                     ctx.dateCell(evm.forecastFinish), ctx.text(reportTr("planned finish %1").arg(Format::date(evm.plannedFinish)))});
    indicators.blocks.append(ind);

    ReportTable eacTable;
    eacTable.name = reportTr("EAC");
    eacTable.caption = reportTr("Estimates at completion");
    eacTable.addColumn(reportTr("Assumption"), ColumnKind::Text, true);
    eacTable.addColumn(reportTr("Formula"));
    eacTable.addColumn(reportTr("EAC (%1)").arg(cur), ColumnKind::Money);
    eacTable.addColumn(reportTr("VAC (%1)").arg(cur), ColumnKind::Money);
    eacTable.addColumn(reportTr("TCPI"), ColumnKind::Ratio);
    auto eacRow = [&](const QString &assumption, const QString &formula, double eac) {
        const double vac = f.bac - eac;
        eacTable.rows.append({ctx.text(assumption), ctx.text(formula, Tone::Muted), ctx.moneyCell(eac, cur),
                              ctx.moneyCell(vac, cur, varianceTone(vac)), ctx.ratioCell(ratio(f.bac - f.ev, eac - f.ac))});
    };
    eacRow(reportTr("cost efficiency so far continues"), QStringLiteral("BAC / CPI"), f.eacCpi);
    eacRow(reportTr("remaining work at the budgeted rate"), QStringLiteral("AC + (BAC − EV)"), f.eacBudgetRate);
    eacRow(reportTr("cost and schedule efficiency both weigh"), QStringLiteral("AC + (BAC − EV) / (CPI × SPI)"), f.eacCpiSpi);
    eacRow(reportTr("bottom-up estimate of the remaining work"), reportTr("AC + bottom-up ETC"), f.eacBottomUp);
    indicators.blocks.append(eacTable);
    doc.sections.append(indicators);

    // By month, from the planned start to the later of the planned finish and the status date.
    ReportSection months;
    months.heading = reportTr("By month");
    ReportTable mt;
    mt.name = reportTr("Months");
    mt.addColumn(reportTr("Month"));
    mt.addColumn(reportTr("PV"), ColumnKind::Money);
    mt.addColumn(reportTr("EV"), ColumnKind::Money);
    mt.addColumn(reportTr("AC"), ColumnKind::Money);
    mt.addColumn(reportTr("Cum. PV"), ColumnKind::Money);
    mt.addColumn(reportTr("Cum. EV"), ColumnKind::Money);
    mt.addColumn(reportTr("Cum. AC"), ColumnKind::Money);
    mt.addColumn(reportTr("SPI"), ColumnKind::Ratio);
    mt.addColumn(reportTr("CPI"), ColumnKind::Ratio);
    if (evm.plannedStart != kNoTime) {
        Minutes end = std::max(evm.plannedFinish, evm.statusDate);
        if (evm.currentFinish != kNoTime)
            end = std::max(end, evm.currentFinish);
        const Period span{toMinutes(toDate(evm.plannedStart)), toMinutes(toDate(end).addDays(1))};
        for (const Period &m : span.months()) {
            const Minutes from = m.from;
            const Minutes to = m.to;
            const bool past = from < evm.statusDate;
            const double cpv = model.plannedValue(to), cev = model.earnedValue(to), cac = model.actualCost(to);
            const double pv0 = model.plannedValue(from), ev0 = model.earnedValue(from), ac0 = model.actualCost(from);
            QList<ReportCell> row{ctx.text(m.firstDay().toString(QStringLiteral("yyyy-MM"))),
                                  ctx.moneyCell(cpv - pv0, cur)};
            if (past) {
                row << ctx.moneyCell(cev - ev0, cur) << ctx.moneyCell(cac - ac0, cur) << ctx.moneyCell(cpv, cur)
                    << ctx.moneyCell(cev, cur) << ctx.moneyCell(cac, cur) << ctx.indexCell(ratio(cev, cpv))
                    << ctx.indexCell(ratio(cev, cac));
            } else {
                row << ctx.text(QString()) << ctx.text(QString()) << ctx.moneyCell(cpv, cur) << ctx.text(QString())
                    << ctx.text(QString()) << ctx.text(QString()) << ctx.text(QString());
            }
            mt.rows.append(row);
        }
    }
    months.blocks.append(mt);
    doc.sections.append(months);

    ReportSection tasks;
    tasks.heading = reportTr("By task");
    ReportTable tt;
    tt.name = reportTr("Tasks");
    tt.primary = true;
    tt.addColumn(reportTr("WBS"));
    tt.addColumn(reportTr("Task"), ColumnKind::Text, true);
    tt.addColumn(reportTr("% done"), ColumnKind::Percent);
    tt.addColumn(reportTr("BAC"), ColumnKind::Money);
    tt.addColumn(reportTr("PV"), ColumnKind::Money);
    tt.addColumn(reportTr("EV"), ColumnKind::Money);
    tt.addColumn(reportTr("AC"), ColumnKind::Money);
    tt.addColumn(reportTr("SV"), ColumnKind::Money);
    tt.addColumn(reportTr("CV"), ColumnKind::Money);
    tt.addColumn(reportTr("SPI"), ColumnKind::Ratio);
    tt.addColumn(reportTr("CPI"), ColumnKind::Ratio);
    for (const TaskEvm &t : evm.tasks) {
        if (t.bac == 0 && t.ac == 0)
            continue;
        tt.rows.append({ctx.text(ctx.ws.wbsCode(t.task->id), Tone::Muted), ctx.text(t.task->name),
                        ctx.percentCell(t.task->percentComplete / 100.0, 0), ctx.moneyCell(t.bac, cur),
                        ctx.moneyCell(t.pv, cur), ctx.moneyCell(t.ev, cur), ctx.moneyCell(t.ac, cur),
                        ctx.moneyCell(t.ev - t.pv, cur, varianceTone(t.ev - t.pv)),
                        ctx.moneyCell(t.ev - t.ac, cur, varianceTone(t.ev - t.ac)),
                        ctx.indexCell(ratio(t.ev, t.pv)), ctx.indexCell(ratio(t.ev, t.ac))});
    }
    tt.totals = {ctx.text(QString()), ctx.text(reportTr("Project")), ctx.percentCell(f.percentComplete, 0),
                 ctx.moneyCell(f.bac, cur), ctx.moneyCell(f.pv, cur), ctx.moneyCell(f.ev, cur),
                 ctx.moneyCell(f.ac, cur), ctx.moneyCell(f.sv, cur, varianceTone(f.sv)),
                 ctx.moneyCell(f.cv, cur, varianceTone(f.cv)), ctx.indexCell(f.spi), ctx.indexCell(f.cpi)};
    tt.emptyText = reportTr("The project has no budgeted tasks.");
    double taskCost = 0;
    for (const TaskEvm &t : evm.tasks)
        taskCost += t.ac;
    tasks.blocks.append(ReportParagraph{reportTr("A task's AC is the time logged on it at the cost rates plus its fixed "
                                                 "cost; the project's AC also counts its expenses (%1).")
                                            .arg(ctx.money(f.ac - taskCost, cur)),
                                        Tone::Muted, false});
    tasks.blocks.append(tt);
    doc.sections.append(tasks);
    return doc;
}

} // namespace Keel
