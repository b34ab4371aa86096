#include "ganttpainter.h"

#include "reportstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Gantt", text);
}

QColor ink()
{
    return ReportStyle::ink();
}

QColor muted()
{
    return ReportStyle::muted();
}

QColor headerFill()
{
    return QColor(0xf3, 0xf6, 0xf9);
}

QColor majorLine()
{
    return ReportStyle::rule();
}

QColor minorLine()
{
    return QColor(0xe6, 0xea, 0xf0);
}

QColor deadlineColor(bool missed)
{
    return missed ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32);
}

} // namespace

GanttPainter::GanttPainter(const GanttScale &scale, const QLocale &locale, Metrics metrics)
    : m_scale(scale)
    , m_locale(locale)
    , m_metrics(std::move(metrics))
{
}

QColor GanttPainter::barColor(bool critical)
{
    return critical ? QColor(0xe5, 0x73, 0x73) : QColor(0x64, 0x9c, 0xd6);
}

QColor GanttPainter::progressColor(bool critical)
{
    return critical ? QColor(0x9a, 0x1b, 0x1b) : QColor(0x1f, 0x4e, 0x79);
}

QColor GanttPainter::summaryColor()
{
    return QColor(0x37, 0x47, 0x4f);
}

QColor GanttPainter::baselineColor()
{
    return QColor(0xa7, 0xb1, 0xbc);
}

QColor GanttPainter::nonWorkingColor()
{
    return QColor(0xee, 0xf1, 0xf5);
}

QColor GanttPainter::todayColor()
{
    return QColor(0xe6, 0x7e, 0x22);
}

QColor GanttPainter::linkColor()
{
    return QColor(0x54, 0x63, 0x70);
}

