// The audit trail (View ▸ Audit Trail…, "History…" on a task, a project and a person), passing a
// failed phase gate with a manager's reason, and the lessons-learned browser.

#include "fixtures.h"
#include "planfixture.h"

#include <catch2/catch.hpp>

#include <demo/demogenerator.h>
#include <edit/editservice.h>
#include <model/workspace.h>
#include <store/store.h>
#include <ui/audittrailmodel.h>
#include <ui/audittrailview.h>
#include <ui/gateoverridedialog.h>
#include <ui/languagemanager.h>
#include <ui/lessonsview.h>
#include <ui/lifecycleview.h>
#include <ui/mainwindow.h>
#include <ui/placeholdertreeview.h>
#include <ui/portfolioview.h>
#include <ui/portfoliofiltermodel.h>
#include <ui/portfoliomodel.h>
#include <ui/entitytablemodel.h>
#include <ui/projectplanview.h>
#include <ui/resourcesview.h>
#include <ui/workspacedocument.h>
#include <workflow/phasegate.h>

#include <QAbstractItemModelTester>
#include <QFontMetrics>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

void rename(WorkspaceDocument &doc, EntityType type, const Id &id, const QString &name)
{
    QJsonObject fields;
    fields.insert(type == EntityType::LessonLearned ? QStringLiteral("title") : QStringLiteral("name"), name);
    const Edit e = EditService(doc.workspace()).set(type, id, fields);
    INFO(e.error.toStdString());
    REQUIRE(e.ok());
    REQUIRE(doc.apply(e.changes));
}

std::unique_ptr<WorkspaceDocument> demoDocument()
{
    auto doc = std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Demo")));
    QString error;
    REQUIRE(generateDemo(doc->store(), DemoOptions(), &error));
    return doc;
}

/// A project of the document whose gate out of its phase is not met.
Id projectWithUnmetGate(const WorkspaceDocument &doc)
{
    for (const Project &p : doc.workspace().projects()) {
        const GateCheck gate = PhaseGate::check(doc.workspace(), p.id);
        const bool latin = std::all_of(p.name.cbegin(), p.name.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (gate.to && !gate.allMet() && p.phase != Phase::Closing && latin)
            return p.id;
    }
    return {};
}

int column(AuditTrailModel::Column c)
{
    return int(c);
}

} // namespace

