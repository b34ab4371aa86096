// Progress from the plan: Update Tasks records % complete, % work complete, actual dates and the
// remaining duration of the selected tasks; Update Project marks the work through a status date
// as done. Each is one undo step through the edit service.

#include "fixtures.h"
#include "planfixture.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <ui/languagemanager.h>
#include <ui/progressdialog.h>
#include <ui/projectplanview.h>
#include <ui/workspacedocument.h>

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

TEST_CASE("Update Tasks: % complete, remaining duration, actual finish, bad input refused", "[progress]")
{
    PlanFixture f = planFixture();
    const Workspace &ws = f.document->workspace();
    ProjectPlanView view(f.document.get());
    view.setProjectId(f.project);
    const Id interviews = f.task(QStringLiteral("Interviews"));
    const Id requirements = f.task(QStringLiteral("Requirements"));
    const int steps = f.document->undoStack()->count();

    // From the plan: the current task, half done.
    view.selectTask(interviews);
    REQUIRE(view.action(ProjectPlanView::Action::UpdateTasks)->isEnabled());
    whenModal([](QWidget *w) {
        auto *d = qobject_cast<ProgressDialog *>(w);
        REQUIRE(d);
        d->percentBox()->setValue(50);
        d->save();
    });
    view.action(ProjectPlanView::Action::UpdateTasks)->trigger();
    const Task *t = ws.get<Task>(interviews);
    CHECK(t->percentComplete == 50);
    CHECK(t->actualStart == t->start);
    CHECK(f.document->undoStack()->count() == steps + 1);

    // The remaining duration: 1.5 of 3 days are done; two more to go makes 3.5 days.
    {
        ProgressDialog d(ws, view.model(), {interviews});
        CHECK(d.remainingEdit()->text() == QLocale().toString(1.5, 'f', 1) + u'd');
        d.remainingEdit()->setText(QStringLiteral("2d"));
        d.save();
        REQUIRE(d.result() == QDialog::Accepted);
        REQUIRE(f.document->apply(d.edit().changes));
        CHECK(ws.get<Task>(interviews)->duration == 1680);
        CHECK(ws.get<Task>(interviews)->percentComplete == 43);
    }

    // Bad input: refused with the reason, the dialog stays open, nothing applied.
    {
        MessageCatcher messages;
        ProgressDialog d(ws, view.model(), {requirements});
        d.remainingEdit()->setText(QStringLiteral("soon"));
        messages.arm();
        d.save();
        CHECK(d.result() != QDialog::Accepted);
        REQUIRE(messages.texts.size() == 1);
        CHECK(messages.texts[0].contains(u"soon"));
        d.remainingEdit()->setText(QStringLiteral("4d"));
        d.actualStartBox()->setChecked(true);
        d.actualStartEdit()->setDateTime(QDateTime(QDate(2025, 3, 12), QTime(9, 0)));
        d.actualFinishBox()->setChecked(true);
        d.actualFinishEdit()->setDateTime(QDateTime(QDate(2025, 3, 11), QTime(17, 0)));
        messages.arm();
        d.save();
        CHECK(d.result() != QDialog::Accepted);
        REQUIRE(messages.texts.size() == 2);
        CHECK(messages.texts[1].contains(u"before the actual start"));
        CHECK(ws.get<Task>(requirements)->percentComplete == 0);

        // An actual finish makes the task complete.
        d.actualStartEdit()->setDateTime(QDateTime(QDate(2025, 3, 6), QTime(8, 0)));
        d.save();
        REQUIRE(d.result() == QDialog::Accepted);
        REQUIRE(f.document->apply(d.edit().changes));
        CHECK(ws.get<Task>(requirements)->percentComplete == 100);
        CHECK(ws.get<Task>(requirements)->actualFinish == toMinutes(QDate(2025, 3, 11), 17 * 60));
    }

    // Undo goes back step by step.
    f.document->undoStack()->undo();
    CHECK(ws.get<Task>(requirements)->percentComplete == 0);
    f.document->undoStack()->undo();
    CHECK(ws.get<Task>(interviews)->duration == 3 * 480);
    f.document->undoStack()->undo();
    CHECK(ws.get<Task>(interviews)->percentComplete == 0);
    CHECK(ws.get<Task>(interviews)->actualStart == kNoTime);
}

