#include "schedule/workcalendar.h"

#include <catch2/catch.hpp>

#include <QDate>

#include <random>

using namespace Keel;

namespace {

Minutes at(int y, int m, int d, int h = 0, int min = 0)
{
    return toMinutes(QDate(y, m, d), h * 60 + min);
}

qint64 day(int y, int m, int d)
{
    return dayNumber(QDate(y, m, d));
}

CalendarException holiday(qint64 from, qint64 to = -1)
{
    CalendarException e;
    e.fromDay = from;
    e.toDay = to < 0 ? from : to;
    return e;
}

WorkCalendar compileOne(const Calendar &c, qint64 from = day(2024, 1, 1), qint64 to = day(2024, 12, 31))
{
    return WorkCalendar::compile(c, {}, from, to);
}

} // namespace

// 2024-01-08 is a Monday.

TEST_CASE("Standard calendar: adding work ends at the end of a working period", "[calendar]")
{
    const WorkCalendar cal;
    CHECK(cal.weeklyWork() == 2400);
    CHECK(cal.addWork(at(2024, 1, 8, 8), 480) == at(2024, 1, 8, 17));
    CHECK(cal.addWork(at(2024, 1, 8, 8), 240) == at(2024, 1, 8, 12));
    CHECK(cal.addWork(at(2024, 1, 8, 8), 241) == at(2024, 1, 8, 13, 1));
    CHECK(cal.addWork(at(2024, 1, 12, 8), 960) == at(2024, 1, 15, 17));     // Fri + 2 days = Mon 17:00
    CHECK(cal.addWork(at(2024, 1, 8, 17), 60) == at(2024, 1, 9, 9));        // from the end of a day
    CHECK(cal.addWork(at(2024, 1, 13, 10), 60) == at(2024, 1, 15, 9));      // from a Saturday
    CHECK(cal.addWork(at(2024, 1, 8, 8), 0) == at(2024, 1, 8, 8));
    CHECK(cal.addWork(at(2024, 1, 8, 8), 5 * 2400) == at(2024, 2, 9, 17)); // five weeks
}

TEST_CASE("Standard calendar: subtracting work starts at the start of a working period", "[calendar]")
{
    const WorkCalendar cal;
    CHECK(cal.subtractWork(at(2024, 1, 8, 17), 480) == at(2024, 1, 8, 8));
    CHECK(cal.subtractWork(at(2024, 1, 9, 8), 480) == at(2024, 1, 8, 8));
    CHECK(cal.subtractWork(at(2024, 1, 8, 13), 60) == at(2024, 1, 8, 11));
    CHECK(cal.subtractWork(at(2024, 1, 8, 17), 240) == at(2024, 1, 8, 13));
    CHECK(cal.subtractWork(at(2024, 1, 15, 8), 480) == at(2024, 1, 12, 8)); // Mon 08:00 - 1 day = Fri
    CHECK(cal.addWork(at(2024, 1, 15, 17), -960) == at(2024, 1, 12, 8));
}

