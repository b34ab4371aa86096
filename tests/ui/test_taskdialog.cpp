// The task dialog's Skills and Estimates tabs, and the plan's variance columns against a chosen
// baseline.

#include "planfixture.h"

#include <catch2/catch.hpp>

#include <edit/editservice.h>
#include <model/workspace.h>
#include <ui/ganttroles.h>
#include <ui/languagemanager.h>
#include <ui/projectplanview.h>
#include <ui/taskdialog.h>
#include <ui/tasktreemodel.h>
#include <ui/workspacedocument.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QJsonObject>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeView>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

constexpr Minutes D = 480;

Id addSkill(WorkspaceDocument &doc, const char *name, const char *category = "")
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), QString::fromUtf8(name));
    o.insert(QStringLiteral("category"), QString::fromUtf8(category));
    const Edit e = EditService(doc.workspace()).add(EntityType::Skill, o);
    REQUIRE(e.ok());
    REQUIRE(doc.apply(e.changes));
    return e.id;
}

int tabIndex(const TaskDialog &dialog, const QString &title)
{
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        if (dialog.tabs()->tabText(i) == title)
            return i;
    }
    return -1;
}

QString cell(const TaskTreeModel &model, const Id &task, int column)
{
    return model.indexOf(task, column).data().toString();
}

} // namespace

