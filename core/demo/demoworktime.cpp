#include "demoworktime.h"

#include <algorithm>

namespace Keel {

namespace {

bool exceptionCovers(const CalendarException &x, qint64 day)
{
    if (day < x.fromDay || day > x.toDay)
        return false;
    switch (x.recurrence) {
    case Recurrence::None:
        return true;
    case Recurrence::YearlyByDate: {
        const QDate d = dateOfDay(day);
        return d.month() == x.month && d.day() == x.monthDay;
    }
    case Recurrence::Weekly:
        return (x.weekdayMask >> (weekdayOfDay(day) - 1)) & 1;
    default:
        // The demo writes no other kinds of recurrence.
        return false;
    }
}

} // namespace

DemoWorkTime::DemoWorkTime(const Calendar &calendar, const std::function<const Calendar *(const Id &)> &calendars,
                           qint64 firstDay, qint64 lastDay)
{
    Minutes position = 0;
    for (qint64 day = firstDay; day <= lastDay; ++day) {
        QList<TimeInterval> intervals = intervalsOn(calendar, calendars, day);
        Minutes length = 0;
        for (const TimeInterval &i : intervals)
            length += i.end - i.start;
        if (length == 0)
            continue;
        m_days.push_back({day, position, length, std::move(intervals)});
        position += length;
    }
}

QList<TimeInterval> DemoWorkTime::intervalsOn(const Calendar &calendar,
                                              const std::function<const Calendar *(const Id &)> &calendars,
                                              qint64 day)
{
    // As core/schedule's WorkCalendar: exceptions of the calendar and of its base calendars apply
    // (the calendar's own first); the weekday comes from the first calendar that does not inherit it.
    QList<const Calendar *> chain{&calendar};
    for (Id base = calendar.baseCalendarId; !base.isNull() && chain.size() < 32;) {
        const Calendar *next = calendars ? calendars(base) : nullptr;
        if (!next || chain.contains(next))
            break;
        chain.append(next);
        base = next->baseCalendarId;
    }
    for (const Calendar *c : chain) {
        for (const CalendarException &x : c->exceptions) {
            if (exceptionCovers(x, day))
                return x.intervals;
        }
    }
    const size_t w = size_t(weekdayOfDay(day) - 1);
    for (const Calendar *c : chain) {
        if (!c->week[w].inherited)
            return c->week[w].intervals;
    }
    if (w < 5)
        return {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};
    return {};
}

bool DemoWorkTime::isWorkingDay(qint64 day) const
{
    const auto it = std::lower_bound(m_days.begin(), m_days.end(), day,
                                     [](const WorkDay &d, qint64 value) { return d.day < value; });
    return it != m_days.end() && it->day == day;
}

qsizetype DemoWorkTime::dayAt(Minutes pos) const
{
    // The last day whose position is <= pos.
    const auto it = std::upper_bound(m_days.begin(), m_days.end(), pos,
                                     [](Minutes value, const WorkDay &d) { return value < d.position; });
    if (it == m_days.begin())
        return 0;
    return qsizetype(it - m_days.begin()) - 1;
}

Minutes DemoWorkTime::wallClockIn(const WorkDay &d, Minutes offset, bool finish)
{
    Minutes left = offset;
    for (const TimeInterval &i : d.intervals) {
        const Minutes len = i.end - i.start;
        if (left < len || (finish && left == len))
            return d.day * kMinutesPerDay + i.start + left;
        left -= len;
    }
    return d.day * kMinutesPerDay + d.intervals.last().end;
}

Minutes DemoWorkTime::startAt(Minutes pos) const
{
    if (m_days.empty())
        return kNoTime;
    pos = std::clamp<Minutes>(pos, 0, end() - 1);
    const WorkDay &d = m_days[size_t(dayAt(pos))];
    return wallClockIn(d, pos - d.position, false);
}

Minutes DemoWorkTime::finishAt(Minutes pos) const
{
    if (m_days.empty())
        return kNoTime;
    if (pos <= 0)
        return startAt(0);
    pos = std::min(pos, end());
    // The day holding the last minute worked (pos - 1).
    const WorkDay &d = m_days[size_t(dayAt(pos - 1))];
    return wallClockIn(d, pos - d.position, true);
}

Minutes DemoWorkTime::positionOf(Minutes wallClock) const
{
    qint64 day = wallClock / kMinutesPerDay;
    if (wallClock % kMinutesPerDay < 0)
        --day;
    const Minutes minute = wallClock - day * kMinutesPerDay;
    const auto it = std::lower_bound(m_days.begin(), m_days.end(), day,
                                     [](const WorkDay &d, qint64 value) { return d.day < value; });
    if (it == m_days.end())
        return end();
    if (it->day != day)
        return it->position;
    Minutes worked = 0;
    for (const TimeInterval &i : it->intervals) {
        if (minute <= i.start)
            break;
        worked += std::min<Minutes>(minute, i.end) - i.start;
    }
    return it->position + worked;
}

QList<DemoWorkTime::DaySlice> DemoWorkTime::split(Minutes from, Minutes to) const
{
    QList<DaySlice> slices;
    if (to <= from || m_days.empty())
        return slices;
    for (size_t k = size_t(dayAt(from)); k < m_days.size() && m_days[k].position < to; ++k) {
        const WorkDay &d = m_days[k];
        const Minutes overlap = std::min(to, d.position + d.length) - std::max(from, d.position);
        if (overlap > 0)
            slices.append({d.day, overlap});
    }
    return slices;
}

} // namespace Keel