TEST_CASE("Standard calendar: next start, previous finish, working time between", "[calendar]")
{
    const WorkCalendar cal;
    CHECK(cal.nextWorkStart(at(2024, 1, 8, 17)) == at(2024, 1, 9, 8));
    CHECK(cal.nextWorkStart(at(2024, 1, 8, 12)) == at(2024, 1, 8, 13));
    CHECK(cal.nextWorkStart(at(2024, 1, 8, 9, 30)) == at(2024, 1, 8, 9, 30));
    CHECK(cal.nextWorkStart(at(2024, 1, 8, 8)) == at(2024, 1, 8, 8));
    CHECK(cal.nextWorkStart(at(2024, 1, 13, 10)) == at(2024, 1, 15, 8));
    CHECK(cal.nextWorkStart(at(2024, 1, 12, 17)) == at(2024, 1, 15, 8));
    CHECK(cal.previousWorkFinish(at(2024, 1, 15, 8)) == at(2024, 1, 12, 17));
    CHECK(cal.previousWorkFinish(at(2024, 1, 8, 13)) == at(2024, 1, 8, 12));
    CHECK(cal.previousWorkFinish(at(2024, 1, 14, 12)) == at(2024, 1, 12, 17));
    CHECK(cal.previousWorkFinish(at(2024, 1, 8, 17)) == at(2024, 1, 8, 17));
    CHECK(cal.previousWorkFinish(at(2024, 1, 8, 10)) == at(2024, 1, 8, 10));
    CHECK(cal.workBetween(at(2024, 1, 12, 8), at(2024, 1, 15, 17)) == 960);
    CHECK(cal.workBetween(at(2024, 1, 15, 17), at(2024, 1, 12, 8)) == -960);
    CHECK(cal.workBetween(at(2024, 1, 8, 11), at(2024, 1, 8, 14)) == 120);
    CHECK(cal.workBetween(at(2024, 1, 12, 17), at(2024, 1, 15, 8)) == 0);
    CHECK(cal.isWorking(at(2024, 1, 8, 8)));
    CHECK(cal.isWorking(at(2024, 1, 8, 16, 59)));
    CHECK_FALSE(cal.isWorking(at(2024, 1, 8, 17)));
    CHECK_FALSE(cal.isWorking(at(2024, 1, 8, 12)));
    CHECK_FALSE(cal.isWorking(at(2024, 1, 13, 10)));
    CHECK(cal.isPeriodEnd(at(2024, 1, 8, 17)));
    CHECK(cal.isPeriodEnd(at(2024, 1, 8, 12)));
    CHECK_FALSE(cal.isPeriodEnd(at(2024, 1, 8, 13)));
    CHECK_FALSE(cal.isPeriodEnd(at(2024, 1, 8, 10)));
    CHECK(WorkCalendar::addElapsed(at(2024, 1, 12, 17), 1440) == at(2024, 1, 13, 17));
}

TEST_CASE("One-off exceptions: holidays and special working days", "[calendar]")
{
    Calendar c = Calendar::standard(QStringLiteral("Company"));
    c.exceptions.append(holiday(day(2024, 1, 10)));                       // Wednesday off
    CalendarException saturday = holiday(day(2024, 1, 13));
    saturday.intervals = {{9 * 60, 13 * 60}};                             // Saturday morning works
    c.exceptions.append(saturday);
    c.exceptions.append(holiday(day(2024, 12, 24), day(2024, 12, 31)));   // a shutdown week
    const WorkCalendar cal = compileOne(c);

    CHECK(cal.workOnDay(day(2024, 1, 10)) == 0);
    CHECK(cal.workOnDay(day(2024, 1, 13)) == 240);
    CHECK(cal.addWork(at(2024, 1, 9, 8), 960) == at(2024, 1, 11, 17));  // skips Wednesday
    CHECK(cal.addWork(at(2024, 1, 12, 8), 480 + 240) == at(2024, 1, 13, 13));
    CHECK(cal.nextWorkStart(at(2024, 1, 12, 17)) == at(2024, 1, 13, 9));
    CHECK(cal.previousWorkFinish(at(2024, 1, 15, 8)) == at(2024, 1, 13, 13));
    CHECK(cal.nextWorkStart(at(2024, 1, 9, 17)) == at(2024, 1, 11, 8));
    CHECK(cal.addWork(at(2024, 12, 23, 8), 960) == at(2025, 1, 1, 17));
    CHECK(cal.workBetween(at(2024, 12, 20, 17), at(2025, 1, 2, 8)) == 480 + 480); // Mon 23 + Wed 1
}

