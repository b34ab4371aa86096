#include "ganttview.h"

#include "ganttroles.h"

#include "report/ganttpainter.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QTreeView>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

Minutes timeValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return kNoTime;
    bool ok = false;
    const qint64 m = v.toLongLong(&ok);
    return ok ? m : kNoTime;
}

/// Calls @p visit with column 0 of every row of @p model, expanded or not, depth first.
template<class Visit> void forEachRow(const QAbstractItemModel &model, Visit visit)
{
    std::vector<QModelIndex> stack{QModelIndex()};
    while (!stack.empty()) {
        const QModelIndex parent = stack.back();
        stack.pop_back();
        const int n = model.rowCount(parent);
        for (int r = 0; r < n; ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            visit(i);
            if (model.hasChildren(i))
                stack.push_back(i);
        }
    }
}

} // namespace

GanttView::GanttView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    m_today = toMinutes(QDateTime::currentDateTime());
    m_scale = GanttScale(GanttZoom::Day, 0, GanttScale::defaultPixelsPerDay(GanttZoom::Day));
    horizontalScrollBar()->setSingleStep(20);
}

GanttView::~GanttView() = default;

void GanttView::setTreeView(QTreeView *tree)
{
    for (const QMetaObject::Connection &c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_tree = tree;
    invalidateModel();
    if (!tree)
        return;
    if (!tree->uniformRowHeights()) {
        tree->setUniformRowHeights(true);
        tree->doItemsLayout();
    }
    const int twoTiers = 2 * (fontMetrics().height() + 6);
    if (tree->header()->minimumHeight() < twoTiers)
        tree->header()->setMinimumHeight(twoTiers);
    auto repaint = [this] { viewport()->update(); };
    auto reset = [this] {
        invalidateModel();
        updateScrollBars();
        viewport()->update();
    };
    m_connections.push_back(connect(tree->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint));
    // The time line and the task index cover every row, expanded or not: expanding and collapsing
    // only move rows. (QTreeView::expandAll() emits expanded() once per summary.)
    m_connections.push_back(connect(tree, &QTreeView::expanded, this, repaint));
    m_connections.push_back(connect(tree, &QTreeView::collapsed, this, repaint));
    if (QAbstractItemModel *model = tree->model()) {
        m_connections.push_back(connect(model, &QAbstractItemModel::dataChanged, this,
                                        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                            extendExtent(topLeft, bottomRight);
                                            viewport()->update();
                                        }));
        m_connections.push_back(connect(model, &QAbstractItemModel::modelReset, this, reset));
        m_connections.push_back(connect(model, &QAbstractItemModel::layoutChanged, this, reset));
        m_connections.push_back(connect(model, &QAbstractItemModel::rowsInserted, this, reset));
        m_connections.push_back(connect(model, &QAbstractItemModel::rowsRemoved, this, reset));
        m_connections.push_back(connect(model, &QAbstractItemModel::rowsMoved, this, reset));
    }
    if (QItemSelectionModel *selection = tree->selectionModel()) {
        m_connections.push_back(connect(selection, &QItemSelectionModel::selectionChanged, this, repaint));
        m_connections.push_back(connect(selection, &QItemSelectionModel::currentChanged, this, repaint));
    }
    updateScrollBars();
    viewport()->update();
}

void GanttView::setLinks(std::vector<GanttLink> links)
{
    m_links = std::move(links);
    m_linksOfTask.clear();
    m_linksOfTask.reserve(qsizetype(m_links.size()));
    for (size_t i = 0; i < m_links.size(); ++i) {
        m_linksOfTask[m_links[i].from].push_back(int(i));
        if (m_links[i].to != m_links[i].from)
            m_linksOfTask[m_links[i].to].push_back(int(i));
    }
    viewport()->update();
}

void GanttView::setWorkCalendar(const WorkCalendar &calendar)
{
    m_calendar = calendar;
    viewport()->update();
}

void GanttView::setToday(Minutes today)
{
    m_today = today;
    m_extentValid = false;
    updateScrollBars();
    viewport()->update();
}

void GanttView::setZoom(GanttZoom zoom)
{
    setZoomAt(zoom, viewport()->width() / 2);
}

void GanttView::zoomIn()
{
    setZoom(GanttScale::zoomIn(zoom()));
}

void GanttView::zoomOut()
{
    setZoom(GanttScale::zoomOut(zoom()));
}

