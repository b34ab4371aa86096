// The week grid: hours typed into cells are logged through the edit service, one undo step each;
// the week is submitted, rejected with a comment the person sees, corrected, approved and locked.

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <edit/editservice.h>
#include <model/workspace.h>
#include <store/store.h>
#include <ui/languagemanager.h>
#include <ui/timesheetdialog.h>
#include <ui/workspacedocument.h>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

struct Week
{
    std::unique_ptr<WorkspaceDocument> doc = std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Time")));
    Id ann, design, build, other;

    Week()
    {
        Resource r;
        r.id = ann = newId();
        r.name = QStringLiteral("Ann");
        REQUIRE(doc->apply(ChangeSet().insert(r)));
        const Edit p = EditService(ws()).createProject({}, QStringLiteral("Portal"), QStringLiteral("P1"), Id(),
                                                       QDate(2024, 1, 8));
        REQUIRE(doc->apply(p.changes));
        design = task(p.id, "Design", 2 * 480);
        build = task(p.id, "Build", 5 * 480);
        other = task(p.id, "Review", 480);
        REQUIRE(doc->apply(EditService(ws()).plan(TaskEdits::link(ws(), design, build)).changes));
        REQUIRE(doc->apply(EditService(ws()).assign(design, ann, 1.0).changes));
        REQUIRE(doc->apply(EditService(ws()).assign(build, ann, 1.0).changes));
    }
    const Workspace &ws() const { return doc->workspace(); }
    Id task(const Id &project, const char *name, Minutes duration)
    {
        QJsonObject o{{QStringLiteral("project_id"), project.toString(QUuid::WithoutBraces)},
                      {QStringLiteral("name"), QString::fromUtf8(name)},
                      {QStringLiteral("duration"), duration}};
        const Edit e = EditService(ws()).add(EntityType::Task, o);
        REQUIRE(doc->apply(e.changes));
        return e.id;
    }
    Minutes logged() const
    {
        Minutes sum = 0;
        for (const TimeEntry &e : ws().table<TimeEntry>())
            sum += e.minutes;
        return sum;
    }
};

/// Answers the next input dialog with @p text.
void answer(const QString &text)
{
    whenModal([text](QWidget *w) {
        auto *input = qobject_cast<QInputDialog *>(w);
        REQUIRE(input);
        input->setTextValue(text);
        input->accept();
    });
}

} // namespace

TEST_CASE("Timesheet: hours typed per task and day, submitted, rejected, corrected, approved", "[timesheet]")
{
    Week w;
    TimesheetDialog d(w.doc.get(), w.ann, QDate(2024, 1, 10));
    CHECK(d.weekStart() == QDate(2024, 1, 8));
    // The assigned tasks of the week, in WBS order, and a totals row.
    REQUIRE(d.grid()->rowCount() == 3);
    CHECK(d.grid()->item(0, 0)->text().contains(u"Design"));
    CHECK(d.grid()->item(1, 0)->text().contains(u"Build"));
    CHECK_FALSE(d.submitButton()->isEnabled());

    // Typing into a cell logs the time (as the grid does, after the editor closes).
    d.grid()->item(0, 1)->setText(QStringLiteral("7.5"));
    QApplication::processEvents();
    CHECK(w.logged() == 450);
    const int steps = w.doc->undoStack()->count();
    REQUIRE(d.setCell(0, 2, QStringLiteral("8h")));
    REQUIRE(d.setCell(1, 2, QStringLiteral("30m")));
    CHECK(w.logged() == 450 + 480 + 30);
    CHECK(w.doc->undoStack()->count() == steps + 2);
    CHECK(d.grid()->item(3 - 1, 3)->text() == QStringLiteral("8.5"));   // Wednesday's total (day 2)
    CHECK(d.grid()->item(0, 8)->text() == QStringLiteral("15.5"));      // Design's total

    // Bad input is refused with the reason, and nothing changes.
    MessageCatcher messages;
    messages.arm();
    CHECK_FALSE(d.setCell(0, 3, QStringLiteral("lots")));
    messages.arm();
    CHECK_FALSE(d.setCell(0, 2, QStringLiteral("24")));   // with Build's half hour: over 24 h
    REQUIRE(messages.texts.size() == 2);
    CHECK(messages.texts[0].contains(u"lots"));
    CHECK(messages.texts[1].contains(u"24 hours"));
    CHECK(w.logged() == 960);

    // Undo removes the last cell's time; the grid follows.
    w.doc->undoStack()->undo();
    CHECK(w.logged() == 930);
    CHECK(d.grid()->item(1, 2)->text().isEmpty());
    w.doc->undoStack()->redo();

    // A task from the list gets a row, and time.
    d.taskBox()->setCurrentIndex(d.taskBox()->findData(QVariant::fromValue(w.other)));
    d.addTaskRow(w.other);
    REQUIRE(d.grid()->rowCount() == 4);
    REQUIRE(d.setCell(2, 4, QStringLiteral("2")));
    CHECK(w.logged() == 1080);

    // Submitted: no more typing until it is rejected.
    d.submit();
    CHECK(d.week().state == TimesheetWeek::State::Submitted);
    CHECK_FALSE(d.grid()->item(0, 1)->flags().testFlag(Qt::ItemIsEditable));
    CHECK(d.approveButton()->isEnabled());
    answer(QStringLiteral("Review was on Thursday"));
    d.rejectButton()->click();
    CHECK(d.week().state == TimesheetWeek::State::Rejected);
    CHECK(d.stateLabel()->text().contains(u"Review was on Thursday"));
    REQUIRE(d.setCell(2, 4, QString()));
    REQUIRE(d.setCell(2, 3, QStringLiteral("2")));
    CHECK(d.week().state == TimesheetWeek::State::Draft);
    d.submit();
    answer(QString());
    d.approveButton()->click();
    CHECK(d.week().locked());
    CHECK_FALSE(d.grid()->item(0, 1)->flags().testFlag(Qt::ItemIsEditable));
    messages.texts.clear();
    messages.arm();
    CHECK_FALSE(d.setCell(0, 5, QStringLiteral("1")));
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts[0].contains(u"locked"));

    // The next week is empty and the person's other weeks are their own.
    d.nextWeek();
    CHECK(d.weekStart() == QDate(2024, 1, 15));
    CHECK(d.week().state == TimesheetWeek::State::Empty);
    CHECK(d.grid()->rowCount() == 1 + 1);   // Build still runs that week; the totals row
}

TEST_CASE("Timesheet screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        Week w;
        TimesheetDialog d(w.doc.get(), w.ann, QDate(2024, 1, 10));
        d.resize(900, 420);
        d.show();
        REQUIRE(d.setCell(0, 0, QStringLiteral("7.5")));   // days count from Monday = 0
        REQUIRE(d.setCell(0, 1, QStringLiteral("8")));
        REQUIRE(d.setCell(1, 2, QStringLiteral("6")));
        REQUIRE(d.setCell(1, 3, QStringLiteral("8")));
        d.submit();
        answer(chinese ? QStringLiteral("周四的评审时间记错了") : QStringLiteral("Review was on Thursday"));
        d.rejectButton()->click();
        QCoreApplication::processEvents();
        CHECK(d.grab().save(QDir(dir).filePath(QStringLiteral("timesheet-%1.png").arg(chinese ? u"zh" : u"en"))));
        languages.install(QStringLiteral("en"));
    }
}
