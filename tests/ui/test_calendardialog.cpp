// The calendar editor: calendars added, edited and deleted from the dialog, each saved change one
// undo step; the preview follows unsaved edits; bad hours are refused with the day named and
// nothing saved; a calendar in use cannot be deleted; a country's public holidays become one.

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <edit/editservice.h>
#include <model/workspace.h>
#include <store/store.h>
#include <ui/calendardialog.h>
#include <ui/languagemanager.h>
#include <ui/newprojectdialog.h>
#include <ui/projectpropertiesdialog.h>
#include <ui/workspacedocument.h>

#include <QApplication>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

using Kind = CalendarDialog::DayKind;

std::unique_ptr<WorkspaceDocument> emptyDocument()
{
    return std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Calendars")));
}

void type(QLineEdit *edit, const QString &text)
{
    // Typed key by key when the test keyboard has the characters; else as one edit.
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
    if (ascii) {
        QTest::keyClicks(edit, text);
        return;
    }
    edit->setText(text);
    Q_EMIT edit->textEdited(text);
}

void choose(QComboBox *box, int data)
{
    box->setCurrentIndex(box->findData(data));
}

Id calendarNamed(const Workspace &ws, const QString &name)
{
    for (const Calendar &c : ws.table<Calendar>()) {
        if (c.name == name)
            return c.id;
    }
    return {};
}

} // namespace

