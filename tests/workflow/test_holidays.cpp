// The built-in holiday calendars: mainland China's statutory holidays and make-up working days
// as the State Council's notices give them, and the rule-based countries, compiled into working
// time the way the scheduler uses it.

#include <workflow/holidaycatalogue.h>

#include <model/timeutil.h>
#include <schedule/calendardays.h>
#include <schedule/workcalendar.h>

#include <catch2/catch.hpp>

using namespace Keel;

namespace {

HolidayRegion builtIn(const char *code)
{
    const std::optional<HolidayRegion> r = HolidayCatalogue::region(QLatin1String(code));
    REQUIRE(r);
    return *r;
}

WorkCalendar compiled(const HolidayRegion &r)
{
    const Calendar c = HolidayCatalogue::calendar(r, false);
    return WorkCalendar::compile(c, {}, dayNumber(QDate(2019, 1, 1)), dayNumber(QDate(2027, 12, 31)));
}

bool working(const WorkCalendar &w, int y, int m, int d)
{
    return w.workOnDay(dayNumber(QDate(y, m, d))) > 0;
}

QList<QDate> holidaysOf(const HolidayRegion &r, int year)
{
    QList<QDate> list;
    for (const PublicHoliday &h : r.days) {
        for (QDate d = h.from; d <= h.to; d = d.addDays(1)) {
            if (!h.working && d.year() == year)
                list.append(d);
        }
    }
    return list;
}

} // namespace

TEST_CASE("Every built-in holiday calendar reads and covers 2020 to 2026", "[holidays]")
{
    const QList<HolidayRegion> all = HolidayCatalogue::builtIn();
    REQUIRE(all.size() == HolidayCatalogue::codes().size());
    for (const HolidayRegion &r : all) {
        INFO(r.code.toStdString());
        CHECK(r.firstYear <= 2020);
        CHECK(r.lastYear >= 2026);
        CHECK_FALSE(r.sources.isEmpty());
        CHECK_FALSE(r.nameZh.isEmpty());
        for (const PublicHoliday &h : r.days) {
            CHECK(h.from <= h.to);
            CHECK_FALSE(h.nameZh.isEmpty());
        }
    }
}

TEST_CASE("Mainland China: holidays and make-up working days by the State Council's notices", "[holidays]")
{
    const HolidayRegion cn = builtIn("cn");
    // Each year cites its notice.
    CHECK(cn.sources.filter(QStringLiteral("国办发明电〔2025〕7号")).size() == 1);
    CHECK(cn.sources.filter(QStringLiteral("国办发明电〔2023〕7号")).size() == 1);
    for (int year = 2020; year <= 2026; ++year)
        CHECK(cn.sources.filter(QStringLiteral("%1年部分节假日安排").arg(year)).size() == 1);

    const WorkCalendar w = compiled(cn);
    // 2024: the Spring Festival 10-17 February, worked on Sundays 4 and 18 February.
    CHECK(working(w, 2024, 2, 4));
    CHECK(working(w, 2024, 2, 18));
    for (int d = 10; d <= 17; ++d)
        CHECK_FALSE(working(w, 2024, 2, d));
    CHECK(working(w, 2024, 2, 9)); // New Year's Eve itself is not a holiday in 2024
    for (int d = 1; d <= 7; ++d)
        CHECK_FALSE(working(w, 2024, 10, d));
    CHECK(working(w, 2024, 9, 29));
    CHECK(working(w, 2024, 10, 12));
    // 2025: New Year's Eve is a holiday from 2025; worked on Sunday 26 January and Saturday 8 February.
    CHECK(working(w, 2025, 1, 26));
    CHECK_FALSE(working(w, 2025, 1, 28));
    CHECK_FALSE(working(w, 2025, 2, 4));
    CHECK(working(w, 2025, 2, 8));
    // 2026: nine days of Spring Festival, 15-23 February; worked on 14 and 28 February.
    CHECK(working(w, 2026, 2, 14));
    CHECK_FALSE(working(w, 2026, 2, 23));
    CHECK(working(w, 2026, 2, 28));
    CHECK(working(w, 2026, 1, 4));
    // 2023's New Year holiday starts on 31 December 2022.
    CHECK(cn.dayOf(QDate(2022, 12, 31)));
    // An ordinary weekend stays free.
    CHECK_FALSE(working(w, 2024, 3, 2));

    // The statutory days: 13 a year from 2025 (11 before), each within its holiday.
    const PublicHoliday *makeUp = cn.dayOf(QDate(2024, 2, 18));
    REQUIRE(makeUp);
    CHECK(makeUp->working);
    CHECK(makeUp->nameZh == u"春节调休上班");
}

TEST_CASE("A calendar from the catalogue schedules across the Spring Festival", "[holidays]")
{
    const WorkCalendar w = compiled(builtIn("cn"));
    // Five days from Thursday 8 February 2024: the 8th, the 9th, Sunday the 18th (a make-up
    // day), the 19th and the 20th.
    const Minutes start = toMinutes(QDate(2024, 2, 8), 8 * 60);
    CHECK(w.addWork(start, 5 * 480) == toMinutes(QDate(2024, 2, 20), 17 * 60));
    // Backwards from 2025-02-10 17:00 by four days: 10, 8 (Saturday, worked), 7, 6.
    CHECK(w.subtractWork(toMinutes(QDate(2025, 2, 10), 17 * 60), 4 * 480) == toMinutes(QDate(2025, 2, 6), 8 * 60));
}

