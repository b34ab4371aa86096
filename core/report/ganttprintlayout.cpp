#include "ganttprintlayout.h"

#include "ganttpainter.h"
#include "reportstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

constexpr double U = 10; ///< layout units per point

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Gantt", text);
}

QFont nameFont()
{
    return ReportStyle::font(7.5);
}

QFont boldNameFont()
{
    return ReportStyle::font(7.5, true);
}

} // namespace

GanttPrintLayout::GanttPrintLayout(const GanttData &data, GanttPrintOptions options, const QLocale &locale)
    : m_data(data)
    , m_options(std::move(options))
    , m_locale(locale)
{
    const QRectF full = m_options.pageLayout.fullRect(QPageLayout::Point);
    const QMarginsF margins = m_options.pageLayout.margins(QPageLayout::Point);
    m_width = full.width() * U;
    m_height = full.height() * U;
    m_rowHeight = 14 * U;
    m_headerHeight = 30 * U;
    m_scaleHeight = 26 * U;
    m_footerHeight = (m_options.legend ? 20 : 0) * U + 16 * U;

    // The date range: given, else the chart's dates with a little room either side.
    Minutes from = m_options.from;
    Minutes to = m_options.to;
    if (from == kNoTime)
        from = data.earliest() != kNoTime ? GanttScale::unitStart(GanttUnit::Day, data.earliest()) - 2 * kMinutesPerDay
                                          : toMinutes(m_options.printDate);
    if (to == kNoTime && data.latest() != kNoTime) {
        // Room after the last bar for its resource names.
        const Minutes span = std::max<Minutes>(data.latest() - from, kMinutesPerDay);
        to = GanttScale::unitStart(GanttUnit::Day, data.latest() + std::max<Minutes>(3 * kMinutesPerDay, span / 12));
    } else if (to == kNoTime) {
        to = from + 30 * kMinutesPerDay;
    }
    if (to <= from)
        to = from + kMinutesPerDay;
    m_from = from;
    m_to = to;

    const int rowCount = int(data.rows.size());
    if (m_options.singlePage) {
        m_options.mode = GanttPrintOptions::Mode::FitWidth;
        m_options.pagesWide = 1;
        m_height = (margins.top() + margins.bottom()) * U + m_headerHeight + m_scaleHeight
                   + std::max(rowCount, 1) * m_rowHeight + m_footerHeight;
    }
    m_content = QRectF(margins.left() * U, margins.top() * U, m_width - (margins.left() + margins.right()) * U,
                       m_height - (margins.top() + margins.bottom()) * U);

    // The name column: as wide as the longest indented name, within limits.
    const QFontMetricsF fm(boldNameFont());
    double widest = 0;
    for (const GanttRow &row : data.rows)
        widest = std::max(widest, row.level * 8 * U + fm.horizontalAdvance(row.name));
    m_nameWidth = std::clamp(widest + 12 * U, 110 * U, m_content.width() * 0.35);
    m_chartWidth = m_content.width() - m_nameWidth;

    const double days = double(m_to - m_from) / double(kMinutesPerDay);
    double pixelsPerDay = 0;
    GanttZoom zoom = GanttZoom::Day;
    if (m_options.mode == GanttPrintOptions::Mode::FitWidth) {
        m_across = std::clamp(m_options.pagesWide, 1, 100);
        pixelsPerDay = m_chartWidth * m_across / days;
        zoom = GanttScale::zoomForPixelsPerDay(pixelsPerDay, 17 * U);
    } else {
        zoom = m_options.posterZoom;
        pixelsPerDay = GanttScale::defaultPixelsPerDay(zoom) * 0.75 * U; // a screen pixel is 0.75 pt
        m_across = int(std::ceil(pixelsPerDay * days / m_chartWidth - 1e-9));
        if (m_across > 100) {
            m_across = 100;
            pixelsPerDay = m_chartWidth * m_across / days;
        }
        m_across = std::max(m_across, 1);
    }
    m_scale = GanttScale(zoom, m_from, pixelsPerDay);

    const double body = m_content.height() - m_headerHeight - m_scaleHeight - m_footerHeight;
    m_rowsPerPage = m_options.singlePage ? std::max(rowCount, 1) : std::max(1, int(std::floor(body / m_rowHeight)));
    m_down = std::max(1, (rowCount + m_rowsPerPage - 1) / m_rowsPerPage);
}

