#pragma once
// GanttPainter paints a Gantt chart with QPainter, for the desktop view, print, PDF and PNG alike.
//
// How it works. The painter holds no rows: callers hand it the rows to paint and where (the top of
// each row), so a view paints only its visible rows and a page only its band. x coordinates are
// the GanttScale's (x(t) = (t - origin) × pixels per minute); callers translate the QPainter so
// that the visible part lands where they want and pass the visible area in scale coordinates,
// which bounds every loop (ticks, shaded days, links) by what is seen, never by project size.
// Metrics give the row height, fonts and line width in the painter's unit (screen pixels, or
// 1/10 point on paper), so one set of drawing code serves every device.
//
// Paint order for a chart: paintGrid (background, non-working time, tick lines), paintRows (links
// under the bars, then baseline, bar, progress, deadline and resource names), paintToday, and
// paintHeader over the top.

#include "ganttdata.h"
#include "ganttscale.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRectF>

class QPainter;

namespace Keel {

class GanttPainter
{
public:
    struct Metrics
    {
        QFont font;                   ///< bar labels, legend
        QFont headerFont;             ///< time scale labels
        double rowHeight = 24;
        double line = 1;              ///< a thin line's width
    };

    GanttPainter(const GanttScale &scale, const QLocale &locale, Metrics metrics);

    /// The calendar whose non-working time is shaded; not owned. nullptr: the Standard week.
    void setCalendar(const WorkCalendar *calendar) { m_calendar = calendar; }
    /// Where the today line is drawn; kNoTime: none.
    void setToday(Minutes today) { m_today = today; }

    const GanttScale &scale() const { return m_scale; }
    const Metrics &metrics() const { return m_metrics; }

    /// The two-tier time scale over @p area (upper half: major ticks; lower half: minor ticks).
    void paintHeader(QPainter &painter, const QRectF &area) const;
    /// White background, shaded non-working time and tick lines over @p area.
    void paintGrid(QPainter &painter, const QRectF &area) const;
    /// The today line across @p area.
    void paintToday(QPainter &painter, const QRectF &area) const;

    /// The bar (or the milestone's diamond) of @p row in a row whose top is @p top; empty when the
    /// row has no dates.
    QRectF barRect(const GanttRow &row, double top) const;
    /// Baseline, bar, progress, deadline marker and resource names of one row.
    void paintRow(QPainter &painter, const GanttRow &row, double top) const;
    /// An orthogonally routed arrow between two rows' bars, by dependency type.
    void paintLink(QPainter &painter, const GanttRow &from, double fromTop, const GanttRow &to, double toTop,
                   DependencyType type) const;
    /// Rows [first, last) of @p data, row @p first at @p top, with the links that touch or pass over
    /// them (a link whose ends lie outside the band is drawn towards them and clipped by the caller).
    void paintRows(QPainter &painter, const QRectF &area, const GanttData &data, int first, int last, double top) const;
    /// A legend of the chart's symbols in one line across @p rect (painter coordinates).
    void paintLegend(QPainter &painter, const QRectF &rect) const;

    static QColor barColor(bool critical);
    static QColor progressColor(bool critical);
    static QColor summaryColor();
    static QColor baselineColor();
    static QColor nonWorkingColor();
    static QColor todayColor();
    static QColor linkColor();

private:
    enum class Sample { Task, Critical, Summary, Milestone, Baseline, Progress, Today, Deadline, NonWorking };

    void paintSample(QPainter &painter, Sample sample, const QRectF &box) const;
    void paintNonWorking(QPainter &painter, const QRectF &area) const;
    void paintDiamond(QPainter &painter, const QPointF &center, double half, const QColor &color) const;
    void paintSummary(QPainter &painter, const QRectF &bar) const;
    void paintDeadline(QPainter &painter, double x, double top, bool missed) const;
    void paintArrowHead(QPainter &painter, const QPointF &tip, int direction) const;
    double barTop(double top) const { return top + m_metrics.rowHeight * 0.22; }
    double barHeight() const { return m_metrics.rowHeight * 0.42; }

    GanttScale m_scale;
    QLocale m_locale;
    Metrics m_metrics;
    const WorkCalendar *m_calendar = nullptr;
    WorkCalendar m_standard;
    Minutes m_today = kNoTime;
};

} // namespace Keel
