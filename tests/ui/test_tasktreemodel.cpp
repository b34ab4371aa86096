#include "planfixture.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <ui/ganttroles.h>
#include <ui/tasktreemodel.h>
#include <ui/workspacedocument.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

#include <random>

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

/// Where the model's tree differs from the project's WBS in the workspace (rows, parents, order);
/// empty when it does not.
QString treeMismatch(const TaskTreeModel &model, const Workspace &ws, const Id &project,
                     const QModelIndex &parent = {})
{
    const Id parentId = model.taskId(parent);
    const QList<Id> children = parent.isValid() ? ws.childTasks(parentId) : ws.rootTasks(project);
    const auto name = [&](const Id &id) {
        const Task *t = ws.get<Task>(id);
        return t ? t->name : id.toString(QUuid::WithoutBraces);
    };
    const QString where = parent.isValid() ? name(parentId) : QStringLiteral("the root");
    if (model.rowCount(parent) != children.size())
        return QStringLiteral("%1 shows %2 rows for %3 subtasks")
            .arg(where)
            .arg(model.rowCount(parent))
            .arg(children.size());
    for (int r = 0; r < children.size(); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        if (model.taskId(i) != children[r])
            return QStringLiteral("row %1 under %2 shows %3 instead of %4")
                .arg(r)
                .arg(where, name(model.taskId(i)), name(children[r]));
        if (model.parent(i) != parent || model.indexOf(children[r]) != i)
            return QStringLiteral("%1 does not lead back to row %2 under %3")
                .arg(name(children[r]))
                .arg(r)
                .arg(where);
        const QString below = treeMismatch(model, ws, project, i);
        if (!below.isEmpty())
            return below;
    }
    return {};
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

TEST_CASE("TaskTreeModel edits go through TaskEdits, one undo step each with the new dates", "[tasktree]")
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

/// Every row's computed cells (float, critical, duration, cost, work, resources), one line each.
static QString computedCells(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        const QModelIndex i = model.index(r, 0, parent);
        QStringList cells{i.data().toString(), i.data(CriticalRole).toString()};
        for (int c : {TaskTreeModel::TotalFloatColumn, TaskTreeModel::DurationColumn, TaskTreeModel::CostColumn,
                      TaskTreeModel::WorkColumn, TaskTreeModel::ResourcesColumn})
            cells << model.index(r, c, parent).data().toString();
        rows << cells.join(QLatin1Char(' '));
        const QString below = computedCells(model, i);
        if (!below.isEmpty())
            rows << below;
    }
    return rows.join(QLatin1Char('\n'));
}