QPageLayout GanttPrintLayout::pageLayout() const
{
    const QPageSize size(QSizeF(m_width / U, m_height / U), QPageSize::Point, QString(), QPageSize::ExactMatch);
    if (!m_options.singlePage) {
        QPageLayout layout = m_options.pageLayout;
        layout.setMargins(QMarginsF(0, 0, 0, 0));
        return layout;
    }
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Point);
}

void GanttPrintLayout::paintNames(QPainter &painter, const QRectF &rect, int firstRow, int lastRow) const
{
    const QFont plain = nameFont();
    const QFont bold = boldNameFont();
    const QFontMetricsF fm(plain);
    const double pad = 4 * U;
    for (int r = firstRow; r < lastRow; ++r) {
        const GanttRow &row = m_data.rows[size_t(r)];
        const double top = rect.top() + (r - firstRow) * m_rowHeight;
        const bool summary = row.kind == GanttRow::Kind::Summary;
        painter.setFont(summary ? bold : plain);
        painter.setPen(ReportStyle::ink());
        const double x = rect.left() + pad + row.level * 8 * U;
        const QFontMetricsF m(summary ? bold : plain);
        const QString text = m.elidedText(row.name, Qt::ElideRight, rect.right() - x - pad);
        painter.drawText(QPointF(x, top + m_rowHeight / 2 + (fm.ascent() - fm.descent()) / 2), text);
    }
}

