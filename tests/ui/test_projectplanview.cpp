#include "planfixture.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <ui/projectplanview.h>
#include <ui/projectsview.h>
#include <ui/taskdialog.h>
#include <ui/tasktreemodel.h>
#include <ui/workspacedocument.h>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QListView>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

int taskCount(const Workspace &ws, const Id &project)
{
    return int(ws.projectTasks(project).size());
}

} // namespace

TEST_CASE("ProjectPlanView: insert, rename, undo and indent from the keyboard", "[planview]")
{
    PlanFixture f = planFixture();
    const Workspace &ws = f.document->workspace();
    ProjectPlanView view(f.document.get());
    QAction *undo = f.document->undoStack()->createUndoAction(&view);
    undo->setShortcut(QKeySequence::Undo);
    static_cast<QWidget &>(view).addAction(undo);
    view.resize(1400, 700);
    view.setProjectId(f.project);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QTreeView *tree = view.tree();
    tree->setFocus();

    const int before = taskCount(ws, f.project);
    view.selectTask(f.task(QStringLiteral("Requirements")));
    QTest::keyClick(tree, Qt::Key_Insert);
    REQUIRE(taskCount(ws, f.project) == before + 1);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(qobject_cast<QLineEdit *>(editor));
    QTest::keyClicks(editor, QStringLiteral("Workshop"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits the editor's text from a queued call.
    for (int i = 0; i < 100 && f.task(QStringLiteral("Workshop")).isNull(); ++i)
        QTest::qWait(10);
    const Id workshop = f.task(QStringLiteral("Workshop"));
    REQUIRE_FALSE(workshop.isNull());
    CHECK(ws.wbsCode(workshop) == QStringLiteral("1.3"));
    CHECK(view.currentTaskId() == workshop);

    // Ctrl+Z undoes the rename, then the insert.
    tree->setFocus();
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    CHECK(ws.get<Task>(workshop)->name != QStringLiteral("Workshop"));
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    CHECK(taskCount(ws, f.project) == before);
    CHECK_FALSE(ws.get<Task>(workshop));

    // Indent Go-live under Build with Alt+Shift+Right, outdent it back, move it up.
    const Id golive = f.task(QStringLiteral("Go-live"));
    view.selectTask(golive);
    const auto indentKeys = [&](Qt::Key key) { QTest::keyClick(tree, key, Qt::AltModifier | Qt::ShiftModifier); };
    indentKeys(Qt::Key_Right);
    CHECK(view.message().contains(QStringLiteral("Go-live")));  // linked to Build: refused, with the reason
    CHECK(ws.wbsCode(golive) == QStringLiteral("3"));
    const Id support = f.task(QStringLiteral("Support"));
    view.selectTask(support);
    REQUIRE(view.action(ProjectPlanView::Action::Unlink)->isEnabled());
    view.action(ProjectPlanView::Action::Unlink)->trigger();
    indentKeys(Qt::Key_Right);
    CHECK(ws.wbsCode(support) == QStringLiteral("3.1"));
    CHECK(view.message().isEmpty());
    CHECK(view.currentTaskId() == support);
    indentKeys(Qt::Key_Left);
    CHECK(ws.wbsCode(support) == QStringLiteral("4"));
    indentKeys(Qt::Key_Up);
    CHECK(ws.wbsCode(support) == QStringLiteral("3"));

    // Delete removes the selection; undo brings it back.
    view.selectTask(f.task(QStringLiteral("Discovery")));
    QTest::keyClick(tree, Qt::Key_Delete);
    CHECK(taskCount(ws, f.project) == before - 3);
    QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
    CHECK(taskCount(ws, f.project) == before);
}

TEST_CASE("ProjectPlanView: the task dialog applies its edits as one undo step", "[planview]")
{
    PlanFixture f = planFixture();
    const Workspace &ws = f.document->workspace();
    ProjectPlanView view(f.document.get());
    view.setProjectId(f.project);
    view.show();
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    const Id backend = f.task(QStringLiteral("Backend"));
    const Id integration = f.task(QStringLiteral("Integration"));
    view.selectTask(backend);
    const Minutes integrationStart = ws.get<Task>(integration)->start;
    const int steps = f.document->undoStack()->count();

    bool seen = false;
    QTimer::singleShot(0, &view, [&] {
        auto *dialog = qobject_cast<TaskDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = true;
        dialog->nameEdit()->setText(QStringLiteral("API"));
        dialog->durationEdit()->setText(QStringLiteral("soon"));
        CHECK_FALSE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        CHECK_FALSE(dialog->problem().isEmpty());
        dialog->durationEdit()->setText(QStringLiteral("3w"));
        dialog->notesEdit()->setPlainText(QStringLiteral("Needs the schema first."));
        dialog->addPredecessorRow(f.task(QStringLiteral("Interviews")), DependencyType::StartStart, QStringLiteral("2d"));
        REQUIRE(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::keyClick(view.tree(), Qt::Key_I, Qt::ControlModifier);
    REQUIRE(seen);
    const Task *t = ws.get<Task>(backend);
    CHECK(t->name == QStringLiteral("API"));
    CHECK(t->duration == 15 * 480);
    CHECK(t->notes == QStringLiteral("Needs the schema first."));
    CHECK(TaskEdits::predecessorsText(ws, backend, {}).contains(QStringLiteral("1.1SS+2d")));
    CHECK(ws.get<Task>(integration)->start > integrationStart);
    CHECK(f.document->undoStack()->count() == steps + 1);
    f.document->undoStack()->undo();
    CHECK(ws.get<Task>(backend)->name == QStringLiteral("Backend"));
    CHECK(ws.get<Task>(integration)->start == integrationStart);

    // A predecessor that would make a loop keeps the dialog open with the reason.
    TaskDialog dialog(view.model(), f.task(QStringLiteral("Interviews")), &view);
    dialog.addPredecessorRow(integration);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.result() == QDialog::Rejected);
    CHECK(dialog.isVisible() == false);
    CHECK(f.document->undoStack()->count() == steps + 1);
}

TEST_CASE("ProjectsView hosts the plan of the current project in its first tab", "[planview]")
{
    PlanFixture f = planFixture();
    ProjectsView page(f.document.get());
    page.showProject(f.project);
    CHECK(page.currentProjectId() == f.project);
    CHECK(page.tabs()->widget(0) == page.plan());
    CHECK(page.tabs()->count() >= 2);
    CHECK(page.plan()->projectId() == f.project);
    CHECK(page.plan()->model()->rowCount() == 4);
    page.setListVisible(false);
    CHECK_FALSE(page.list()->isVisibleTo(&page));
}
