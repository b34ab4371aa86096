// The pool's editors: a person added, edited and deleted from the Resources page through
// ResourceDialog, each step one undo step, refused values named and nothing applied.

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <store/store.h>
#include <ui/entitytablemodel.h>
#include <ui/placeholdertreeview.h>
#include <ui/resourcedialog.h>
#include <ui/resourcesview.h>
#include <ui/workspacedocument.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace Keel;
using namespace KeelTest;

namespace {

const Resource *named(const Workspace &ws, const QString &name)
{
    for (const Resource &r : ws.resources())
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace

TEST_CASE("Resources page: add a person with rates and skills, edit, delete, each undoable", "[resources]")
{
    auto doc = std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Pool")));
    Skill sql;
    sql.id = newId();
    sql.name = QStringLiteral("SQL");
    Skill pm;
    pm.id = newId();
    pm.name = QStringLiteral("Project management");
    REQUIRE(doc->apply(ChangeSet().insert(sql).insert(pm)));
    const int steps = doc->undoStack()->count();

    ResourcesView view(doc.get());
    CHECK(view.model()->rowCount() == 0);

    // Add: name, team, 80 %, two dated rates and a skill at level 4.
    whenModal([&](QWidget *w) {
        auto *d = qobject_cast<ResourceDialog *>(w);
        REQUIRE(d);
        d->nameEdit()->setText(QStringLiteral("Ann Lee"));
        d->emailEdit()->setText(QStringLiteral("ann@example.com"));
        d->teamBox()->setCurrentText(QStringLiteral("Delivery"));
        d->maxUnitsBox()->setValue(80);
        QTableWidget *rates = d->ratesTable();
        REQUIRE(rates->rowCount() == 1);
        rates->item(0, 1)->setText(QStringLiteral("60.00"));
        rates->item(0, 2)->setText(QStringLiteral("90"));
        rates->item(0, 3)->setText(QStringLiteral("120"));
        rates->insertRow(1);
        rates->setItem(1, 0, new QTableWidgetItem(QStringLiteral("2026-07-01")));
        rates->setItem(1, 1, new QTableWidgetItem(QStringLiteral("65.50")));
        rates->setItem(1, 2, new QTableWidgetItem(QStringLiteral("98.25")));
        rates->setItem(1, 3, new QTableWidgetItem(QStringLiteral("130.00")));
        d->addSkill();
        auto *skill = qobject_cast<QComboBox *>(d->skillsTable()->cellWidget(0, 0));
        skill->setCurrentIndex(skill->findText(QStringLiteral("SQL")));
        qobject_cast<QSpinBox *>(d->skillsTable()->cellWidget(0, 1))->setValue(4);
        d->accept();
    });
    view.addResource();
    const Resource *ann = named(doc->workspace(), QStringLiteral("Ann Lee"));
    REQUIRE(ann);
    const Id annId = ann->id;
    CHECK(ann->team == QStringLiteral("Delivery"));
    CHECK(ann->maxUnits == Approx(0.8));
    CHECK(ann->currency == doc->workspace().settings().currency);
    REQUIRE(ann->rates.size() == 2);
    CHECK(ann->rates[0].effectiveFrom == kNoTime);
    CHECK(ann->rates[0].costPerHour == 6000);
    CHECK(ann->rates[0].billPerHour == 12000);
    CHECK(ann->rates[0].overtimePerHour == 9000);
    CHECK(ann->rates[1].overtimePerHour == 9825);
    CHECK(ann->rates[1].effectiveFrom == toMinutes(QDate(2026, 7, 1)));
    CHECK(ann->rates[1].costPerHour == 6550);
    int skills = 0;
    for (const ResourceSkill &s : doc->workspace().table<ResourceSkill>()) {
        if (s.resourceId == annId) {
            ++skills;
            CHECK(s.skillId == sql.id);
            CHECK(s.level == 4);
        }
    }
    CHECK(skills == 1);
    CHECK(doc->undoStack()->count() == steps + 1); // one action, one undo step
    CHECK(view.model()->rowCount() == 1);

    // A bad amount is named and nothing is applied; the dialog stays open for the correction.
    MessageCatcher messages;
    whenModal([&](QWidget *w) {
        auto *d = qobject_cast<ResourceDialog *>(w);
        REQUIRE(d);
        d->ratesTable()->item(0, 1)->setText(QStringLiteral("sixty"));
        messages.arm();
        d->accept();               // refused: the message box is closed by the catcher
        CHECK(d->isVisible());
        d->ratesTable()->item(0, 1)->setText(QStringLiteral("70.00"));
        qobject_cast<QSpinBox *>(d->skillsTable()->cellWidget(0, 1))->setValue(5);
        d->accept();
    });
    view.view()->setCurrentIndex(view.proxy()->index(0, 0));
    view.editResource();
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts[0].contains(QStringLiteral("sixty")));
    CHECK(messages.texts[0].contains(QStringLiteral("Rate 1")));
    ann = doc->workspace().get<Resource>(annId);
    CHECK(ann->rates[0].costPerHour == 7000);
    for (const ResourceSkill &s : doc->workspace().table<ResourceSkill>())
        if (s.resourceId == annId)
            CHECK(s.level == 5);
    CHECK(doc->undoStack()->count() == steps + 2);

    // Undo the edit, then the add: the pool is as it was.
    doc->undoStack()->undo();
    CHECK(doc->workspace().get<Resource>(annId)->rates[0].costPerHour == 6000);
    doc->undoStack()->undo();
    CHECK_FALSE(doc->workspace().get<Resource>(annId));
    CHECK(doc->workspace().table<ResourceSkill>().size() == 0);
    doc->undoStack()->redo();
    REQUIRE(doc->workspace().get<Resource>(annId));
    CHECK(doc->workspace().table<ResourceSkill>().size() == 1);

    // Delete, confirmed; undo brings the person and the skill back.
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    view.view()->setCurrentIndex(view.proxy()->index(0, 0));
    view.deleteResource();
    CHECK_FALSE(doc->workspace().get<Resource>(annId));
    CHECK(doc->workspace().table<ResourceSkill>().size() == 0);
    doc->undoStack()->undo();
    CHECK(doc->workspace().get<Resource>(annId));
    CHECK(doc->workspace().table<ResourceSkill>().size() == 1);
}

TEST_CASE("Resources page: deleting a person who is assigned is refused with the reason", "[resources]")
{
    auto doc = KeelTest::sampleDocument();
    const Workspace &ws = doc->workspace();
    REQUIRE(ws.resources().size() > 0);
    REQUIRE(ws.projects().size() > 0);
    Task t;
    t.id = newId();
    t.projectId = ws.projects().begin()->id;
    t.name = QStringLiteral("Design");
    t.duration = 480;
    Assignment a;
    a.id = newId();
    a.taskId = t.id;
    a.resourceId = ws.resources().begin()->id;
    a.work = 480;
    REQUIRE(doc->apply(ChangeSet().insert(t).insert(a)));
    const Id assigned = a.resourceId;
    ResourcesView view(doc.get());
    view.view()->setCurrentIndex(view.proxy()->mapFromSource(view.model()->indexOf(assigned)));
    MessageCatcher messages;
    messages.arm();
    const int steps = doc->undoStack()->count();
    view.deleteResource();
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts[0].contains(QStringLiteral("assigned")));
    CHECK(ws.get<Resource>(assigned));
    CHECK(doc->undoStack()->count() == steps);
}