void GanttPrintLayout::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    const int band = index / m_across;
    const int column = index % m_across;
    const int firstRow = band * m_rowsPerPage;
    const int lastRow = std::min(int(m_data.rows.size()), firstRow + m_rowsPerPage);
    const double left = m_content.left();
    const double right = m_content.right();

    // Header: the project, and the dates this page shows.
    const QFont titleFont = ReportStyle::font(11, true);
    const QFont small = ReportStyle::font(7.5);
    const QFontMetricsF tm(titleFont);
    const QFontMetricsF sm(small);
    const Minutes pageFrom = m_scale.timeAt(column * m_chartWidth);
    const Minutes pageTo = std::min(m_to, m_scale.timeAt((column + 1) * m_chartWidth));
    const QString range = tr("%1 – %2").arg(GanttScale::formatDate(m_locale, toDate(pageFrom)),
                                            GanttScale::formatDate(m_locale, toDate(std::max(pageFrom, pageTo - 1))));
    const double titleBase = m_content.top() + tm.ascent();
    painter.setFont(small);
    painter.setPen(ReportStyle::muted());
    const double rangeWidth = sm.horizontalAdvance(range);
    painter.drawText(QPointF(right - rangeWidth, titleBase), range);
    painter.setFont(titleFont);
    painter.setPen(ReportStyle::accent());
    painter.drawText(QPointF(left, titleBase),
                     tm.elidedText(m_data.title.isEmpty() ? tr("Gantt chart") : m_data.title, Qt::ElideRight,
                                   right - left - rangeWidth - 20 * U));
    painter.setPen(QPen(ReportStyle::accent(), 0.8 * U));
    const double ruleY = titleBase + tm.descent() + 5 * U;
    painter.drawLine(QPointF(left, ruleY), QPointF(right, ruleY));

    // The chart: the name column, then this page's slice of the time line.
    const double scaleTop = m_content.top() + m_headerHeight;
    const double bodyTop = scaleTop + m_scaleHeight;
    const double bodyHeight = (lastRow - firstRow) * m_rowHeight;
    const double chartLeft = left + m_nameWidth;
    GanttPainter::Metrics metrics;
    metrics.font = ReportStyle::font(6.5);
    metrics.headerFont = ReportStyle::font(7);
    metrics.rowHeight = m_rowHeight;
    metrics.line = 0.5 * U;
    GanttPainter chart(m_scale, m_locale, metrics);
    chart.setCalendar(&m_data.calendar);
    chart.setToday(m_options.today);

    painter.save();
    const double scrollX = column * m_chartWidth;
    painter.translate(chartLeft - scrollX, 0);
    const QRectF body(scrollX, bodyTop, m_chartWidth, bodyHeight);
    painter.setClipRect(body);
    chart.paintGrid(painter, body);
    painter.setPen(QPen(QColor(0xee, 0xf1, 0xf5), 0.4 * U));
    for (int r = firstRow + 1; r < lastRow; ++r) {
        const double y = bodyTop + (r - firstRow) * m_rowHeight;
        painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    }
    chart.paintRows(painter, body, m_data, firstRow, lastRow, bodyTop);
    chart.paintToday(painter, body);
    const QRectF timeScale(scrollX, scaleTop, m_chartWidth, m_scaleHeight);
    painter.setClipRect(timeScale);
    chart.paintHeader(painter, timeScale);
    painter.restore();

    const QRectF names(left, bodyTop, m_nameWidth, bodyHeight);
    painter.fillRect(QRectF(left, scaleTop, m_nameWidth, m_scaleHeight), QColor(0xf3, 0xf6, 0xf9));
    painter.setPen(QPen(QColor(0xee, 0xf1, 0xf5), 0.4 * U));
    for (int r = firstRow + 1; r < lastRow; ++r) {
        const double y = bodyTop + (r - firstRow) * m_rowHeight;
        painter.drawLine(QPointF(left, y), QPointF(chartLeft, y));
    }
    painter.setFont(ReportStyle::font(7.5, true));
    painter.setPen(ReportStyle::ink());
    painter.drawText(QRectF(left + 4 * U, scaleTop, m_nameWidth - 8 * U, m_scaleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Task name"));
    paintNames(painter, names, firstRow, lastRow);
    painter.setPen(QPen(ReportStyle::rule(), 0.6 * U));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(left, scaleTop, right - left, m_scaleHeight + bodyHeight));
    painter.drawLine(QPointF(chartLeft, scaleTop), QPointF(chartLeft, bodyTop + bodyHeight));
    painter.drawLine(QPointF(left, bodyTop), QPointF(right, bodyTop));

    // Legend and footer at the foot of the page.
    const double footerTop = m_content.bottom() - m_footerHeight;
    if (m_options.legend) {
        GanttPainter::Metrics legendMetrics = metrics;
        legendMetrics.font = ReportStyle::font(7);
        GanttPainter legend(m_scale, m_locale, legendMetrics);
        legend.paintLegend(painter, QRectF(left, footerTop + 3 * U, right - left, 14 * U));
    }
    const double footRule = m_content.bottom() - 13 * U;
    painter.setPen(QPen(ReportStyle::rule(), 0.6 * U));
    painter.drawLine(QPointF(left, footRule), QPointF(right, footRule));
    painter.setFont(small);
    painter.setPen(ReportStyle::muted());
    const double footBase = footRule + 4 * U + sm.ascent();
    const QString page = tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    const QString printed = tr("Printed %1").arg(GanttScale::formatDate(m_locale, m_options.printDate));
    const double pageWidth = sm.horizontalAdvance(page);
    const double printedWidth = sm.horizontalAdvance(printed);
    painter.drawText(QPointF(left, footBase), sm.elidedText(m_data.title, Qt::ElideRight,
                                                            (right - left) / 2 - printedWidth / 2 - 10 * U));
    painter.drawText(QPointF((left + right) / 2 - printedWidth / 2, footBase), printed);
    painter.drawText(QPointF(right - pageWidth, footBase), page);
    painter.restore();
}

bool GanttPrintLayout::print(QPainter &painter, double dpi, int first, int last, const std::function<bool()> &newPage) const
{
    if (first <= 0 || last <= 0) {
        first = 1;
        last = pageCount();
    }
    first = std::max(first, 1);
    last = std::min(last, pageCount());
    const double s = dpi / (72.0 * U);
    for (int i = first - 1; i < last; ++i) {
        if (i > first - 1 && !newPage())
            return false;
        painter.save();
        painter.scale(s, s);
        paintPage(painter, i);
        painter.restore();
    }
    return true;
}

bool GanttPrintLayout::print(QPagedPaintDevice &device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    const bool ok = print(painter, device.logicalDpiX(), 0, 0, [&device] { return device.newPage(); });
    return painter.end() && ok;
}

QImage GanttPrintLayout::renderPage(int index, double dpi) const
{
    const double s = dpi / (72.0 * U);
    QImage image(int(std::ceil(m_width * s)), int(std::ceil(m_height * s)), QImage::Format_RGB32);
    if (image.isNull())
        return image;
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(s, s);
    paintPage(painter, index);
    painter.end();
    return image;
}

} // namespace Keel
