#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <store/store.h>
#include <ui/loadheatmapmodel.h>
#include <ui/loadheatmapview.h>
#include <ui/loadhistogram.h>
#include <ui/resourcemodel.h>
#include <ui/resourcesview.h>
#include <ui/workspacedocument.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QUndoStack>

using namespace Keel;

namespace {

struct LoadFixture
{
    std::unique_ptr<WorkspaceDocument> document = std::make_unique<WorkspaceDocument>(Store::createInMemory());
    Project project;
    Resource ann;
    Resource bob;

    LoadFixture()
    {
        project.id = newId();
        project.code = QStringLiteral("L");
        project.name = QStringLiteral("Load");
        ann.id = newId();
        ann.name = QStringLiteral("Ann");
        bob.id = newId();
        bob.name = QStringLiteral("Bob");
        bob.maxUnits = 0.5;
        REQUIRE(document->store().apply(ChangeSet().insert(project).insert(ann).insert(bob)));
    }

    Id assign(const Resource &r, QDate from, QDate to, double units, const QString &name)
    {
        Task t;
        t.id = newId();
        t.projectId = project.id;
        t.name = name;
        t.start = toMinutes(from, 8 * 60);
        t.finish = toMinutes(to, 17 * 60);
        Assignment a;
        a.id = newId();
        a.taskId = t.id;
        a.resourceId = r.id;
        a.units = units;
        REQUIRE(document->store().apply(ChangeSet().insert(t).insert(a)));
        return t.id;
    }
};

} // namespace

TEST_CASE("LoadHeatmapModel shows load per person and week with over-allocations", "[loadheatmap][modeltest]")
{
    LoadFixture f;
    // Week of Monday 2026-03-02: Ann full time all week and on a second task Tue–Thu.
    f.assign(f.ann, QDate(2026, 3, 2), QDate(2026, 3, 6), 1.0, QStringLiteral("Design"));
    f.assign(f.ann, QDate(2026, 3, 3), QDate(2026, 3, 5), 1.0, QStringLiteral("Review"));
    f.assign(f.bob, QDate(2026, 3, 9), QDate(2026, 3, 10), 0.5, QStringLiteral("Support"));

    LoadHeatmapModel model(f.document->workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStartDate(QDate(2026, 3, 4));
    model.setPeriodCount(4);
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == 4);
    CHECK(toDate(model.index(0, 0).data(LoadHeatmapModel::PeriodStartRole).toLongLong()) == QDate(2026, 3, 2));
    CHECK(model.headerData(0, Qt::Vertical).toString() == QStringLiteral("Ann"));
    CHECK(model.headerData(1, Qt::Vertical).toString() == QStringLiteral("Bob"));

    const QModelIndex annWeek = model.index(model.rowOf(f.ann.id), 0);
    CHECK(annWeek.data(LoadHeatmapModel::AvailableRole).toLongLong() == 40 * 60);
    CHECK(annWeek.data(LoadHeatmapModel::AssignedRole).toLongLong() == 64 * 60);
    CHECK(annWeek.data(LoadHeatmapModel::OverAllocatedRole).toBool());
    CHECK(annWeek.data(LoadHeatmapModel::LoadRole).toDouble() == Approx(1.6));
    CHECK(annWeek.data().toString().contains(QStringLiteral("160")));
    const QString tip = annWeek.data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("Ann")));
    CHECK(tip.contains(QStringLiteral("64 h assigned of 40 h available")));
    CHECK(tip.contains(QStringLiteral("Over-allocated by 24 h")));
    CHECK(tip.contains(QStringLiteral("Design")));
    CHECK(tip.contains(QStringLiteral("Review")));
    CHECK(tip.indexOf(QStringLiteral("Design")) < tip.indexOf(QStringLiteral("Review")));

    const QModelIndex bobWeek = model.index(model.rowOf(f.bob.id), 1);
    CHECK(bobWeek.data(LoadHeatmapModel::AvailableRole).toLongLong() == 20 * 60);
    CHECK(bobWeek.data(LoadHeatmapModel::AssignedRole).toLongLong() == 8 * 60);
    CHECK_FALSE(bobWeek.data(LoadHeatmapModel::OverAllocatedRole).toBool());
    CHECK(model.overAllocatedCount() == 1);

    SECTION("periods switch between days, weeks and months")
    {
        model.setPeriod(LoadPeriod::Day);
        model.setPeriodCount(7);
        CHECK(model.columnCount() == 7);
        CHECK(toDate(model.index(0, 0).data(LoadHeatmapModel::PeriodStartRole).toLongLong()) == QDate(2026, 3, 4));
        model.setPeriod(LoadPeriod::Month);
        model.setPeriodCount(2);
        CHECK(model.columnCount() == 2);
        CHECK(toDate(model.index(0, 0).data(LoadHeatmapModel::PeriodStartRole).toLongLong()) == QDate(2026, 3, 1));
        CHECK(model.index(model.rowOf(f.ann.id), 0).data(LoadHeatmapModel::AssignedRole).toLongLong() == 64 * 60);
    }

    SECTION("a change to the pool is picked up after a refresh, and undone")
    {
        ChangeSet units(QStringLiteral("units"));
        units.update(EntityType::Resource, f.ann.id, "max_units", 2.0);
        REQUIRE(f.document->apply(units));
        model.refresh();
        CHECK_FALSE(model.index(model.rowOf(f.ann.id), 0).data(LoadHeatmapModel::OverAllocatedRole).toBool());
        f.document->undoStack()->undo();
        model.refresh();
        CHECK(model.index(model.rowOf(f.ann.id), 0).data(LoadHeatmapModel::OverAllocatedRole).toBool());
    }
}

