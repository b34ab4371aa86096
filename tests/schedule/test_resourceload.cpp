#include <catch2/catch.hpp>

#include <schedule/resourceload.h>
#include <store/store.h>

using namespace Keel;

namespace {

struct Fixture
{
    std::unique_ptr<Store> store = Store::createInMemory();
    Project project;
    Resource ann;
    Resource bob;
    QString error;

    Fixture()
    {
        project.id = newId();
        project.code = QStringLiteral("L");
        project.name = QStringLiteral("Load");
        ann.id = newId();
        ann.name = QStringLiteral("Ann");
        bob.id = newId();
        bob.name = QStringLiteral("Bob");
        bob.maxUnits = 0.5;
        REQUIRE(store->apply(ChangeSet().insert(project).insert(ann).insert(bob), &error));
    }

    /// A task from `from` 08:00 to `to` 17:00 with one assignment.
    Id assign(const Resource &r, QDate from, QDate to, double units, Minutes work = 0)
    {
        Task t;
        t.id = newId();
        t.projectId = project.id;
        t.name = QStringLiteral("T%1").arg(store->workspace().tasks().size() + 1);
        t.start = toMinutes(from, 8 * 60);
        t.finish = toMinutes(to, 17 * 60);
        Assignment a;
        a.id = newId();
        a.taskId = t.id;
        a.resourceId = r.id;
        a.units = units;
        a.work = work;
        REQUIRE(store->apply(ChangeSet().insert(t).insert(a), &error));
        return t.id;
    }
};

} // namespace

TEST_CASE("load spreads work over working time and finds over-allocation", "[schedule][load]")
{
    Fixture f;
    // Week of Monday 2026-03-02: Ann full time on two overlapping tasks Tue–Thu.
    const Id a = f.assign(f.ann, QDate(2026, 3, 2), QDate(2026, 3, 6), 1.0);       // 40 h
    const Id b = f.assign(f.ann, QDate(2026, 3, 3), QDate(2026, 3, 5), 1.0);       // 24 h
    f.assign(f.bob, QDate(2026, 3, 9), QDate(2026, 3, 10), 0.0, 8 * 60);           // 8 h of work over 2 days

    LoadOptions byDay;
    byDay.period = LoadPeriod::Day;
    const LoadReport day = computeLoad(f.store->workspace(), byDay);
    REQUIRE(day.periods.first() == toMinutes(QDate(2026, 3, 2)));
    REQUIRE(day.resources.size() == 2);
    const ResourceLoad &ann = day.resources[0];
    REQUIRE(ann.resourceId == f.ann.id);
    CHECK(ann.cells[0].assigned == 480);   // Monday: task a only
    CHECK(ann.cells[0].available == 480);
    CHECK(ann.cells[1].assigned == 960);   // Tuesday: both
    CHECK(ann.cells[1].overAllocated());
    CHECK(ann.cells[5].available == 0);    // Saturday
    const ResourceLoad &bob = day.resources[1];
    CHECK(bob.cells[7].assigned == 240);   // Monday 9th: half of 8 h
    CHECK(bob.cells[7].available == 240);  // half time
    CHECK_FALSE(bob.cells[7].overAllocated());

    REQUIRE(day.overAllocations.size() == 3); // Tue, Wed, Thu
    CHECK(day.overAllocations[0].resourceId == f.ann.id);
    CHECK(day.overAllocations[0].tasks.size() == 2);
    CHECK(day.overAllocations[0].tasks.contains(a));
    CHECK(day.overAllocations[0].tasks.contains(b));

    LoadOptions byWeek;
    const LoadReport week = computeLoad(f.store->workspace(), byWeek);
    REQUIRE(week.periods.size() == 2);
    CHECK(week.resources[0].cells[0].assigned == 64 * 60);
    CHECK(week.resources[0].cells[0].available == 40 * 60);
    CHECK(week.resources[0].cells[0].remaining() == 0);
    CHECK(week.resources[1].cells[0].remaining() == 20 * 60); // Bob has half of 40 h free
    CHECK(week.resources[0].peakOverload == 24 * 60);

    LoadOptions byMonth;
    byMonth.period = LoadPeriod::Month;
    const LoadReport month = computeLoad(f.store->workspace(), byMonth);
    REQUIRE(month.periods.size() == 1);
    CHECK(month.periods.first() == toMinutes(QDate(2026, 3, 1)));
    CHECK(month.resources[0].cells[0].available == 22 * 480); // 22 working days in March 2026
}

