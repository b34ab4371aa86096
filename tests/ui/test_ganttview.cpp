// The Gantt chart beside a tree: rows follow the tree, drags emit requests, zoom, printing.

#include <catch2/catch.hpp>

#include <ui/ganttprintdialog.h>
#include <ui/ganttroles.h>
#include <ui/ganttview.h>

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

using namespace Keel;

namespace {

Minutes at(int month, int day, int hour)
{
    return toMinutes(QDate(2026, month, day), hour * 60);
}

QStandardItem *taskItem(const QString &name, Minutes start, Minutes finish, GanttBarKind kind = GanttBarKind::Task)
{
    auto *item = new QStandardItem(name);
    item->setData(QVariant::fromValue(QUuid::createUuid()), TaskIdRole);
    item->setData(qint64(start), StartRole);
    item->setData(qint64(finish), FinishRole);
    item->setData(qint64(start - 24 * 60), BaselineStartRole);
    item->setData(qint64(finish - 24 * 60), BaselineFinishRole);
    item->setData(30, ProgressRole);
    item->setData(int(kind), BarKindRole);
    item->setData(false, CriticalRole);
    item->setData(false, ManualRole);
    item->setData(qint64(kNoTime), DeadlineRole);
    item->setData(QStringLiteral("Ana"), ResourceNamesRole);
    return item;
}

Id idOf(const QModelIndex &index)
{
    return index.data(TaskIdRole).value<Id>();
}

/// A tree and a chart side by side over a small plan: a summary with three children (the last a
/// milestone), a top-level task and forty more tasks to scroll through.
struct Fixture
{
    QWidget window;
    QStandardItemModel model;
    QTreeView *tree = new QTreeView;
    GanttView *gantt = new GanttView;

    Fixture()
    {
        model.setHorizontalHeaderLabels({QStringLiteral("Task")});
        QStandardItem *phase = taskItem(QStringLiteral("Phase 1"), at(3, 2, 8), at(3, 11, 17), GanttBarKind::Summary);
        phase->appendRow(taskItem(QStringLiteral("Design"), at(3, 2, 8), at(3, 4, 17)));
        phase->appendRow(taskItem(QStringLiteral("Build"), at(3, 5, 8), at(3, 11, 17)));
        phase->appendRow(taskItem(QStringLiteral("Review"), at(3, 11, 17), at(3, 11, 17), GanttBarKind::Milestone));
        model.appendRow(phase);
        model.appendRow(taskItem(QStringLiteral("Launch"), at(3, 16, 8), at(3, 18, 17)));
        for (int i = 0; i < 40; ++i)
            model.appendRow(taskItem(QStringLiteral("Follow-up %1").arg(i + 1), at(3, 19 + i % 10, 8), at(3, 20 + i % 10, 17)));
        tree->setModel(&model);
        tree->expandAll();
        auto *layout = new QHBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(tree);
        layout->addWidget(gantt, 3);
        window.resize(1400, 500);
        gantt->setTreeView(tree);
        gantt->setToday(at(3, 9, 12));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        gantt->scrollToTime(at(3, 1, 0));
    }

    QModelIndex phase() const { return model.index(0, 0); }
    QModelIndex child(int row) const { return model.index(row, 0, phase()); }
    QModelIndex top(int row) const { return model.index(row, 0); }

    /// Presses at @p from, moves in steps to @p to, releases there.
    void drag(QPoint from, QPoint to)
    {
        QWidget *vp = gantt->viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 6; ++step)
            QTest::mouseMove(vp, from + (to - from) * step / 6);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, to);
    }
};

} // namespace