TEST_CASE("TaskTreeModel: an edit's and an undo's computed columns equal a fresh model's, told to the views once",
          "[tasktree]")
{
    PlanFixture f = planFixture();
    TaskTreeModel model(f.document.get());
    model.setProjectId(f.project);
    const QString before = computedCells(model);
    const auto fresh = [&] {
        TaskTreeModel other(f.document.get());
        other.setProjectId(f.project);
        return computedCells(other);
    };
    CHECK(before.toStdString() == fresh().toStdString());

    // Frontend (2d of float) becomes longer than Backend: the critical path moves to it.
    const QModelIndex frontend = model.indexOf(f.task(QStringLiteral("Frontend")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    REQUIRE(model.setData(model.index(frontend.row(), TaskTreeModel::DurationColumn, frontend.parent()),
                          QStringLiteral("14d")));
    // The edit and its dates, two ChangeSets, reach the views as one refresh, before setData returns.
    const qsizetype perRefresh = changed.count();
    CHECK(perRefresh == 3);  // the top rows, Discovery's and Build's subtasks
    CHECK(frontend.data(CriticalRole).toBool());
    const QString edited = computedCells(model);
    CHECK(edited != before);
    CHECK(edited.toStdString() == fresh().toStdString());

    // Undo applies two ChangeSets too: the views hear of them once, on the next turn of the loop.
    changed.clear();
    f.document->undoStack()->undo();
    CHECK(changed.count() == 0);
    CHECK(computedCells(model).toStdString() == before.toStdString());
    QCoreApplication::sendPostedEvents();
    CHECK(changed.count() == perRefresh);
    QCoreApplication::sendPostedEvents();
    CHECK(changed.count() == perRefresh);
    f.document->undoStack()->redo();
    QCoreApplication::sendPostedEvents();
    CHECK(computedCells(model).toStdString() == edited.toStdString());
}

TEST_CASE("TaskTreeModel: undoing an insert removes the inserted row, not its neighbour", "[tasktree]")
{
    // The undo renumbers the siblings before it deletes the task, and the workspace notifies only
    // once all of it is applied.
    PlanFixture f = planFixture();
    TaskTreeModel model(f.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProjectId(f.project);
    const Workspace &ws = f.document->workspace();
    const QString before = outline(model);

    const auto edit = TaskEdits::insertTask(ws, f.project, f.task(QStringLiteral("Backend")),
                                            TaskEdits::Position::After, QStringLiteral("Database"));
    REQUIRE(model.apply(edit));
    CHECK(outline(model).contains(QStringLiteral("2.1 Backend|2.2 Database|2.3 Frontend|2.4 Integration")));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(&model, &QAbstractItemModel::layoutChanged);
    f.document->undoStack()->undo();
    CHECK(treeMismatch(model, ws, f.project).toStdString() == "");
    REQUIRE(removed.count() == 1);
    CHECK(removed.first().at(0).toModelIndex() == model.indexOf(f.task(QStringLiteral("Build"))));
    CHECK(removed.first().at(1).toInt() == 1);
    CHECK(removed.first().at(2).toInt() == 1);
    CHECK(moved.count() == 0);
    CHECK(outline(model).toStdString() == before.toStdString());
    CHECK_FALSE(model.indexOf(edit.taskId).isValid());
    CHECK(model.indexOf(f.task(QStringLiteral("Frontend"))).row() == 1);
    f.document->undoStack()->redo();
    CHECK(treeMismatch(model, ws, f.project).toStdString() == "");
    CHECK(model.indexOf(edit.taskId).row() == 1);
}

TEST_CASE("TaskTreeModel: a task deleted before its subtasks move elsewhere in one ChangeSet", "[tasktree]")
{
    PlanFixture f = planFixture();
    TaskTreeModel model(f.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProjectId(f.project);
    const Workspace &ws = f.document->workspace();
    const Id build = f.task(QStringLiteral("Build"));
    const auto phase = TaskEdits::insertTask(ws, f.project, f.task(QStringLiteral("Integration")),
                                             TaskEdits::Position::After, QStringLiteral("Phase"));
    REQUIRE(model.apply(phase));
    const auto step = TaskEdits::insertTask(ws, f.project, phase.taskId, TaskEdits::Position::FirstChild,
                                            QStringLiteral("Step"));
    REQUIRE(model.apply(step));
    CHECK(outline(model).contains(QStringLiteral("2.4 Phase|2.4.1 Step|3 Go-live")));
    QPersistentModelIndex held(model.indexOf(step.taskId));

    // The delete comes first: the model learns of it before it learns where Step went.
    ChangeSet changes(QStringLiteral("Dissolve Phase"));
    changes.remove(EntityType::Task, phase.taskId);
    changes.update(EntityType::Task, step.taskId, "parent_id", QVariant::fromValue(build));
    changes.update(EntityType::Task, step.taskId, "sort_order", 3);
    REQUIRE(f.document->apply(changes));
    CHECK(treeMismatch(model, ws, f.project).toStdString() == "");
    CHECK(outline(model).contains(QStringLiteral("2.3 Integration|2.4 Step|3 Go-live")));
    CHECK_FALSE(model.indexOf(phase.taskId).isValid());
    CHECK(held == model.indexOf(step.taskId));

    // Undo moves an existing row under a row that comes back in the same ChangeSet.
    f.document->undoStack()->undo();
    CHECK(treeMismatch(model, ws, f.project).toStdString() == "");
    CHECK(outline(model).contains(QStringLiteral("2.4 Phase|2.4.1 Step|3 Go-live")));
    CHECK(held == model.indexOf(step.taskId));
    f.document->undoStack()->redo();
    CHECK(treeMismatch(model, ws, f.project).toStdString() == "");
}

TEST_CASE("TaskTreeModel equals the workspace's WBS through random edits, undo and redo", "[tasktree]")
{
    PlanFixture f = planFixture();
    TaskTreeModel model(f.document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setProjectId(f.project);
    QUndoStack *undo = f.document->undoStack();
    const Workspace &ws = f.document->workspace();
    const QString before = outline(model);
    QList<Id> seen = ws.projectTasks(f.project);

    std::mt19937 random(20240611); // its sequence is the same everywhere; distributions are not
    const auto pick = [&](qsizetype n) { return qsizetype(random() % quint32(n)); };
    int edits = 0;
    int applied = 0;
    int undone = 0;
    int redone = 0;
    for (int step = 0; edits < 200; ++step) {
        const QList<Id> tasks = ws.projectTasks(f.project);
        const Id task = tasks.isEmpty() ? Id() : tasks[pick(tasks.size())];
        const Id other = tasks.isEmpty() ? Id() : tasks[pick(tasks.size())];
        const qsizetype dice = pick(20);
        QString what;
        if (dice < 4 && undo->canUndo()) {
            for (qsizetype n = 1 + pick(3); n > 0 && undo->canUndo(); --n, ++undone) {
                what += QStringLiteral("undo %1; ").arg(undo->undoText());
                undo->undo();
            }
        } else if (dice < 6 && undo->canRedo()) {
            for (qsizetype n = 1 + pick(3); n > 0 && undo->canRedo(); --n, ++redone) {
                what += QStringLiteral("redo %1; ").arg(undo->redoText());
                undo->redo();
            }
        } else {
            ++edits;
            TaskEdits::Result edit;
            switch (pick(8)) {
            case 0:
            case 1:
                edit = TaskEdits::insertTask(ws, f.project, task, TaskEdits::Position::After,
                                             QStringLiteral("T%1").arg(step));
                seen.append(edit.taskId);
                break;
            case 2:
                edit = TaskEdits::insertTask(ws, f.project, task, TaskEdits::Position::FirstChild,
                                             QStringLiteral("T%1").arg(step));
                seen.append(edit.taskId);
                break;
            case 3:
                edit = TaskEdits::removeTasks(ws, {task});
                break;
            case 4:
                edit = TaskEdits::indent(ws, task);
                break;
            case 5:
                edit = TaskEdits::outdent(ws, task);
                break;
            case 6:
                edit = TaskEdits::move(ws, task, pick(2) == 0);
                break;
            default:
                edit = TaskEdits::link(ws, task, other);
                break;
            }
            what = edit.changes.description() + QLatin1Char(' ') + edit.error;
            // A refused edit is part of the test too: nothing may change.
            if (model.apply(edit) && !edit.changes.isEmpty())
                ++applied;
        }
        INFO("step " << step << ": " << what.toStdString());
        REQUIRE(treeMismatch(model, ws, f.project).toStdString() == "");
        for (const Id &id : std::as_const(seen)) {
            const Task *t = ws.get<Task>(id);
            REQUIRE(model.indexOf(id).isValid() == (t && t->projectId == f.project));
        }
    }
    CHECK(applied > 80);
    CHECK(undone > 20);
    CHECK(redone > 10);

    while (undo->canUndo())
        undo->undo();
    CHECK(treeMismatch(model, ws, f.project).toStdString() == "");
    CHECK(outline(model).toStdString() == before.toStdString());
    while (undo->canRedo())
        undo->redo();
    CHECK(treeMismatch(model, ws, f.project).toStdString() == "");
}