TEST_CASE("the heat map paints red for over-allocation and selects people", "[loadheatmap]")
{
    LoadFixture f;
    f.assign(f.ann, QDate(2026, 3, 2), QDate(2026, 3, 6), 1.0, QStringLiteral("Design"));
    f.assign(f.ann, QDate(2026, 3, 3), QDate(2026, 3, 5), 1.0, QStringLiteral("Review"));
    LoadHeatmapModel model(f.document->workspace());
    model.setStartDate(QDate(2026, 3, 2));
    model.setPeriodCount(3);

    const QPalette palette = QApplication::palette();
    const QColor over = LoadHeatmapView::loadColor(1.6, true, palette);
    CHECK(over.red() > 150);
    CHECK(over.green() < 100);
    CHECK(LoadHeatmapView::loadColor(0.2, false, palette) != LoadHeatmapView::loadColor(0.9, false, palette));

    LoadHeatmapView view;
    view.resize(600, 300);
    view.setModel(&model);
    Id selected;
    QObject::connect(&view, &LoadHeatmapView::currentResourceChanged, [&](const Id &id) { selected = id; });
    view.setCurrentResource(f.ann.id);
    CHECK(selected == f.ann.id);
    CHECK(view.currentRow() == model.rowOf(f.ann.id));

    const QImage image = view.grab().toImage();
    bool sawRed = false;
    for (int y = 0; y < image.height() && !sawRed; y += 2) {
        for (int x = 0; x < image.width() && !sawRed; x += 2) {
            const QColor c = image.pixelColor(x, y);
            sawRed = c.red() > 180 && c.green() < 90 && c.blue() < 90;
        }
    }
    CHECK(sawRed);

    LoadHistogram histogram;
    histogram.resize(400, 240);
    histogram.setModel(&model);
    histogram.setResource(f.ann.id);
    CHECK_FALSE(histogram.grab().isNull());
}

TEST_CASE("the resources page edits the pool through undoable ChangeSets", "[loadheatmap][resources]")
{
    LoadFixture f;
    ResourcesView page(f.document.get());
    ResourceModel *model = qobject_cast<ResourceModel *>(page.model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex team = model->index(model->rowOf(f.bob.id), ResourceModel::TeamColumn);
    REQUIRE(model->flags(team).testFlag(Qt::ItemIsEditable));
    REQUIRE(model->setData(team, QStringLiteral("Support")));
    CHECK(f.document->workspace().get<Resource>(f.bob.id)->team == QStringLiteral("Support"));
    const QModelIndex units = model->index(model->rowOf(f.bob.id), ResourceModel::MaxUnitsColumn);
    CHECK(units.data(Qt::EditRole).toDouble() == Approx(50.0));
    REQUIRE(model->setData(units, 80.0));
    CHECK(f.document->workspace().get<Resource>(f.bob.id)->maxUnits == Approx(0.8));
    f.document->undoStack()->undo();
    f.document->undoStack()->undo();
    CHECK(f.document->workspace().get<Resource>(f.bob.id)->team.isEmpty());
    CHECK(f.document->workspace().get<Resource>(f.bob.id)->maxUnits == Approx(0.5));
    CHECK(page.loadModel()->rowCount() == 2);
}