TEST_CASE("Update Tasks on several tasks, and % work complete", "[progress]")
{
    PlanFixture f = planFixture();
    const Workspace &ws = f.document->workspace();
    ProjectPlanView view(f.document.get());
    view.setProjectId(f.project);
    const Id backend = f.task(QStringLiteral("Backend"));
    const Id frontend = f.task(QStringLiteral("Frontend"));

    ProgressDialog d(ws, view.model(), {backend, frontend});
    REQUIRE(d.workPercentBox()->isEnabled());   // both have someone assigned
    CHECK_FALSE(d.actualStartBox()->isChecked());
    d.percentBox()->setValue(100);
    d.save();
    REQUIRE(d.result() == QDialog::Accepted);
    const int steps = f.document->undoStack()->count();
    REQUIRE(f.document->apply(d.edit().changes));
    CHECK(f.document->undoStack()->count() == steps + 1);
    CHECK(ws.get<Task>(backend)->percentComplete == 100);
    CHECK(ws.get<Task>(frontend)->actualFinish == ws.get<Task>(frontend)->finish);

    ProgressDialog w(ws, view.model(), {backend});
    w.workPercentBox()->setValue(40);
    w.save();
    REQUIRE(f.document->apply(w.edit().changes));
    for (const Assignment &a : ws.table<Assignment>())
        if (a.taskId == backend)
            CHECK(a.actualWork == a.work * 40 / 100);
}

TEST_CASE("Update Project: the work through the status date is done", "[progress]")
{
    PlanFixture f = planFixture();
    const Workspace &ws = f.document->workspace();
    ProjectPlanView view(f.document.get());
    view.setProjectId(f.project);
    const int steps = f.document->undoStack()->count();
    whenModal([](QWidget *w) {
        auto *d = qobject_cast<UpdateProjectDialog *>(w);
        REQUIRE(d);
        d->statusDateEdit()->setDate(QDate(2025, 3, 6));   // Interviews Mon 3–Wed 5, Requirements from Thu 6
        REQUIRE(d->proportionalButton()->isChecked());
        d->save();
    });
    view.action(ProjectPlanView::Action::UpdateProject)->trigger();
    CHECK(f.document->undoStack()->count() == steps + 1);
    CHECK(ws.get<Project>(f.project)->statusDate == toMinutes(QDate(2025, 3, 6)));
    CHECK(ws.get<Task>(f.task(QStringLiteral("Interviews")))->percentComplete == 100);
    CHECK(ws.get<Task>(f.task(QStringLiteral("Requirements")))->percentComplete == 25);
    CHECK(ws.get<Task>(f.task(QStringLiteral("Backend")))->percentComplete == 0);
    f.document->undoStack()->undo();
    CHECK(ws.get<Task>(f.task(QStringLiteral("Interviews")))->percentComplete == 0);
    CHECK(ws.get<Project>(f.project)->statusDate == kNoTime);
}

TEST_CASE("Progress dialog screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        const QString suffix = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        PlanFixture f = planFixture();
        ProjectPlanView view(f.document.get());
        view.setProjectId(f.project);
        ProgressDialog d(f.document->workspace(), view.model(), {f.task(QStringLiteral("Backend"))});
        d.percentBox()->setValue(60);
        d.actualStartBox()->setChecked(true);
        d.show();
        QCoreApplication::processEvents();
        CHECK(d.grab().save(QDir(dir).filePath(QStringLiteral("update-tasks-%1.png").arg(suffix))));
        UpdateProjectDialog u(f.document->workspace(), f.project);
        u.statusDateEdit()->setDate(QDate(2025, 3, 14));
        u.show();
        QCoreApplication::processEvents();
        CHECK(u.grab().save(QDir(dir).filePath(QStringLiteral("update-project-%1.png").arg(suffix))));
        languages.install(QStringLiteral("en"));
    }
}
