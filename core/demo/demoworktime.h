#pragma once
// DemoWorkTime: the working time of one calendar over the demo's years, for the demo generator's
// own simple forward pass (the real scheduler lives in core/schedule). Positions are working minutes
// counted from the first day of the range; they map to wall-clock minutes and back.

#include <model/calendar.h>
#include <model/timeutil.h>

#include <QList>

#include <functional>

#include <vector>

namespace Keel {

class DemoWorkTime
{
public:
    /// `calendars` resolves base calendars (null: none). Covers firstDay..lastDay (day numbers).
    DemoWorkTime(const Calendar &calendar, const std::function<const Calendar *(const Id &)> &calendars,
                 qint64 firstDay, qint64 lastDay);

    /// The intervals worked on `day`: an exception of the calendar or of its base calendars (its own
    /// first), else the weekday of the first calendar in the chain that does not inherit it.
    /// Empty: a non-working day.
    static QList<TimeInterval> intervalsOn(const Calendar &calendar,
                                           const std::function<const Calendar *(const Id &)> &calendars, qint64 day);

    bool isWorkingDay(qint64 day) const;
    /// Wall-clock time at which work at position `pos` begins (the start of a task starting there).
    Minutes startAt(Minutes pos) const;
    /// Wall-clock time at which work up to position `pos` ends (the finish of a task ending there).
    Minutes finishAt(Minutes pos) const;
    /// Position of a wall-clock time: working minutes before it.
    Minutes positionOf(Minutes wallClock) const;
    /// Working minutes of the range [from, to), day by day.
    struct DaySlice
    {
        qint64 day = 0;
        Minutes minutes = 0;
    };
    QList<DaySlice> split(Minutes from, Minutes to) const;
    /// The last position covered.
    Minutes end() const { return m_days.empty() ? 0 : m_days.back().position + m_days.back().length; }

private:
    struct WorkDay
    {
        qint64 day = 0;
        Minutes position = 0;  ///< working minutes before this day
        Minutes length = 0;
        QList<TimeInterval> intervals;
    };
    /// Index of the working day holding position `pos` (pos within [position, position + length)).
    qsizetype dayAt(Minutes pos) const;
    static Minutes wallClockIn(const WorkDay &d, Minutes offset, bool finish);

    std::vector<WorkDay> m_days;
};

} // namespace Keel