void GanttView::setZoomAt(GanttZoom zoom, int viewportX)
{
    if (zoom == m_scale.zoom())
        return;
    const Minutes anchor = m_scale.timeAt(horizontalScrollBar()->value() + viewportX);
    m_scale = GanttScale(zoom, m_scale.origin(), GanttScale::defaultPixelsPerDay(zoom));
    updateScrollBars();
    horizontalScrollBar()->setValue(int(std::lround(m_scale.x(anchor))) - viewportX);
    viewport()->update();
    Q_EMIT zoomChanged(zoom);
}

void GanttView::scrollToToday()
{
    if (m_today != kNoTime)
        scrollToTime(m_today - 3 * kMinutesPerDay * (zoom() >= GanttZoom::Month ? 10 : 1));
}

void GanttView::scrollToTime(Minutes time)
{
    if (time == kNoTime)
        return;
    updateExtent();
    if (time < m_first) {
        m_first = GanttScale::unitStart(GanttUnit::Month, time);
        m_scale = GanttScale(m_scale.zoom(), m_first, m_scale.pixelsPerDay());
        updateScrollBars();
    }
    horizontalScrollBar()->setValue(int(std::lround(m_scale.x(time) - 2 * m_scale.width(m_scale.snapUnit()))));
}

void GanttView::scrollToTask(const Id &task)
{
    const QModelIndex index = indexOfTask(task);
    if (!index.isValid() || !m_tree)
        return;
    m_tree->scrollTo(index);
    const GanttRow row = rowOf(index);
    scrollToTime(row.start != kNoTime ? row.start : row.finish);
}

int GanttView::rowHeight() const
{
    if (m_tree && m_tree->model()) {
        const QModelIndex first = m_tree->model()->index(0, 0, m_tree->rootIndex());
        const int h = first.isValid() ? m_tree->visualRect(first).height() : 0;
        if (h > 0)
            return h;
    }
    return fontMetrics().height() + 8;
}

int GanttView::headerHeight() const
{
    if (m_tree && !m_tree->isHeaderHidden())
        return m_tree->header()->height();
    return 2 * (fontMetrics().height() + 6);
}

GanttRow GanttView::rowOf(const QModelIndex &index) const
{
    const QModelIndex i = index.siblingAtColumn(0);
    GanttRow row;
    row.id = i.data(TaskIdRole).value<Id>();
    row.name = i.data(Qt::DisplayRole).toString();
    row.start = timeValue(i.data(StartRole));
    row.finish = timeValue(i.data(FinishRole));
    row.baselineStart = timeValue(i.data(BaselineStartRole));
    row.baselineFinish = timeValue(i.data(BaselineFinishRole));
    row.deadline = timeValue(i.data(DeadlineRole));
    row.progress = std::clamp(i.data(ProgressRole).toInt(), 0, 100);
    switch (GanttBarKind(i.data(BarKindRole).toInt())) {
    case GanttBarKind::Summary: row.kind = GanttRow::Kind::Summary; break;
    case GanttBarKind::Milestone: row.kind = GanttRow::Kind::Milestone; break;
    case GanttBarKind::Task: row.kind = GanttRow::Kind::Task; break;
    }
    row.critical = i.data(CriticalRole).toBool();
    row.manual = i.data(ManualRole).toBool();
    row.resources = i.data(ResourceNamesRole).toString();
    for (QModelIndex p = i.parent(); p.isValid(); p = p.parent())
        ++row.level;
    return row;
}

std::vector<GanttView::VisibleRow> GanttView::visibleRows() const
{
    std::vector<VisibleRow> rows;
    if (!m_tree || !m_tree->model())
        return rows;
    const int offset = headerHeight();
    const int height = m_tree->viewport()->height();
    for (QModelIndex index = m_tree->indexAt(QPoint(0, 0)); index.isValid(); index = m_tree->indexBelow(index)) {
        const QRect r = m_tree->visualRect(index);
        if (r.top() >= height || r.top() + offset >= viewport()->height())
            break;
        rows.push_back({index.siblingAtColumn(0), r.top() + offset, rowOf(index)});
    }
    return rows;
}

int GanttView::rowAt(const std::vector<VisibleRow> &rows, int y) const
{
    const int h = rowHeight();
    for (size_t i = 0; i < rows.size(); ++i) {
        if (y >= rows[i].top && y < rows[i].top + h)
            return int(i);
    }
    return -1;
}