TEST_CASE("load respects the resource's calendar and the project filter", "[schedule][load]")
{
    Fixture f;
    Calendar partTime = Calendar::standard(QStringLiteral("Mornings"));
    for (int d = 0; d < 5; ++d)
        partTime.week[size_t(d)].intervals = {{8 * 60, 12 * 60}};
    CalendarException holiday;
    holiday.name = QStringLiteral("Holiday");
    holiday.fromDay = holiday.toDay = dayNumber(QDate(2026, 3, 4));
    partTime.exceptions = {holiday};
    REQUIRE(f.store->apply(ChangeSet().insert(partTime), &f.error));
    REQUIRE(f.store->apply(ChangeSet().update(EntityType::Resource, f.ann.id, "calendar_id", QVariant::fromValue(partTime.id)),
                           &f.error));
    f.assign(f.ann, QDate(2026, 3, 2), QDate(2026, 3, 6), 1.0);
    LoadOptions byWeek;
    const LoadReport week = computeLoad(f.store->workspace(), byWeek);
    CHECK(week.resources[0].cells[0].available == 4 * 4 * 60); // four mornings, one holiday
    CHECK(week.resources[0].cells[0].assigned == 4 * 4 * 60);

    LoadOptions other;
    other.projectId = newId();
    CHECK(computeLoad(f.store->workspace(), other).periods.isEmpty());
}

TEST_CASE("the available time follows the units a person has at each date", "[schedule][load][availability]")
{
    Fixture f;
    Resource ann = f.ann;
    ann.availability = {{toMinutes(QDate(2026, 3, 4), 12 * 60), 0.5}, {toMinutes(QDate(2026, 3, 9)), 1.0}};
    REQUIRE(f.store->apply(ChangeSet().update(ann, {"availability"}), &f.error));
    f.assign(f.ann, QDate(2026, 3, 2), QDate(2026, 3, 13), 1.0);

    LoadOptions byDay;
    byDay.period = LoadPeriod::Day;
    const LoadReport day = computeLoad(f.store->workspace(), byDay);
    const ResourceLoad &row = day.resources[0];
    REQUIRE(row.resourceId == f.ann.id);
    CHECK(row.cells[1].available == 480); // Tuesday: full time
    CHECK(row.cells[2].available == 240 + 120); // Wednesday: 4 h full, then 4 h at half
    CHECK(row.cells[3].available == 240); // Thursday: half time
    CHECK(row.cells[3].overAllocated());
    CHECK(row.cells[7].available == 480); // Monday 9th: full time again
    CHECK(f.store->workspace().get<Resource>(f.ann.id)->unitsAt(toMinutes(QDate(2026, 3, 5))) == 0.5);

    // Out of order or without a date is refused, naming the person.
    Resource bad = ann;
    bad.availability = {{toMinutes(QDate(2026, 3, 9)), 1.0}, {toMinutes(QDate(2026, 3, 4)), 0.5}};
    CHECK_FALSE(f.store->apply(ChangeSet().update(bad, {"availability"}), &f.error));
    CHECK(f.error.contains(QStringLiteral("Ann")));
    bad.availability = {{toMinutes(QDate(2026, 3, 9)), 120.0}};
    CHECK_FALSE(f.store->apply(ChangeSet().update(bad, {"availability"}), &f.error));
    CHECK(f.error.contains(QStringLiteral("120")));
}