void GanttPainter::paintHeader(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(area, headerFill());
    const double mid = area.top() + std::round(area.height() / 2);
    const Minutes from = m_scale.timeAt(area.left()) - 1;
    const Minutes to = m_scale.timeAt(area.right()) + 1;
    painter.setFont(m_metrics.headerFont);
    const QFontMetricsF fm(m_metrics.headerFont);
    const double pad = fm.averageCharWidth() * 0.6;
    QPen line(majorLine(), m_metrics.line);
    painter.setPen(line);
    painter.drawLine(QPointF(area.left(), mid), QPointF(area.right(), mid));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));

    for (const bool major : {true, false}) {
        const QRectF band = major ? QRectF(area.left(), area.top(), area.width(), mid - area.top())
                                  : QRectF(area.left(), mid, area.width(), area.bottom() - mid);
        for (const GanttScale::Tick &tick : m_scale.ticks(major, from, to, m_locale)) {
            const double x0 = m_scale.x(tick.start);
            const double x1 = m_scale.x(tick.end);
            painter.setPen(line);
            if (x0 >= area.left())
                painter.drawLine(QPointF(x0, band.top()), QPointF(x0, band.bottom()));
            painter.setPen(major ? ink() : muted());
            if (major) {
                // The label stays in view while its tick is partly scrolled off.
                const double left = std::max(x0, area.left()) + pad;
                const double right = std::min(x1, area.right()) - pad;
                if (right - left < fm.averageCharWidth() * 2)
                    continue;
                const QString text = fm.elidedText(tick.label, Qt::ElideRight, right - left);
                painter.drawText(QRectF(left, band.top(), right - left, band.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
            } else {
                const double w = x1 - x0;
                if (fm.horizontalAdvance(tick.label) + pad > w)
                    continue;
                painter.drawText(QRectF(x0, band.top(), w, band.height()), Qt::AlignCenter, tick.label);
            }
        }
    }
    painter.restore();
}

void GanttPainter::paintGrid(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(area, Qt::white);
    paintNonWorking(painter, area);
    const Minutes from = m_scale.timeAt(area.left()) - 1;
    const Minutes to = m_scale.timeAt(area.right()) + 1;
    const GanttUnit minor = GanttScale::minorUnit(m_scale.zoom());
    const bool drawMinor = m_scale.width(GanttScale::nextUnit(minor, 0) - GanttScale::unitStart(minor, 0)) >= 6 * m_metrics.line;
    for (const bool major : {false, true}) {
        if (!major && !drawMinor)
            continue;
        painter.setPen(QPen(major ? majorLine() : minorLine(), m_metrics.line));
        const GanttUnit unit = major ? GanttScale::majorUnit(m_scale.zoom()) : minor;
        for (Minutes t = GanttScale::unitStart(unit, from, m_locale.firstDayOfWeek()); t < to; t = GanttScale::nextUnit(unit, t)) {
            const double x = m_scale.x(t);
            if (x >= area.left())
                painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        }
    }
    painter.restore();
}

void GanttPainter::paintNonWorking(QPainter &painter, const QRectF &area) const
{
    const double dayWidth = m_scale.pixelsPerDay();
    if (dayWidth < 4 * m_metrics.line)
        return;
    const WorkCalendar &cal = m_calendar ? *m_calendar : m_standard;
    const qint64 firstDay = qint64(std::floor(double(m_scale.timeAt(area.left())) / double(kMinutesPerDay)));
    const qint64 lastDay = qint64(std::floor(double(m_scale.timeAt(area.right())) / double(kMinutesPerDay)));
    const QColor fill = nonWorkingColor();
    const bool hours = dayWidth >= 24 * 6 * m_metrics.line;
    qint64 runStart = -1;
    auto flush = [&](qint64 endDay) {
        if (runStart < 0)
            return;
        const double x0 = m_scale.x(runStart * kMinutesPerDay);
        const double x1 = m_scale.x(endDay * kMinutesPerDay);
        painter.fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), fill);
        runStart = -1;
    };
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        const bool off = cal.workOnDay(day) == 0;
        if (off) {
            if (runStart < 0)
                runStart = day;
            continue;
        }
        flush(day);
        if (!hours)
            continue;
        // Zoomed to hours: shade the gaps between the working periods of a working day.
        int minute = 0;
        const Minutes base = day * kMinutesPerDay;
        QList<TimeInterval> periods = cal.intervalsOnDay(day);
        periods.append(TimeInterval{int(kMinutesPerDay), int(kMinutesPerDay)});
        for (const TimeInterval &p : periods) {
            if (p.start > minute) {
                const double x0 = m_scale.x(base + minute);
                const double x1 = m_scale.x(base + p.start);
                painter.fillRect(QRectF(x0, area.top(), x1 - x0, area.height()), fill);
            }
            minute = std::max(minute, p.end);
        }
    }
    flush(lastDay + 1);
}

void GanttPainter::paintToday(QPainter &painter, const QRectF &area) const
{
    if (m_today == kNoTime)
        return;
    const double x = m_scale.x(m_today);
    if (x < area.left() || x > area.right())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(todayColor(), 2 * m_metrics.line));
    painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    painter.restore();
}

QRectF GanttPainter::barRect(const GanttRow &row, double top) const
{
    const Minutes start = row.start != kNoTime ? row.start : row.finish;
    const Minutes finish = row.finish != kNoTime ? row.finish : row.start;
    if (start == kNoTime)
        return {};
    const double h = m_metrics.rowHeight;
    if (row.kind == GanttRow::Kind::Milestone) {
        const double half = h * 0.3;
        const double x = m_scale.x(finish);
        const double cy = barTop(top) + barHeight() / 2;
        return QRectF(x - half, cy - half, 2 * half, 2 * half);
    }
    const double x0 = m_scale.x(start);
    const double x1 = std::max(m_scale.x(finish), x0 + 2 * m_metrics.line);
    if (row.kind == GanttRow::Kind::Summary)
        return QRectF(x0, top + h * 0.24, x1 - x0, h * 0.34);
    return QRectF(x0, barTop(top), x1 - x0, barHeight());
}