GanttPainter GanttView::makePainter() const
{
    GanttPainter::Metrics metrics;
    metrics.font = font();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    metrics.font = small;
    metrics.headerFont = font();
    metrics.rowHeight = rowHeight();
    metrics.line = 1;
    GanttPainter chart(m_scale, locale(), metrics);
    chart.setToday(m_today);
    return chart;
}

void GanttView::invalidateModel()
{
    m_extentValid = false;
    m_indexValid = false;
    m_indexOfTask.clear();
}

void GanttView::updateExtent() const
{
    if (m_extentValid)
        return;
    m_extentValid = true;
    Minutes first = kNoTime, last = kNoTime;
    const QAbstractItemModel *model = m_tree ? m_tree->model() : nullptr;
    if (model) {
        // Every row, expanded or not, so that expanding never has to widen the time line.
        forEachRow(*model, [&](const QModelIndex &i) {
            for (const Minutes t : {timeValue(i.data(StartRole)), timeValue(i.data(FinishRole)),
                                    timeValue(i.data(BaselineStartRole)), timeValue(i.data(BaselineFinishRole))}) {
                if (t == kNoTime)
                    continue;
                first = first == kNoTime ? t : std::min(first, t);
                last = last == kNoTime ? t : std::max(last, t);
            }
        });
    }
    if (first == kNoTime) {
        first = last = m_today != kNoTime ? m_today : toMinutes(QDateTime::currentDateTime());
    }
    if (m_today != kNoTime) {
        first = std::min(first, m_today);
        last = std::max(last, m_today);
    }
    const Minutes origin = GanttScale::unitStart(GanttUnit::Month, first) - 31 * kMinutesPerDay;
    m_first = std::min(origin, m_first == kNoTime ? origin : m_first);
    m_last = GanttScale::unitStart(GanttUnit::Month, last) + 92 * kMinutesPerDay;
}

void GanttView::extendExtent(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Widen the time line for the changed rows only: reading every row again on each edit would
    // cost a large project a visible pause.
    if (!m_extentValid || !topLeft.isValid())
        return;
    const QModelIndex parent = topLeft.parent();
    bool wider = false;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const QModelIndex i = topLeft.model()->index(r, 0, parent);
        for (const Minutes t : {timeValue(i.data(StartRole)), timeValue(i.data(FinishRole))}) {
            if (t == kNoTime)
                continue;
            if (t < m_first + 31 * kMinutesPerDay) {
                m_first = GanttScale::unitStart(GanttUnit::Month, t) - 31 * kMinutesPerDay;
                wider = true;
            }
            if (t > m_last - 92 * kMinutesPerDay) {
                m_last = GanttScale::unitStart(GanttUnit::Month, t) + 92 * kMinutesPerDay;
                wider = true;
            }
        }
    }
    if (wider)
        updateScrollBars();
}

void GanttView::updateScrollBars()
{
    updateExtent();
    if (m_scale.origin() != m_first) {
        const double shift = m_scale.x(m_first);
        m_scale = GanttScale(m_scale.zoom(), m_first, m_scale.pixelsPerDay());
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - int(std::lround(shift)));
    }
    const int total = int(std::min(m_scale.x(m_last), 2.0e9));
    QScrollBar *bar = horizontalScrollBar();
    bar->setRange(0, std::max(0, total - viewport()->width()));
    bar->setPageStep(viewport()->width());
}

QModelIndex GanttView::indexOfTask(const Id &task) const
{
    const QAbstractItemModel *model = m_tree ? m_tree->model() : nullptr;
    if (!model || task.isNull())
        return {};
    if (!m_indexValid) {
        m_indexValid = true;
        m_indexOfTask.clear();
        forEachRow(*model, [this](const QModelIndex &i) {
            m_indexOfTask.insert(i.data(TaskIdRole).value<Id>(), QPersistentModelIndex(i));
        });
    }
    return m_indexOfTask.value(task);
}

QRect GanttView::barRect(const QModelIndex &index) const
{
    const QModelIndex target = index.siblingAtColumn(0);
    const GanttPainter chart = makePainter();
    for (const VisibleRow &r : visibleRows()) {
        if (r.index == target) {
            const QRectF bar = chart.barRect(r.row, r.top);
            if (bar.isEmpty())
                return {};
            return bar.translated(-horizontalScrollBar()->value(), 0).toAlignedRect();
        }
    }
    return {};
}