TEST_CASE("the chart's rows line up with the tree's and follow its scrolling", "[gantt][ui]")
{
    Fixture f;
    const QModelIndex design = f.child(0);
    const QRect bar = f.gantt->barRect(design);
    REQUIRE(!bar.isEmpty());
    const QRect row = f.tree->visualRect(design);
    const int rowTop = f.tree->viewport()->mapToGlobal(row.topLeft()).y();
    const int barTop = f.gantt->viewport()->mapToGlobal(bar.topLeft()).y();
    CHECK(barTop > rowTop);
    CHECK(barTop + bar.height() < rowTop + row.height());

    // The milestone sits on its date; the summary spans its children.
    const QRect milestone = f.gantt->barRect(f.child(2));
    CHECK(std::abs(milestone.center().x() - f.gantt->barRect(f.child(1)).right()) <= 2);
    CHECK(std::abs(f.gantt->barRect(f.phase()).left() - bar.left()) <= 1);

    // Scrolling the tree scrolls the chart.
    f.tree->verticalScrollBar()->setValue(f.tree->verticalScrollBar()->maximum());
    QCoreApplication::processEvents();
    CHECK(f.gantt->barRect(design).isEmpty());
    const QModelIndex last = f.top(f.model.rowCount() - 1);
    const QRect lastBar = f.gantt->barRect(last);
    REQUIRE(!lastBar.isEmpty());
    const int lastTop = f.tree->viewport()->mapToGlobal(f.tree->visualRect(last).topLeft()).y();
    CHECK(f.gantt->viewport()->mapToGlobal(lastBar.topLeft()).y() > lastTop);

    // Collapsing the summary hides its children in the chart too.
    f.tree->verticalScrollBar()->setValue(0);
    f.tree->collapse(f.phase());
    QCoreApplication::processEvents();
    CHECK(f.gantt->barRect(design).isEmpty());
    CHECK(f.gantt->chartData().rows.size() == size_t(f.model.rowCount()));
}

TEST_CASE("dragging from one bar to another requests a link", "[gantt][ui]")
{
    Fixture f;
    QSignalSpy links(f.gantt, &GanttView::linkRequested);
    QSignalSpy moves(f.gantt, &GanttView::taskMoveRequested);
    const QModelIndex design = f.child(0);
    const QModelIndex launch = f.top(1);
    const QRect from = f.gantt->barRect(design);
    const QRect to = f.gantt->barRect(launch);
    REQUIRE(!from.isEmpty());
    REQUIRE(!to.isEmpty());
    f.drag(from.center(), to.center());
    REQUIRE(links.count() == 1);
    CHECK(links.at(0).at(0).value<Id>() == idOf(design));
    CHECK(links.at(0).at(1).value<Id>() == idOf(launch));
    CHECK(moves.isEmpty());

    // Dropping on empty space requests nothing.
    f.drag(from.center(), QPoint(to.right() + 300, to.center().y()));
    CHECK(links.count() == 1);
    // Clicking a bar selects its row in the tree.
    CHECK(f.tree->selectionModel()->isRowSelected(design.row(), design.parent()));
}

TEST_CASE("dragging a bar requests a move, its end a new finish, snapped to the zoom's unit", "[gantt][ui]")
{
    Fixture f;
    QSignalSpy moves(f.gantt, &GanttView::taskMoveRequested);
    QSignalSpy finishes(f.gantt, &GanttView::taskFinishRequested);
    const QModelIndex build = f.child(1);
    const QRect bar = f.gantt->barRect(build);
    const double day = f.gantt->scale().pixelsPerDay();
    REQUIRE(f.gantt->zoom() == GanttZoom::Day);

    // Three days and a bit to the right: snapped to three days.
    f.drag(bar.center(), bar.center() + QPoint(int(3.2 * day), 2));
    REQUIRE(moves.count() == 1);
    CHECK(moves.at(0).at(0).value<Id>() == idOf(build));
    CHECK(moves.at(0).at(1).toLongLong() == at(3, 5, 8) + 3 * kMinutesPerDay);

    // The right end: the finish moves by two days.
    const QModelIndex design = f.child(0);
    const QRect designBar = f.gantt->barRect(design);
    const QPoint end(designBar.right() - 1, designBar.center().y());
    f.drag(end, end + QPoint(int(2 * day), 0));
    REQUIRE(finishes.count() == 1);
    CHECK(finishes.at(0).at(0).value<Id>() == idOf(design));
    CHECK(finishes.at(0).at(1).toLongLong() == at(3, 4, 17) + 2 * kMinutesPerDay);
    CHECK(moves.count() == 1);

    // Escape cancels a drag in progress.
    QWidget *vp = f.gantt->viewport();
    QTest::mousePress(vp, Qt::LeftButton, {}, bar.center());
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(vp, bar.center() + QPoint(int(step * day), 0));
    QTest::keyClick(f.gantt, Qt::Key_Escape);
    QTest::mouseRelease(vp, Qt::LeftButton, {}, bar.center() + QPoint(int(4 * day), 0));
    CHECK(moves.count() == 1);
    CHECK(finishes.count() == 1);
}

