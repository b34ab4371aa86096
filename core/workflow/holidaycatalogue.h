#pragma once
// HolidayCatalogue: the built-in public-holiday calendars, read from JSON files embedded from
// resources/holidays (under :/holidays), one file per country or region.
//
// A file lists its days in either or both of two ways. "years": per year, the notice it comes
// from ("source") and its "holidays" ({name, nameZh, from, to}, "to" defaults to "from") and
// "workdays" ({date, name, nameZh}: weekend days that are worked instead, China's 调休). "rules"
// (with "firstYear" and "lastYear"): holidays by rule — a fixed "month" and "day", the "nth"
// (-1 = last) "weekday" (1 = Monday) of a month, or "easter" plus or minus days — with an
// optional weekend rule ("observed": "nearest-weekday" Saturday → Friday and Sunday → Monday,
// "next-weekday" to the next weekday that is not already a holiday, "saturday-if-sunday"), the
// years it holds ("since", "until", "years") and days "moved" in given years. Extending a
// country by a year is adding one block to its "years" or raising its "lastYear".
//
// calendar() turns a region into a workspace calendar: a working week and one exception per
// holiday (non-working) and per make-up day (working, with the week's hours).

#include <model/calendar.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Keel {

struct PublicHoliday
{
    QDate from;
    QDate to;             ///< inclusive; equal to from for one day
    QString name;
    QString nameZh;
    bool working = false; ///< a day worked instead of a holiday (make-up working day)

    QString displayName(bool chinese) const { return chinese && !nameZh.isEmpty() ? nameZh : name; }
};

struct HolidayRegion
{
    QString code;         ///< the file's name: "cn", "hk", "us" …
    QString name;
    QString nameZh;
    QString note;
    int firstYear = 0;
    int lastYear = 0;
    QStringList sources;  ///< the notices or laws the days come from, per year when they differ
    QList<PublicHoliday> days; ///< sorted by date

    QString displayName(bool chinese) const { return chinese && !nameZh.isEmpty() ? nameZh : name; }
    /// The holiday (or make-up working day) on @p day, if any.
    const PublicHoliday *dayOf(QDate day) const;
};

class HolidayCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(Keel::HolidayCatalogue)
public:
    /// Every built-in region, in a fixed order (mainland China first); a file that cannot be
    /// read is left out with a warning.
    static QList<HolidayRegion> builtIn();
    /// The built-in region with @p code (case-insensitive), if any.
    static std::optional<HolidayRegion> region(const QString &code);
    /// The codes of the built-in regions.
    static QStringList codes();

    /// Reads one region from a file's text; @p origin names it in the error (which says the
    /// element and what was expected).
    static std::optional<HolidayRegion> fromJson(const QByteArray &json, const QString &origin, QString *error);

    /// A new calendar (a fresh id) named @p name (else after the region) with @p workingDay
    /// Monday to Friday and the region's days as exceptions, named in Chinese when @p chinese.
    static Calendar calendar(const HolidayRegion &region, bool chinese, const QString &name = {},
                             const QList<TimeInterval> &workingDay = {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
    /// The exceptions calendar() gives, for adding a region's days to an existing calendar.
    static QList<CalendarException> exceptions(const HolidayRegion &region, bool chinese,
                                               const QList<TimeInterval> &workingDay);

    /// Gregorian Easter Sunday of @p year.
    static QDate easterSunday(int year);
};

} // namespace Keel