TEST_CASE("Recurring exceptions of every kind", "[calendar]")
{
    SECTION("Daily every 2 days, 3 occurrences")
    {
        Calendar c = Calendar::standard(QStringLiteral("c"));
        CalendarException e = holiday(day(2024, 3, 4), day(2024, 3, 31));
        e.recurrence = Recurrence::Daily;
        e.period = 2;
        e.occurrences = 3;
        c.exceptions.append(e);
        const WorkCalendar cal = compileOne(c);
        CHECK(cal.workOnDay(day(2024, 3, 4)) == 0);
        CHECK(cal.workOnDay(day(2024, 3, 5)) == 480);
        CHECK(cal.workOnDay(day(2024, 3, 6)) == 0);
        CHECK(cal.workOnDay(day(2024, 3, 8)) == 0);
        CHECK(cal.workOnDay(day(2024, 3, 12)) == 480); // fourth would-be occurrence
    }
    SECTION("Weekly every 2 weeks on Monday and Friday")
    {
        Calendar c = Calendar::standard(QStringLiteral("c"));
        CalendarException e = holiday(day(2024, 4, 3), day(2024, 5, 5)); // starts on a Wednesday
        e.recurrence = Recurrence::Weekly;
        e.period = 2;
        e.weekdayMask = 1 | 16;
        c.exceptions.append(e);
        const WorkCalendar cal = compileOne(c);
        CHECK(cal.workOnDay(day(2024, 4, 1)) == 480);  // before fromDay
        CHECK(cal.workOnDay(day(2024, 4, 5)) == 0);    // Friday of the first week
        CHECK(cal.workOnDay(day(2024, 4, 8)) == 480);  // off week
        CHECK(cal.workOnDay(day(2024, 4, 12)) == 480);
        CHECK(cal.workOnDay(day(2024, 4, 15)) == 0);
        CHECK(cal.workOnDay(day(2024, 4, 19)) == 0);
        CHECK(cal.workOnDay(day(2024, 4, 29)) == 0);
        CHECK(cal.workOnDay(day(2024, 5, 3)) == 0);
        CHECK(cal.workOnDay(day(2024, 5, 13)) == 480); // after toDay
    }
    SECTION("Monthly on day 31 (clamped to the month's last day)")
    {
        Calendar c = Calendar::standard(QStringLiteral("c"));
        CalendarException e = holiday(day(2024, 1, 1), day(2024, 6, 30));
        e.recurrence = Recurrence::MonthlyByDay;
        e.monthDay = 31;
        c.exceptions.append(e);
        const WorkCalendar cal = compileOne(c);
        CHECK(cal.workOnDay(day(2024, 1, 31)) == 0);
        CHECK(cal.workOnDay(day(2024, 2, 29)) == 0);
        CHECK(cal.workOnDay(day(2024, 2, 28)) == 480);
        CHECK(cal.workOnDay(day(2024, 4, 30)) == 0);
        CHECK(cal.workOnDay(day(2024, 7, 31)) == 480); // after toDay
    }
    SECTION("Monthly on the last Friday, every 2 months")
    {
        Calendar c = Calendar::standard(QStringLiteral("c"));
        CalendarException e = holiday(day(2024, 1, 1), day(2024, 12, 31));
        e.recurrence = Recurrence::MonthlyByWeekday;
        e.period = 2;
        e.weekday = 5;
        e.weekOfMonth = 5;
        c.exceptions.append(e);
        const WorkCalendar cal = compileOne(c);
        CHECK(cal.workOnDay(day(2024, 1, 26)) == 0);
        CHECK(cal.workOnDay(day(2024, 2, 23)) == 480); // February is skipped
        CHECK(cal.workOnDay(day(2024, 3, 29)) == 0);
        CHECK(cal.workOnDay(day(2024, 5, 31)) == 0);
        CHECK(cal.workOnDay(day(2024, 5, 24)) == 480);
    }
    SECTION("Monthly on the second Tuesday")
    {
        Calendar c = Calendar::standard(QStringLiteral("c"));
        CalendarException e = holiday(day(2024, 1, 1), day(2024, 3, 31));
        e.recurrence = Recurrence::MonthlyByWeekday;
        e.weekday = 2;
        e.weekOfMonth = 2;
        c.exceptions.append(e);
        const WorkCalendar cal = compileOne(c);
        CHECK(cal.workOnDay(day(2024, 1, 9)) == 0);
        CHECK(cal.workOnDay(day(2024, 2, 13)) == 0);
        CHECK(cal.workOnDay(day(2024, 3, 12)) == 0);
        CHECK(cal.workOnDay(day(2024, 3, 5)) == 480);
    }
    SECTION("Yearly on 25 December, three times, with no end date")
    {
        Calendar c = Calendar::standard(QStringLiteral("c"));
        CalendarException e = holiday(day(2024, 1, 1), 0);
        e.recurrence = Recurrence::YearlyByDate;
        e.month = 12;
        e.monthDay = 25;
        e.occurrences = 3;
        c.exceptions.append(e);
        const WorkCalendar cal = compileOne(c);
        CHECK(cal.workOnDay(day(2024, 12, 25)) == 0);
        CHECK(cal.workOnDay(day(2025, 12, 25)) == 0);
        CHECK(cal.workOnDay(day(2026, 12, 25)) == 0);
        CHECK(cal.workOnDay(day(2029, 12, 25)) == 480); // a Tuesday after the third occurrence
        CHECK(cal.lastDay() >= day(2026, 12, 25));       // the exact range grew to cover them
    }
    SECTION("Yearly on the fourth Thursday of November")
    {
        Calendar c = Calendar::standard(QStringLiteral("c"));
        CalendarException e = holiday(day(2024, 1, 1), day(2026, 12, 31));
        e.recurrence = Recurrence::YearlyByWeekday;
        e.month = 11;
        e.weekday = 4;
        e.weekOfMonth = 4;
        c.exceptions.append(e);
        const WorkCalendar cal = compileOne(c);
        CHECK(cal.workOnDay(day(2024, 11, 28)) == 0);
        CHECK(cal.workOnDay(day(2025, 11, 27)) == 0);
        CHECK(cal.workOnDay(day(2026, 11, 26)) == 0);
        CHECK(cal.workOnDay(day(2025, 11, 20)) == 480);
        CHECK(cal.addWork(at(2025, 11, 26, 8), 960) == at(2025, 11, 28, 17));
    }
}

