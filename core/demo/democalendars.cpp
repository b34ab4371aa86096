#include "democalendars.h"

#include <model/timeutil.h>

namespace Keel::DemoCalendars {

namespace {

qint64 day(const char *iso)
{
    return dayNumber(QDate::fromString(QString::fromLatin1(iso), Qt::ISODate));
}

CalendarException holiday(const QString &name, const char *from, const char *to = nullptr)
{
    CalendarException x;
    x.name = name;
    x.fromDay = day(from);
    x.toDay = to ? day(to) : x.fromDay;
    return x;
}

CalendarException makeUpDay(const QString &name, const char *date)
{
    CalendarException x = holiday(name, date);
    x.intervals = standardDay();
    return x;
}

Calendar ownWeek(const QString &name)
{
    Calendar c;
    c.id = newId();
    c.name = name;
    for (int i = 0; i < 5; ++i)
        c.week[size_t(i)].intervals = standardDay();
    return c;
}

} // namespace

QList<TimeInterval> standardDay()
{
    return {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};
}

Calendar netherlands(const Id &standardId)
{
    Calendar c;
    c.id = newId();
    c.name = QStringLiteral("Netherlands (Amsterdam office)");
    c.baseCalendarId = standardId;
    for (CalendarWeekDay &d : c.week)
        d.inherited = true;
    c.exceptions = {
        holiday(QStringLiteral("New Year's Day"), "2025-01-01"),
        holiday(QStringLiteral("Easter Monday"), "2025-04-21"),
        holiday(QStringLiteral("King's Day"), "2025-04-26"),
        holiday(QStringLiteral("Liberation Day"), "2025-05-05"),
        holiday(QStringLiteral("Ascension Day"), "2025-05-29"),
        holiday(QStringLiteral("Whit Monday"), "2025-06-09"),
        holiday(QStringLiteral("Christmas"), "2025-12-25", "2025-12-26"),
        holiday(QStringLiteral("New Year's Day"), "2026-01-01"),
        holiday(QStringLiteral("Easter Monday"), "2026-04-06"),
        holiday(QStringLiteral("King's Day"), "2026-04-27"),
        holiday(QStringLiteral("Ascension Day"), "2026-05-14"),
        holiday(QStringLiteral("Whit Monday"), "2026-05-25"),
        holiday(QStringLiteral("Christmas"), "2026-12-25", "2026-12-26"),
    };
    return c;
}

Calendar mainlandChina()
{
    Calendar c = ownWeek(QStringLiteral("中国大陆 / Mainland China"));
    // 国务院办公厅关于2025年、2026年部分节假日安排的通知.
    c.exceptions = {
        holiday(QStringLiteral("元旦 New Year's Day"), "2025-01-01"),
        makeUpDay(QStringLiteral("春节调休上班 Spring Festival make-up day"), "2025-01-26"),
        holiday(QStringLiteral("春节 Spring Festival"), "2025-01-28", "2025-02-04"),
        makeUpDay(QStringLiteral("春节调休上班 Spring Festival make-up day"), "2025-02-08"),
        holiday(QStringLiteral("清明节 Qingming Festival"), "2025-04-04", "2025-04-06"),
        makeUpDay(QStringLiteral("劳动节调休上班 Labour Day make-up day"), "2025-04-27"),
        holiday(QStringLiteral("劳动节 Labour Day"), "2025-05-01", "2025-05-05"),
        holiday(QStringLiteral("端午节 Dragon Boat Festival"), "2025-05-31", "2025-06-02"),
        makeUpDay(QStringLiteral("国庆节调休上班 National Day make-up day"), "2025-09-28"),
        holiday(QStringLiteral("国庆节、中秋节 National Day and Mid-Autumn Festival"), "2025-10-01", "2025-10-08"),
        makeUpDay(QStringLiteral("国庆节调休上班 National Day make-up day"), "2025-10-11"),

        holiday(QStringLiteral("元旦 New Year's Day"), "2026-01-01", "2026-01-03"),
        makeUpDay(QStringLiteral("元旦调休上班 New Year make-up day"), "2026-01-04"),
        makeUpDay(QStringLiteral("春节调休上班 Spring Festival make-up day"), "2026-02-14"),
        holiday(QStringLiteral("春节 Spring Festival"), "2026-02-15", "2026-02-23"),
        makeUpDay(QStringLiteral("春节调休上班 Spring Festival make-up day"), "2026-02-28"),
        holiday(QStringLiteral("清明节 Qingming Festival"), "2026-04-04", "2026-04-06"),
        holiday(QStringLiteral("劳动节 Labour Day"), "2026-05-01", "2026-05-05"),
        makeUpDay(QStringLiteral("劳动节调休上班 Labour Day make-up day"), "2026-05-09"),
        holiday(QStringLiteral("端午节 Dragon Boat Festival"), "2026-06-19", "2026-06-21"),
        makeUpDay(QStringLiteral("国庆节调休上班 National Day make-up day"), "2026-09-20"),
        holiday(QStringLiteral("中秋节 Mid-Autumn Festival"), "2026-09-25", "2026-09-27"),
        holiday(QStringLiteral("国庆节 National Day"), "2026-10-01", "2026-10-07"),
        makeUpDay(QStringLiteral("国庆节调休上班 National Day make-up day"), "2026-10-10"),
    };
    return c;
}

Calendar unitedKingdom()
{
    Calendar c = ownWeek(QStringLiteral("United Kingdom (England and Wales)"));
    c.exceptions = {
        holiday(QStringLiteral("New Year's Day"), "2025-01-01"),
        holiday(QStringLiteral("Good Friday"), "2025-04-18"),
        holiday(QStringLiteral("Easter Monday"), "2025-04-21"),
        holiday(QStringLiteral("Early May bank holiday"), "2025-05-05"),
        holiday(QStringLiteral("Spring bank holiday"), "2025-05-26"),
        holiday(QStringLiteral("Summer bank holiday"), "2025-08-25"),
        holiday(QStringLiteral("Christmas Day and Boxing Day"), "2025-12-25", "2025-12-26"),
        holiday(QStringLiteral("New Year's Day"), "2026-01-01"),
        holiday(QStringLiteral("Good Friday"), "2026-04-03"),
        holiday(QStringLiteral("Easter Monday"), "2026-04-06"),
        holiday(QStringLiteral("Early May bank holiday"), "2026-05-04"),
        holiday(QStringLiteral("Spring bank holiday"), "2026-05-25"),
        holiday(QStringLiteral("Summer bank holiday"), "2026-08-31"),
        holiday(QStringLiteral("Christmas Day"), "2026-12-25"),
        holiday(QStringLiteral("Boxing Day (substitute day)"), "2026-12-28"),
    };
    return c;
}

Calendar unitedStates()
{
    Calendar c = ownWeek(QStringLiteral("United States (federal holidays)"));
    c.exceptions = {
        holiday(QStringLiteral("New Year's Day"), "2025-01-01"),
        holiday(QStringLiteral("Martin Luther King Jr. Day"), "2025-01-20"),
        holiday(QStringLiteral("Presidents' Day"), "2025-02-17"),
        holiday(QStringLiteral("Memorial Day"), "2025-05-26"),
        holiday(QStringLiteral("Juneteenth"), "2025-06-19"),
        holiday(QStringLiteral("Independence Day"), "2025-07-04"),
        holiday(QStringLiteral("Labor Day"), "2025-09-01"),
        holiday(QStringLiteral("Columbus Day"), "2025-10-13"),
        holiday(QStringLiteral("Veterans Day"), "2025-11-11"),
        holiday(QStringLiteral("Thanksgiving Day"), "2025-11-27"),
        holiday(QStringLiteral("Christmas Day"), "2025-12-25"),
        holiday(QStringLiteral("New Year's Day"), "2026-01-01"),
        holiday(QStringLiteral("Martin Luther King Jr. Day"), "2026-01-19"),
        holiday(QStringLiteral("Presidents' Day"), "2026-02-16"),
        holiday(QStringLiteral("Memorial Day"), "2026-05-25"),
        holiday(QStringLiteral("Juneteenth"), "2026-06-19"),
        holiday(QStringLiteral("Independence Day (observed)"), "2026-07-03"),
        holiday(QStringLiteral("Labor Day"), "2026-09-07"),
        holiday(QStringLiteral("Columbus Day"), "2026-10-12"),
        holiday(QStringLiteral("Veterans Day"), "2026-11-11"),
        holiday(QStringLiteral("Thanksgiving Day"), "2026-11-26"),
        holiday(QStringLiteral("Christmas Day"), "2026-12-25"),
    };
    return c;
}

Calendar partTime(const Id &baseId)
{
    Calendar c;
    c.id = newId();
    c.name = QStringLiteral("Part-time (Mon, Tue, Thu)");
    c.baseCalendarId = baseId;
    c.week[0].inherited = true;
    c.week[1].inherited = true;
    c.week[3].inherited = true;
    return c;
}

} // namespace Keel::DemoCalendars