void GanttPainter::paintDiamond(QPainter &painter, const QPointF &center, double half, const QColor &color) const
{
    const QPointF points[4] = {{center.x(), center.y() - half},
                               {center.x() + half, center.y()},
                               {center.x(), center.y() + half},
                               {center.x() - half, center.y()}};
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawConvexPolygon(points, 4);
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void GanttPainter::paintSummary(QPainter &painter, const QRectF &bar) const
{
    const double thick = bar.height() * 0.55;
    const double tip = std::min(bar.height() * 0.5, bar.width() / 2);
    QPainterPath path;
    path.moveTo(bar.left(), bar.top());
    path.lineTo(bar.right(), bar.top());
    path.lineTo(bar.right(), bar.bottom());
    path.lineTo(bar.right() - tip, bar.top() + thick);
    path.lineTo(bar.left() + tip, bar.top() + thick);
    path.lineTo(bar.left(), bar.bottom());
    path.closeSubpath();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(Qt::NoPen);
    painter.setBrush(summaryColor());
    painter.drawPath(path);
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void GanttPainter::paintDeadline(QPainter &painter, double x, double top, bool missed) const
{
    const double h = m_metrics.rowHeight;
    const double half = h * 0.16;
    const double y = top + h * 0.06;
    const QPointF points[3] = {{x - half, y}, {x + half, y}, {x, y + half * 1.4}};
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(deadlineColor(missed), m_metrics.line));
    painter.drawLine(QPointF(x, y), QPointF(x, top + h * 0.9));
    painter.setPen(Qt::NoPen);
    painter.setBrush(deadlineColor(missed));
    painter.drawConvexPolygon(points, 3);
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void GanttPainter::paintRow(QPainter &painter, const GanttRow &row, double top) const
{
    const double h = m_metrics.rowHeight;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    // Baseline under the bar.
    if (row.baselineStart != kNoTime && row.baselineFinish != kNoTime) {
        const double bx0 = m_scale.x(row.baselineStart);
        const double bx1 = m_scale.x(row.baselineFinish);
        if (row.kind == GanttRow::Kind::Milestone || bx1 - bx0 < m_metrics.line)
            paintDiamond(painter, QPointF(bx1, top + h * 0.76), h * 0.1, baselineColor());
        else
            painter.fillRect(QRectF(bx0, top + h * 0.7, bx1 - bx0, h * 0.13), baselineColor());
    }
    const QRectF bar = barRect(row, top);
    if (!bar.isEmpty()) {
        switch (row.kind) {
        case GanttRow::Kind::Milestone:
            paintDiamond(painter, bar.center(), bar.width() / 2,
                         row.critical ? progressColor(true) : summaryColor());
            break;
        case GanttRow::Kind::Summary:
            paintSummary(painter, bar);
            break;
        case GanttRow::Kind::Task: {
            const QColor fill = barColor(row.critical);
            painter.fillRect(bar, row.manual ? fill.lighter(125) : fill);
            if (row.progress > 0) {
                const double w = bar.width() * std::min(row.progress, 100) / 100.0;
                painter.fillRect(QRectF(bar.left(), bar.top() + bar.height() * 0.3, w, bar.height() * 0.4),
                                 progressColor(row.critical));
            }
            QPen border(fill.darker(140), m_metrics.line);
            if (row.manual)
                border.setStyle(Qt::DashLine);
            painter.setPen(border);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(bar);
            break;
        }
        }
    }
    if (row.deadline != kNoTime)
        paintDeadline(painter, m_scale.x(row.deadline), top, row.finish != kNoTime && row.finish > row.deadline);
    if (!row.resources.isEmpty() && !bar.isEmpty()) {
        painter.setFont(m_metrics.font);
        painter.setPen(muted());
        const QFontMetricsF fm(m_metrics.font);
        const double x = bar.right() + fm.averageCharWidth() * 0.8;
        const double y = bar.center().y() + (fm.ascent() - fm.descent()) / 2;
        painter.drawText(QPointF(x, y), row.resources);
    }
    painter.restore();
}

void GanttPainter::paintArrowHead(QPainter &painter, const QPointF &tip, int direction) const
{
    const double len = m_metrics.rowHeight * 0.2;
    const double half = len * 0.6;
    const QPointF points[3] = {tip, {tip.x() - direction * len, tip.y() - half}, {tip.x() - direction * len, tip.y() + half}};
    painter.drawConvexPolygon(points, 3);
}

void GanttPainter::paintLink(QPainter &painter, const GanttRow &from, double fromTop, const GanttRow &to, double toTop,
                             DependencyType type) const
{
    const QRectF a = barRect(from, fromTop);
    const QRectF b = barRect(to, toTop);
    if (a.isEmpty() || b.isEmpty() || &from == &to)
        return;
    const bool fromFinish = type == DependencyType::FinishStart || type == DependencyType::FinishFinish;
    const bool toStart = type == DependencyType::FinishStart || type == DependencyType::StartStart;
    const int exitDir = fromFinish ? 1 : -1;
    const int entryDir = toStart ? 1 : -1; // the arrow points right into a start, left into a finish
    const QPointF p1(fromFinish ? a.right() : a.left(), a.center().y());
    const QPointF p2(toStart ? b.left() : b.right(), b.center().y());
    const double gap = m_metrics.rowHeight * 0.4;
    const double ax = p1.x() + exitDir * gap;
    const double bx = p2.x() - entryDir * gap - entryDir * m_metrics.rowHeight * 0.2;

    QPainterPath path(p1);
    path.lineTo(ax, p1.y());
    if (exitDir != entryDir) {
        const double xv = exitDir < 0 ? std::min(ax, bx) : std::max(ax, bx);
        path.lineTo(xv, p1.y());
        path.lineTo(xv, p2.y());
    } else if ((exitDir > 0 && bx >= ax) || (exitDir < 0 && bx <= ax)) {
        path.lineTo(ax, p2.y());
    } else {
        // Doubling back: run along the boundary of the successor's row.
        const double h = m_metrics.rowHeight;
        const double yb = toTop > fromTop ? toTop : toTop + h;
        path.lineTo(ax, yb);
        path.lineTo(bx, yb);
        path.lineTo(bx, p2.y());
    }
    path.lineTo(p2);

    const QColor color = from.critical && to.critical ? progressColor(true) : linkColor();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(color, m_metrics.line));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    paintArrowHead(painter, p2, entryDir);
    painter.restore();
}

void GanttPainter::paintRows(QPainter &painter, const QRectF &area, const GanttData &data, int first, int last,
                             double top) const
{
    first = std::max(first, 0);
    last = std::min(last, int(data.rows.size()));
    if (first >= last)
        return;
    const double h = m_metrics.rowHeight;
    std::vector<int> links;
    for (int r = first; r < last; ++r) {
        const std::vector<int> &ofRow = data.linksOfRow(r);
        links.insert(links.end(), ofRow.begin(), ofRow.end());
    }
    const std::vector<int> across = data.linksAcross(first, last);
    links.insert(links.end(), across.begin(), across.end());
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    for (const int i : links) {
        const GanttLink &link = data.links[size_t(i)];
        const int f = data.rowOf(link.from);
        const int t = data.rowOf(link.to);
        if (f < 0 || t < 0)
            continue;
        paintLink(painter, data.rows[size_t(f)], top + (f - first) * h, data.rows[size_t(t)], top + (t - first) * h, link.type);
    }
    const Minutes visibleFrom = m_scale.timeAt(area.left());
    for (int r = first; r < last; ++r) {
        const GanttRow &row = data.rows[size_t(r)];
        // A bar that ends left of the view shows only its resource names, if they reach in.
        if (row.finish != kNoTime && row.finish < visibleFrom && row.resources.isEmpty()
            && (row.deadline == kNoTime || row.deadline < visibleFrom))
            continue;
        paintRow(painter, row, top + (r - first) * h);
    }
}

void GanttPainter::paintSample(QPainter &painter, Sample sample, const QRectF &box) const
{
    const double h = m_metrics.rowHeight;
    const double top = box.center().y() - h / 2;
    const double cy = box.center().y();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRectF bar(box.left(), cy - barHeight() / 2, box.width(), barHeight());
    switch (sample) {
    case Sample::Task:
    case Sample::Critical: {
        const bool critical = sample == Sample::Critical;
        painter.fillRect(bar, barColor(critical));
        painter.setPen(QPen(barColor(critical).darker(140), m_metrics.line));
        painter.drawRect(bar);
        break;
    }
    case Sample::Progress:
        painter.fillRect(bar, barColor(false));
        painter.fillRect(QRectF(bar.left(), bar.top() + bar.height() * 0.3, bar.width() * 0.6, bar.height() * 0.4),
                         progressColor(false));
        painter.setPen(QPen(barColor(false).darker(140), m_metrics.line));
        painter.drawRect(bar);
        break;
    case Sample::Summary:
        paintSummary(painter, QRectF(box.left(), cy - h * 0.17, box.width(), h * 0.34));
        break;
    case Sample::Milestone:
        paintDiamond(painter, box.center(), h * 0.3, summaryColor());
        break;
    case Sample::Baseline:
        painter.fillRect(QRectF(box.left(), cy - h * 0.07, box.width(), h * 0.13), baselineColor());
        break;
    case Sample::Today:
        painter.setPen(QPen(todayColor(), 2 * m_metrics.line));
        painter.drawLine(QPointF(box.center().x(), top + h * 0.1), QPointF(box.center().x(), top + h * 0.9));
        break;
    case Sample::Deadline:
        paintDeadline(painter, box.center().x(), top, false);
        break;
    case Sample::NonWorking:
        painter.fillRect(QRectF(box.left(), top + h * 0.1, box.width(), h * 0.8), nonWorkingColor());
        painter.setPen(QPen(majorLine(), m_metrics.line));
        painter.drawRect(QRectF(box.left(), top + h * 0.1, box.width(), h * 0.8));
        break;
    }
    painter.restore();
}

void GanttPainter::paintLegend(QPainter &painter, const QRectF &rect) const
{
    const std::pair<Sample, QString> items[] = {
        {Sample::Task, tr("Task")},
        {Sample::Critical, tr("Critical task")},
        {Sample::Progress, tr("Progress")},
        {Sample::Summary, tr("Summary")},
        {Sample::Milestone, tr("Milestone")},
        {Sample::Baseline, tr("Baseline")},
        {Sample::Deadline, tr("Deadline")},
        {Sample::Today, tr("Today")},
        {Sample::NonWorking, tr("Non-working time")},
    };
    painter.save();
    painter.setFont(m_metrics.font);
    const QFontMetricsF fm(m_metrics.font);
    const double sampleWidth = m_metrics.rowHeight * 1.4;
    const double space = fm.averageCharWidth();
    double x = rect.left();
    for (const auto &[sample, text] : items) {
        const double w = sampleWidth + space + fm.horizontalAdvance(text);
        if (x + w > rect.right())
            break;
        paintSample(painter, sample, QRectF(x, rect.center().y() - m_metrics.rowHeight / 2, sampleWidth, m_metrics.rowHeight));
        painter.setPen(ink());
        painter.drawText(QPointF(x + sampleWidth + space, rect.center().y() + (fm.ascent() - fm.descent()) / 2), text);
        x += w + space * 3;
    }
    painter.restore();
}

} // namespace Keel
