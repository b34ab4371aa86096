#include "reportbuilders.h"
#include "reportstyle.h"

#include <analytics/currencyconverter.h>
#include <analytics/earlywarning.h>
#include <analytics/formatting.h>
#include <analytics/projecthealth.h>
#include <analytics/responsetimes.h>
#include <analytics/satisfaction.h>

#include <map>

namespace Keel {

ReportDocument buildPortfolioReport(ReportContext &ctx)
{
    const QLocale &loc = ctx.locale;
    QList<const Project *> projects = Scope::portfolio().projects(ctx.ws);
    QList<const Project *> open;
    for (const Project *p : projects) {
        if (p->phase != Phase::Closed)
            open.append(p);
    }

    ReportDocument doc = ctx.document(reportTr("Portfolio overview"),
                                      reportTr("%n open project(s) · as of %1", nullptr, int(open.size()))
                                          .arg(toDate(ctx.asOf).toString(Qt::ISODate)));
    doc.landscape = true;

    struct Row
    {
        const Project *project;
        ProjectEvm evm;
        ProjectHealth health;
    };
    std::vector<Row> rows;
    int counts[3] = {0, 0, 0};
    std::map<QString, std::pair<double, double>> budgetByCurrency; // budget, EAC
    for (const Project *p : open) {
        EvmOptions o;
        o.statusDate = ctx.request.asOf; // each project's own status date unless one was asked for
        const ProjectEvm evm = EarnedValue(ctx.index, ctx.calendars, *p, o).measure();
        const ProjectHealth h = assessHealth(ctx.index, *p, evm);
        ++counts[int(h.health)];
        auto &b = budgetByCurrency[p->currency];
        b.first += p->budget > 0 ? double(p->budget) : evm.figures.bac;
        b.second += std::isnan(evm.figures.eac) ? evm.figures.bac : evm.figures.eac;
        rows.push_back({p, evm, h});
    }
    EarlyWarningOptions wo;
    wo.statusDate = ctx.request.asOf;
    wo.seed = ctx.request.seed;
    const std::vector<EarlyWarning> warnings = earlyWarnings(ctx.index, ctx.calendars, wo);
    const Satisfaction sat = computeSatisfaction(ctx.index, Period(), Scope::portfolio());
    const ResponseTimes times = computeResponseTimes(ctx.index, Period(), Scope::portfolio());

    ReportSection summary;
    summary.heading = reportTr("Summary");
    ReportKeyFigures k;
    k.figures.append({reportTr("Open projects"), QString::number(open.size()),
                      reportTr("%n closed", nullptr, int(projects.size() - open.size())), Tone::Neutral});
    k.figures.append({reportTr("Red"), QString::number(counts[int(Health::Red)]), reportTr("need action"),
                      counts[int(Health::Red)] ? Tone::Bad : Tone::Good});
    k.figures.append({reportTr("Amber"), QString::number(counts[int(Health::Amber)]), reportTr("to watch"),
                      counts[int(Health::Amber)] ? Tone::Warning : Tone::Good});
    k.figures.append({reportTr("Green"), QString::number(counts[int(Health::Green)]), reportTr("on track"), Tone::Good});
    const CurrencyConverter &converter = ctx.index.converter();
    const Minutes day = ctx.request.asOf != kNoTime ? ctx.request.asOf : toMinutes(QDate::currentDate());
    std::pair<double, double> all{0, 0};
    QStringList missing;
    for (const auto &[currency, b] : budgetByCurrency) {
        k.figures.append({reportTr("Budget / EAC (%1)").arg(currency), Format::amount(b.first, currency, loc),
                          reportTr("EAC %1").arg(Format::amount(b.second, currency, loc)),
                          b.second > b.first * 1.05 ? Tone::Bad : Tone::Good});
        const auto budget = converter.toReporting(b.first, currency, day);
        const auto eac = converter.toReporting(b.second, currency, day);
        if (budget && eac) {
            all.first += *budget;
            all.second += *eac;
        } else {
            missing << currency;
        }
    }
    if (budgetByCurrency.size() > 1) {
        // Several currencies: the portfolio in the reporting currency at today's (the as-of) rates.
        const QString &rc = converter.reportingCurrency();
        if (missing.isEmpty())
            k.figures.append({reportTr("Budget / EAC, all (%1)").arg(rc), Format::amount(all.first, rc, loc),
                              reportTr("EAC %1 at the rates of %2").arg(Format::amount(all.second, rc, loc), Format::date(day)),
                              all.second > all.first * 1.05 ? Tone::Bad : Tone::Good});
        else
            k.figures.append({reportTr("Budget / EAC, all (%1)").arg(rc), Format::none(),
                              reportTr("no exchange rate for %1").arg(missing.join(QStringLiteral(", "))), Tone::Muted});
    }
    k.figures.append({reportTr("Early warnings"), QString::number(warnings.size()), reportTr("deadline or budget"),
                      warnings.empty() ? Tone::Good : Tone::Bad});
    k.figures.append({reportTr("Satisfaction"), std::isnan(sat.average) ? Format::none() : loc.toString(sat.average, 'f', 1) + QStringLiteral(" / 5"),
                      reportTr("%n rating(s)", nullptr, sat.count),
                      std::isnan(sat.average) ? Tone::Muted : (sat.average >= 4 ? Tone::Good : Tone::Warning)});
    k.figures.append({reportTr("Median response"), Format::index(times.medianResponseHours / 24.0, loc),
                      reportTr("days; %n open request(s)", nullptr, times.open), Tone::Neutral});
    summary.blocks.append(k);

    ReportChart indices;
    indices.kind = ReportChart::Kind::Bar;
    indices.title = reportTr("Schedule and cost performance by project");
    indices.yFormat = ReportChart::Format::Ratio;
    ChartSeries spi{reportTr("SPI"), ReportStyle::series(0), ChartSeries::Style::Bar, {}, {}};
    ChartSeries cpi{reportTr("CPI"), ReportStyle::series(1), ChartSeries::Style::Bar, {}, {}};
    for (const Row &r : rows) {
        indices.categories << (r.project->code.isEmpty() ? r.project->name : r.project->code);
        spi.values << r.evm.figures.spi;
        cpi.values << r.evm.figures.cpi;
    }
    indices.series = {spi, cpi};
    indices.markers.append({1.0, QStringLiteral("1.00"), ReportStyle::muted(), true});
    summary.blocks.append(indices);
    doc.sections.append(summary);

    ReportSection list;
    list.heading = reportTr("Projects");
    ReportTable t;
    t.name = reportTr("Projects");
    t.primary = true;
    t.addColumn(reportTr("Project"), ColumnKind::Text, true);
    t.addColumn(reportTr("Client"), ColumnKind::Text, true);
    t.addColumn(reportTr("Phase"));
    t.addColumn(reportTr("Health"), ColumnKind::Status);
    t.addColumn(reportTr("Done"), ColumnKind::Percent);
    t.addColumn(reportTr("SPI"), ColumnKind::Ratio);
    t.addColumn(reportTr("CPI"), ColumnKind::Ratio);
    t.addColumn(reportTr("Planned finish"), ColumnKind::Date);
    t.addColumn(reportTr("Forecast finish"), ColumnKind::Date);
    t.addColumn(reportTr("EAC / budget"), ColumnKind::Percent);
    t.addColumn(reportTr("Why"), ColumnKind::Text, true);
    for (const Row &r : rows) {
        const double budget = r.project->budget > 0 ? double(r.project->budget) : r.evm.figures.bac;
        const double eacShare = ratio(r.evm.figures.eac, budget);
        const bool late = r.evm.forecastFinish != kNoTime && r.evm.plannedFinish != kNoTime
            && r.evm.forecastFinish > r.evm.plannedFinish;
        t.rows.append({ctx.text(ctx.projectLabel(*r.project)), ctx.text(ctx.clientName(r.project->clientId)),
                       ctx.text(phaseName(r.project->phase)), ctx.healthCell(r.health.health),
                       ctx.percentCell(r.evm.figures.percentComplete, 0), ctx.indexCell(r.evm.figures.spi),
                       ctx.indexCell(r.evm.figures.cpi), ctx.dateCell(r.evm.plannedFinish),
                       ctx.dateCell(r.evm.forecastFinish, late ? Tone::Bad : Tone::Neutral),
                       ctx.percentCell(eacShare, 0, eacShare > 1.05 ? Tone::Bad : Tone::Neutral),
                       ctx.text(r.health.reasonText())});
    }
    t.emptyText = reportTr("No open projects.");
    list.blocks.append(t);
    doc.sections.append(list);

    ReportSection warn;
    warn.heading = reportTr("Early warnings");
    ReportTable wt;
    wt.name = reportTr("Warnings");
    wt.addColumn(reportTr("Project"), ColumnKind::Text, true);
    wt.addColumn(reportTr("Concern"));
    wt.addColumn(reportTr("Reason"), ColumnKind::Text, true);
    for (const EarlyWarning &w : warnings) {
        const Project *p = ctx.ws.get<Project>(w.projectId);
        wt.rows.append({ctx.text(p ? ctx.projectLabel(*p) : QString()),
                        ctx.text(w.kind == EarlyWarning::Kind::Deadline ? reportTr("deadline") : reportTr("budget"), Tone::Bad),
                        ctx.text(w.reason)});
    }
    wt.emptyText = reportTr("No project is forecast to miss its deadline or overrun its budget.");
    warn.blocks.append(wt);
    doc.sections.append(warn);

    if (!sat.trend.empty()) {
        ReportSection s;
        s.heading = reportTr("Client satisfaction");
        ReportChart trend;
        trend.kind = ReportChart::Kind::Bar;
        trend.title = reportTr("Average rating by month");
        trend.yFormat = ReportChart::Format::Ratio;
        trend.height = 160;
        trend.yMin = 0;
        trend.yMax = 5;
        ChartSeries avg{reportTr("Average rating (1–5)"), ReportStyle::series(5), ChartSeries::Style::Bar, {}, {}};
        for (const MonthlyScore &m : sat.trend) {
            trend.categories << m.month.toString(QStringLiteral("yyyy-MM"));
            avg.values << m.average;
        }
        trend.series = {avg};
        s.blocks.append(trend);
        ReportTable dist;
        dist.name = reportTr("Ratings");
        dist.addColumn(reportTr("Score"));
        dist.addColumn(reportTr("Ratings"), ColumnKind::Number);
        dist.addColumn(reportTr("Share"), ColumnKind::Percent);
        for (int score = 5; score >= 1; --score) {
            const int n = sat.distribution[size_t(score - 1)];
            dist.rows.append({ctx.text(QString(score, u'★')), ctx.numberCell(n), ctx.percentCell(ratio(n, sat.count), 0)});
        }
        s.blocks.append(dist);
        doc.sections.append(s);
    }
    return doc;
}

} // namespace Keel