GanttData GanttView::chartData(const QString &title) const
{
    GanttData data;
    data.title = title;
    data.calendar = m_calendar;
    if (m_tree && m_tree->model()) {
        for (QModelIndex i = m_tree->model()->index(0, 0, m_tree->rootIndex()); i.isValid(); i = m_tree->indexBelow(i))
            data.rows.push_back(rowOf(i));
    }
    data.buildIndex();
    for (const GanttLink &link : m_links) {
        if (data.rowOf(link.from) >= 0 && data.rowOf(link.to) >= 0)
            data.links.push_back(link);
    }
    data.buildIndex();
    return data;
}

void GanttView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const int header = headerHeight();
    const double scroll = horizontalScrollBar()->value();
    const QSize size = viewport()->size();
    GanttPainter chart = makePainter();
    chart.setCalendar(&m_calendar);
    const std::vector<VisibleRow> rows = visibleRows();
    const int h = rowHeight();

    painter.translate(-scroll, 0);
    const QRectF body(scroll, header, size.width(), size.height() - header);
    painter.save();
    painter.setClipRect(body);
    chart.paintGrid(painter, body);

    // Selected rows, as in the tree.
    if (m_tree && m_tree->selectionModel()) {
        QColor highlight = palette().color(QPalette::Highlight);
        highlight.setAlpha(45);
        for (const VisibleRow &r : rows) {
            if (m_tree->selectionModel()->isRowSelected(r.index.row(), r.index.parent()))
                painter.fillRect(QRectF(scroll, r.top, size.width(), h), highlight);
        }
    }

    // Links touching a visible row; the far end may lie outside the view (the clip cuts it).
    QHash<Id, int> visibleRow;
    for (size_t i = 0; i < rows.size(); ++i)
        visibleRow.insert(rows[i].row.id, int(i));
    std::vector<int> links;
    for (const VisibleRow &r : rows) {
        const auto it = m_linksOfTask.constFind(r.row.id);
        if (it != m_linksOfTask.cend())
            links.insert(links.end(), it->begin(), it->end());
    }
    std::sort(links.begin(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    for (const int li : links) {
        const GanttLink &link = m_links[size_t(li)];
        GanttRow ends[2];
        double tops[2] = {0, 0};
        bool ok = true;
        const Id ids[2] = {link.from, link.to};
        for (int e = 0; e < 2 && ok; ++e) {
            const int v = visibleRow.value(ids[e], -1);
            if (v >= 0) {
                ends[e] = rows[size_t(v)].row;
                tops[e] = rows[size_t(v)].top;
                continue;
            }
            const QModelIndex index = indexOfTask(ids[e]);
            const QRect rect = index.isValid() && m_tree ? m_tree->visualRect(index) : QRect();
            ok = rect.isValid();
            if (ok) {
                ends[e] = rowOf(index);
                tops[e] = rect.top() + header;
            }
        }
        if (ok)
            chart.paintLink(painter, ends[0], tops[0], ends[1], tops[1], link.type);
    }
    for (const VisibleRow &r : rows)
        chart.paintRow(painter, r.row, r.top);
    paintDragPreview(painter, chart, rows);
    chart.paintToday(painter, body);
    painter.restore();
    chart.paintHeader(painter, QRectF(scroll, 0, size.width(), header));
}

void GanttView::paintDragPreview(QPainter &painter, const GanttPainter &chart, const std::vector<VisibleRow> &rows) const
{
    if (m_drag != DragMode::Move && m_drag != DragMode::Resize && m_drag != DragMode::Link)
        return;
    const double scroll = horizontalScrollBar()->value();
    int source = -1;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].row.id == m_dragRow.id)
            source = int(i);
    }
    const QColor accent = palette().color(QPalette::Highlight);
    if (m_drag == DragMode::Link) {
        const QRectF from = source >= 0 ? chart.barRect(rows[size_t(source)].row, rows[size_t(source)].top) : QRectF();
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        for (const VisibleRow &r : rows) {
            if (!m_linkTarget.isNull() && r.row.id == m_linkTarget) {
                painter.setPen(QPen(accent, 2));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(chart.barRect(r.row, r.top).adjusted(-3, -3, 3, 3));
            }
        }
        if (!from.isEmpty()) {
            painter.setPen(QPen(accent, 1.5, Qt::DashLine));
            painter.drawLine(QPointF(from.right(), from.center().y()), QPointF(m_mousePos.x() + scroll, m_mousePos.y()));
        }
        painter.restore();
        return;
    }
    if (source < 0)
        return;
    GanttRow ghost = m_dragRow;
    if (m_drag == DragMode::Move) {
        ghost.start = m_dragRow.start != kNoTime ? m_dragRow.start + m_dragDelta : kNoTime;
        ghost.finish = m_dragRow.finish != kNoTime ? m_dragRow.finish + m_dragDelta : kNoTime;
    } else {
        ghost.finish = m_dragRow.finish + m_dragDelta;
    }
    ghost.baselineStart = ghost.baselineFinish = ghost.deadline = kNoTime;
    ghost.resources.clear();
    const double top = rows[size_t(source)].top;
    painter.save();
    painter.setOpacity(0.55);
    chart.paintRow(painter, ghost, top);
    painter.setOpacity(1);
    const QRectF bar = chart.barRect(ghost, top);
    painter.setPen(QPen(accent, 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(-1, -1, 1, 1));
    const QLocale loc = locale();
    const QString text = m_drag == DragMode::Move
                             ? tr("Start: %1").arg(loc.toString(toDateTime(ghost.start != kNoTime ? ghost.start : ghost.finish), QLocale::ShortFormat))
                             : tr("Finish: %1").arg(loc.toString(toDateTime(ghost.finish), QLocale::ShortFormat));
    const QFontMetrics fm(font());
    const QRectF label(bar.left(), top - fm.height() - 2, fm.horizontalAdvance(text) + 10, fm.height() + 2);
    painter.fillRect(label, palette().color(QPalette::ToolTipBase));
    painter.setPen(palette().color(QPalette::ToolTipText));
    painter.drawText(label, Qt::AlignCenter, text);
    painter.restore();
}

