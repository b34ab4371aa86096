#pragma once
// WorkCalendar: a Keel::Calendar (with its base-calendar chain) compiled into flat arrays for fast
// working-time arithmetic, the way the scheduler needs it.
//
// How it works. Every instant t (minutes since 1970-01-01 local) has a *work position* W(t): the
// number of working minutes from a fixed origin up to t. W never decreases; it is flat across
// non-working time. All arithmetic reduces to W and its two inverses:
//
//   startAt(w)  = the latest instant whose position is w    (a start: 17:00 Fri -> 08:00 Mon)
//   finishAt(w) = the earliest instant whose position is w  (a finish: stays at 17:00 Fri)
//
// so addWork(t, d) = finishAt(W(t) + d) ends a task exactly at the end of a working period, and
// nextWorkStart(t) = startAt(W(t)) moves a start at the end of a period to the next period's start,
// as Microsoft Project does. W is kept per day (prefix sums over an exact day range; each day points
// at one of a few distinct day shapes), so W(t) is O(1) and the inverses are O(1) through a bucket
// index with an O(log n) fallback. Outside the exact day range the calendar repeats its work week;
// the exact range always covers the requested span and every exception day (clamped to the years
// 1900..2200), so results are exact everywhere in practice.
//
// A WorkCalendar is an immutable value: cheap to move, safe to share between threads.

#include "model/calendar.h"
#include "model/timeutil.h"

#include <array>
#include <functional>
#include <vector>

namespace Keel {

class WorkCalendar
{
public:
    /// Resolves a base calendar id to its definition; returns nullptr when unknown.
    using CalendarLookup = std::function<const Calendar *(const Id &)>;

    /// Microsoft Project's "Standard": Monday–Friday 08:00–12:00 and 13:00–17:00, no exceptions.
    WorkCalendar();

    /// Compiles @p calendar, resolving its base calendars through @p lookup (may be empty), with an
    /// exact day table covering at least [fromDay, toDay] (day numbers, see dayNumber()).
    /// Precedence per day: the calendar's own exceptions, then its base calendars' exceptions
    /// (nearest first), then its own weekday definition, then the bases' (inherited weekdays),
    /// then the Standard week. Within one calendar a later exception overrides an earlier one.
    static WorkCalendar compile(const Calendar &calendar, const CalendarLookup &lookup,
                                qint64 fromDay, qint64 toDay);
    /// The same working week on every day (index 0 = Monday), no exceptions.
    static WorkCalendar fromWeek(const std::array<QList<TimeInterval>, 7> &week);
    /// Every minute is working time (24 × 7).
    static WorkCalendar continuous();

    /// Working minutes from the calendar's origin up to @p t (see the header comment).
    Minutes position(Minutes t) const;
    /// Latest instant whose position is @p w: always the start of, or inside, a working period.
    Minutes startAt(Minutes w) const;
    /// Earliest instant whose position is @p w: always the end of, or inside, a working period.
    Minutes finishAt(Minutes w) const;

    /// @p work > 0: the earliest instant by which @p work working minutes after @p t have passed
    /// (a finish; ends at 17:00, not the next 08:00). @p work < 0: subtractWork(t, -work).
    /// @p work == 0: @p t unchanged.
    Minutes addWork(Minutes t, Minutes work) const;
    /// The latest instant from which @p work (> 0) working minutes reach @p t (a start; begins at
    /// 08:00, not the previous 17:00). Negative @p work adds.
    Minutes subtractWork(Minutes t, Minutes work) const;
    /// Working minutes from @p from to @p to; negative when @p to is earlier.
    Minutes workBetween(Minutes from, Minutes to) const;
    /// @p t if it is working time, else the start of the next working period. A time exactly at
    /// the end of a period (17:00) moves to the next start.
    Minutes nextWorkStart(Minutes t) const;
    /// @p t if it lies inside or at the end of a working period, else the end of the previous
    /// one. A time exactly at the start of a period (08:00 Mon) moves back to 17:00 Fri.
    Minutes previousWorkFinish(Minutes t) const;
    /// Whether the minute starting at @p t is working time.
    bool isWorking(Minutes t) const;
    /// Whether @p t is exactly at the end of a working period (a finish may sit there).
    bool isPeriodEnd(Minutes t) const;
    /// Working minutes on day @p day (a dayNumber()).
    int workOnDay(qint64 day) const;
    /// Working intervals of day @p day, minutes from midnight.
    QList<TimeInterval> intervalsOnDay(qint64 day) const;

    /// Elapsed (calendar-time) arithmetic: plain minutes, independent of any calendar.
    static Minutes addElapsed(Minutes t, Minutes elapsed) { return t == kNoTime ? kNoTime : t + elapsed; }