TEST_CASE("Calendar dialog: add, edit the week and exceptions, refuse bad hours, undo", "[calendardialog]")
{
    auto doc = emptyDocument();
    const Workspace &ws = doc->workspace();
    CalendarDialog d(doc.get());
    REQUIRE(d.calendarList()->count() == 1); // the workspace's Standard calendar
    const int start = doc->undoStack()->count();

    // Add a calendar: one step, shown and selected.
    REQUIRE(d.addCalendar(QStringLiteral("Office")));
    const Id office = calendarNamed(ws, QStringLiteral("Office"));
    REQUIRE(!office.isNull());
    CHECK(d.currentCalendar() == office);
    CHECK(d.calendarList()->count() == 2);
    CHECK(doc->undoStack()->count() == start + 1);

    // Edit the working week; the preview follows before anything is saved.
    d.preview()->setCurrentPage(2026, 3);
    CHECK(d.previewKind(QDate(2026, 3, 7)) == Kind::NonWorking); // a Saturday
    type(d.dayHoursEdit(0), QStringLiteral("09:00-12:00, 13:00-18:00"));
    choose(d.dayKindBox(5), 1); // Saturday: working
    type(d.dayHoursEdit(5), QStringLiteral("9-12"));
    CHECK(d.previewKind(QDate(2026, 3, 7)) == Kind::Working);
    CHECK(d.isModified());
    CHECK(ws.get<Calendar>(office)->week[5].intervals.isEmpty());
    REQUIRE(d.save());
    CHECK(doc->undoStack()->count() == start + 2);
    const Calendar *saved = ws.get<Calendar>(office);
    CHECK(saved->week[0].intervals == QList<TimeInterval>{{9 * 60, 12 * 60}, {13 * 60, 18 * 60}});
    CHECK(saved->week[5].intervals == QList<TimeInterval>{{9 * 60, 12 * 60}});
    CHECK_FALSE(d.isModified());

    // Add an exception: two days off, live in the preview, then saved as one step.
    d.addException();
    type(d.exceptionNameEdit(), QStringLiteral("Offsite"));
    d.exceptionFromEdit()->setDate(QDate(2026, 3, 10));
    d.exceptionToEdit()->setDate(QDate(2026, 3, 11));
    d.preview()->setCurrentPage(2026, 3);
    CHECK(d.previewKind(QDate(2026, 3, 10)) == Kind::NonWorkingException);
    CHECK(d.previewKind(QDate(2026, 3, 11)) == Kind::NonWorkingException);
    CHECK(d.previewKind(QDate(2026, 3, 12)) == Kind::Working);
    CHECK(d.exceptionTable()->rowCount() == 1);
    CHECK(d.exceptionTable()->item(0, 0)->text() == u"Offsite");
    // A second one: every other Friday afternoon off, from 13 March, four times.
    d.addException();
    type(d.exceptionNameEdit(), QStringLiteral("Short Fridays"));
    d.exceptionFromEdit()->setDate(QDate(2026, 3, 13));
    d.exceptionToEdit()->setDate(QDate(2026, 12, 31));
    d.exceptionWorkingBox()->setChecked(true);
    type(d.exceptionHoursEdit(), QStringLiteral("09:00–12:00"));
    choose(d.recurrenceBox(), int(Recurrence::Weekly));
    CHECK(d.weekdayBox(4)->isChecked()); // the first day's weekday is offered
    d.periodBox()->setValue(2);
    d.occurrencesBox()->setValue(4);
    d.preview()->setCurrentPage(2026, 3);
    CHECK(d.previewKind(QDate(2026, 3, 13)) == Kind::WorkingException);
    CHECK(d.previewKind(QDate(2026, 3, 20)) == Kind::Working);
    CHECK(d.previewKind(QDate(2026, 3, 27)) == Kind::WorkingException);
    d.preview()->setSelectedDate(QDate(2026, 3, 27));
    CHECK(d.dayDescription().contains(QStringLiteral("Short Fridays")));
    CHECK(d.dayDescription().contains(QStringLiteral("09:00–12:00")));
    REQUIRE(d.save());
    CHECK(doc->undoStack()->count() == start + 3);
    REQUIRE(ws.get<Calendar>(office)->exceptions.size() == 2);
    const CalendarException &fridays = ws.get<Calendar>(office)->exceptions[1];
    CHECK(fridays.recurrence == Recurrence::Weekly);
    CHECK(fridays.weekdayMask == 1 << 4);
    CHECK(fridays.period == 2);
    CHECK(fridays.occurrences == 4);
    CHECK(fridays.intervals == QList<TimeInterval>{{9 * 60, 12 * 60}});

    // Bad hours: refused with the day and the problem named, nothing saved.
    MessageCatcher messages;
    type(d.dayHoursEdit(0), QStringLiteral("13:00-12:00"));
    messages.arm();
    CHECK_FALSE(d.save());
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts.last().contains(QLocale().dayName(1)));
    CHECK(messages.texts.last().contains(QStringLiteral("ends before it starts")));
    type(d.dayHoursEdit(0), QStringLiteral("09:00-13:00, 12:00-18:00"));
    messages.arm();
    CHECK_FALSE(d.save());
    REQUIRE(messages.texts.size() == 2);
    CHECK(messages.texts.last().contains(QStringLiteral("overlap")));
    type(d.dayHoursEdit(0), QStringLiteral("nine to five"));
    messages.arm();
    CHECK_FALSE(d.save());
    REQUIRE(messages.texts.size() == 3);
    CHECK(messages.texts.last().contains(QStringLiteral("nine to five")));
    CHECK(doc->undoStack()->count() == start + 3);
    CHECK(ws.get<Calendar>(office)->week[0].intervals == QList<TimeInterval>{{9 * 60, 12 * 60}, {13 * 60, 18 * 60}});
    d.revert();
    CHECK(d.dayHoursEdit(0)->text() == u"09:00–12:00, 13:00–18:00");

    // A bad recurrence is refused with the exception named.
    d.exceptionTable()->setCurrentCell(1, 0);
    CHECK(d.exceptionNameEdit()->text() == u"Short Fridays");
    d.weekdayBox(4)->setChecked(false);
    messages.arm();
    CHECK_FALSE(d.save());
    REQUIRE(messages.texts.size() == 4);
    CHECK(messages.texts.last().contains(QStringLiteral("Short Fridays")));
    CHECK(messages.texts.last().contains(QStringLiteral("weekday")));
    d.revert();

    // Delete is refused while a project works by the calendar, with the reason.
    const Edit p = EditService(ws).createProject({}, QStringLiteral("Portal"), QStringLiteral("P1"), Id(), QDate(2026, 3, 2));
    REQUIRE(doc->apply(p.changes));
    REQUIRE(doc->apply(EditService(ws).set(EntityType::Project, p.id,
                                           QJsonObject{{QStringLiteral("calendar_id"), office.toString(QUuid::WithoutBraces)}})
                           .changes));
    messages.arm();
    CHECK_FALSE(d.deleteCalendar());
    REQUIRE(messages.texts.size() == 5);
    CHECK(messages.texts.last().contains(QStringLiteral("Portal")));
    CHECK(ws.get<Calendar>(office));

    // Copy, then delete the copy (confirmed): one step each; undo brings it back.
    REQUIRE(d.copyCalendar(QStringLiteral("Office 2")));
    const Id copy = calendarNamed(ws, QStringLiteral("Office 2"));
    REQUIRE(!copy.isNull());
    CHECK(ws.get<Calendar>(copy)->exceptions.size() == 2);
    const int beforeDelete = doc->undoStack()->count();
    whenModal([](QWidget *w) {
        if (auto *box = qobject_cast<QMessageBox *>(w))
            box->button(QMessageBox::Yes)->click();
    });
    REQUIRE(d.deleteCalendar());
    CHECK_FALSE(ws.get<Calendar>(copy));
    CHECK(doc->undoStack()->count() == beforeDelete + 1);
    doc->undoStack()->undo();
    CHECK(ws.get<Calendar>(copy));

    // Rename refuses an empty name.
    d.selectCalendar(office);
    messages.arm();
    CHECK_FALSE(d.renameCalendar(QStringLiteral("  ")));
    REQUIRE(messages.texts.size() == 6);
    REQUIRE(d.renameCalendar(QStringLiteral("Head office")));
    CHECK(ws.get<Calendar>(office)->name == u"Head office");

    // Undo takes the saved steps back one by one: the name, then the exceptions.
    doc->undoStack()->undo(); // rename
    CHECK(ws.get<Calendar>(office)->name == u"Office");
    while (doc->undoStack()->count() > start + 2 && doc->undoStack()->canUndo()
           && !ws.get<Calendar>(office)->exceptions.isEmpty())
        doc->undoStack()->undo();
    CHECK(ws.get<Calendar>(office)->exceptions.isEmpty());
    CHECK(ws.get<Calendar>(office)->week[5].intervals == QList<TimeInterval>{{9 * 60, 12 * 60}});
    // The dialog shows what undo restored.
    CHECK(d.currentCalendar() == office);
    CHECK(d.exceptionTable()->rowCount() == 0);
    CHECK(d.dayHoursEdit(5)->text() == u"09:00–12:00");

    // From the keyboard: Insert adds an exception, Delete removes it, nothing saved until Save.
    d.show();
    QApplication::setActiveWindow(&d);
    d.exceptionTable()->setFocus();
    QTest::keyClick(d.exceptionTable(), Qt::Key_Insert);
    CHECK(d.exceptionTable()->rowCount() == 1);
    CHECK(d.isModified());
    d.exceptionTable()->setFocus();
    QTest::keyClick(d.exceptionTable(), Qt::Key_Delete);
    CHECK(d.exceptionTable()->rowCount() == 0);
    CHECK_FALSE(d.isModified());
    d.hide();
}

