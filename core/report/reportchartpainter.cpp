#include "reportchartpainter.h"

#include "reportstyle.h"

#include <model/timeutil.h>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

constexpr double U = 10.0; // layout units per point

struct Axis
{
    double lo = 0;
    double hi = 1;
    double step = 0.2;
};

/// Rounded ticks covering [lo, hi] with about @p target intervals (1, 2, 2.5, 5 × 10^k).
Axis niceAxis(double lo, double hi, int target = 5)
{
    if (!(hi > lo)) {
        const double pad = std::abs(hi) > 0 ? std::abs(hi) * 0.1 : 1.0;
        lo -= pad;
        hi += pad;
        if (lo < 0 && hi - pad >= 0)
            lo = 0;
    }
    const double raw = (hi - lo) / target;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * mag;
        if (raw <= step)
            break;
    }
    Axis a;
    a.step = step;
    a.lo = std::floor(lo / step + 1e-9) * step;
    a.hi = std::ceil(hi / step - 1e-9) * step;
    return a;
}

double mapTo(double v, double lo, double hi, double from, double to)
{
    return hi == lo ? from : from + (v - lo) / (hi - lo) * (to - from);
}

QPen pen(const QColor &c, double points, Qt::PenStyle style = Qt::SolidLine)
{
    QPen p(c, points * U, style, Qt::FlatCap, Qt::RoundJoin);
    return p;
}

void drawText(QPainter &p, double x, double baseline, const QString &text)
{
    p.drawText(QPointF(x, baseline), text);
}

/// Date ticks: the first day of each week, month or quarter in the range (days since 1970).
std::vector<std::pair<double, QString>> dateTicks(double lo, double hi)
{
    std::vector<std::pair<double, QString>> ticks;
    const double span = hi - lo;
    const QDate first = dateOfDay(qint64(std::floor(lo)));
    const QDate last = dateOfDay(qint64(std::ceil(hi)));
    if (span <= 70) {
        QDate d = first.addDays(1 - first.dayOfWeek()); // Monday
        if (d < first)
            d = d.addDays(7);
        const int every = span <= 35 ? 7 : 14;
        for (; d <= last; d = d.addDays(every))
            ticks.emplace_back(double(dayNumber(d)), d.toString(QStringLiteral("MM-dd")));
        return ticks;
    }
    int months = 1;
    if (span > 400)
        months = 3;
    if (span > 1100)
        months = 6;
    if (span > 2200)
        months = 12;
    QDate d(first.year(), 1, 1);
    while (d < first)
        d = d.addMonths(months);
    for (; d <= last; d = d.addMonths(months))
        ticks.emplace_back(double(dayNumber(d)), months >= 12 ? QString::number(d.year()) : d.toString(QStringLiteral("yyyy-MM")));
    return ticks;
}

/// Decimals that show every tick of a step exactly (0.25 → 2, 0.5 → 1, 20 → 0).
int stepDecimals(double step)
{
    for (int d = 0; d < 4; ++d) {
        const double scaled = step * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            return d;
    }
    return 4;
}

} // namespace

ReportChartPainter::ReportChartPainter(const QLocale &locale)
    : m_locale(locale)
{
}

double ReportChartPainter::defaultHeight(const ReportChart &chart)
{
    if (chart.height > 0)
        return chart.height;
    switch (chart.kind) {
    case ReportChart::Kind::Line:
        return 240;
    case ReportChart::Kind::Bar:
        return 200;
    case ReportChart::Kind::Histogram:
        return 200;
    case ReportChart::Kind::Heatmap:
        return 190;
    }
    return 200;
}

