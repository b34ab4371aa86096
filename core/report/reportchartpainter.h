#pragma once
// ReportChartPainter paints a ReportChart into a rectangle with QPainter: title, legend, axes with
// rounded ticks (dates by week, month or quarter), grid, series, markers. Coordinates and fonts are
// in the report layout's units (1/10 point, see ReportLayout), so the same code serves PDF, print
// and on-screen previews.

#include "reportchart.h"

#include <QLocale>
#include <QRectF>

class QPainter;

namespace Keel {

class ReportChartPainter
{
public:
    explicit ReportChartPainter(const QLocale &locale = QLocale());
    void paint(QPainter &painter, const QRectF &rect, const ReportChart &chart) const;

    /// Default height of a chart of this kind, in points.
    static double defaultHeight(const ReportChart &chart);

private:
    QRectF paintFrame(QPainter &painter, const QRectF &rect, const ReportChart &chart) const;
    void paintLine(QPainter &painter, const QRectF &area, const ReportChart &chart) const;
    void paintBars(QPainter &painter, const QRectF &area, const ReportChart &chart) const;
    void paintHistogram(QPainter &painter, const QRectF &area, const ReportChart &chart) const;
    void paintHeatmap(QPainter &painter, const QRectF &area, const ReportChart &chart) const;
    QString valueLabel(double v, ReportChart::Format format, double step) const;

    QLocale m_locale;
};

} // namespace Keel