TEST_CASE("Calendar dialog: a country's public holidays become a calendar", "[calendardialog]")
{
    auto doc = emptyDocument();
    const Workspace &ws = doc->workspace();
    CalendarDialog d(doc.get());
    const int start = doc->undoStack()->count();
    REQUIRE(d.addBuiltIn(QStringLiteral("cn")));
    CHECK(doc->undoStack()->count() == start + 1);
    const Calendar *cn = ws.get<Calendar>(d.currentCalendar());
    REQUIRE(cn);
    CHECK(cn->exceptions.size() > 80);
    d.preview()->setCurrentPage(2024, 2);
    CHECK(d.previewKind(QDate(2024, 2, 4)) == Kind::WorkingException);
    CHECK(d.previewKind(QDate(2024, 2, 12)) == Kind::NonWorkingException);
    CHECK(d.previewKind(QDate(2024, 2, 18)) == Kind::WorkingException);
    CHECK(d.previewKind(QDate(2024, 2, 24)) == Kind::NonWorking);
    CHECK(d.previewKind(QDate(2024, 2, 26)) == Kind::Working);
    // A second one of the same country gets its own name. (Adding moves the table's rows: keep
    // the name, not the pointer.)
    const QString firstName = cn->name;
    REQUIRE(d.addBuiltIn(QStringLiteral("cn")));
    CHECK(ws.get<Calendar>(d.currentCalendar())->name != firstName);
    REQUIRE(d.addBuiltIn(QStringLiteral("us")));
    d.preview()->setCurrentPage(2024, 11);
    CHECK(d.previewKind(QDate(2024, 11, 28)) == Kind::NonWorkingException);
}

