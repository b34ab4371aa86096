// Calendars through the edit service: saved whole and judged field by field (intervals, base
// calendars, recurrences), rescheduling the projects that use them, and refused deletes while
// something still uses one.

#include "edit/editservice.h"

#include "store/store.h"
#include "workflow/holidaycatalogue.h"

#include <catch2/catch.hpp>

using namespace Keel;

namespace {

struct CalendarFixture
{
    std::unique_ptr<Store> store = Store::createInMemory(QStringLiteral("Calendars"));
    const Workspace &ws() const { return store->workspace(); }
    std::optional<ChangeSet> apply(const Edit &e)
    {
        INFO(e.error.toStdString());
        REQUIRE(e.ok());
        QString error;
        auto applied = store->apply(e.changes, &error);
        INFO(error.toStdString());
        REQUIRE(applied);
        return applied;
    }
    Edit save(const Calendar &c) const { return EditService(ws()).saveCalendar(c); }
};

Calendar named(const char *name)
{
    return Calendar::standard(QString::fromUtf8(name));
}

} // namespace

TEST_CASE("A calendar is saved whole, judged field by field", "[calendars]")
{
    CalendarFixture f;
    Calendar office = named("Office");
    f.apply(f.save(office));
    REQUIRE(f.ws().get<Calendar>(office.id));

    // Intervals: overlapping, ending before they start, beyond the day.
    Calendar c = office;
    c.week[0].intervals = {{9 * 60, 12 * 60}, {11 * 60, 18 * 60}};
    Edit e = f.save(c);
    CHECK_FALSE(e.ok());
    CHECK(e.field == "week");
    CHECK(e.error.contains(QStringLiteral("overlap")));
    CHECK(e.error.contains(QStringLiteral("11:00")));
    c.week[0].intervals = {{13 * 60, 12 * 60}};
    e = f.save(c);
    CHECK(e.field == "week");
    CHECK(e.error.contains(QStringLiteral("ends before it starts")));
    c.week[0].intervals = {{13 * 60, 25 * 60}};
    CHECK(f.save(c).field == "week");
    // Intervals out of order are put in order.
    c.week[0].intervals = {{13 * 60, 18 * 60}, {9 * 60, 12 * 60}};
    f.apply(f.save(c));
    CHECK(f.ws().get<Calendar>(office.id)->week[0].intervals.first().start == 9 * 60);

    // A name, and not one that another shared calendar has.
    c = office;
    c.name = QStringLiteral("  ");
    CHECK(f.save(c).field == "name");
    Calendar second = named("office");
    CHECK(f.save(second).field == "name");

    // Base calendars: known, and not leading back.
    second.name = QStringLiteral("Night shift");
    second.baseCalendarId = newId();
    e = f.save(second);
    CHECK(e.field == "base_calendar_id");
    second.baseCalendarId = office.id;
    f.apply(f.save(second));
    c = *f.ws().get<Calendar>(office.id);
    c.baseCalendarId = second.id;
    e = f.save(c);
    CHECK(e.field == "base_calendar_id");
    CHECK(e.error.contains(QStringLiteral("loop")));
    c.baseCalendarId = office.id;
    CHECK(f.save(c).field == "base_calendar_id");

    // Exceptions: dates in order and a recurrence the engine can repeat.
    c = *f.ws().get<Calendar>(office.id);
    CalendarException x;
    x.name = QStringLiteral("Stocktaking");
    x.fromDay = dayNumber(QDate(2026, 3, 10));
    x.toDay = dayNumber(QDate(2026, 3, 9));
    c.exceptions = {x};
    e = f.save(c);
    CHECK(e.field == "exceptions");
    CHECK(e.error.contains(QStringLiteral("Stocktaking")));
    x.toDay = dayNumber(QDate(2027, 3, 9));
    x.recurrence = Recurrence::Weekly;
    x.weekdayMask = 0;
    c.exceptions = {x};
    CHECK(f.save(c).error.contains(QStringLiteral("weekday")));
    x.weekdayMask = 1 << 4;
    x.period = 0;
    c.exceptions = {x};
    CHECK(f.save(c).field == "exceptions");
    x.period = 2;
    x.recurrence = Recurrence::YearlyByDate;
    x.month = 2;
    x.monthDay = 30;
    c.exceptions = {x};
    CHECK(f.save(c).error.contains(QStringLiteral("30")));
    x.recurrence = Recurrence::MonthlyByWeekday;
    x.weekOfMonth = 6;
    c.exceptions = {x};
    CHECK(f.save(c).field == "exceptions");
    x.weekOfMonth = 5;
    x.intervals = {{10 * 60, 9 * 60}};
    c.exceptions = {x};
    CHECK(f.save(c).field == "exceptions");
    x.intervals = {{9 * 60, 12 * 60}};
    c.exceptions = {x};
    f.apply(f.save(c));
    CHECK(f.ws().get<Calendar>(office.id)->exceptions.size() == 1);
}