QString ReportChartPainter::valueLabel(double v, ReportChart::Format format, double step) const
{
    switch (format) {
    case ReportChart::Format::Percent:
        return m_locale.toString(v * 100, 'f', stepDecimals(step * 100)) + QStringLiteral(" %");
    case ReportChart::Format::Ratio:
        return m_locale.toString(v, 'f', std::max(1, stepDecimals(step)));
    case ReportChart::Format::Money: {
        const double a = std::abs(v);
        if (a >= 1e6 || step >= 1e6)
            return m_locale.toString(v / 1e6, 'f', stepDecimals(step / 1e6)) + QStringLiteral("M");
        if (a >= 1e3 || step >= 1e3)
            return m_locale.toString(v / 1e3, 'f', stepDecimals(step / 1e3)) + QStringLiteral("k");
        return m_locale.toString(v, 'f', stepDecimals(step));
    }
    case ReportChart::Format::Hours:
    case ReportChart::Format::Number:
        break;
    }
    return m_locale.toString(v, 'f', stepDecimals(step));
}

QRectF ReportChartPainter::paintFrame(QPainter &p, const QRectF &rect, const ReportChart &chart) const
{
    // Title on the left, legend on the right of the same line (or on the next when too wide).
    const QFont titleFont = ReportStyle::font(9, true);
    const QFont legendFont = ReportStyle::font(7.5);
    const QFontMetricsF tm(titleFont), lm(legendFont);
    double y = rect.top();
    p.setPen(ReportStyle::ink());
    p.setFont(titleFont);
    drawText(p, rect.left(), y + tm.ascent(), chart.title);
    double titleRight = rect.left() + tm.horizontalAdvance(chart.title) + 12 * U;

    struct Entry
    {
        QString name;
        QColor color;
        ChartSeries::Style style;
    };
    std::vector<Entry> entries;
    if (chart.kind != ReportChart::Kind::Heatmap) {
        for (const ChartSeries &s : chart.series)
            entries.push_back({s.name, s.color, s.style});
    }
    double legendWidth = 0;
    for (const Entry &e : entries)
        legendWidth += 14 * U + lm.horizontalAdvance(e.name) + 10 * U;
    double lx = rect.right() - legendWidth;
    double ly = y + (tm.height() - lm.height()) / 2;
    if (lx < titleRight) {
        y += tm.height() + 3 * U;
        lx = rect.left();
        ly = y;
    }
    p.setFont(legendFont);
    for (const Entry &e : entries) {
        const double w = 14 * U + lm.horizontalAdvance(e.name) + 10 * U;
        if (lx + w > rect.right() + 1) {
            lx = rect.left();
            ly += lm.height() + 2 * U;
        }
        const double cy = ly + lm.height() / 2;
        if (e.style == ChartSeries::Style::Bar) {
            p.fillRect(QRectF(lx, cy - 3.5 * U, 10 * U, 7 * U), e.color);
        } else {
            p.setPen(pen(e.color, 1.6, e.style == ChartSeries::Style::Dashed ? Qt::DashLine : Qt::SolidLine));
            p.drawLine(QPointF(lx, cy), QPointF(lx + 10 * U, cy));
        }
        p.setPen(ReportStyle::ink());
        drawText(p, lx + 14 * U, ly + lm.ascent(), e.name);
        lx += w;
    }
    if (entries.empty() || ly == y + (tm.height() - lm.height()) / 2)
        y += tm.height();
    else
        y = ly + lm.height();
    y += 6 * U;
    return QRectF(rect.left(), y, rect.width(), rect.bottom() - y);
}

void ReportChartPainter::paint(QPainter &p, const QRectF &rect, const ReportChart &chart) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QRectF area = paintFrame(p, rect, chart);
    switch (chart.kind) {
    case ReportChart::Kind::Line:
        paintLine(p, area, chart);
        break;
    case ReportChart::Kind::Bar:
        paintBars(p, area, chart);
        break;
    case ReportChart::Kind::Histogram:
        paintHistogram(p, area, chart);
        break;
    case ReportChart::Kind::Heatmap:
        paintHeatmap(p, area, chart);
        break;
    }
    p.restore();
}