TEST_CASE("The audit trail lists, filters, sorts and exports the workspace's changes", "[audittrail]")
{
    auto doc = sampleDocument();
    doc->store().setActor(QStringLiteral("auditor"));
    const Id project = projectId(*doc, QStringLiteral("BSL-005"));
    rename(*doc, EntityType::Project, project, QStringLiteral("Route engine v2"));

    AuditTrailView view(doc.get());
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    REQUIRE(view.model()->rowCount() > 0);
    // Newest first: the rename is on top.
    const QModelIndex top = view.proxy()->index(0, 0);
    CHECK(top.siblingAtColumn(column(AuditTrailModel::WhoColumn)).data().toString() == QStringLiteral("auditor"));
    CHECK(top.siblingAtColumn(column(AuditTrailModel::FieldColumn)).data().toString() == QStringLiteral("Name"));
    CHECK(top.siblingAtColumn(column(AuditTrailModel::OldColumn)).data().toString() == QStringLiteral("Route optimisation engine"));
    CHECK(top.siblingAtColumn(column(AuditTrailModel::NewColumn)).data().toString() == QStringLiteral("Route engine v2"));
    CHECK(top.siblingAtColumn(column(AuditTrailModel::RecordColumn)).data().toString() == QStringLiteral("Route engine v2"));

    // The author filter lists who changed anything.
    REQUIRE(view.authorFilter()->findData(QStringLiteral("auditor")) > 0);
    view.authorFilter()->setCurrentIndex(view.authorFilter()->findData(QStringLiteral("auditor")));
    CHECK(view.model()->rowCount() == 1);
    view.authorFilter()->setCurrentIndex(0);

    // The record type filter.
    const int projects = view.typeFilter()->findData(int(EntityType::Project));
    REQUIRE(projects > 0);
    view.typeFilter()->setCurrentIndex(projects);
    REQUIRE(view.model()->rowCount() > 1);
    for (int r = 0; r < view.model()->rowCount(); ++r)
        CHECK(view.model()->row(r).type == EntityType::Project);
    view.typeFilter()->setCurrentIndex(0);

    // Search text (applied after a pause in typing, or at once).
    view.searchEdit()->setText(QStringLiteral("route engine"));
    view.applyFilters();
    REQUIRE(view.model()->rowCount() >= 1);
    for (int r = 0; r < view.model()->rowCount(); ++r)
        CHECK(view.model()->row(r).recordId == project);
    view.searchEdit()->clear();
    view.applyFilters();

    // A date range after today shows nothing; one around today shows everything again.
    view.fromEdit()->setDate(QDate::currentDate().addDays(2));
    CHECK(view.model()->rowCount() == 0);
    view.fromEdit()->setDate(QDate::currentDate().addDays(-1));
    view.toEdit()->setDate(QDate::currentDate());
    CHECK(view.model()->rowCount() > 1);

    // Sorting by a column.
    view.table()->sortByColumn(column(AuditTrailModel::RecordColumn), Qt::AscendingOrder);
    const QString first = view.proxy()->index(0, column(AuditTrailModel::RecordColumn)).data().toString();
    const QString last = view.proxy()->index(view.proxy()->rowCount() - 1, column(AuditTrailModel::RecordColumn)).data().toString();
    CHECK(QString::localeAwareCompare(first.toLower(), last.toLower()) <= 0);

    // A new change shows up at once.
    const int before = view.model()->rowCount();
    rename(*doc, EntityType::Project, project, QStringLiteral("Route engine v3"));
    QCoreApplication::processEvents();
    CHECK(view.model()->rowCount() == before + 1);

    // Export CSV: every matching row, written whole.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trail.csv"));
    QString error;
    REQUIRE(view.exportCsv(path, &error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count("\r\n") == view.model()->rowCount() + 1);
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 1);
    CHECK_FALSE(view.exportCsv(dir.filePath(QStringLiteral("no/such/folder/trail.csv")), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("A long change log is read a page at a time", "[audittrail]")
{
    auto doc = demoDocument();
    AuditTrailView view(doc.get());
    view.show();
    REQUIRE(doc->store().changeRowCount() > 3 * AuditTrailModel::kPageSize);
    // Only what fills the table is read: whole pages, far fewer than the log holds.
    const int shown = view.model()->rowCount();
    CHECK(shown % AuditTrailModel::kPageSize == 0);
    CHECK(shown < doc->store().changeRowCount());
    CHECK(view.loadMoreButton()->isEnabled());
    view.loadMoreButton()->click();
    CHECK(view.model()->rowCount() == shown + AuditTrailModel::kPageSize);
    view.table()->scrollToBottom();
    CHECK(view.model()->canFetchMore({}));
}

TEST_CASE("History of a task, a project and a person opens the record's own trail", "[audittrail]")
{
    PlanFixture f = planFixture();
    const Id build = f.task(QStringLiteral("Build"));
    rename(*f.document, EntityType::Task, build, QStringLiteral("Build it"));

    ProjectPlanView plan(f.document.get());
    plan.setProjectId(f.project);
    plan.selectTask(build);
    auto *taskHistory = plan.findChild<QAction *>(QStringLiteral("taskHistoryAction"));
    REQUIRE(taskHistory);
    CHECK(plan.tree()->actions().contains(taskHistory));
    taskHistory->trigger();
    auto *trail = plan.findChild<AuditTrailView *>();
    REQUIRE(trail);
    CHECK(trail->isVisible());
    CHECK(trail->windowTitle().contains(QStringLiteral("Build it")));
    REQUIRE(trail->model()->rowCount() >= 2);
    for (int r = 0; r < trail->model()->rowCount(); ++r)
        CHECK(trail->model()->row(r).recordId == build);
    CHECK(trail->typeFilter()->isHidden());
    trail->close();

    PortfolioView portfolio(f.document.get());
    const QModelIndex source = portfolio.model()->indexOf(f.project);
    portfolio.view()->setCurrentIndex(portfolio.filterModel()->mapFromSource(source));
    auto *projectHistory = portfolio.findChild<QAction *>(QStringLiteral("projectHistoryAction"));
    REQUIRE(projectHistory);
    projectHistory->trigger();
    trail = portfolio.findChild<AuditTrailView *>();
    REQUIRE(trail);
    REQUIRE(trail->model()->rowCount() >= 1);
    for (int r = 0; r < trail->model()->rowCount(); ++r)
        CHECK(trail->model()->row(r).recordId == f.project);
    trail->close();

    ResourcesView resources(f.document.get());
    resources.view()->setCurrentIndex(resources.view()->model()->index(0, 0));
    const Id person = resources.view()->currentIndex().data(EntityTableModel::IdRole).value<Id>();
    REQUIRE_FALSE(person.isNull());
    auto *personHistory = resources.findChild<QAction *>(QStringLiteral("resourceHistoryAction"));
    REQUIRE(personHistory);
    personHistory->trigger();
    trail = resources.findChild<AuditTrailView *>();
    REQUIRE(trail);
    REQUIRE(trail->model()->rowCount() >= 1);
    CHECK(trail->model()->row(0).recordId == person);
    trail->close();
}

TEST_CASE("View menu opens the audit trail and the lessons learned", "[audittrail][lessons]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QString error;
    REQUIRE(window.openWorkspace(dir.filePath(QStringLiteral("menu.keel")), &error));
    auto *audit = window.findChild<QAction *>(QStringLiteral("auditTrailAction"));
    auto *lessons = window.findChild<QAction *>(QStringLiteral("lessonsAction"));
    REQUIRE(audit);
    REQUIRE(lessons);
    CHECK(audit->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    CHECK(lessons->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));
    audit->trigger();
    auto *trail = window.findChild<AuditTrailView *>();
    REQUIRE(trail);
    CHECK(trail->isVisible());
    lessons->trigger();
    auto *browser = window.findChild<LessonsView *>();
    REQUIRE(browser);
    CHECK(browser->isVisible());
    window.closeWorkspace();
    QCoreApplication::processEvents();
}

TEST_CASE("A failed gate is passed with a written reason, as one undo step", "[gateoverride]")
{
    auto doc = sampleDocument();
    const Id project = projectId(*doc, QStringLiteral("BSL-005"));
    LifecycleView lifecycle(doc.get());
    lifecycle.setProjectId(project);
    REQUIRE_FALSE(lifecycle.advanceButton()->isEnabled());
    REQUIRE(lifecycle.overrideButton()->isVisibleTo(&lifecycle));
    CHECK(lifecycle.overridesLabel()->isHidden());
    const Phase before = doc->workspace().get<Project>(project)->phase;
    const int unmet = int(PhaseGate::check(doc->workspace(), project).unmet().size());
    REQUIRE(unmet > 0);

    // An empty reason is refused: nothing applied, the dialog stays with the message.
    bool sawEmpty = false;
    whenModal([&](QWidget *w) {
        auto *dialog = qobject_cast<GateOverrideDialog *>(w);
        REQUIRE(dialog);
        CHECK(dialog->unmetList()->count() == unmet);
        dialog->reasonEdit()->setPlainText(QStringLiteral("   "));
        dialog->passButton()->click();
        CHECK(dialog->isVisible());
        CHECK(dialog->errorLabel()->isVisibleTo(dialog));
        CHECK(dialog->errorLabel()->text().contains(QStringLiteral("written reason")));
        sawEmpty = true;
        dialog->reject();
    });
    const int steps = doc->undoStack()->count();
    lifecycle.overrideButton()->click();
    CHECK(sawEmpty);
    CHECK(doc->undoStack()->count() == steps);
    CHECK(doc->workspace().get<Project>(project)->phase == before);

    whenModal([&](QWidget *w) {
        auto *dialog = qobject_cast<GateOverrideDialog *>(w);
        REQUIRE(dialog);
        dialog->reasonEdit()->setPlainText(QStringLiteral("Sponsor approved the start in writing"));
        dialog->passButton()->click();
    });
    lifecycle.overrideButton()->click();
    CHECK(doc->undoStack()->count() == steps + 1);
    const Phase after = doc->workspace().get<Project>(project)->phase;
    CHECK(int(after) == int(before) + 1);
    QCoreApplication::processEvents();
    CHECK_FALSE(lifecycle.overridesLabel()->isHidden());
    CHECK(lifecycle.overridesLabel()->text().contains(QStringLiteral("Sponsor approved the start in writing")));

    // The audit trail shows the override.
    AuditTrailView trail(doc.get(), EntityType::Project, project);
    REQUIRE(trail.model()->rowCount() >= 1);
    const AuditRow &phase = trail.model()->row(0);
    CHECK(phase.field == QStringLiteral("Phase"));
    CHECK(phase.description.contains(QStringLiteral("override")));

    // One undo step takes the phase and the note back.
    doc->undoStack()->undo();
    CHECK(doc->workspace().get<Project>(project)->phase == before);
    QCoreApplication::processEvents();
    CHECK(lifecycle.overridesLabel()->isHidden());
}

TEST_CASE("Lessons learned are searched across projects with details beside", "[lessons]")
{
    auto doc = demoDocument();
    LessonsView view(doc.get());
    view.show();
    const int total = int(doc->workspace().table<LessonLearned>().size());
    REQUIRE(total > 3);
    CHECK(view.model()->rowCount() == total);
    REQUIRE(view.categoryFilter()->count() > 1);
    REQUIRE(view.clientFilter()->count() > 1);
    CHECK(view.table()->currentIndex().isValid());
    CHECK_FALSE(view.details()->toPlainText().isEmpty());

    // A word of one lesson's recommendation finds it.
    const LessonLearned &some = *doc->workspace().table<LessonLearned>().begin();
    const QString word = some.recommendation.section(QLatin1Char(' '), 0, 0);
    view.searchEdit()->setText(word);
    view.search();
    REQUIRE(view.model()->rowCount() >= 1);
    CHECK(view.model()->rowCount() <= total);

    view.searchEdit()->clear();
    view.categoryFilter()->setCurrentIndex(1);
    const QString category = view.categoryFilter()->currentText();
    REQUIRE(view.model()->rowCount() >= 1);
    for (int r = 0; r < view.model()->rowCount(); ++r)
        CHECK(view.model()->index(r, LessonsView::CategoryColumn).data().toString().compare(category, Qt::CaseInsensitive) == 0);
    view.categoryFilter()->setCurrentIndex(0);
    view.clientFilter()->setCurrentIndex(1);
    const QString client = view.clientFilter()->currentText();
    REQUIRE(view.model()->rowCount() >= 1);
    for (int r = 0; r < view.model()->rowCount(); ++r)
        CHECK(view.model()->index(r, LessonsView::ClientColumn).data().toString() == client);

    view.table()->setCurrentIndex(view.model()->index(0, 0));
    CHECK(view.details()->toPlainText().contains(view.model()->index(0, 0).data().toString()));

    view.searchEdit()->setText(QStringLiteral("zzzz-no-such-lesson"));
    view.search();
    CHECK(view.model()->rowCount() == 0);
}

TEST_CASE("Audit trail, gate override and lessons screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    auto doc = demoDocument();
    doc->store().setActor(QStringLiteral("li.na"));
    const Id project = projectWithUnmetGate(*doc);
    REQUIRE_FALSE(project.isNull());
    // A few edits by a person, so the trail shows updates, a deletion and an override.
    const Task *someTask = nullptr;
    for (const Task &t : doc->workspace().tasks()) {
        if (t.projectId == project && !t.milestone) {
            someTask = &t;
            break;
        }
    }
    REQUIRE(someTask);
    const Id taskId = someTask->id;
    const QString taskName = someTask->name;
    rename(*doc, EntityType::Task, taskId, taskName + QStringLiteral(" (rev. B)"));
    {
        QJsonObject fields;
        fields.insert(QStringLiteral("budget"), 48000000);
        const Edit e = EditService(doc->workspace()).set(EntityType::Project, project, fields);
        REQUIRE(e.ok());
        REQUIRE(doc->apply(e.changes));
    }
    {
        const Edit e = EditService(doc->workspace()).advanceGate(project, QStringLiteral("Steering committee approved on 2026-01-05"));
        REQUIRE(e.ok());
        REQUIRE(doc->apply(e.changes));
    }
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        const QString suffix = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        {
            AuditTrailView trail(doc.get());
            trail.resize(1280, 640);
            trail.show();
            QCoreApplication::processEvents();
            CHECK(trail.grab().save(QDir(dir).filePath(QStringLiteral("audit-trail-%1.png").arg(suffix))));
        }
        {
            const Id next = [&] {
                for (const Project &p : doc->workspace().projects()) {
                    const GateCheck gate = PhaseGate::check(doc->workspace(), p.id);
                    const bool latin = std::all_of(p.name.cbegin(), p.name.cend(), [](QChar c) { return c.unicode() < 0x80; });
                    if (p.id != project && gate.to && !gate.allMet() && p.phase != Phase::Closing && latin == !chinese)
                        return p.id;
                }
                return project;
            }();
            LifecycleView lifecycle(doc.get());
            lifecycle.resize(1200, 640);
            lifecycle.setProjectId(project);
            lifecycle.show();
            GateOverrideDialog dialog(doc.get(), next, &lifecycle);
            dialog.reasonEdit()->setPlainText(chinese ? QStringLiteral("客户已书面同意先行启动，测试环境下周到位。")
                                                      : QStringLiteral("The client agreed in writing to start now; the test environment arrives next week."));
            dialog.show();
            QCoreApplication::processEvents();
            CHECK(dialog.grab().save(QDir(dir).filePath(QStringLiteral("gate-override-%1.png").arg(suffix))));
            CHECK(lifecycle.grab().save(QDir(dir).filePath(QStringLiteral("gate-override-lifecycle-%1.png").arg(suffix))));
        }
        {
            LessonsView lessons(doc.get());
            lessons.resize(1200, 620);
            lessons.show();
            QCoreApplication::processEvents();
            CHECK(lessons.grab().save(QDir(dir).filePath(QStringLiteral("lessons-%1.png").arg(suffix))));
        }
        languages.install(QStringLiteral("en"));
    }
}