void GanttView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void GanttView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void GanttView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const std::vector<VisibleRow> rows = visibleRows();
    const int hit = rowAt(rows, event->position().toPoint().y());
    if (hit < 0) {
        cancelDrag();
        return;
    }
    const VisibleRow &row = rows[size_t(hit)];
    if (m_tree && m_tree->selectionModel()) {
        const auto flags = event->modifiers() & Qt::ControlModifier ? QItemSelectionModel::Toggle | QItemSelectionModel::Rows
                                                                     : QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
        m_tree->selectionModel()->setCurrentIndex(row.index, flags);
    }
    const GanttPainter chart = makePainter();
    const double scroll = horizontalScrollBar()->value();
    const QRectF bar = chart.barRect(row.row, row.top).translated(-scroll, 0);
    const QPointF p = event->position();
    if (bar.isEmpty() || !bar.adjusted(-3, -3, 3, 3).contains(p)) {
        cancelDrag();
        return;
    }
    m_dragRow = row.row;
    m_pressPos = p.toPoint();
    m_mousePos = m_pressPos;
    m_dragDelta = 0;
    m_linkTarget = Id();
    const bool nearEnd = row.row.kind == GanttRow::Kind::Task && row.row.finish != kNoTime && p.x() >= bar.right() - 5;
    m_drag = nearEnd ? DragMode::Resize : DragMode::Pending;
}

