#include "reportbuilders.h"
#include "reportstyle.h"

#include <analytics/formatting.h>
#include <analytics/projecthealth.h>

#include <algorithm>

namespace Keel {

QList<const Request *> requestsByDate(const ReportContext &ctx, const Id &projectId)
{
    QList<const Request *> list = ctx.index.requests(projectId);
    std::stable_sort(list.begin(), list.end(),
                     [](const Request *a, const Request *b) { return a->createdUtcMs < b->createdUtcMs; });
    return list;
}

double chartDay(Minutes t)
{
    return double(t) / double(kMinutesPerDay);
}

namespace ReportCharts {

ReportChart sCurve(const ReportContext &ctx, const EarnedValue &model, const ProjectEvm &evm)
{
    Q_UNUSED(ctx);
    ReportChart c;
    c.kind = ReportChart::Kind::Line;
    c.title = reportTr("Planned value, earned value and actual cost");
    c.yLabel = evm.currency;
    c.yFormat = ReportChart::Format::Money;
    c.xIsDate = true;
    const std::vector<EvmPoint> points = model.curve();
    ChartSeries pv{reportTr("Planned value (PV)"), ReportStyle::series(0), ChartSeries::Style::Line, {}, {}};
    ChartSeries ev{reportTr("Earned value (EV)"), ReportStyle::series(1), ChartSeries::Style::Line, {}, {}};
    ChartSeries ac{reportTr("Actual cost (AC)"), ReportStyle::series(2), ChartSeries::Style::Line, {}, {}};
    for (const EvmPoint &p : points) {
        c.x.append(chartDay(p.time));
        pv.values.append(Format::majorUnits(p.pv, evm.currency));
        ev.values.append(std::isnan(p.ev) ? p.ev : Format::majorUnits(p.ev, evm.currency));
        ac.values.append(std::isnan(p.ac) ? p.ac : Format::majorUnits(p.ac, evm.currency));
    }
    c.series = {pv, ev, ac};
    const double eac = evm.figures.eac;
    const Minutes forecast = evm.forecastFinish;
    if (!std::isnan(eac) && forecast != kNoTime && forecast > evm.statusDate && evm.figures.ev < evm.figures.bac) {
        ChartSeries projection{reportTr("Forecast cost (EAC)"), ReportStyle::series(2), ChartSeries::Style::Dashed,
                               {Format::majorUnits(evm.figures.ac, evm.currency), Format::majorUnits(eac, evm.currency)},
                               {chartDay(evm.statusDate), chartDay(forecast)}};
        c.series.append(projection);
    }
    c.markers.append({chartDay(evm.statusDate), reportTr("Status date"), ReportStyle::ink(), false});
    if (evm.plannedFinish != kNoTime)
        c.markers.append({chartDay(evm.plannedFinish), reportTr("Planned finish"), ReportStyle::series(0), false});
    if (forecast != kNoTime && forecast != evm.plannedFinish)
        c.markers.append({chartDay(forecast), reportTr("Forecast finish"), ReportStyle::series(2), false});
    c.markers.append({Format::majorUnits(evm.figures.bac, evm.currency), reportTr("BAC"), ReportStyle::muted(), true});
    return c;
}

ReportChart finishHistogram(const ReportContext &ctx, const ScheduleNetwork &net, const MonteCarloResult &mc,
                            Minutes target)
{
    Q_UNUSED(ctx);
    ReportChart c;
    c.kind = ReportChart::Kind::Histogram;
    c.title = reportTr("Simulated finish dates (%n iterations)", nullptr, mc.iterations);
    c.yFormat = ReportChart::Format::Percent;
    c.xIsDate = true;
    ChartSeries bars{reportTr("Share finishing that day"), ReportStyle::series(0), ChartSeries::Style::Bar, {}, {}};
    ChartSeries cumulative{reportTr("Probability of finishing by then"), ReportStyle::series(3), ChartSeries::Style::Line, {}, {}};
    if (!mc.finishes.empty()) {
        // Bins of calendar days, or of weeks (from Monday) when the finishes spread wide.
        std::vector<qint64> days;
        days.reserve(mc.finishes.size());
        for (const double f : mc.finishes) {
            const Minutes t = net.finishDate(f);
            days.push_back(t / kMinutesPerDay - (t % kMinutesPerDay < 0 ? 1 : 0));
        }
        const qint64 lo = days.front();
        const qint64 hi = days.back();
        qint64 width = 1;
        if (hi - lo > 300)
            width = 28;
        else if (hi - lo > 45)
            width = 7;
        const qint64 first = width == 1 ? lo : lo - (weekdayOfDay(lo) - 1);
        if (width == 7)
            bars.name = reportTr("Share finishing that week");
        else if (width == 28)
            bars.name = reportTr("Share finishing in those four weeks");
        const qint64 bins = (hi - first) / width + 1;
        std::vector<int> counts(size_t(bins), 0);
        for (const qint64 d : days)
            ++counts[size_t((d - first) / width)];
        c.x.append(double(first));
        bars.values.append(0.0);
        cumulative.values.append(0.0);
        int sum = 0;
        for (qint64 b = 0; b < bins; ++b) {
            sum += counts[size_t(b)];
            c.x.append(double(first + (b + 1) * width));
            bars.values.append(double(counts[size_t(b)]) / double(days.size()));
            cumulative.values.append(double(sum) / double(days.size()));
        }
    }
    c.series = {bars, cumulative};
    c.markers.append({chartDay(mc.p50Date), QStringLiteral("P50"), ReportStyle::ink(), false});
    c.markers.append({chartDay(mc.p80Date), QStringLiteral("P80"), ReportStyle::series(3), false});
    c.markers.append({chartDay(mc.p95Date), QStringLiteral("P95"), ReportStyle::series(2), false});
    if (target != kNoTime)
        c.markers.append({chartDay(target), reportTr("Deadline"), ReportStyle::toneColor(Tone::Bad), false});
    return c;
}

ReportChart riskMatrix(const QList<const Risk *> &risks)
{
    ReportChart c;
    c.kind = ReportChart::Kind::Heatmap;
    c.title = reportTr("Open risks by probability and impact");
    c.xLabel = reportTr("Impact");
    c.yLabel = reportTr("Probability");
    c.height = 190;
    for (int i = 1; i <= 5; ++i)
        c.categories << QString::number(i);
    for (int p = 5; p >= 1; --p) {
        c.rowLabels << QString::number(p);
        QList<double> counts, severity;
        for (int i = 1; i <= 5; ++i) {
            int n = 0;
            for (const Risk *r : risks) {
                if (r->status != RiskStatus::Closed && r->probability == p && r->impact == i)
                    ++n;
            }
            counts << n;
            severity << double(p * i) / 25.0;
        }
        c.cells << counts;
        c.severity << severity;
    }
    return c;
}

} // namespace ReportCharts

} // namespace Keel
