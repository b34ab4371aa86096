#include "reportbuilders.h"
#include "reportstyle.h"

#include <analytics/formatting.h>
#include <analytics/utilisation.h>

namespace Keel {

namespace {

Tone utilisationTone(double u)
{
    if (std::isnan(u))
        return Tone::Muted;
    if (u > 1.05)
        return Tone::Bad;
    if (u < 0.6)
        return Tone::Warning;
    return Tone::Good;
}

} // namespace

ReportDocument buildUtilizationReport(ReportContext &ctx)
{
    const QLocale &loc = ctx.locale;
    const Period period = ctx.period();
    const Scope scope = ctx.project ? Scope::ofProject(ctx.project->id) : Scope::portfolio();
    const Utilisation u = computeUtilisation(ctx.index, ctx.calendars, period, scope);

    ReportDocument doc = ctx.document(reportTr("Utilization"),
                                      (ctx.project ? ctx.projectLabel(*ctx.project) + QStringLiteral(" · ") : QString())
                                          + ctx.periodText(period));
    doc.landscape = true;

    ReportSection summary;
    summary.heading = reportTr("Summary");
    ReportKeyFigures k;
    k.figures = {
        {reportTr("People"), QString::number(u.people.size()), reportTr("%n team(s)", nullptr, int(u.teams.size())), Tone::Neutral},
        {reportTr("Available"), loc.toString(u.total.availableHours, 'f', 0) + reportTr(" h"), reportTr("calendars × max units"), Tone::Neutral},
        {reportTr("Worked"), loc.toString(u.total.workedHours, 'f', 0) + reportTr(" h"), reportTr("time logged"), Tone::Neutral},
        {reportTr("Billable"), loc.toString(u.total.billableHours, 'f', 0) + reportTr(" h"),
         Format::percent(u.total.billableShare(), loc, 0) + reportTr(" of worked"), Tone::Neutral},
        {reportTr("Utilization"), Format::percent(u.total.utilisation(), loc, 0), reportTr("worked / available"), utilisationTone(u.total.utilisation())},
        {reportTr("Billable utilization"), Format::percent(u.total.billableUtilisation(), loc, 0), reportTr("billable / available"), Tone::Neutral},
        {reportTr("Average bill rate"), Format::money(u.total.averageBillRate(), u.total.currency, loc),
         u.total.mixedCurrencies() ? reportTr("several currencies: see the people") : reportTr("per billable hour"), Tone::Neutral},
        {reportTr("Average cost rate"), Format::money(u.total.averageCostRate(), u.total.currency, loc),
         u.total.mixedCurrencies() ? reportTr("several currencies: see the people") : reportTr("per hour worked"), Tone::Neutral},
    };
    summary.blocks.append(k);

    ReportChart monthly;
    monthly.kind = ReportChart::Kind::Bar;
    monthly.title = reportTr("Hours by month");
    monthly.yFormat = ReportChart::Format::Hours;
    monthly.yLabel = reportTr("hours");
    ChartSeries avail{reportTr("Available"), ReportStyle::rule().darker(115), ChartSeries::Style::Bar, {}, {}};
    ChartSeries worked{reportTr("Worked"), ReportStyle::series(0), ChartSeries::Style::Bar, {}, {}};
    ChartSeries billable{reportTr("Billable"), ReportStyle::series(1), ChartSeries::Style::Bar, {}, {}};
    for (const UtilisationRow &m : u.months) {
        monthly.categories << m.label;
        avail.values << m.availableHours;
        worked.values << m.workedHours;
        billable.values << m.billableHours;
    }
    monthly.series = {avail, worked, billable};
    summary.blocks.append(monthly);
    doc.sections.append(summary);

    auto columns = [&](ReportTable &t, const QString &first, bool team) {
        t.addColumn(first, ColumnKind::Text, true);
        if (team)
            t.addColumn(reportTr("Team"));
        t.addColumn(reportTr("Available h"), ColumnKind::Hours);
        t.addColumn(reportTr("Worked h"), ColumnKind::Hours);
        t.addColumn(reportTr("Billable h"), ColumnKind::Hours);
        t.addColumn(reportTr("Utilization"), ColumnKind::Percent);
        t.addColumn(reportTr("Billable util."), ColumnKind::Percent);
        t.addColumn(reportTr("Bill rate /h"), ColumnKind::Money);
        t.addColumn(reportTr("Cost rate /h"), ColumnKind::Money);
    };
    auto rate = [&](double minor, const QString &currency) {
        ReportCell cell = ctx.moneyCell(minor, currency);
        if (cell.value.isValid())
            cell.text += QStringLiteral("\u00a0") + currency;
        return cell;
    };
    auto cells = [&](const UtilisationRow &r, bool team) {
        QList<ReportCell> row{ctx.text(r.label)};
        if (team)
            row << ctx.text(r.team);
        row << ctx.hoursCell(r.availableHours) << ctx.hoursCell(r.workedHours) << ctx.hoursCell(r.billableHours)
            << ctx.percentCell(r.utilisation(), 0, utilisationTone(r.utilisation()))
            << ctx.percentCell(r.billableUtilisation(), 0) << rate(r.averageBillRate(), r.currency)
            << rate(r.averageCostRate(), r.currency);
        return row;
    };

    ReportSection people;
    people.heading = reportTr("People");
    ReportTable pt;
    pt.name = reportTr("People");
    pt.primary = true;
    columns(pt, reportTr("Person"), true);
    for (const UtilisationRow &r : u.people)
        pt.rows.append(cells(r, true));
    pt.totals = cells(u.total, true);
    pt.emptyText = reportTr("Nobody logged time in the period.");
    people.blocks.append(pt);
    doc.sections.append(people);

    ReportSection teams;
    teams.heading = reportTr("Teams and months");
    ReportTable tt;
    tt.name = reportTr("Teams");
    tt.caption = reportTr("By team");
    columns(tt, reportTr("Team"), false);
    for (const UtilisationRow &r : u.teams)
        tt.rows.append(cells(r, false));
    teams.blocks.append(tt);
    ReportTable mt;
    mt.name = reportTr("Months");
    mt.caption = reportTr("By month");
    columns(mt, reportTr("Month"), false);
    for (const UtilisationRow &r : u.months)
        mt.rows.append(cells(r, false));
    mt.totals = cells(u.total, false);
    teams.blocks.append(mt);
    doc.sections.append(teams);
    return doc;
}

} // namespace Keel
