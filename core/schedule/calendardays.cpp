#include "calendardays.h"

#include <algorithm>

namespace Keel {

QList<CalendarDay> CalendarDays::compute(const Calendar &calendar, const WorkCalendar::CalendarLookup &lookup,
                                         qint64 fromDay, qint64 toDay)
{
    QList<CalendarDay> days;
    if (toDay < fromDay)
        return days;
    const WorkCalendar work = WorkCalendar::compile(calendar, lookup, fromDay, toDay);

    // Which exception decides a day: the same chain compiled with no working week and each
    // exception working one minute of its own (minute k for the k-th), so that the engine's own
    // precedence picks the exception and the minute names it.
    std::vector<Calendar> chain{calendar};
    Id base = calendar.baseCalendarId;
    while (!base.isNull() && lookup && chain.size() < 32) {
        const Calendar *next = lookup(base);
        if (!next || std::any_of(chain.begin(), chain.end(), [&](const Calendar &c) { return c.id == next->id; }))
            break;
        chain.push_back(*next);
        base = next->baseCalendarId;
    }
    QStringList names;
    for (Calendar &c : chain) {
        for (CalendarWeekDay &d : c.week) {
            d.inherited = false;
            d.intervals.clear();
        }
        for (CalendarException &x : c.exceptions) {
            const int k = std::min(int(names.size()), int(kMinutesPerDay) - 1);
            x.intervals = {{k, k + 1}};
            names.append(x.name);
        }
    }
    const WorkCalendar::CalendarLookup markerLookup = [&chain](const Id &id) -> const Calendar * {
        for (const Calendar &c : chain) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    };
    const WorkCalendar markers = WorkCalendar::compile(chain.front(), markerLookup, fromDay, toDay);

    days.reserve(toDay - fromDay + 1);
    for (qint64 d = fromDay; d <= toDay; ++d) {
        CalendarDay day;
        day.day = d;
        day.intervals = work.intervalsOnDay(d);
        const QList<TimeInterval> marker = markers.intervalsOnDay(d);
        if (!marker.isEmpty()) {
            day.exception = true;
            day.exceptionName = names.value(marker.first().start);
        }
        days.append(day);
    }
    return days;
}

} // namespace Keel
