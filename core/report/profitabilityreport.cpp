#include "reportbuilders.h"
#include "reportstyle.h"

#include <analytics/formatting.h>
#include <analytics/profitability.h>

namespace Keel {

namespace {

Tone marginTone(double m)
{
    if (std::isnan(m))
        return Tone::Muted;
    if (m < 0)
        return Tone::Bad;
    if (m < 0.15)
        return Tone::Warning;
    return Tone::Good;
}

} // namespace

ReportDocument buildProfitabilityReport(ReportContext &ctx)
{
    const QLocale &loc = ctx.locale;
    const Period period = ctx.period();
    const Scope scope = ctx.project ? Scope::ofProject(ctx.project->id) : Scope::portfolio();
    const Profitability pr = computeProfitability(ctx.index, ctx.calendars, period, scope);

    ReportDocument doc = ctx.document(reportTr("Profitability"),
                                      (ctx.project ? ctx.projectLabel(*ctx.project) + QStringLiteral(" · ") : QString())
                                          + ctx.periodText(period));
    doc.landscape = true;

    ReportSection summary;
    summary.heading = reportTr("Summary");
    ReportKeyFigures k;
    for (const ProfitRow &t : pr.totals) {
        if (t.revenue == 0 && t.cost() == 0)
            continue;
        k.figures.append({reportTr("Revenue (%1)").arg(t.currency), Format::amount(t.revenue, t.currency, loc), ctx.periodText(period), Tone::Neutral});
        k.figures.append({reportTr("Cost (%1)").arg(t.currency), Format::amount(t.cost(), t.currency, loc),
                          reportTr("labour %1, expenses %2").arg(Format::amount(t.labourCost, t.currency, loc),
                                                                  Format::amount(t.expenseCost, t.currency, loc)),
                          Tone::Neutral});
        k.figures.append({reportTr("Margin (%1)").arg(t.currency), Format::amount(t.margin(), t.currency, loc), QString(),
                          t.margin() < 0 ? Tone::Bad : Tone::Good});
        k.figures.append({reportTr("Margin % (%1)").arg(t.currency), Format::percent(t.marginPercent(), loc), QString(),
                          marginTone(t.marginPercent())});
    }
    if (pr.totals.empty())
        k.figures.append({reportTr("Revenue"), Format::none(), reportTr("nothing in the period"), Tone::Muted});
    if (pr.totals.size() > 1) {
        // Projects in several currencies: the whole in the reporting currency, month by month at the
        // rate of the day; or which rates are missing.
        if (pr.reportingTotal) {
            const ProfitRow &t = *pr.reportingTotal;
            k.figures.append({reportTr("Revenue, all (%1)").arg(t.currency), Format::amount(t.revenue, t.currency, loc),
                              reportTr("converted at the rate of each month"), Tone::Neutral});
            k.figures.append({reportTr("Margin, all (%1)").arg(t.currency), Format::amount(t.margin(), t.currency, loc),
                              Format::percent(t.marginPercent(), loc), marginTone(t.marginPercent())});
        } else {
            k.figures.append({reportTr("Total"), Format::none(),
                              reportTr("no exchange rate for %1").arg(pr.unconverted.join(QStringLiteral(", "))), Tone::Muted});
        }
    }
    summary.blocks.append(k);

    // One chart per currency: revenue, cost and margin by month.
    for (const ProfitRow &total : pr.totals) {
        if (total.revenue == 0 && total.cost() == 0)
            continue;
        ReportChart c;
        c.kind = ReportChart::Kind::Bar;
        c.title = reportTr("Revenue, cost and margin by month (%1)").arg(total.currency);
        c.yFormat = ReportChart::Format::Money;
        c.yLabel = total.currency;
        ChartSeries rev{reportTr("Revenue"), ReportStyle::series(0), ChartSeries::Style::Bar, {}, {}};
        ChartSeries cost{reportTr("Cost"), ReportStyle::series(2), ChartSeries::Style::Bar, {}, {}};
        ChartSeries margin{reportTr("Margin"), ReportStyle::series(1), ChartSeries::Style::Bar, {}, {}};
        for (const ProfitRow &m : pr.months) {
            if (m.currency != total.currency)
                continue;
            c.categories << m.label;
            rev.values << Format::majorUnits(m.revenue, m.currency);
            cost.values << Format::majorUnits(m.cost(), m.currency);
            margin.values << Format::majorUnits(m.margin(), m.currency);
        }
        c.series = {rev, cost, margin};
        summary.blocks.append(c);
    }
    summary.blocks.append(ReportParagraph{
        reportTr("Revenue: time and materials at the bill rates of the day plus billable expenses; fixed fee by "
                 "earned value (percent of completion × contract value); retainers per month. Cost: time at the "
                 "cost rates of the day plus all expenses."),
        Tone::Muted, false});
    doc.sections.append(summary);

    auto columns = [&](ReportTable &t, const QString &first) {
        t.addColumn(first, ColumnKind::Text, true);
        t.addColumn(reportTr("Currency"));
        t.addColumn(reportTr("Revenue"), ColumnKind::Money);
        t.addColumn(reportTr("Labour"), ColumnKind::Money);
        t.addColumn(reportTr("Expenses"), ColumnKind::Money);
        t.addColumn(reportTr("Margin"), ColumnKind::Money);
        t.addColumn(reportTr("Margin %"), ColumnKind::Percent);
    };
    auto cells = [&](const ProfitRow &r) {
        return QList<ReportCell>{ctx.text(r.label), ctx.text(r.currency, Tone::Muted),
                                 ctx.moneyCell(r.revenue, r.currency), ctx.moneyCell(r.labourCost, r.currency),
                                 ctx.moneyCell(r.expenseCost, r.currency),
                                 ctx.moneyCell(r.margin(), r.currency, r.margin() < 0 ? Tone::Bad : Tone::Neutral),
                                 ctx.percentCell(r.marginPercent(), 1, marginTone(r.marginPercent()))};
    };

    ReportSection projects;
    projects.heading = reportTr("Projects");
    ReportTable pt;
    pt.name = reportTr("Projects");
    pt.primary = true;
    pt.addColumn(reportTr("Project"), ColumnKind::Text, true);
    pt.addColumn(reportTr("Client"), ColumnKind::Text, true);
    pt.addColumn(reportTr("Billing"));
    pt.addColumn(reportTr("Currency"));
    pt.addColumn(reportTr("Revenue"), ColumnKind::Money);
    pt.addColumn(reportTr("Labour"), ColumnKind::Money);
    pt.addColumn(reportTr("Expenses"), ColumnKind::Money);
    pt.addColumn(reportTr("Margin"), ColumnKind::Money);
    pt.addColumn(reportTr("Margin %"), ColumnKind::Percent);
    for (const ProfitRow &r : pr.projects) {
        QList<ReportCell> row = cells(r);
        row.insert(1, ctx.text(ctx.clientName(r.clientId)));
        row.insert(2, ctx.text(billingModelName(r.billingModel)));
        pt.rows.append(row);
    }
    if (pr.totals.size() == 1) {
        QList<ReportCell> row = cells(pr.totals.front());
        row.insert(1, ctx.text(QString()));
        row.insert(2, ctx.text(QString()));
        pt.totals = row;
    }
    pt.emptyText = reportTr("No projects in scope.");
    projects.blocks.append(pt);
    doc.sections.append(projects);

    ReportSection more;
    more.heading = reportTr("Clients and months");
    ReportTable ct;
    ct.name = reportTr("Clients");
    ct.caption = reportTr("By client");
    columns(ct, reportTr("Client"));
    for (const ProfitRow &r : pr.clients) {
        if (r.revenue != 0 || r.cost() != 0)
            ct.rows.append(cells(r));
    }
    more.blocks.append(ct);
    ReportTable mt;
    mt.name = reportTr("Months");
    mt.caption = reportTr("By month");
    columns(mt, reportTr("Month"));
    for (const ProfitRow &r : pr.months) {
        if (r.revenue != 0 || r.cost() != 0)
            mt.rows.append(cells(r));
    }
    more.blocks.append(mt);
    doc.sections.append(more);
    return doc;
}

} // namespace Keel