TEST_CASE("Saving a calendar reschedules its projects in the same edit, undone as one", "[calendars]")
{
    CalendarFixture f;
    std::optional<HolidayRegion> cn = HolidayCatalogue::region(QStringLiteral("cn"));
    REQUIRE(cn);
    Calendar china = HolidayCatalogue::calendar(*cn, true);
    f.apply(f.save(china));
    const Edit p = EditService(f.ws()).createProject({}, QStringLiteral("Portal"), QStringLiteral("P1"), Id(),
                                                     QDate(2024, 2, 8));
    REQUIRE(p.ok());
    REQUIRE(f.store->apply(p.changes));
    f.apply(EditService(f.ws()).set(EntityType::Project, p.id,
                                    QJsonObject{{QStringLiteral("calendar_id"), china.id.toString(QUuid::WithoutBraces)}}));
    QJsonObject task{{QStringLiteral("project_id"), p.id.toString(QUuid::WithoutBraces)},
                     {QStringLiteral("name"), QStringLiteral("Build")},
                     {QStringLiteral("duration"), 5 * 480}};
    const Edit added = EditService(f.ws()).add(EntityType::Task, task);
    f.apply(added);
    const Task *t = f.ws().get<Task>(added.id);
    REQUIRE(t);
    // 8, 9 February, then Sunday 18 February (worked), 19 and 20.
    CHECK(toDate(t->finish) == QDate(2024, 2, 20));

    // Without the make-up Sunday, the task ends a day later; undo brings the 20th back.
    Calendar edited = *f.ws().get<Calendar>(china.id);
    edited.exceptions.removeIf([](const CalendarException &x) { return x.fromDay == dayNumber(QDate(2024, 2, 18)); });
    const std::optional<ChangeSet> applied = f.apply(f.save(edited));
    CHECK(toDate(f.ws().get<Task>(added.id)->finish) == QDate(2024, 2, 21));
    f.apply(EditService(f.ws()).undo(*applied));
    CHECK(toDate(f.ws().get<Task>(added.id)->finish) == QDate(2024, 2, 20));
}

TEST_CASE("A calendar in use cannot be deleted; the message names the user", "[calendars]")
{
    CalendarFixture f;
    Calendar base = named("Base");
    Calendar derived = named("Derived");
    derived.baseCalendarId = base.id;
    f.apply(f.save(base));
    f.apply(f.save(derived));
    Edit e = EditService(f.ws()).remove(EntityType::Calendar, base.id);
    CHECK_FALSE(e.ok());
    CHECK(e.error.contains(QStringLiteral("Derived")));
    CHECK(e.error.contains(QStringLiteral("base calendar")));

    Resource ann;
    ann.id = newId();
    ann.name = QStringLiteral("Ann");
    ann.calendarId = derived.id;
    f.apply(EditService(f.ws()).addRecord(ann));
    e = EditService(f.ws()).remove(EntityType::Calendar, derived.id);
    CHECK_FALSE(e.ok());
    CHECK(e.error.contains(QStringLiteral("Ann")));

    Calendar spare = named("Spare");
    f.apply(f.save(spare));
    f.apply(EditService(f.ws()).remove(EntityType::Calendar, spare.id));
    CHECK_FALSE(f.ws().get<Calendar>(spare.id));
}