TEST_CASE("Base calendars: inherited weekdays, inherited and overridden exceptions", "[calendar]")
{
    Calendar base = Calendar::standard(QStringLiteral("Standard"));
    base.exceptions.append(holiday(day(2024, 1, 1)));  // New Year, Monday
    base.exceptions.append(holiday(day(2024, 1, 10))); // Wednesday

    Calendar derived;
    derived.id = newId();
    derived.baseCalendarId = base.id;
    for (auto &d : derived.week)
        d.inherited = true;
    derived.week[5].inherited = false;                    // works Saturday mornings
    derived.week[5].intervals = {{8 * 60, 12 * 60}};
    derived.week[0].inherited = false;                    // and Mondays only in the afternoon
    derived.week[0].intervals = {{13 * 60, 17 * 60}};
    CalendarException worksAnyway = holiday(day(2024, 1, 10));
    worksAnyway.intervals = {{10 * 60, 12 * 60}};
    derived.exceptions.append(worksAnyway);

    const WorkCalendar::CalendarLookup lookup = [&](const Id &id) -> const Calendar * {
        return id == base.id ? &base : nullptr;
    };
    const WorkCalendar cal = WorkCalendar::compile(derived, lookup, day(2024, 1, 1), day(2024, 1, 31));
    CHECK(cal.workOnDay(day(2024, 1, 1)) == 0);      // base holiday beats the derived Monday
    CHECK(cal.workOnDay(day(2024, 1, 8)) == 240);    // own Monday
    CHECK(cal.workOnDay(day(2024, 1, 9)) == 480);    // inherited Tuesday
    CHECK(cal.workOnDay(day(2024, 1, 10)) == 120);   // own exception beats the base holiday
    CHECK(cal.workOnDay(day(2024, 1, 13)) == 240);   // own Saturday
    CHECK(cal.workOnDay(day(2024, 1, 14)) == 0);     // inherited Sunday
    CHECK(cal.weeklyWork() == 240 + 4 * 480 + 240);
    CHECK(cal.nextWorkStart(at(2024, 1, 8, 8)) == at(2024, 1, 8, 13));

    // A missing base calendar: inherited weekdays fall back to the Standard week.
    const WorkCalendar orphan = WorkCalendar::compile(derived, {}, day(2024, 1, 1), day(2024, 1, 31));
    CHECK(orphan.workOnDay(day(2024, 1, 9)) == 480);
    CHECK(orphan.workOnDay(day(2024, 1, 1)) == 240);
}

TEST_CASE("Dates outside the exact range repeat the work week", "[calendar]")
{
    Calendar c = Calendar::standard(QStringLiteral("c"));
    c.exceptions.append(holiday(day(2024, 1, 15)));
    const WorkCalendar narrow = WorkCalendar::compile(c, {}, day(2024, 1, 8), day(2024, 1, 21));
    const WorkCalendar wide = WorkCalendar::compile(c, {}, day(2015, 1, 1), day(2035, 12, 31));
    CHECK(narrow.firstDay() == day(2024, 1, 8));
    CHECK(narrow.lastDay() == day(2024, 1, 21));

    const Minutes start = at(2024, 1, 10, 9, 17);
    for (Minutes work : {Minutes(1), Minutes(480), Minutes(10'000), Minutes(500'000), Minutes(2'000'000)}) {
        CHECK(narrow.addWork(start, work) == wide.addWork(start, work));
        CHECK(narrow.addWork(start, -work) == wide.addWork(start, -work));
    }
    CHECK(narrow.workBetween(at(2016, 5, 3, 10), at(2033, 2, 1, 9)) == wide.workBetween(at(2016, 5, 3, 10), at(2033, 2, 1, 9)));
    CHECK(narrow.nextWorkStart(at(2031, 3, 8, 17)) == at(2031, 3, 10, 8)); // Saturday → Monday
    CHECK(narrow.previousWorkFinish(at(2019, 6, 3, 8)) == at(2019, 5, 31, 17));
    CHECK(narrow.addWork(at(2030, 1, 4, 16), 120) == at(2030, 1, 7, 9));
}

