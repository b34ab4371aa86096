#pragma once
// A chart of a report, painted by ReportChartPainter: a line chart over dates (S-curves, trends),
// grouped bars over categories, a histogram with a cumulative line (Monte Carlo finishes), or a
// heat map (the risk matrix).

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keel {

struct ChartSeries
{
    enum class Style { Line, Dashed, Bar, Points };
    QString name;
    QColor color;
    Style style = Style::Line;
    QList<double> values;      ///< one per x (line) or per category (bar); NaN: no value
    QList<double> x;           ///< its own x values (line); empty: the chart's
};

/// A vertical line at x (a date or a value on the x axis), or a horizontal one at y.
struct ChartMarker
{
    double x = 0;
    QString label;
    QColor color;
    bool horizontal = false;   ///< at y = x instead
};

struct ReportChart
{
    /// Histogram: x holds the bin edges (n + 1); series[0] the share of each bin at x[1..n]
    /// (value 0 is ignored), series[1] the cumulative share at each edge, on a right axis.
    enum class Kind { Line, Bar, Histogram, Heatmap };
    enum class Format { Number, Money, Percent, Ratio, Hours };

    Kind kind = Kind::Line;
    QString title;
    QString xLabel;
    QString yLabel;
    Format yFormat = Format::Number;
    bool xIsDate = false;      ///< x values are days since 1970-01-01
    QList<double> x;           ///< line and histogram charts
    QStringList categories;    ///< bar charts; heat map columns
    QList<ChartSeries> series;
    QList<ChartMarker> markers;
    double height = 0;         ///< points; 0: chosen by kind
    double yMin = 0;           ///< the value axis covers at least [yMin, yMax]; equal: by the data
    double yMax = 0;
    // Heat map
    QStringList rowLabels;     ///< top to bottom
    QList<QList<double>> cells;     ///< [row][column] numbers shown
    QList<QList<double>> severity;  ///< [row][column] 0..1, colours the cell
};

} // namespace Keel