TEST_CASE("zooming changes the time scale", "[gantt][ui]")
{
    Fixture f;
    QSignalSpy zooms(f.gantt, &GanttView::zoomChanged);
    const double dayWidth = f.gantt->scale().pixelsPerDay();
    const int before = f.gantt->barRect(f.child(1)).width();
    f.gantt->zoomIn();
    CHECK(f.gantt->zoom() == GanttZoom::Hour);
    CHECK(f.gantt->scale().pixelsPerDay() > dayWidth);
    f.gantt->zoomOut();
    f.gantt->zoomOut();
    CHECK(f.gantt->zoom() == GanttZoom::Week);
    CHECK(f.gantt->scale().pixelsPerDay() < dayWidth);
    f.gantt->scrollToTask(idOf(f.child(1)));
    CHECK(f.gantt->barRect(f.child(1)).width() < before);

    // Ctrl+wheel zooms out and in around the pointer.
    const QPointF pos(300, 200);
    QWheelEvent out(pos, f.gantt->viewport()->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton,
                    Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f.gantt->viewport(), &out);
    CHECK(f.gantt->zoom() == GanttZoom::Month);
    QWheelEvent in(pos, f.gantt->viewport()->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(f.gantt->viewport(), &in);
    CHECK(f.gantt->zoom() == GanttZoom::Week);
    CHECK(zooms.count() == 5);
    for (const GanttZoom z : {GanttZoom::Hour, GanttZoom::Quarter}) {
        f.gantt->setZoom(z);
        f.gantt->scrollToToday();
        CHECK(!f.gantt->grab().isNull());
    }
}

TEST_CASE("the chart prints to a PDF file through the print dialog", "[gantt][ui]")
{
    Fixture f;
    f.gantt->setLinks({{idOf(f.child(0)), idOf(f.child(1)), DependencyType::FinishStart},
                       {idOf(f.child(1)), idOf(f.child(2)), DependencyType::FinishStart}});
    const GanttData data = f.gantt->chartData(QStringLiteral("T-1 — Test"));
    CHECK(data.rows.size() == size_t(4 + 1 + 40));
    CHECK(data.links.size() == 2);
    CHECK(data.rows[1].level == 1);
    CHECK(data.rows[3].kind == GanttRow::Kind::Milestone);

    GanttPrintDialog dialog(data);
    GanttPrintOptions options = dialog.options();
    options.pagesWide = 2;
    dialog.setOptions(options);
    CHECK(dialog.options().pagesWide == 2);
    CHECK(dialog.pageCount() >= 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gantt.pdf"));
    QString error;
    REQUIRE(dialog.exportPdf(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.size() > 3000);
    CHECK_FALSE(dialog.exportPdf(dir.filePath(QStringLiteral("no/such/dir/gantt.pdf")), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("the time line widens when a task moves past its end", "[gantt][ui]")
{
    Fixture f;
    const int before = f.gantt->horizontalScrollBar()->maximum();
    QStandardItem *launch = f.model.item(1);
    launch->setData(qint64(toMinutes(QDate(2028, 6, 30), 17 * 60)), FinishRole);
    CHECK(f.gantt->horizontalScrollBar()->maximum() > before + int(300 * f.gantt->scale().pixelsPerDay()));
    f.gantt->scrollToTask(idOf(f.top(1)));
    CHECK(!f.gantt->barRect(f.top(1)).isEmpty());
}