    /// The exact day range [firstDay(), lastDay()]; outside it the work week repeats.
    qint64 firstDay() const { return m_firstDay; }
    qint64 lastDay() const { return m_firstDay + qint64(m_dayPattern.size()) - 1; }
    /// Working minutes in one ordinary week (the repeating week outside the exact range).
    Minutes weeklyWork() const { return m_weekWork; }

private:
    struct Uninitialized
    {
    };
    explicit WorkCalendar(Uninitialized) {}

    struct Span
    {
        qint16 start;
        qint16 end;
    };
    struct Pattern
    {
        qint32 first = 0;  ///< index of its first span in m_spans
        qint32 count = 0;
        qint32 work = 0;
    };

    int internPattern(const QList<TimeInterval> &intervals);
    void build(const std::array<int, 7> &weekPatterns, qint64 firstDay, std::vector<quint16> days);

    int patternOfDay(qint64 day) const;
    Minutes dayStart(qint64 day) const;
    Minutes periodicWork(qint64 fromDay, qint64 toDay) const;
    qint64 dayOfPosition(Minutes w, bool forFinish) const;
    qint64 dayIndexInRange(Minutes w, bool forFinish) const;
    int workBefore(int pattern, int minute) const;
    int startOffset(int pattern, int work) const;
    int finishOffset(int pattern, int work) const;
    void buildTables();
    Minutes positionSlow(Minutes t) const;
    Minutes startAtSlow(Minutes w) const;
    Minutes finishAtSlow(Minutes w) const;

    std::vector<Span> m_spans;
    std::vector<Pattern> m_patterns;
    std::vector<quint16> m_dayPattern;   ///< per day of the exact range
    std::vector<Minutes> m_dayStart;     ///< position at 00:00 of each day, one past the end too
    std::vector<qint32> m_bucket;        ///< first day whose end position reaches bucket k
    int m_bucketShift = 9;
    // Per day shape: working minutes before each minute of the day (1441 entries), and the
    // minute of the day at which a start / a finish falls after r working minutes.
    std::vector<qint16> m_workBefore;
    std::vector<qint16> m_startOffsets;
    std::vector<qint16> m_finishOffsets;
    std::vector<qint32> m_workBeforeAt, m_startOffsetsAt, m_finishOffsetsAt; ///< per pattern
    qint64 m_firstDay = 0;
    std::array<quint16, 7> m_weekPattern{};
    std::array<Minutes, 15> m_weekPrefix{}; ///< work from Monday 00:00 over a doubled week
    Minutes m_weekWork = 0;
};

inline Minutes WorkCalendar::position(Minutes t) const
{
    if (t == kNoTime)
        return kNoTime;
    qint64 day = t / kMinutesPerDay;
    qint64 minute = t - day * kMinutesPerDay;
    if (minute < 0) {
        --day;
        minute += kMinutesPerDay;
    }
    const quint64 idx = quint64(day - m_firstDay);
    if (idx < m_dayPattern.size())
        return m_dayStart[idx] + m_workBefore[size_t(m_workBeforeAt[m_dayPattern[idx]] + minute)];
    return positionSlow(t);
}

// Index in the exact range of the smallest day whose end position reaches w (a finish) or passes
// it (a start); the caller checks that w lies inside the range.
inline qint64 WorkCalendar::dayIndexInRange(Minutes w, bool forFinish) const
{
    const size_t b = size_t(w >> m_bucketShift);
    qint64 lo = m_bucket[b];
    qint64 hi = m_bucket[b + 1];
    const qint64 last = qint64(m_dayPattern.size()) - 1;
    if (hi > last)
        hi = last;
    while (lo < hi) {
        const qint64 mid = (lo + hi) >> 1;
        const Minutes end = m_dayStart[size_t(mid + 1)];
        if (forFinish ? end >= w : end > w)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

inline Minutes WorkCalendar::startAt(Minutes w) const
{
    if (w >= 0 && w < m_dayStart.back()) {
        const qint64 idx = dayIndexInRange(w, false);
        const Minutes r = w - m_dayStart[size_t(idx)];
        return (m_firstDay + idx) * kMinutesPerDay
               + m_startOffsets[size_t(m_startOffsetsAt[m_dayPattern[size_t(idx)]] + r)];
    }
    return startAtSlow(w);
}

inline Minutes WorkCalendar::finishAt(Minutes w) const
{
    if (w > 0 && w <= m_dayStart.back()) {
        const qint64 idx = dayIndexInRange(w, true);
        const Minutes r = w - m_dayStart[size_t(idx)];
        return (m_firstDay + idx) * kMinutesPerDay
               + m_finishOffsets[size_t(m_finishOffsetsAt[m_dayPattern[size_t(idx)]] + r)];
    }
    return finishAtSlow(w);
}

} // namespace Keel