TEST_CASE("Rule-based holidays: weekends observed as each country does", "[holidays]")
{
    CHECK(HolidayCatalogue::easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(HolidayCatalogue::easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(HolidayCatalogue::easterSunday(2026) == QDate(2026, 4, 5));

    const HolidayRegion us = builtIn("us");
    const QList<QDate> us2021 = holidaysOf(us, 2021);
    CHECK(us2021.contains(QDate(2021, 12, 31)));  // New Year's Day 2022 (a Saturday), observed
    CHECK(us2021.contains(QDate(2021, 6, 18)));   // Juneteenth (a Saturday) observed on Friday
    CHECK(us2021.contains(QDate(2021, 7, 5)));    // Independence Day (a Sunday) observed on Monday
    CHECK(holidaysOf(us, 2024).contains(QDate(2024, 11, 28)));  // Thanksgiving
    CHECK(holidaysOf(us, 2024).contains(QDate(2024, 5, 27)));   // Memorial Day, the last Monday
    CHECK_FALSE(holidaysOf(us, 2020).contains(QDate(2020, 6, 19))); // no Juneteenth before 2021
    CHECK(holidaysOf(us, 2026).size() == 11);

    const HolidayRegion gb = builtIn("gb");
    const QList<QDate> gb2021 = holidaysOf(gb, 2021);
    CHECK(gb2021.contains(QDate(2021, 12, 27)));  // Christmas (Saturday) substitute
    CHECK(gb2021.contains(QDate(2021, 12, 28)));  // Boxing Day (Sunday) substitute
    const QList<QDate> gb2022 = holidaysOf(gb, 2022);
    CHECK(gb2022.contains(QDate(2022, 6, 2)));
    CHECK(gb2022.contains(QDate(2022, 6, 3)));
    CHECK(gb2022.contains(QDate(2022, 9, 19)));
    CHECK_FALSE(gb2022.contains(QDate(2022, 5, 30)));
    CHECK(gb.dayOf(QDate(2022, 12, 26))->name == u"Boxing Day");
    CHECK(gb.dayOf(QDate(2022, 12, 27))->name == u"Christmas Day (substitute day)");
    CHECK(holidaysOf(gb, 2020).contains(QDate(2020, 5, 8)));

    const QList<QDate> de = holidaysOf(builtIn("de"), 2025);
    CHECK(de.size() == 9);
    CHECK(de.contains(QDate(2025, 5, 29)));  // Ascension
    CHECK(de.contains(QDate(2025, 6, 9)));   // Whit Monday

    const HolidayRegion nl = builtIn("nl");
    CHECK(holidaysOf(nl, 2025).contains(QDate(2025, 4, 26))); // King's Day on a Sunday: the Saturday
    CHECK(holidaysOf(nl, 2025).contains(QDate(2025, 5, 5)));
    CHECK_FALSE(holidaysOf(nl, 2024).contains(QDate(2024, 5, 5)));

    const HolidayRegion hk = builtIn("hk");
    CHECK(hk.dayOf(QDate(2024, 2, 13)));
    CHECK(holidaysOf(hk, 2025).size() == 17);
    const HolidayRegion sg = builtIn("sg");
    CHECK(sg.dayOf(QDate(2024, 2, 12)));  // Chinese New Year in lieu
}

TEST_CASE("A holiday file with a bad date names the year and the holiday", "[holidays]")
{
    QString error;
    const QByteArray bad = R"({"code": "xx", "name": "X", "years": [{"year": 2024, "holidays": [{"name": "Fête", "from": "2024-13-01"}]}]})";
    CHECK_FALSE(HolidayCatalogue::fromJson(bad, QStringLiteral("xx.json"), &error));
    CHECK(error.contains(QStringLiteral("xx.json")));
    CHECK(error.contains(QStringLiteral("2024")));
    CHECK(error.contains(QStringLiteral("Fête")));
    CHECK_FALSE(HolidayCatalogue::fromJson("[1]", QStringLiteral("yy.json"), &error));
    CHECK(error.contains(QStringLiteral("yy.json")));
}

TEST_CASE("CalendarDays names the exception that decides each day", "[holidays][calendars]")
{
    const HolidayRegion cn = builtIn("cn");
    Calendar base = HolidayCatalogue::calendar(cn, true);
    Calendar own = Calendar::standard(QStringLiteral("Team"));
    own.baseCalendarId = base.id;
    CalendarException offsite;
    offsite.name = QStringLiteral("Offsite");
    offsite.fromDay = offsite.toDay = dayNumber(QDate(2024, 2, 7));
    own.exceptions = {offsite};
    const auto lookup = [&](const Id &id) -> const Calendar * { return id == base.id ? &base : nullptr; };
    const QList<CalendarDay> days = CalendarDays::compute(own, lookup, dayNumber(QDate(2024, 2, 1)), dayNumber(QDate(2024, 2, 29)));
    REQUIRE(days.size() == 29);
    const auto on = [&](int d) { return days[d - 1]; };
    CHECK(on(1).working());
    CHECK_FALSE(on(1).exception);
    CHECK(on(4).working());
    CHECK(on(4).exception);
    CHECK(on(4).exceptionName == u"春节调休上班");
    CHECK_FALSE(on(7).working());
    CHECK(on(7).exceptionName == u"Offsite");
    CHECK_FALSE(on(12).working());
    CHECK(on(12).exceptionName == u"春节");
    CHECK_FALSE(on(24).working());
    CHECK_FALSE(on(24).exception);
}
