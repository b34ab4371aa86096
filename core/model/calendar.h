#pragma once
// Working-time calendar as the user defines it: working intervals per weekday, exceptions (one-off
// or recurring) that make days non-working or give them their own intervals, and an optional base
// calendar from which unspecified weekdays and exceptions are inherited (Microsoft Project's
// base/derived calendars). core/schedule compiles this into fast arrays; this is only the data.

#include "ids.h"
#include "timeutil.h"

#include <QList>
#include <QString>

#include <array>

namespace Keel {

/// Working interval within one day, minutes from midnight; end may be 1440 (midnight).
struct TimeInterval
{
    int start = 0;
    int end = 0;
    friend bool operator==(const TimeInterval &, const TimeInterval &) = default;
};

struct CalendarWeekDay
{
    /// true: take this weekday from the base calendar (or, without one, the standard 8-17 Mon-Fri).
    bool inherited = false;
    /// Empty and not inherited: a non-working day.
    QList<TimeInterval> intervals;
    friend bool operator==(const CalendarWeekDay &, const CalendarWeekDay &) = default;
};

enum class Recurrence {
    None,            ///< every day from fromDay to toDay
    Daily,           ///< every `period` days
    Weekly,          ///< every `period` weeks on the weekdays of `weekdayMask` (bit 0 = Monday)
    MonthlyByDay,    ///< every `period` months on day `monthDay`
    MonthlyByWeekday,///< every `period` months on the `weekOfMonth`-th (5 = last) `weekday`
    YearlyByDate,    ///< every year on `month`/`monthDay`
    YearlyByWeekday, ///< every year on the `weekOfMonth`-th (5 = last) `weekday` of `month`
};

struct CalendarException
{
    QString name;
    qint64 fromDay = 0;     ///< first day (dayNumber) the exception may apply
    qint64 toDay = 0;       ///< last day, inclusive
    int occurrences = 0;    ///< for recurring exceptions: stop after this many (0 = until toDay)
    Recurrence recurrence = Recurrence::None;
    int period = 1;
    int weekdayMask = 0;
    int weekday = 1;        ///< 1 = Monday … 7 = Sunday
    int weekOfMonth = 1;    ///< 1..4, 5 = last
    int month = 1;          ///< 1..12
    int monthDay = 1;       ///< 1..31
    /// Empty: the days are non-working; else they work these intervals.
    QList<TimeInterval> intervals;
    friend bool operator==(const CalendarException &, const CalendarException &) = default;
};

struct Calendar
{
    Id id;
    QString name;
    Id baseCalendarId;                 ///< null: none
    Id resourceId;                     ///< null: a shared calendar; else this resource's own
    std::array<CalendarWeekDay, 7> week; ///< index 0 = Monday … 6 = Sunday
    QList<CalendarException> exceptions;

    /// Monday–Friday 08:00–12:00 and 13:00–17:00, Microsoft Project's "Standard".
    static Calendar standard(const QString &name);
};

} // namespace Keel