TEST_CASE("Calendar dialog screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        auto doc = emptyDocument();
        CalendarDialog d(doc.get());
        d.show();
        REQUIRE(d.addBuiltIn(QStringLiteral("cn")));
        for (int row = 0; row < d.exceptionTable()->rowCount(); ++row) {
            if (d.exceptionTable()->item(row, 1)->text() == u"2024-02-10") // 2024's Spring Festival
                d.exceptionTable()->setCurrentCell(row, 0);
        }
        d.preview()->setCurrentPage(2024, 2);
        d.preview()->setSelectedDate(QDate(2024, 2, 18));
        QCoreApplication::processEvents();
        CHECK(d.grab().save(QDir(dir).filePath(QStringLiteral("calendar-dialog-%1.png").arg(chinese ? u"zh" : u"en"))));
        languages.install(QStringLiteral("en"));
    }
}

TEST_CASE("Project properties: a built-in holiday calendar is added with the project's edit", "[calendardialog]")
{
    auto doc = emptyDocument();
    const Workspace &ws = doc->workspace();
    const Edit p = EditService(ws).createProject({}, QStringLiteral("Portal"), QStringLiteral("P1"), Id(), QDate(2024, 2, 8));
    REQUIRE(doc->apply(p.changes));
    const Id before = ws.get<Project>(p.id)->calendarId;
    ProjectPropertiesDialog d(ws, *ws.get<Project>(p.id));
    QComboBox *box = d.calendarBox();
    const int cn = box->findData(QStringLiteral("cn"), Qt::UserRole + 1);
    REQUIRE(cn > 0);
    box->setCurrentIndex(cn);
    d.accept();
    REQUIRE(d.result() == QDialog::Accepted);
    const int steps = doc->undoStack()->count();
    REQUIRE(doc->apply(d.edit().changes));
    CHECK(doc->undoStack()->count() == steps + 1);
    const Calendar *calendar = ws.get<Calendar>(ws.get<Project>(p.id)->calendarId);
    REQUIRE(calendar);
    CHECK(calendar->exceptions.size() > 80);
    doc->undoStack()->undo();
    CHECK(ws.get<Project>(p.id)->calendarId == before);
    CHECK(ws.table<Calendar>().size() == 1);
}

TEST_CASE("New project: a built-in holiday calendar is created with the project", "[calendardialog]")
{
    auto doc = emptyDocument();
    const Workspace &ws = doc->workspace();
    NewProjectDialog d(ws);
    d.nameEdit()->setText(QStringLiteral("Rollout"));
    d.codeEdit()->setText(QStringLiteral("R1"));
    d.startEdit()->setDate(QDate(2025, 1, 20));
    QComboBox *box = d.calendarCombo();
    const int cn = box->findData(QStringLiteral("cn"), Qt::UserRole + 1);
    REQUIRE(cn > 0);
    box->setCurrentIndex(cn);
    Id project;
    const std::optional<ChangeSet> changes = d.changes(&project);
    REQUIRE(changes);
    const int steps = doc->undoStack()->count();
    REQUIRE(doc->apply(*changes));
    CHECK(doc->undoStack()->count() == steps + 1);
    const Calendar *calendar = ws.get<Calendar>(ws.get<Project>(project)->calendarId);
    REQUIRE(calendar);
    CHECK(calendar->exceptions.size() > 80);
    doc->undoStack()->undo();
    CHECK_FALSE(ws.get<Project>(project));
    CHECK(ws.table<Calendar>().size() == 1);

    // An existing calendar is chosen as it is.
    box->setCurrentIndex(1);
    const std::optional<ChangeSet> plain = d.changes(&project);
    REQUIRE(plain);
    REQUIRE(doc->apply(*plain));
    CHECK(ws.get<Project>(project)->calendarId == ws.settings().defaultCalendarId);
}