TEST_CASE("Calendars across midnight and around the clock", "[calendar]")
{
    SECTION("24 hours")
    {
        const WorkCalendar cal = WorkCalendar::continuous();
        CHECK(cal.addWork(at(2024, 1, 8), 1440) == at(2024, 1, 9));
        CHECK(cal.addWork(at(2024, 1, 13, 10), 60) == at(2024, 1, 13, 11));
        CHECK(cal.nextWorkStart(at(2024, 1, 14, 23, 59)) == at(2024, 1, 14, 23, 59));
        CHECK(cal.workBetween(at(2024, 1, 8), at(2024, 1, 15)) == 7 * 1440);
    }
    SECTION("Night shift 22:00-06:00")
    {
        std::array<QList<TimeInterval>, 7> week;
        for (int d = 0; d < 5; ++d)
            week[size_t(d)] = {{0, 6 * 60}, {22 * 60, 24 * 60}};
        const WorkCalendar cal = WorkCalendar::fromWeek(week);
        CHECK(cal.addWork(at(2024, 1, 8, 22), 180) == at(2024, 1, 9, 1));
        CHECK(cal.addWork(at(2024, 1, 8, 22), 120) == at(2024, 1, 9, 0));
        CHECK(cal.nextWorkStart(at(2024, 1, 9, 6)) == at(2024, 1, 9, 22));
        CHECK(cal.nextWorkStart(at(2024, 1, 9, 0)) == at(2024, 1, 9, 0));
        CHECK(cal.previousWorkFinish(at(2024, 1, 9, 22)) == at(2024, 1, 9, 6));
        CHECK(cal.subtractWork(at(2024, 1, 9, 6), 480) == at(2024, 1, 8, 22));
    }
    SECTION("A week without working time repeats the Standard week beyond its range")
    {
        Calendar c;
        c.exceptions.append([] {
            CalendarException e = holiday(day(2024, 1, 6));
            e.intervals = {{8 * 60, 10 * 60}};
            return e;
        }());
        const WorkCalendar cal = compileOne(c, day(2024, 1, 1), day(2024, 1, 31));
        CHECK(cal.workOnDay(day(2024, 1, 6)) == 120);
        CHECK(cal.workOnDay(day(2024, 1, 8)) == 0);
        CHECK(cal.addWork(at(2024, 1, 6, 8), 120) == at(2024, 1, 6, 10));
        CHECK(cal.addWork(at(2024, 1, 6, 8), 121) == at(2024, 2, 1, 8, 1));
    }
}