void ReportChartPainter::paintLine(QPainter &p, const QRectF &area, const ReportChart &chart) const
{
    const QFont axisFont = ReportStyle::font(7);
    const QFontMetricsF am(axisFont);
    // Ranges over every finite value and marker.
    double xlo = 0, xhi = 0, ylo = 0, yhi = 0;
    bool haveX = false;
    auto seeX = [&](double x) {
        if (std::isnan(x))
            return;
        xlo = haveX ? std::min(xlo, x) : x;
        xhi = haveX ? std::max(xhi, x) : x;
        haveX = true;
    };
    for (const ChartSeries &s : chart.series) {
        const QList<double> &xs = s.x.isEmpty() ? chart.x : s.x;
        for (qsizetype i = 0; i < s.values.size() && i < xs.size(); ++i) {
            if (std::isnan(s.values[i]))
                continue;
            seeX(xs[i]);
            ylo = std::min(ylo, s.values[i]);
            yhi = std::max(yhi, s.values[i]);
        }
    }
    for (const double x : chart.x)
        seeX(x);
    for (const ChartMarker &m : chart.markers) {
        if (m.horizontal) {
            ylo = std::min(ylo, m.x);
            yhi = std::max(yhi, m.x);
        } else {
            seeX(m.x);
        }
    }
    if (!haveX) {
        xlo = 0;
        xhi = 1;
    }
    if (xhi <= xlo)
        xhi = xlo + 1;
    if (chart.yMax > chart.yMin) {
        ylo = std::min(ylo, chart.yMin);
        yhi = std::max(yhi, chart.yMax / 1.04);
    }
    const Axis ya = niceAxis(ylo, yhi * 1.04);

    double labelWidth = 0;
    for (double v = ya.lo; v <= ya.hi + ya.step / 2; v += ya.step)
        labelWidth = std::max(labelWidth, am.horizontalAdvance(valueLabel(v, chart.yFormat, ya.step)));
    const double top = chart.yLabel.isEmpty() ? 8 * U : am.height() + 8 * U;
    const QRectF plot(area.left() + labelWidth + 6 * U, area.top() + top,
                      area.width() - labelWidth - 6 * U - 8 * U, area.height() - top - am.height() - 6 * U);
    auto X = [&](double x) { return mapTo(x, xlo, xhi, plot.left(), plot.right()); };
    auto Y = [&](double y) { return mapTo(y, ya.lo, ya.hi, plot.bottom(), plot.top()); };

    p.setFont(axisFont);
    for (double v = ya.lo; v <= ya.hi + ya.step / 2; v += ya.step) {
        const double y = Y(v);
        p.setPen(pen(std::abs(v) < ya.step / 2 ? ReportStyle::muted() : ReportStyle::rule(), std::abs(v) < ya.step / 2 ? 0.8 : 0.4));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const QString label = valueLabel(v, chart.yFormat, ya.step);
        p.setPen(ReportStyle::muted());
        drawText(p, plot.left() - 4 * U - am.horizontalAdvance(label), y + am.ascent() / 2 - U, label);
    }
    if (!chart.yLabel.isEmpty()) {
        p.setPen(ReportStyle::muted());
        drawText(p, area.left(), area.top() + am.ascent(), chart.yLabel);
    }
    // X ticks.
    double lastRight = -1e18;
    if (chart.xIsDate) {
        for (const auto &[x, label] : dateTicks(xlo, xhi)) {
            if (x < xlo - 1e-9 || x > xhi + 1e-9)
                continue;
            const double px = X(x);
            p.setPen(pen(ReportStyle::rule(), 0.4));
            p.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + 3 * U));
            const double w = am.horizontalAdvance(label);
            if (px - w / 2 < lastRight + 4 * U || px + w / 2 > plot.right() + 20 * U)
                continue;
            p.setPen(ReportStyle::muted());
            drawText(p, px - w / 2, plot.bottom() + 4 * U + am.ascent(), label);
            lastRight = px + w / 2;
        }
    } else {
        const Axis xa = niceAxis(xlo, xhi, 8);
        for (double v = xa.lo; v <= xa.hi + xa.step / 2; v += xa.step) {
            if (v < xlo || v > xhi)
                continue;
            const QString label = m_locale.toString(v, 'f', xa.step < 1 ? 1 : 0);
            const double w = am.horizontalAdvance(label);
            p.setPen(ReportStyle::muted());
            drawText(p, X(v) - w / 2, plot.bottom() + 4 * U + am.ascent(), label);
        }
    }
    p.setPen(pen(ReportStyle::muted(), 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    p.setClipRect(plot.adjusted(-2 * U, -2 * U, 2 * U, 2 * U));
    for (const ChartSeries &s : chart.series) {
        const QList<double> &xs = s.x.isEmpty() ? chart.x : s.x;
        QPainterPath path;
        bool open = false;
        for (qsizetype i = 0; i < s.values.size() && i < xs.size(); ++i) {
            if (std::isnan(s.values[i])) {
                open = false;
                continue;
            }
            const QPointF pt(X(xs[i]), Y(s.values[i]));
            if (open)
                path.lineTo(pt);
            else
                path.moveTo(pt);
            open = true;
        }
        p.setPen(pen(s.color, 1.6, s.style == ChartSeries::Style::Dashed ? Qt::DashLine : Qt::SolidLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.setClipping(false);

    // Markers: vertical lines labelled at the top, staggered when close; horizontal at the right.
    const QFont markerFont = ReportStyle::font(6.5);
    const QFontMetricsF mm(markerFont);
    p.setFont(markerFont);
    std::vector<std::pair<double, double>> placed; // label spans at the top row
    for (const ChartMarker &m : chart.markers) {
        p.setPen(pen(m.color, 0.7, Qt::DashLine));
        if (m.horizontal) {
            const double y = Y(m.x);
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(m.color);
            drawText(p, plot.right() - mm.horizontalAdvance(m.label), y - 2 * U, m.label);
            continue;
        }
        const double x = X(m.x);
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const double w = mm.horizontalAdvance(m.label);
        double lx = std::clamp(x + 2 * U, plot.left(), plot.right() - w);
        int row = 0;
        for (const auto &[a, b] : placed) {
            if (lx < b + 2 * U && lx + w > a - 2 * U)
                ++row;
        }
        placed.emplace_back(lx, lx + w);
        p.setPen(m.color);
        drawText(p, lx, plot.top() - 1 * U + row * (mm.height() + U) - (row == 0 ? 0 : 0), m.label);
    }
}

void ReportChartPainter::paintBars(QPainter &p, const QRectF &area, const ReportChart &chart) const
{
    const QFont axisFont = ReportStyle::font(7);
    const QFontMetricsF am(axisFont);
    double ylo = 0, yhi = 0;
    for (const ChartSeries &s : chart.series) {
        for (const double v : s.values) {
            if (std::isnan(v))
                continue;
            ylo = std::min(ylo, v);
            yhi = std::max(yhi, v);
        }
    }
    for (const ChartMarker &m : chart.markers) {
        if (m.horizontal)
            yhi = std::max(yhi, m.x);
    }
    if (chart.yMax > chart.yMin) {
        ylo = std::min(ylo, chart.yMin);
        yhi = std::max(yhi, chart.yMax / 1.04);
    }
    const Axis ya = niceAxis(ylo, yhi * 1.04);
    double labelWidth = 0;
    for (double v = ya.lo; v <= ya.hi + ya.step / 2; v += ya.step)
        labelWidth = std::max(labelWidth, am.horizontalAdvance(valueLabel(v, chart.yFormat, ya.step)));
    const int n = int(chart.categories.size());
    double widest = 0;
    for (const QString &c : chart.categories)
        widest = std::max(widest, am.horizontalAdvance(c));
    const double plotWidth = area.width() - labelWidth - 6 * U - 4 * U;
    const double slot = n > 0 ? plotWidth / n : plotWidth;
    const bool rotate = widest + 4 * U > slot;
    const double xLabelHeight = rotate ? std::min(widest, 70 * U) * 0.72 + am.height() : am.height() + 4 * U;
    const double top = chart.yLabel.isEmpty() ? 4 * U : am.height() + 6 * U;
    const QRectF plot(area.left() + labelWidth + 6 * U, area.top() + top, plotWidth,
                      area.height() - top - xLabelHeight - 4 * U);
    auto Y = [&](double y) { return mapTo(y, ya.lo, ya.hi, plot.bottom(), plot.top()); };

    p.setFont(axisFont);
    for (double v = ya.lo; v <= ya.hi + ya.step / 2; v += ya.step) {
        const double y = Y(v);
        p.setPen(pen(ReportStyle::rule(), 0.4));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        const QString label = valueLabel(v, chart.yFormat, ya.step);
        p.setPen(ReportStyle::muted());
        drawText(p, plot.left() - 4 * U - am.horizontalAdvance(label), y + am.ascent() / 2 - U, label);
    }
    if (!chart.yLabel.isEmpty()) {
        p.setPen(ReportStyle::muted());
        drawText(p, area.left(), area.top() + am.ascent(), chart.yLabel);
    }
    const int seriesCount = std::max<int>(1, int(chart.series.size()));
    const double groupWidth = slot * 0.78;
    const double barWidth = groupWidth / seriesCount;
    const double zero = Y(std::clamp(0.0, ya.lo, ya.hi));
    for (int c = 0; c < n; ++c) {
        const double x0 = plot.left() + c * slot + (slot - groupWidth) / 2;
        for (int s = 0; s < int(chart.series.size()); ++s) {
            const ChartSeries &series = chart.series[s];
            const double v = c < series.values.size() ? series.values[c] : std::nan("");
            if (std::isnan(v))
                continue;
            const double y = Y(v);
            p.fillRect(QRectF(QPointF(x0 + s * barWidth + barWidth * 0.06, std::min(y, zero)),
                              QPointF(x0 + (s + 1) * barWidth - barWidth * 0.06, std::max(y, zero))),
                       series.color);
        }
        const QString &label = chart.categories[c];
        const double cx = plot.left() + (c + 0.5) * slot;
        p.setPen(ReportStyle::muted());
        if (rotate) {
            p.save();
            p.translate(cx + am.ascent() / 3, plot.bottom() + 4 * U);
            p.rotate(-40);
            const QString shown = am.elidedText(label, Qt::ElideRight, 70 * U);
            drawText(p, -am.horizontalAdvance(shown), 0, shown);
            p.restore();
        } else {
            drawText(p, cx - am.horizontalAdvance(label) / 2, plot.bottom() + 4 * U + am.ascent(), label);
        }
    }
    p.setPen(pen(ReportStyle::muted(), 0.8));
    p.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero));
    const QFont markerFont = ReportStyle::font(6.5);
    p.setFont(markerFont);
    for (const ChartMarker &m : chart.markers) {
        if (!m.horizontal)
            continue;
        const double y = Y(m.x);
        p.setPen(pen(m.color, 0.8, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(m.color);
        drawText(p, plot.right() - QFontMetricsF(markerFont).horizontalAdvance(m.label), y - 2 * U, m.label);
    }
}

void ReportChartPainter::paintHistogram(QPainter &p, const QRectF &area, const ReportChart &chart) const
{
    if (chart.x.size() < 2 || chart.series.isEmpty())
        return;
    const QFont axisFont = ReportStyle::font(7);
    const QFontMetricsF am(axisFont);
    const ChartSeries &bars = chart.series[0];
    double top = 0;
    for (const double v : bars.values)
        top = std::max(top, std::isnan(v) ? 0.0 : v);
    const Axis ya = niceAxis(0, top * 1.08);
    const Axis ca{0, 1, 0.25};
    double labelWidth = 0;
    for (double v = ya.lo; v <= ya.hi + ya.step / 2; v += ya.step)
        labelWidth = std::max(labelWidth, am.horizontalAdvance(valueLabel(v, chart.yFormat, ya.step)));
    const double rightWidth = am.horizontalAdvance(valueLabel(1, ReportChart::Format::Percent, 0.25));
    double xlo = chart.x.front(), xhi = chart.x.back();
    for (const ChartMarker &m : chart.markers) {
        if (!m.horizontal) {
            xlo = std::min(xlo, m.x);
            xhi = std::max(xhi, m.x);
        }
    }
    const double pad = (xhi - xlo) * 0.02;
    xlo -= pad;
    xhi += pad;
    const QRectF plot(area.left() + labelWidth + 6 * U, area.top() + 10 * U,
                      area.width() - labelWidth - rightWidth - 12 * U, area.height() - 10 * U - am.height() - 6 * U);
    auto X = [&](double x) { return mapTo(x, xlo, xhi, plot.left(), plot.right()); };
    auto Y = [&](double y) { return mapTo(y, ya.lo, ya.hi, plot.bottom(), plot.top()); };
    auto C = [&](double y) { return mapTo(y, ca.lo, ca.hi, plot.bottom(), plot.top()); };

    p.setFont(axisFont);
    for (double v = ya.lo; v <= ya.hi + ya.step / 2; v += ya.step) {
        p.setPen(pen(ReportStyle::rule(), 0.4));
        p.drawLine(QPointF(plot.left(), Y(v)), QPointF(plot.right(), Y(v)));
        const QString label = valueLabel(v, chart.yFormat, ya.step);
        p.setPen(bars.color);
        drawText(p, plot.left() - 4 * U - am.horizontalAdvance(label), Y(v) + am.ascent() / 2 - U, label);
    }
    if (chart.series.size() > 1) {
        p.setPen(chart.series[1].color);
        for (double v = 0; v <= 1.0001; v += 0.25)
            drawText(p, plot.right() + 4 * U, C(v) + am.ascent() / 2 - U, valueLabel(v, ReportChart::Format::Percent, 0.25));
    }
    double lastRight = -1e18;
    for (const auto &[x, label] : dateTicks(xlo, xhi)) {
        if (x < xlo || x > xhi)
            continue;
        const double px = X(x);
        const double w = am.horizontalAdvance(label);
        p.setPen(pen(ReportStyle::rule(), 0.4));
        p.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + 3 * U));
        if (px - w / 2 < lastRight + 4 * U)
            continue;
        p.setPen(ReportStyle::muted());
        drawText(p, px - w / 2, plot.bottom() + 4 * U + am.ascent(), label);
        lastRight = px + w / 2;
    }
    QColor fill = bars.color;
    fill.setAlphaF(0.75);
    for (qsizetype i = 1; i < chart.x.size() && i < bars.values.size(); ++i) {
        const double v = bars.values[i];
        if (std::isnan(v) || v <= 0)
            continue;
        const QRectF r(QPointF(X(chart.x[i - 1]) + 0.4 * U, Y(v)), QPointF(X(chart.x[i]) - 0.4 * U, Y(0)));
        p.fillRect(r, fill);
    }
    p.setPen(pen(ReportStyle::muted(), 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (chart.series.size() > 1) {
        const ChartSeries &cum = chart.series[1];
        QPainterPath path;
        for (qsizetype i = 0; i < chart.x.size() && i < cum.values.size(); ++i) {
            const QPointF pt(X(chart.x[i]), C(cum.values[i]));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(pen(cum.color, 1.6));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    const QFont markerFont = ReportStyle::font(6.5);
    const QFontMetricsF mm(markerFont);
    p.setFont(markerFont);
    std::vector<std::pair<double, double>> placed;
    for (const ChartMarker &m : chart.markers) {
        const double x = X(m.x);
        p.setPen(pen(m.color, 0.8, Qt::DashLine));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const double w = mm.horizontalAdvance(m.label);
        const double lx = std::clamp(x - w / 2, plot.left(), plot.right() - w);
        int row = 0;
        for (const auto &[a, b] : placed) {
            if (lx < b + 2 * U && lx + w > a - 2 * U)
                ++row;
        }
        placed.emplace_back(lx, lx + w);
        p.setPen(m.color);
        drawText(p, lx, plot.top() - 2 * U - row * (mm.height() + U) + (row > 0 ? 0 : 0), m.label);
    }
}

void ReportChartPainter::paintHeatmap(QPainter &p, const QRectF &area, const ReportChart &chart) const
{
    const int rows = int(chart.cells.size());
    const int cols = int(chart.categories.size());
    if (rows == 0 || cols == 0)
        return;
    const QFont axisFont = ReportStyle::font(7.5);
    const QFontMetricsF am(axisFont);
    const QFont countFont = ReportStyle::font(10, true);
    const QFontMetricsF cm(countFont);
    const double axisTitle = am.height() + 4 * U;
    const double rowLabelWidth = 12 * U;
    const double cell = std::min((area.height() - axisTitle * 2 - am.height()) / rows, 36.0 * U);
    const QRectF grid(area.left() + axisTitle + rowLabelWidth, area.top(), cell * cols, cell * rows);

    p.setFont(axisFont);
    p.setPen(ReportStyle::muted());
    p.save();
    p.translate(area.left() + am.ascent(), grid.center().y() + am.horizontalAdvance(chart.yLabel) / 2);
    p.rotate(-90);
    drawText(p, 0, 0, chart.yLabel);
    p.restore();
    drawText(p, grid.center().x() - am.horizontalAdvance(chart.xLabel) / 2,
             grid.bottom() + am.height() + 4 * U + am.ascent(), chart.xLabel);
    for (int r = 0; r < rows; ++r) {
        const QString label = chart.rowLabels.value(r);
        drawText(p, grid.left() - 5 * U - am.horizontalAdvance(label), grid.top() + (r + 0.5) * cell + am.ascent() / 2 - U, label);
        for (int c = 0; c < cols; ++c) {
            const double sev = chart.severity.value(r).value(c);
            const Tone tone = sev >= 0.6 ? Tone::Bad : (sev >= 0.3 ? Tone::Warning : Tone::Good);
            const QRectF box(grid.left() + c * cell, grid.top() + r * cell, cell, cell);
            QColor fill = ReportStyle::toneColor(tone);
            const double count = chart.cells.value(r).value(c);
            fill.setAlphaF(count > 0 ? 0.55 : 0.16);
            p.fillRect(box, fill);
            p.setPen(pen(Qt::white, 1.2));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
            if (count > 0) {
                const QString text = m_locale.toString(count, 'f', 0);
                p.setFont(countFont);
                p.setPen(ReportStyle::ink());
                drawText(p, box.center().x() - cm.horizontalAdvance(text) / 2, box.center().y() + cm.ascent() / 2 - 1.5 * U, text);
                p.setFont(axisFont);
            }
        }
    }
    p.setPen(ReportStyle::muted());
    for (int c = 0; c < cols; ++c) {
        const QString &label = chart.categories[c];
        drawText(p, grid.left() + (c + 0.5) * cell - am.horizontalAdvance(label) / 2, grid.bottom() + 3 * U + am.ascent(), label);
    }
    // Legend of the colours beside the grid.
    const double lx = grid.right() + 24 * U;
    double ly = grid.top() + 4 * U;
    const std::pair<Tone, QString> legend[] = {
        {Tone::Bad, QStringLiteral("≥ 15")}, {Tone::Warning, QStringLiteral("8 – 14")}, {Tone::Good, QStringLiteral("≤ 7")}};
    p.setFont(axisFont);
    for (const auto &[tone, text] : legend) {
        QColor fill = ReportStyle::toneColor(tone);
        fill.setAlphaF(0.55);
        p.fillRect(QRectF(lx, ly, 10 * U, 10 * U), fill);
        p.setPen(ReportStyle::ink());
        drawText(p, lx + 14 * U, ly + 5 * U + am.ascent() / 2 - U, text);
        ly += 16 * U;
    }
}

} // namespace Keel
