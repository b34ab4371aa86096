#pragma once
// CalendarDays: how a calendar, with its base calendars, treats each day of a span — the working
// minutes and intervals the engine computes and, when an exception decides the day, which one —
// for views that show a calendar month by month (the calendar editor's preview).

#include "workcalendar.h"

#include <QList>
#include <QString>

namespace Keel {

struct CalendarDay
{
    qint64 day = 0;                 ///< a dayNumber()
    QList<TimeInterval> intervals;  ///< empty: non-working
    bool exception = false;         ///< an exception (of the calendar or a base) decides it
    QString exceptionName;          ///< that exception's name, when known

    bool working() const { return !intervals.isEmpty(); }
};

class CalendarDays
{
public:
    /// Every day from @p fromDay to @p toDay (inclusive) of @p calendar, its bases resolved
    /// through @p lookup.
    static QList<CalendarDay> compute(const Calendar &calendar, const WorkCalendar::CalendarLookup &lookup,
                                      qint64 fromDay, qint64 toDay);
};

} // namespace Keel