TEST_CASE("Resources page: units that change from a date and a calendar of the person's own", "[resources]")
{
    auto doc = std::make_unique<WorkspaceDocument>(Store::createInMemory(QStringLiteral("Pool")));
    const Workspace &ws = doc->workspace();
    const int calendars = int(ws.table<Calendar>().size());
    const int steps = doc->undoStack()->count();
    ResourcesView view(doc.get());

    MessageCatcher messages;
    whenModal([&](QWidget *w) {
        auto *d = qobject_cast<ResourceDialog *>(w);
        REQUIRE(d);
        d->nameEdit()->setText(QStringLiteral("Wei Zhang"));
        QTableWidget *units = d->availabilityTable();
        units->insertRow(0);
        units->setItem(0, 0, new QTableWidgetItem(QStringLiteral("2026-09-01")));
        units->setItem(0, 1, new QTableWidgetItem(QStringLiteral("half")));
        messages.arm();
        d->accept(); // refused, naming the row and the text
        CHECK(d->isVisible());
        units->item(0, 1)->setText(QStringLiteral("50 %"));
        units->insertRow(1);
        units->setItem(1, 0, new QTableWidgetItem(QStringLiteral("2027-01-01")));
        units->setItem(1, 1, new QTableWidgetItem(QStringLiteral("100")));
        d->makeOwnCalendar();
        CHECK(d->calendarBox()->currentText().contains(QStringLiteral("Wei Zhang")));
        d->accept();
    });
    view.addResource();
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts[0].contains(QStringLiteral("half")));
    CHECK(messages.texts[0].contains(QStringLiteral("1")));
    const Resource *wei = named(ws, QStringLiteral("Wei Zhang"));
    REQUIRE(wei);
    REQUIRE(wei->availability.size() == 2);
    CHECK(wei->unitsAt(toMinutes(QDate(2026, 8, 31))) == Approx(1.0));
    CHECK(wei->unitsAt(toMinutes(QDate(2026, 10, 1))) == Approx(0.5));
    CHECK(wei->unitsAt(toMinutes(QDate(2027, 2, 1))) == Approx(1.0));
    const Calendar *own = ws.get<Calendar>(wei->calendarId);
    REQUIRE(own);
    CHECK(own->resourceId == wei->id);
    CHECK(own->baseCalendarId == ws.settings().defaultCalendarId);
    CHECK(int(ws.table<Calendar>().size()) == calendars + 1);
    CHECK(doc->undoStack()->count() == steps + 1); // the person and the calendar: one step

    // Two changes on one day are refused by the edit service, with the day named.
    Resource twice = *wei;
    twice.availability = {{toMinutes(QDate(2026, 9, 1)), 0.5}, {toMinutes(QDate(2026, 9, 1)), 0.6}};
    const Edit e = EditService(ws).saveResource(twice, {});
    CHECK_FALSE(e.ok());
    CHECK(e.error.contains(QStringLiteral("2026-09-01")));

    doc->undoStack()->undo();
    CHECK_FALSE(named(ws, QStringLiteral("Wei Zhang")));
    CHECK(int(ws.table<Calendar>().size()) == calendars);
}
