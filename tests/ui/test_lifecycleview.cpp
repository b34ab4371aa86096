#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <store/store.h>
#include <ui/closingdialog.h>
#include <ui/lifecycleview.h>
#include <ui/newprojectdialog.h>
#include <ui/phasestepper.h>
#include <ui/requirementmodel.h>
#include <ui/workspacedocument.h>
#include <workflow/phasegate.h>
#include <workflow/signoff.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableWidget>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

int metCount(const LifecycleView &view)
{
    int n = 0;
    for (int i = 0; i < view.checklist()->count(); ++i)
        n += view.checklist()->item(i)->data(LifecycleView::MetRole).toBool() ? 1 : 0;
    return n;
}

const Project &projectOf(const WorkspaceDocument &doc, const Id &id)
{
    return *doc.workspace().get<Project>(id);
}

} // namespace

TEST_CASE("LifecycleView walks a project through the initiation gate, with undo", "[lifecycle]")
{
    auto doc = sampleDocument();
    const Id project = projectId(*doc, QStringLiteral("BSL-005"));
    REQUIRE(projectOf(*doc, project).phase == Phase::Initiation);

    LifecycleView view(doc.get());
    QAbstractItemModelTester tester(view.requirementModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(view.requirementProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setProjectId(project);
    CHECK(view.stepper()->phase() == Phase::Initiation);
    REQUIRE(view.checklist()->count() == 3);
    CHECK(metCount(view) == 0);
    CHECK_FALSE(view.advanceButton()->isEnabled());
    CHECK(view.advanceButton()->text().contains(QStringLiteral("Planning")));
    CHECK(view.missingLabel()->text().contains(QStringLiteral("Scope statement written")));
    CHECK(view.requirementProxy()->rowCount() == 0);
    QString error;
    CHECK_FALSE(view.advance(&error));
    CHECK(error.contains(QStringLiteral("scope")));

    view.scopeEditor()->setPlainText(QStringLiteral("Route optimisation for 40 depots; no driver app."));
    REQUIRE(view.saveScope());
    CHECK(projectOf(*doc, project).scopeStatement.startsWith(QStringLiteral("Route optimisation")));
    CHECK(metCount(view) == 1);

    const Id req = view.addRequirement(QStringLiteral("Plan routes for 40 depots overnight"));
    REQUIRE_FALSE(req.isNull());
    REQUIRE(view.requirementProxy()->rowCount() == 1);
    const QModelIndex acceptance = view.requirementProxy()->index(0, RequirementModel::AcceptanceColumn);
    CHECK(acceptance.data().toString() == RequirementModel::acceptanceName(AcceptanceState::Proposed));
    CHECK(view.requirementProxy()->index(0, RequirementModel::CodeColumn).data().toString() == QStringLiteral("R-001"));
    CHECK(metCount(view) == 2);
    CHECK_FALSE(view.advanceButton()->isEnabled());

    REQUIRE(view.requirementProxy()->setData(acceptance, int(AcceptanceState::Approved)));
    CHECK(acceptance.data().toString() == RequirementModel::acceptanceName(AcceptanceState::Approved));
    CHECK(metCount(view) == 3);
    CHECK(view.advanceButton()->isEnabled());

    view.advanceButton()->click();
    CHECK(projectOf(*doc, project).phase == Phase::Planning);
    CHECK(view.stepper()->phase() == Phase::Planning);
    CHECK(view.advanceButton()->text().contains(QStringLiteral("Execution")));
    CHECK((!view.backButton()->isVisible() || view.backButton()->text().contains(QStringLiteral("Initiation"))));

    doc->undoStack()->undo();
    CHECK(projectOf(*doc, project).phase == Phase::Initiation);
    CHECK(view.stepper()->phase() == Phase::Initiation);
    CHECK(view.advanceButton()->isEnabled());
    doc->undoStack()->redo();
    CHECK(projectOf(*doc, project).phase == Phase::Planning);

    REQUIRE(view.goBack(QStringLiteral("The client widened the scope")));
    CHECK(projectOf(*doc, project).phase == Phase::Initiation);
}

TEST_CASE("LifecycleView: a closed project is archived and read-only until reopened", "[lifecycle]")
{
    auto doc = sampleDocument();
    const Id project = projectId(*doc, QStringLiteral("NGU-004"));
    REQUIRE(projectOf(*doc, project).phase == Phase::Closed);
    LifecycleView view(doc.get());
    view.setProjectId(project);
    CHECK_FALSE(view.advanceButton()->isVisibleTo(&view));
    CHECK(view.backButton()->text().contains(QStringLiteral("Reopen")));
    CHECK(view.scopeEditor()->isReadOnly());
    CHECK(view.addRequirement(QStringLiteral("Anything")).isNull());

    view.scopeEditor()->setPlainText(QStringLiteral("Changed after closing"));
    QString error;
    CHECK_FALSE(view.saveScope(&error));
    CHECK(error.contains(QStringLiteral("NGU-004")));

    REQUIRE(view.goBack(QStringLiteral("Warranty work")));
    CHECK(projectOf(*doc, project).phase == Phase::Closing);
    CHECK_FALSE(view.scopeEditor()->isReadOnly());
    CHECK(view.closeButton()->isVisibleTo(&view));
    doc->undoStack()->undo();
    CHECK(projectOf(*doc, project).phase == Phase::Closed);
}

TEST_CASE("ClosingDialog records the sign-off and lessons, then the project closes", "[lifecycle]")
{
    auto doc = sampleDocument();
    const Id project = projectId(*doc, QStringLiteral("CRB-019"));
    REQUIRE(projectOf(*doc, project).phase == Phase::Closing);

    ClosingDialog dialog(doc->workspace(), project);
    dialog.signedByEdit()->setText(QStringLiteral("Helen Shaw, COO"));
    REQUIRE(dialog.lessonsTable()->rowCount() == 1);
    dialog.lessonsTable()->item(0, 0)->setText(QStringLiteral("Freeze the data model before migration"));
    dialog.addLesson(QStringLiteral("Book the cut-over weekend early"), QStringLiteral("Reserve it at planning"));
    const ChangeSet changes = dialog.changes();
    REQUIRE(doc->apply(changes));
    CHECK(SignOff::find(doc->workspace(), project)->signedBy == QStringLiteral("Helen Shaw, COO"));

    LifecycleView view(doc.get());
    view.setProjectId(project);
    bool signOffMet = false;
    for (int i = 0; i < view.checklist()->count(); ++i) {
        const QListWidgetItem *item = view.checklist()->item(i);
        if (item->data(Qt::UserRole + 2).toString() == QStringLiteral("client_sign_off"))
            signOffMet = item->data(LifecycleView::MetRole).toBool();
    }
    CHECK(signOffMet);
    CHECK(metCount(view) == 2);
    REQUIRE(view.advance());
    CHECK(projectOf(*doc, project).phase == Phase::Closed);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    CHECK(projectOf(*doc, project).phase == Phase::Closing);
    CHECK_FALSE(SignOff::find(doc->workspace(), project));
}

TEST_CASE("NewProjectDialog creates a project from a template in one undo step", "[lifecycle][newproject]")
{
    auto doc = sampleDocument();
    const qsizetype before = doc->workspace().projects().size();
    NewProjectDialog dialog(doc->workspace());
    REQUIRE(dialog.templateCombo()->count() == 4);
    dialog.nameEdit()->setText(QStringLiteral("Helpdesk transition"));
    dialog.codeEdit()->setText(QStringLiteral("MER-020"));
    dialog.clientCombo()->setCurrentIndex(1);
    dialog.templateCombo()->setCurrentIndex(1);
    dialog.languageCombo()->setCurrentIndex(1);
    Id id;
    QString error;
    const std::optional<ChangeSet> cs = dialog.changes(&id, &error);
    REQUIRE(cs);
    REQUIRE(doc->apply(*cs));
    CHECK(doc->workspace().projects().size() == before + 1);
    const Project &p = projectOf(*doc, id);
    CHECK(p.code == QStringLiteral("MER-020"));
    CHECK_FALSE(p.clientId.isNull());
    const QList<Id> roots = doc->workspace().rootTasks(id);
    REQUIRE(roots.size() == 5);
    CHECK(doc->workspace().get<Task>(roots.constFirst())->name == QStringLiteral("项目启动"));
    doc->undoStack()->undo();
    CHECK(doc->workspace().projects().size() == before);

    dialog.codeEdit()->setText(QStringLiteral("CRB-021"));
    CHECK_FALSE(dialog.changes(nullptr, &error));
    CHECK(error.contains(QStringLiteral("CRB-021")));
}
