#pragma once
// GanttView: the painted Gantt chart beside the WBS tree-table.
//
// How it works. The chart holds no items. It takes the QTreeView that shows the task model
// (setTreeView) and, when painting, walks the tree's visible rows (indexAt, indexBelow and
// visualRect; uniform row heights), reads the roles of ui/ganttroles.h from column 0 of each and
// paints them through core/report's GanttPainter, the painter that also prints and exports. It
// shares the tree's model, selection model and vertical scroll bar (its own vertical bar stays
// hidden; the wheel scrolls the tree) and has its own horizontal scroll bar over the time line.
// Dependencies come from the host through setLinks(); only those touching visible rows are drawn.
//
// Editing is the host's business: a drag only emits a request, with the new date snapped to the
// zoom's unit (an hour, a day or a week) and a live preview while dragging; Esc cancels.
//   - drag a bar sideways          → taskMoveRequested(task, newStart)
//   - drag the right end of a bar  → taskFinishRequested(task, newFinish)
//   - drag from a bar onto another → linkRequested(predecessor, successor)   (finish-to-start)
// Ctrl+wheel (or zoomIn/zoomOut, Ctrl++ / Ctrl+-) zooms from hours to quarters around the pointer;
// Shift+wheel scrolls in time. Tooltips show a task's dates.
//
// setTreeView() raises the tree header's minimum height so that it matches the chart's two-tier
// time scale and the rows line up; put the two views side by side (a QSplitter) with equal tops.

#include "report/ganttdata.h"
#include "report/ganttscale.h"

#include <QAbstractScrollArea>
#include <QModelIndex>
#include <QPointer>

#include <vector>

class QTreeView;

namespace Keel {

class GanttPainter;

class GanttView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit GanttView(QWidget *parent = nullptr);
    ~GanttView() override;

    /// The tree whose model, visible rows, selection and vertical scrolling the chart follows.
    /// Call it after the tree has its model (and again if the tree gets another model).
    void setTreeView(QTreeView *tree);
    QTreeView *treeView() const { return m_tree; }

    /// The dependencies to draw (predecessor, successor, type).
    void setLinks(std::vector<GanttLink> links);
    const std::vector<GanttLink> &links() const { return m_links; }
    /// The project calendar: its non-working time is shaded. Default: Monday–Friday, 8–17.
    void setWorkCalendar(const WorkCalendar &calendar);
    /// Where the today line is drawn (default: now; kNoTime hides it).
    void setToday(Minutes today);
    Minutes today() const { return m_today; }

    GanttZoom zoom() const { return m_scale.zoom(); }
    void setZoom(GanttZoom zoom);
    const GanttScale &scale() const { return m_scale; }

    /// The bar of the task at @p index (any column) in viewport coordinates; empty when the row is
    /// not visible or has no dates.
    QRect barRect(const QModelIndex &index) const;
    /// The tree's visible rows as chart data (in display order, expanded rows only), with the
    /// links and calendar set here, for printing and export.
    GanttData chartData(const QString &title = {}) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    /// Scrolls the time line so that today is in view.
    void scrollToToday();
    /// Scrolls the tree to the task's row and the time line to its start.
    void scrollToTask(const Keel::Id &task);
    /// Scrolls the time line so that @p time is a little right of the left edge.
    void scrollToTime(Keel::Minutes time);

Q_SIGNALS:
    void taskMoveRequested(const Keel::Id &task, qint64 newStart);
    void taskFinishRequested(const Keel::Id &task, qint64 newFinish);
    void linkRequested(const Keel::Id &predecessor, const Keel::Id &successor);
    void zoomChanged(Keel::GanttZoom zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct VisibleRow
    {
        QModelIndex index;
        int top = 0;                  ///< viewport y of the row's top
        GanttRow row;
    };
    enum class DragMode { None, Pending, Move, Resize, Link };

    std::vector<VisibleRow> visibleRows() const;
    GanttRow rowOf(const QModelIndex &index) const;
    int rowHeight() const;
    int headerHeight() const;
    GanttPainter makePainter() const;
    /// The visible row at viewport y @p y, or -1 (index into @p rows).
    int rowAt(const std::vector<VisibleRow> &rows, int y) const;
    QModelIndex indexOfTask(const Id &task) const;
    void invalidateModel();
    void updateExtent() const;
    void extendExtent(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void updateScrollBars();
    void setZoomAt(GanttZoom zoom, int viewportX);
    void cancelDrag();
    QString toolTipFor(const GanttRow &row) const;
    void paintDragPreview(QPainter &painter, const GanttPainter &chart, const std::vector<VisibleRow> &rows) const;

    QPointer<QTreeView> m_tree;
    std::vector<QMetaObject::Connection> m_connections;
    std::vector<GanttLink> m_links;
    QHash<Id, std::vector<int>> m_linksOfTask;
    WorkCalendar m_calendar;
    Minutes m_today = kNoTime;
    GanttScale m_scale;

    // Derived from the model, rebuilt lazily after it changes.
    mutable bool m_extentValid = false;
    mutable Minutes m_first = kNoTime;
    mutable Minutes m_last = kNoTime;
    mutable bool m_indexValid = false;
    mutable QHash<Id, QPersistentModelIndex> m_indexOfTask;

    // The drag in progress.
    DragMode m_drag = DragMode::None;
    QPoint m_pressPos;
    QPoint m_mousePos;
    GanttRow m_dragRow;
    Minutes m_dragDelta = 0;
    Id m_linkTarget;
};

} // namespace Keel
