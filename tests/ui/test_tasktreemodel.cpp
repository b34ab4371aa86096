#include "planfixture.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <ui/ganttroles.h>
#include <ui/tasktreemodel.h>
#include <ui/workspacedocument.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

/// "1 Discovery|1.1 Interviews|…" in display order.
QString outline(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, TaskTreeModel::WbsColumn, parent);
        rows << i.data().toString() + QLatin1Char(' ') + model.index(r, TaskTreeModel::NameColumn, parent).data().toString();
        const QString below = outline(model, i);
        if (!below.isEmpty())
            rows << below;
    }
    return rows.join(QLatin1Char('|'));
}

} // namespace

TEST_CASE("TaskTreeModel shows the project's WBS with its columns and Gantt roles", "[tasktree]")
{
    PlanFixture f = planFixture();
    TaskTreeModel model(f.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setProjectId(f.project);
    CHECK(outline(model) == QStringLiteral("1 Discovery|1.1 Interviews|1.2 Requirements|2 Build|2.1 Backend|"
                                           "2.2 Frontend|2.3 Integration|3 Go-live|4 Support"));

    const QModelIndex backend = model.indexOf(f.task(QStringLiteral("Backend")));
    REQUIRE(backend.isValid());
    const auto cell = [&](const QModelIndex &row, int column) { return model.index(row.row(), column, row.parent()).data().toString(); };
    CHECK(cell(backend, TaskTreeModel::DurationColumn) == QStringLiteral("10d"));
    CHECK(cell(backend, TaskTreeModel::PredecessorsColumn) == QStringLiteral("1.2"));
    CHECK_FALSE(cell(backend, TaskTreeModel::ResourcesColumn).isEmpty());
    CHECK(cell(backend, TaskTreeModel::TotalFloatColumn) == QStringLiteral("0d"));
    CHECK(cell(model.indexOf(f.task(QStringLiteral("Frontend"))), TaskTreeModel::TotalFloatColumn) == QStringLiteral("2d"));
    CHECK(cell(model.indexOf(f.task(QStringLiteral("Build"))), TaskTreeModel::DurationColumn) == QStringLiteral("13d"));
    CHECK_FALSE(cell(backend, TaskTreeModel::StartColumn).isEmpty());

    const Task *t = f.document->workspace().get<Task>(f.task(QStringLiteral("Backend")));
    CHECK(backend.data(TaskIdRole).value<Id>() == t->id);
    CHECK(backend.data(StartRole).toLongLong() == t->start);
    CHECK(backend.data(FinishRole).toLongLong() == t->finish);
    CHECK(backend.data(BaselineStartRole).toLongLong() == t->start);
    CHECK(backend.data(CriticalRole).toBool());
    CHECK_FALSE(model.indexOf(f.task(QStringLiteral("Frontend"))).data(CriticalRole).toBool());
    CHECK(backend.data(BarKindRole).toInt() == int(GanttBarKind::Task));
    CHECK(model.indexOf(f.task(QStringLiteral("Build"))).data(BarKindRole).toInt() == int(GanttBarKind::Summary));
    CHECK(model.indexOf(f.task(QStringLiteral("Go-live"))).data(BarKindRole).toInt() == int(GanttBarKind::Milestone));
    CHECK(backend.data(DeadlineRole).toLongLong() == kNoTime);
    CHECK_FALSE(backend.data(ResourceNamesRole).toString().isEmpty());

    CHECK(model.flags(model.index(backend.row(), TaskTreeModel::DurationColumn, backend.parent())) & Qt::ItemIsEditable);
    const QModelIndex build = model.indexOf(f.task(QStringLiteral("Build")));
    CHECK_FALSE(model.flags(model.index(build.row(), TaskTreeModel::DurationColumn)) & Qt::ItemIsEditable);
    for (int c = 0; c < TaskTreeModel::ColumnCount; ++c)
        CHECK_FALSE(model.headerData(c, Qt::Horizontal).toString().isEmpty());
}

TEST_CASE("TaskTreeModel edits go through TaskEdits, one undo step each with the new dates", "[tasktree][!mayfail]")
{
    PlanFixture f = planFixture();
    TaskTreeModel model(f.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProjectId(f.project);
    QUndoStack *undo = f.document->undoStack();
    const Workspace &ws = f.document->workspace();
    const Id backendId = f.task(QStringLiteral("Backend"));
    const Id integrationId = f.task(QStringLiteral("Integration"));
    const QString before = outline(model);
    const Minutes integrationStart = ws.get<Task>(integrationId)->start;

    const auto at = [&](const Id &id, int column) {
        const QModelIndex i = model.indexOf(id);
        return model.index(i.row(), column, i.parent());
    };
    REQUIRE(model.setData(at(backendId, TaskTreeModel::DurationColumn), QStringLiteral("12d")));
    CHECK(ws.get<Task>(backendId)->duration == 12 * 480);
    CHECK(ws.get<Task>(integrationId)->start > integrationStart);
    CHECK(undo->count() == 1);
    undo->undo();
    CHECK(ws.get<Task>(backendId)->duration == 10 * 480);
    CHECK(ws.get<Task>(integrationId)->start == integrationStart);
    undo->redo();
    CHECK(ws.get<Task>(integrationId)->start > integrationStart);

    REQUIRE(model.setData(at(backendId, TaskTreeModel::NameColumn), QStringLiteral("API")));
    CHECK(at(backendId, TaskTreeModel::NameColumn).data().toString() == QStringLiteral("API"));
    REQUIRE(model.setData(at(integrationId, TaskTreeModel::PredecessorsColumn), QStringLiteral("2.1")));
    CHECK(at(integrationId, TaskTreeModel::PredecessorsColumn).data().toString() == QStringLiteral("2.1"));
    REQUIRE(model.setData(at(backendId, TaskTreeModel::PercentCompleteColumn), QStringLiteral("40%")));
    CHECK(ws.get<Task>(backendId)->percentComplete == 40);

    QSignalSpy refused(&model, &TaskTreeModel::editRefused);
    CHECK_FALSE(model.setData(at(backendId, TaskTreeModel::DurationColumn), QStringLiteral("soon")));
    CHECK_FALSE(model.setData(at(backendId, TaskTreeModel::PredecessorsColumn), QStringLiteral("2.3")));
    CHECK(refused.count() == 2);
    CHECK(refused.last().first().toString().contains(QStringLiteral("API")));

    // Structure: insert, indent, outdent, move, delete — each one step, the tree in step.
    const auto edit = TaskEdits::insertTask(ws, f.project, backendId, TaskEdits::Position::After, QStringLiteral("Database"));
    REQUIRE(model.apply(edit));
    CHECK(outline(model).contains(QStringLiteral("2.1 API|2.2 Database|2.3 Frontend")));
    REQUIRE(model.apply(TaskEdits::indent(ws, edit.taskId)));
    CHECK(outline(model).contains(QStringLiteral("2.1 API|2.1.1 Database|2.2 Frontend")));
    CHECK(at(backendId, TaskTreeModel::DurationColumn).data().toString() == QStringLiteral("1d"));
    REQUIRE(model.apply(TaskEdits::outdent(ws, edit.taskId)));
    REQUIRE(model.apply(TaskEdits::move(ws, edit.taskId, true)));
    CHECK(outline(model).contains(QStringLiteral("2.1 Database|2.2 API|2.3 Frontend")));
    REQUIRE(model.apply(TaskEdits::removeTasks(ws, {f.task(QStringLiteral("Build"))})));
    CHECK(outline(model) == QStringLiteral("1 Discovery|1.1 Interviews|1.2 Requirements|2 Go-live|3 Support"));

    while (undo->canUndo())
        undo->undo();
    CHECK(outline(model).toStdString() == before.toStdString());
    while (undo->canRedo())
        undo->redo();
    CHECK(outline(model) == QStringLiteral("1 Discovery|1.1 Interviews|1.2 Requirements|2 Go-live|3 Support"));

    model.setProjectId({});
    CHECK(model.rowCount() == 0);
}