void GanttView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const std::vector<VisibleRow> rows = visibleRows();
    const GanttPainter chart = makePainter();
    const double scroll = horizontalScrollBar()->value();
    if (m_drag == DragMode::None) {
        const int hit = rowAt(rows, pos.y());
        Qt::CursorShape shape = Qt::ArrowCursor;
        if (hit >= 0) {
            const GanttRow &r = rows[size_t(hit)].row;
            const QRectF bar = chart.barRect(r, rows[size_t(hit)].top).translated(-scroll, 0);
            if (!bar.isEmpty() && bar.adjusted(-3, -3, 3, 3).contains(pos))
                shape = r.kind == GanttRow::Kind::Task && pos.x() >= bar.right() - 5 ? Qt::SizeHorCursor : Qt::SizeAllCursor;
        }
        viewport()->setCursor(shape);
        return;
    }
    m_mousePos = pos;
    if (m_drag == DragMode::Pending) {
        if ((pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_drag = DragMode::Move;
    }
    if (m_drag == DragMode::Move && std::abs(pos.y() - m_pressPos.y()) > rowHeight() * 3 / 4)
        m_drag = DragMode::Link;
    if (m_drag == DragMode::Link) {
        m_linkTarget = Id();
        const int hit = rowAt(rows, pos.y());
        if (hit >= 0 && rows[size_t(hit)].row.id != m_dragRow.id) {
            const QRectF bar = chart.barRect(rows[size_t(hit)].row, rows[size_t(hit)].top).translated(-scroll, 0);
            if (!bar.isEmpty() && pos.x() >= bar.left() - 6 && pos.x() <= bar.right() + 6)
                m_linkTarget = rows[size_t(hit)].row.id;
        }
    } else {
        const Minutes delta = m_scale.timeAt(pos.x() + scroll) - m_scale.timeAt(m_pressPos.x() + scroll);
        m_dragDelta = m_scale.snapDelta(delta);
        if (m_drag == DragMode::Resize && m_dragRow.start != kNoTime) {
            // A finish never moves before the start.
            const Minutes least = m_dragRow.start - m_dragRow.finish;
            while (m_dragDelta < least)
                m_dragDelta += m_scale.snapUnit();
        }
    }
    viewport()->update();
}

void GanttView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const DragMode mode = m_drag;
    const GanttRow row = m_dragRow;
    const Minutes delta = m_dragDelta;
    const Id target = m_linkTarget;
    cancelDrag();
    switch (mode) {
    case DragMode::Move:
        if (delta != 0)
            Q_EMIT taskMoveRequested(row.id, (row.start != kNoTime ? row.start : row.finish) + delta);
        break;
    case DragMode::Resize:
        if (delta != 0)
            Q_EMIT taskFinishRequested(row.id, row.finish + delta);
        break;
    case DragMode::Link:
        if (!target.isNull() && target != row.id)
            Q_EMIT linkRequested(row.id, target);
        break;
    case DragMode::None:
    case DragMode::Pending:
        break;
    }
}

void GanttView::cancelDrag()
{
    const bool repaint = m_drag != DragMode::None;
    m_drag = DragMode::None;
    m_dragDelta = 0;
    m_linkTarget = Id();
    if (repaint)
        viewport()->update();
}

void GanttView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drag != DragMode::None) {
        cancelDrag();
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
            zoomIn();
            return;
        }
        if (event->key() == Qt::Key_Minus) {
            zoomOut();
            return;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void GanttView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y();
        if (steps != 0)
            setZoomAt(steps > 0 ? GanttScale::zoomIn(zoom()) : GanttScale::zoomOut(zoom()), int(event->position().x()));
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier || event->angleDelta().x() != 0) {
        const int delta = event->angleDelta().x() != 0 ? event->angleDelta().x() : event->angleDelta().y();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta);
        event->accept();
        return;
    }
    if (m_tree) {
        QCoreApplication::sendEvent(m_tree->verticalScrollBar(), event);
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

QString GanttView::toolTipFor(const GanttRow &row) const
{
    const QLocale loc = locale();
    auto when = [&loc](Minutes m) { return loc.toString(toDateTime(m), QLocale::ShortFormat); };
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(row.name.toHtmlEscaped());
    if (row.kind == GanttRow::Kind::Milestone) {
        lines << tr("Milestone: %1").arg(when(row.finish != kNoTime ? row.finish : row.start));
    } else {
        if (row.start != kNoTime)
            lines << tr("Start: %1").arg(when(row.start));
        if (row.finish != kNoTime)
            lines << tr("Finish: %1").arg(when(row.finish));
    }
    lines << tr("%1% complete").arg(row.progress);
    if (row.baselineStart != kNoTime && row.baselineFinish != kNoTime)
        lines << tr("Baseline: %1 – %2").arg(when(row.baselineStart), when(row.baselineFinish));
    if (row.deadline != kNoTime)
        lines << tr("Deadline: %1").arg(when(row.deadline));
    if (row.critical)
        lines << tr("On the critical path");
    if (!row.resources.isEmpty())
        lines << row.resources.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

bool GanttView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const std::vector<VisibleRow> rows = visibleRows();
        const int hit = rowAt(rows, help->pos().y());
        if (hit >= 0) {
            const GanttPainter chart = makePainter();
            const QRectF bar = chart.barRect(rows[size_t(hit)].row, rows[size_t(hit)].top)
                                   .translated(-horizontalScrollBar()->value(), 0);
            if (!bar.isEmpty() && bar.adjusted(-3, -3, 3, 3).contains(help->pos())) {
                QToolTip::showText(help->globalPos(), toolTipFor(rows[size_t(hit)].row), viewport());
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Keel
