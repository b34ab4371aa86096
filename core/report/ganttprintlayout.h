#pragma once
// GanttPrintLayout: a Gantt chart cut into printed pages.
//
// How it works. The chart is laid out once in units of 1/10 point (fonts from ReportStyle, sized
// in those units), so PDF, printer, preview and PNG show the same pages. The date range (given, or
// the project's dates with a margin) is either fitted to N pages wide or printed as a poster at a
// zoom level's natural size across as many pages as it needs. Rows are cut into bands that fill a
// page's height; every page repeats the task-name column and the time scale, and carries a header
// (project, date range), a legend and a footer (project, print date, "Page x of y"). Pages run
// across a band first, then down to the next band.
//
// With singlePage set the page grows to hold every row, which is how a PNG of the whole chart is
// made.

#include "ganttdata.h"
#include "ganttscale.h"

#include <QDate>
#include <QImage>
#include <QLocale>
#include <QPageLayout>

#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace Keel {

struct GanttPrintOptions
{
    enum class Mode { FitWidth, Poster };

    Minutes from = kNoTime;            ///< first day shown; kNoTime: the chart's earliest date
    Minutes to = kNoTime;              ///< end of the range (exclusive); kNoTime: after the latest date
    Mode mode = Mode::FitWidth;
    int pagesWide = 1;                 ///< FitWidth: the range spans this many pages across
    GanttZoom posterZoom = GanttZoom::Week; ///< Poster: the zoom whose natural size is printed
    QPageLayout pageLayout{QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                           QPageLayout::Point};
    QDate printDate = QDate::currentDate();
    Minutes today = kNoTime;           ///< the today line; kNoTime: none
    bool legend = true;
    bool singlePage = false;           ///< one page, as tall as all rows need
};

class GanttPrintLayout
{
public:
    GanttPrintLayout(const GanttData &data, GanttPrintOptions options, const QLocale &locale = QLocale());

    int pageCount() const { return m_across * m_down; }
    int pagesAcross() const { return m_across; }
    int pagesDown() const { return m_down; }
    int rowsPerPage() const { return m_rowsPerPage; }
    /// The date range printed, [from, to).
    Minutes from() const { return m_from; }
    Minutes to() const { return m_to; }
    const GanttScale &scale() const { return m_scale; }
    /// The page layout for a QPdfWriter or QPrinter (size and orientation; the margins are ours).
    QPageLayout pageLayout() const;
    /// Page size in points.
    QSizeF pageSizePoints() const { return QSizeF(m_width / 10, m_height / 10); }

    /// Paints page @p index (0-based) in layout units (1/10 point from the page's top left).
    void paintPage(QPainter &painter, int index) const;
    /// Paints every page on @p device; false if painting failed.
    bool print(QPagedPaintDevice &device) const;
    /// Paints pages [first, last] (1-based, as a print dialog gives them; 0: all) on @p painter,
    /// whose device has @p dpi, calling @p newPage between pages.
    bool print(QPainter &painter, double dpi, int first, int last, const std::function<bool()> &newPage) const;
    /// One page as an image at @p dpi, white background.
    QImage renderPage(int index, double dpi) const;

private:
    void paintNames(QPainter &painter, const QRectF &rect, int firstRow, int lastRow) const;

    const GanttData &m_data;
    GanttPrintOptions m_options;
    QLocale m_locale;
    GanttScale m_scale;
    Minutes m_from = 0;
    Minutes m_to = 0;
    double m_width = 0;                ///< page, layout units
    double m_height = 0;
    QRectF m_content;                  ///< inside the margins
    double m_nameWidth = 0;
    double m_chartWidth = 0;           ///< chart part of one page
    double m_rowHeight = 0;
    double m_headerHeight = 0;         ///< project line
    double m_scaleHeight = 0;          ///< two-tier time scale
    double m_footerHeight = 0;         ///< legend and footer line
    int m_rowsPerPage = 1;
    int m_across = 1;
    int m_down = 1;
};

} // namespace Keel