TEST_CASE("TaskDialog: skill requirements and the estimate are saved with the task as one undo step", "[taskdialog]")
{
    PlanFixture f = planFixture();
    const Workspace &ws = f.document->workspace();
    const Id sql = addSkill(*f.document, "SQL", "Data");
    addSkill(*f.document, "Design");
    TaskTreeModel model(f.document.get());
    model.setProjectId(f.project);
    const Id backend = f.task(QStringLiteral("Backend"));
    const int steps = f.document->undoStack()->count();

    TaskDialog dialog(&model, backend);
    REQUIRE(tabIndex(dialog, QStringLiteral("Skills")) >= 0);
    REQUIRE(tabIndex(dialog, QStringLiteral("Estimates")) >= 0);
    CHECK(dialog.skillTable()->rowCount() == 0);
    CHECK(dialog.optimisticEdit()->text().isEmpty());

    // Skills tab: Add makes a row with the first skill of the catalogue; choose SQL at level 4.
    QWidget *skillsPage = dialog.tabs()->widget(tabIndex(dialog, QStringLiteral("Skills")));
    QPushButton *add = nullptr;
    for (QPushButton *b : skillsPage->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Add"))
            add = b;
    REQUIRE(add);
    add->click();
    REQUIRE(dialog.skillTable()->rowCount() == 1);
    auto *skill = qobject_cast<QComboBox *>(dialog.skillTable()->cellWidget(0, 0));
    auto *level = qobject_cast<QSpinBox *>(dialog.skillTable()->cellWidget(0, 1));
    REQUIRE(skill);
    REQUIRE(level);
    skill->setCurrentIndex(skill->findData(QVariant::fromValue(sql)));
    level->setValue(4);
    CHECK(level->maximum() == 5);
    CHECK(level->minimum() == 1);
    dialog.skillTable()->item(0, 2)->setText(QStringLiteral("40h"));

    // Estimates tab: out of order is refused with both estimates named, OK disabled.
    dialog.nameEdit()->setText(QStringLiteral("API"));
    dialog.optimisticEdit()->setText(QStringLiteral("9d"));
    dialog.mostLikelyEdit()->setText(QStringLiteral("8d"));
    dialog.pessimisticEdit()->setText(QStringLiteral("14d"));
    CHECK_FALSE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(dialog.problem().contains(QStringLiteral("optimistic estimate (9d)")));
    CHECK(dialog.problem().contains(QStringLiteral("most likely estimate (8d)")));
    dialog.pessimisticEdit()->setText(QStringLiteral("7d"));
    dialog.optimisticEdit()->setText(QStringLiteral("6d"));
    CHECK(dialog.problem().contains(QStringLiteral("pessimistic estimate (7d)")));
    dialog.pessimisticEdit()->setText(QStringLiteral("later"));
    CHECK(dialog.problem().contains(QStringLiteral("“later”")));
    dialog.pessimisticEdit()->setText(QStringLiteral("14d"));
    REQUIRE(dialog.problem().isEmpty());
    REQUIRE(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.result() == QDialog::Accepted);

    const Task *t = ws.get<Task>(backend);
    CHECK(t->name == QStringLiteral("API"));
    CHECK(t->optimistic == 6 * D);
    CHECK(t->mostLikely == 8 * D);
    CHECK(t->pessimistic == 14 * D);
    QList<const SkillRequirement *> needs;
    for (const SkillRequirement &r : ws.table<SkillRequirement>())
        if (r.taskId == backend)
            needs.append(&r);
    REQUIRE(needs.size() == 1);
    CHECK(needs[0]->skillId == sql);
    CHECK(needs[0]->minLevel == 4);
    CHECK(needs[0]->work == 40 * 60);
    CHECK(f.document->undoStack()->count() == steps + 1);

    // Opened again, it shows what was saved; removing the row removes the requirement.
    {
        TaskDialog again(&model, backend);
        CHECK(again.optimisticEdit()->text() == QStringLiteral("6d"));
        CHECK(again.pessimisticEdit()->text() == QStringLiteral("14d"));
        REQUIRE(again.skillTable()->rowCount() == 1);
        CHECK(qobject_cast<QComboBox *>(again.skillTable()->cellWidget(0, 0))->currentData().value<Id>() == sql);
    }

    // One undo step takes back the name, the estimate and the requirement.
    f.document->undoStack()->undo();
    CHECK(ws.get<Task>(backend)->name == QStringLiteral("Backend"));
    CHECK(ws.get<Task>(backend)->mostLikely == 0);
    for (const SkillRequirement &r : ws.table<SkillRequirement>())
        CHECK(r.taskId != backend);

    // A summary task has neither of its own.
    TaskDialog summary(&model, f.task(QStringLiteral("Build")));
    CHECK_FALSE(summary.optimisticEdit()->isEnabled());
    CHECK_FALSE(summary.skillTable()->isEnabled());
}

TEST_CASE("Plan: the variance columns show a task's slip against the baseline chosen", "[variance]")
{
    QSettings().remove(QStringLiteral("projectPlan"));
    PlanFixture f = planFixture();
    const Workspace &ws = f.document->workspace();
    ProjectPlanView view(f.document.get());
    view.setProjectId(f.project);
    TaskTreeModel *model = view.model();
    const Id backend = f.task(QStringLiteral("Backend"));
    const Id integration = f.task(QStringLiteral("Integration"));

    // Hidden until asked for; the action shows all seven.
    for (int c = TaskTreeModel::BaselineStartColumn; c <= TaskTreeModel::CostVarianceColumn; ++c)
        CHECK(view.tree()->isColumnHidden(c));
    QAction *columns = view.action(ProjectPlanView::Action::VarianceColumns);
    REQUIRE(columns);
    CHECK(view.viewActions().contains(columns));
    columns->trigger();
    for (int c = TaskTreeModel::BaselineStartColumn; c <= TaskTreeModel::CostVarianceColumn; ++c)
        CHECK_FALSE(view.tree()->isColumnHidden(c));

    // Baseline 0 saved now: no slip.
    REQUIRE(f.document->apply(EditService(ws).setBaseline(f.project, 0).changes));
    CHECK(model->comparedBaseline() == 0);
    CHECK(cell(*model, backend, TaskTreeModel::StartVarianceColumn) == QStringLiteral("0d"));
    CHECK(cell(*model, backend, TaskTreeModel::WorkVarianceColumn) == QStringLiteral("0h"));
    const Minutes baselineStart = ws.get<Task>(backend)->start;

    // Backend starts two working days later: it and Integration slip by 2d.
    const Minutes later = ws.get<Task>(backend)->start + 2 * kMinutesPerDay;
    REQUIRE(toDate(later).dayOfWeek() <= 5);
    REQUIRE(model->apply(TaskEdits::setStart(ws, backend, later)));
    QCoreApplication::processEvents();
    CHECK(cell(*model, backend, TaskTreeModel::StartVarianceColumn) == QStringLiteral("2d"));
    CHECK(cell(*model, backend, TaskTreeModel::FinishVarianceColumn) == QStringLiteral("2d"));
    CHECK(cell(*model, backend, TaskTreeModel::DurationVarianceColumn) == QStringLiteral("0d"));
    CHECK(cell(*model, integration, TaskTreeModel::FinishVarianceColumn) == QStringLiteral("2d"));
    CHECK(cell(*model, backend, TaskTreeModel::BaselineStartColumn)
          == QLocale().toString(toDateTime(baselineStart), QLocale::ShortFormat));
    CHECK(model->indexOf(backend).data(BaselineStartRole).toLongLong() == baselineStart);
    CHECK_FALSE(cell(*model, backend, TaskTreeModel::CostVarianceColumn).isEmpty());

    // Baseline 1 saved after the move; compared with it, nothing slipped.
    REQUIRE(f.document->apply(EditService(ws).setBaseline(f.project, 1).changes));
    view.baselineMenu()->popup(QPoint());
    view.baselineMenu()->hide();
    QAction *one = nullptr;
    for (QAction *a : view.baselineMenu()->actions())
        if (a->data().toInt() == 1)
            one = a;
    REQUIRE(one);
    CHECK(one->text().contains(QStringLiteral("saved")));
    one->trigger();
    CHECK(model->comparedBaseline() == 1);
    CHECK(cell(*model, backend, TaskTreeModel::StartVarianceColumn) == QStringLiteral("0d"));
    CHECK(cell(*model, integration, TaskTreeModel::FinishVarianceColumn) == QStringLiteral("0d"));
    CHECK(model->indexOf(backend).data(BaselineStartRole).toLongLong() == later);

    // The choice is remembered for the project; a baseline not saved shows nothing.
    ProjectPlanView other(f.document.get());
    other.setProjectId(f.project);
    CHECK(other.model()->chosenBaseline() == 1);
    CHECK(cell(*other.model(), backend, TaskTreeModel::StartVarianceColumn) == QStringLiteral("0d"));
    view.compareWithBaseline(5);
    CHECK(cell(*model, backend, TaskTreeModel::StartVarianceColumn).isEmpty());
    CHECK(model->indexOf(backend).data(BaselineStartRole).toLongLong() == kNoTime);
    view.compareWithBaseline(0);
    CHECK(cell(*model, backend, TaskTreeModel::StartVarianceColumn) == QStringLiteral("2d"));
    CHECK(view.action(ProjectPlanView::Action::CompareBaseline)->shortcut() == QKeySequence(Qt::ALT | Qt::Key_W));
    QSettings().remove(QStringLiteral("projectPlan"));
}

TEST_CASE("Task dialog and variance screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        const QString lang = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        PlanFixture f = planFixture();
        const Workspace &ws = f.document->workspace();
        const Id sql = addSkill(*f.document, chinese ? "SQL 数据库" : "SQL databases", chinese ? "数据" : "Data");
        const Id java = addSkill(*f.document, chinese ? "Java 开发" : "Java development", chinese ? "开发" : "Development");
        ProjectPlanView view(f.document.get());
        view.setProjectId(f.project);
        const Id backend = f.task(QStringLiteral("Backend"));
        {
            TaskDialog d(view.model(), backend);
            d.addSkillRow(java, 4, QStringLiteral("60h"));
            d.addSkillRow(sql, 3, QStringLiteral("20h"));
            d.tabs()->setCurrentIndex(tabIndex(d, chinese ? QStringLiteral("技能") : QStringLiteral("Skills")));
            d.show();
            QCoreApplication::processEvents();
            CHECK(d.grab().save(QDir(dir).filePath(QStringLiteral("task-skills-%1.png").arg(lang))));
            d.optimisticEdit()->setText(QStringLiteral("9d"));
            d.mostLikelyEdit()->setText(QStringLiteral("8d"));
            d.pessimisticEdit()->setText(QStringLiteral("15d"));
            d.tabs()->setCurrentIndex(tabIndex(d, chinese ? QStringLiteral("估计") : QStringLiteral("Estimates")));
            QCoreApplication::processEvents();
            CHECK(d.grab().save(QDir(dir).filePath(QStringLiteral("task-estimates-%1.png").arg(lang))));
        }
        REQUIRE(f.document->apply(EditService(ws).setBaseline(f.project, 0).changes));
        REQUIRE(view.model()->apply(TaskEdits::setStart(ws, backend, ws.get<Task>(backend)->start + 2 * kMinutesPerDay)));
        REQUIRE(view.model()->apply(TaskEdits::setDuration(ws, f.task(QStringLiteral("Frontend")), 10 * D)));
        view.showVarianceColumns(true);
        for (int c : {TaskTreeModel::PredecessorsColumn, TaskTreeModel::PercentCompleteColumn})
            view.tree()->setColumnHidden(c, true);
        const int treeWidth = view.tree()->header()->length() + 24;
        view.resize(treeWidth + 320, 420);
        view.findChild<QSplitter *>()->setSizes({treeWidth, 320});
        view.show();
        QCoreApplication::processEvents();
        CHECK(view.grab().save(QDir(dir).filePath(QStringLiteral("plan-variance-%1.png").arg(lang))));
        view.showVarianceColumns(false);
        QSettings().remove(QStringLiteral("projectPlan"));
        languages.install(QStringLiteral("en"));
    }
}