TEST_CASE("Arithmetic agrees with a minute-by-minute reference", "[calendar]")
{
    Calendar c = Calendar::standard(QStringLiteral("c"));
    c.week[2].intervals = {{7 * 60, 11 * 60}, {11 * 60 + 30, 15 * 60}, {20 * 60, 24 * 60}};
    c.week[6].intervals = {{0, 2 * 60}};
    c.exceptions.append(holiday(day(2024, 2, 5), day(2024, 2, 9)));
    CalendarException half = holiday(day(2024, 2, 17));
    half.intervals = {{9 * 60, 9 * 60 + 45}};
    c.exceptions.append(half);
    const WorkCalendar cal = WorkCalendar::compile(c, {}, day(2024, 2, 1), day(2024, 2, 20));

    const Minutes lo = at(2023, 12, 20), hi = at(2024, 3, 31);
    // Reference positions by counting working minutes one by one.
    std::vector<Minutes> pos(size_t(hi - lo + 1), 0);
    for (Minutes t = lo; t < hi; ++t)
        pos[size_t(t - lo + 1)] = pos[size_t(t - lo)] + (cal.isWorking(t) ? 1 : 0);

    std::mt19937 rng(7);
    std::uniform_int_distribution<Minutes> pick(at(2024, 1, 25) - lo, at(2024, 3, 1) - lo);
    std::uniform_int_distribution<Minutes> amount(0, 5000);
    for (int round = 0; round < 3000; ++round) {
        const Minutes t = lo + pick(rng);
        const Minutes w = amount(rng);
        const Minutes p = pos[size_t(t - lo)];
        REQUIRE(cal.position(t) - cal.position(lo) == p);
        // addWork: the earliest instant whose reference position is p + w.
        Minutes expectedFinish = t;
        if (w > 0) {
            while (pos[size_t(expectedFinish - lo)] < p + w)
                ++expectedFinish;
        }
        REQUIRE(cal.addWork(t, w) == expectedFinish);
        // subtractWork: the latest instant whose reference position is p - w.
        Minutes expectedStart = t;
        if (w > 0) {
            while (pos[size_t(expectedStart - lo)] > p - w)
                --expectedStart;
            while (pos[size_t(expectedStart + 1 - lo)] == p - w)
                ++expectedStart;
        }
        REQUIRE(cal.subtractWork(t, w) == expectedStart);
        Minutes next = t;
        while (!cal.isWorking(next))
            ++next;
        REQUIRE(cal.nextWorkStart(t) == next);
    }
}

TEST_CASE("Recurrences end where Microsoft Project says they end", "[calendar]")
{
    // Last occurrence dates as Microsoft Project 2016 computed them for these rules (facts taken
    // from a saved MSPDI file: each exception given by its first day and number of occurrences).
    struct Case
    {
        Recurrence recurrence;
        QDate from;
        int occurrences, period, weekdayMask, weekday, weekOfMonth, month, monthDay;
        QDate last;
    };
    const Case cases[] = {
        {Recurrence::Daily, QDate(2000, 2, 1), 4, 3, 0, 1, 1, 1, 1, QDate(2000, 2, 10)},
        {Recurrence::Weekly, QDate(2001, 1, 1), 4, 2, 1 << 1, 1, 1, 1, 1, QDate(2001, 2, 13)},
        // Weeks start on Sunday: the first "every 7 weeks on Sunday" after Monday 1 January 2001
        // is 18 February, not 7 January.
        {Recurrence::Weekly, QDate(2001, 1, 1), 9, 7, 1 << 6, 1, 1, 1, 1, QDate(2002, 3, 17)},
        {Recurrence::MonthlyByWeekday, QDate(2002, 1, 1), 7, 6, 0, 5, 5, 1, 1, QDate(2005, 1, 28)},
        {Recurrence::MonthlyByWeekday, QDate(2002, 1, 1), 9, 8, 0, 7, 2, 1, 1, QDate(2007, 5, 13)},
        {Recurrence::MonthlyByDay, QDate(2003, 1, 1), 6, 5, 0, 1, 1, 1, 4, QDate(2005, 2, 4)},
        {Recurrence::YearlyByWeekday, QDate(2004, 1, 1), 4, 1, 0, 2, 1, 3, 1, QDate(2007, 3, 6)},
        {Recurrence::YearlyByDate, QDate(2005, 1, 1), 5, 1, 0, 1, 1, 4, 3, QDate(2009, 4, 3)},
    };
    for (const Case &k : cases) {
        Calendar c;
        for (auto &d : c.week)
            d.intervals = {{0, 24 * 60}};
        CalendarException e;
        e.fromDay = dayNumber(k.from);
        e.occurrences = k.occurrences;
        e.recurrence = k.recurrence;
        e.period = k.period;
        e.weekdayMask = k.weekdayMask;
        e.weekday = k.weekday;
        e.weekOfMonth = k.weekOfMonth;
        e.month = k.month;
        e.monthDay = k.monthDay;
        c.exceptions.append(e);
        const WorkCalendar cal = WorkCalendar::compile(c, {}, e.fromDay, e.fromDay + 10);
        qint64 last = -1;
        int count = 0;
        for (qint64 d = e.fromDay; d < e.fromDay + 4000; ++d) {
            if (cal.workOnDay(d) == 0) {
                last = d;
                ++count;
            }
        }
        INFO("rule starting " << k.from.toString(Qt::ISODate).toStdString());
        CHECK(count == k.occurrences);
        CHECK(dateOfDay(last) == k.last);
    }
}
