#include "workcalendar.h"

#include <QDate>

#include <algorithm>

namespace Keel {

namespace {

// The exact day table never extends beyond these days (1900-01-01 and 2200-12-31); outside them
// the work week repeats. Constants, not dayNumber() calls: they must not depend on the order in
// which static objects of other files are initialised.
constexpr qint64 kMinDay = -25567;
constexpr qint64 kMaxDay = 84370;

inline qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b) < 0)
        --q;
    return q;
}

/// 0 = Monday … 6 = Sunday.
inline int weekdayIndex(qint64 day)
{
    qint64 w = (day + 3) % 7;
    if (w < 0)
        w += 7;
    return int(w);
}

QList<TimeInterval> standardDay()
{
    return {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};
}

QList<TimeInterval> normalized(const QList<TimeInterval> &input)
{
    QList<TimeInterval> list;
    for (TimeInterval i : input) {
        i.start = std::clamp(i.start, 0, int(kMinutesPerDay));
        i.end = std::clamp(i.end, 0, int(kMinutesPerDay));
        if (i.end > i.start)
            list.append(i);
    }
    std::sort(list.begin(), list.end(), [](const TimeInterval &a, const TimeInterval &b) {
        return a.start < b.start;
    });
    QList<TimeInterval> merged;
    for (const TimeInterval &i : list) {
        if (!merged.isEmpty() && i.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, i.end);
        else
            merged.append(i);
    }
    return merged;
}

qint64 dayOf(int year, int month, int day)
{
    return dayNumber(QDate(year, month, day));
}

int daysInMonth(int year, int month)
{
    return QDate(year, month, 1).daysInMonth();
}

/// Day of the month of the n-th (5 = last) weekday (1 = Monday … 7 = Sunday).
int nthWeekday(int year, int month, int weekday, int n)
{
    weekday = std::clamp(weekday, 1, 7);
    if (n >= 5 || n < 1) {
        const int dim = daysInMonth(year, month);
        const int lastDow = QDate(year, month, dim).dayOfWeek();
        return dim - (lastDow - weekday + 7) % 7;
    }
    const int firstDow = QDate(year, month, 1).dayOfWeek();
    return 1 + (weekday - firstDow + 7) % 7 + (n - 1) * 7;
}

/// Calls paint(day) for every occurrence of @p e, in increasing order, up to kMaxDay.
template<class Paint> void forEachOccurrence(const CalendarException &e, Paint paint)
{
    const qint64 from = e.fromDay;
    const int limit = std::max(0, e.occurrences);
    qint64 end;
    if (limit > 0 && e.toDay < from)
        end = kMaxDay;
    else
        end = std::max(e.toDay, from);
    end = std::min(end, kMaxDay);
    if (from > end)
        return;
    const int period = std::max(1, e.period);
    int count = 0;
    // Returns false when the enumeration is over.
    auto emit = [&](qint64 day) {
        if (day > end)
            return false;
        if (day < from)
            return true;
        paint(day);
        ++count;
        return limit == 0 || count < limit;
    };

    switch (e.recurrence) {
    case Recurrence::None:
        for (qint64 d = from; d <= end; ++d) {
            if (!emit(d))
                return;
        }
        return;
    case Recurrence::Daily:
        for (qint64 d = from; d <= end; d += period) {
            if (!emit(d))
                return;
        }
        return;
    case Recurrence::Weekly: {
        // Weeks are counted as Microsoft Project counts them: from the Sunday of the week that
        // holds fromDay ("every 7 weeks on Sunday" from Monday 2001-01-01 first falls on 18 Feb).
        int mask = e.weekdayMask & 0x7f;
        if (mask == 0)
            mask = 1 << weekdayIndex(from);
        const qint64 sunday = from - (weekdayIndex(from) + 1) % 7;
        for (qint64 week = sunday; week <= end; week += 7 * qint64(period)) {
            for (int k = 0; k < 7; ++k) { // Sunday, Monday, … Saturday
                if ((mask & (1 << ((k + 6) % 7))) && !emit(week + k))
                    return;
            }
        }
        return;
    }
    case Recurrence::MonthlyByDay:
    case Recurrence::MonthlyByWeekday:
    case Recurrence::YearlyByDate:
    case Recurrence::YearlyByWeekday: {
        const QDate start = dateOfDay(from);
        const bool yearly = e.recurrence == Recurrence::YearlyByDate
                            || e.recurrence == Recurrence::YearlyByWeekday;
        const int month0 = yearly ? std::clamp(e.month, 1, 12) : start.month();
        qint64 monthIndex = qint64(start.year()) * 12 + (month0 - 1);
        const qint64 step = yearly ? 12 * qint64(period) : qint64(period);
        for (;;) {
            const int year = int(monthIndex / 12);
            const int month = int(monthIndex % 12) + 1;
            if (dayOf(year, month, 1) > end)
                return;
            int dom;
            if (e.recurrence == Recurrence::MonthlyByDay || e.recurrence == Recurrence::YearlyByDate)
                dom = std::clamp(e.monthDay, 1, daysInMonth(year, month));
            else
                dom = nthWeekday(year, month, e.weekday, e.weekOfMonth);
            if (!emit(dayOf(year, month, dom)))
                return;
            monthIndex += step;
        }
    }
    }
}

} // namespace

WorkCalendar::WorkCalendar()
{
    std::array<QList<TimeInterval>, 7> week;
    for (int i = 0; i < 5; ++i)
        week[size_t(i)] = standardDay();
    *this = fromWeek(week);
}

WorkCalendar WorkCalendar::fromWeek(const std::array<QList<TimeInterval>, 7> &week)
{
    WorkCalendar c{Uninitialized{}};
    c.internPattern({});
    std::array<int, 7> weekPatterns{};
    for (size_t i = 0; i < 7; ++i)
        weekPatterns[i] = c.internPattern(week[i]);
    c.build(weekPatterns, 0, {});
    return c;
}

WorkCalendar WorkCalendar::continuous()
{
    std::array<QList<TimeInterval>, 7> week;
    for (auto &day : week)
        day = {{0, int(kMinutesPerDay)}};
    return fromWeek(week);
}

int WorkCalendar::internPattern(const QList<TimeInterval> &intervals)
{
    const QList<TimeInterval> list = normalized(intervals);
    for (size_t p = 0; p < m_patterns.size(); ++p) {
        const Pattern &pattern = m_patterns[p];
        if (pattern.count != list.size())
            continue;
        bool same = true;
        for (int i = 0; i < pattern.count && same; ++i) {
            const Span &s = m_spans[size_t(pattern.first + i)];
            same = s.start == list[i].start && s.end == list[i].end;
        }
        if (same)
            return int(p);
    }
    Pattern pattern;
    pattern.first = qint32(m_spans.size());
    pattern.count = qint32(list.size());
    for (const TimeInterval &i : list) {
        m_spans.push_back({qint16(i.start), qint16(i.end)});
        pattern.work += i.end - i.start;
    }
    m_patterns.push_back(pattern);
    return int(m_patterns.size()) - 1;
}

WorkCalendar WorkCalendar::compile(const Calendar &calendar, const CalendarLookup &lookup,
                                   qint64 fromDay, qint64 toDay)
{
    std::vector<const Calendar *> chain{&calendar};
    Id base = calendar.baseCalendarId;
    while (!base.isNull() && lookup && chain.size() < 32) {
        const Calendar *next = lookup(base);
        if (!next || std::find(chain.begin(), chain.end(), next) != chain.end())
            break;
        chain.push_back(next);
        base = next->baseCalendarId;
    }

    WorkCalendar c{Uninitialized{}};
    c.internPattern({});

    std::array<int, 7> weekPatterns{};
    for (size_t w = 0; w < 7; ++w) {
        const CalendarWeekDay *def = nullptr;
        for (const Calendar *cal : chain) {
            if (!cal->week[w].inherited) {
                def = &cal->week[w];
                break;
            }
        }
        weekPatterns[w] = c.internPattern(def ? def->intervals : (w < 5 ? standardDay() : QList<TimeInterval>{}));
    }

    struct Paint
    {
        qint64 day;
        int pattern;
    };
    std::vector<Paint> paints;
    qint64 lo = std::min(fromDay, toDay);
    qint64 hi = std::max(fromDay, toDay);
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        for (const CalendarException &e : (*it)->exceptions) {
            const int pattern = c.internPattern(e.intervals);
            forEachOccurrence(e, [&](qint64 day) {
                if (day < kMinDay)
                    return;
                paints.push_back({day, pattern});
                lo = std::min(lo, day);
                hi = std::max(hi, day);
            });
        }
    }
    lo = std::clamp(lo, kMinDay, kMaxDay);
    hi = std::clamp(hi, lo, kMaxDay);

    std::vector<quint16> days(size_t(hi - lo + 1));
    for (qint64 d = lo; d <= hi; ++d)
        days[size_t(d - lo)] = quint16(weekPatterns[size_t(weekdayIndex(d))]);
    for (const Paint &p : paints) {
        if (p.day >= lo && p.day <= hi)
            days[size_t(p.day - lo)] = quint16(p.pattern);
    }
    c.build(weekPatterns, lo, std::move(days));
    return c;
}

void WorkCalendar::build(const std::array<int, 7> &weekPatterns, qint64 firstDay, std::vector<quint16> days)
{
    m_weekWork = 0;
    for (int p : weekPatterns)
        m_weekWork += m_patterns[size_t(p)].work;
    if (m_weekWork == 0) {
        // A week without any working time cannot be extended; repeat the Standard week instead.
        std::array<int, 7> standard{};
        for (size_t w = 0; w < 7; ++w)
            standard[w] = internPattern(w < 5 ? standardDay() : QList<TimeInterval>{});
        build(standard, firstDay, std::move(days));
        return;
    }
    for (size_t w = 0; w < 7; ++w)
        m_weekPattern[w] = quint16(weekPatterns[w]);
    m_weekPrefix[0] = 0;
    for (size_t k = 0; k < 14; ++k)
        m_weekPrefix[k + 1] = m_weekPrefix[k] + m_patterns[m_weekPattern[k % 7]].work;

    if (days.empty())
        days.push_back(m_weekPattern[size_t(weekdayIndex(firstDay))]);
    m_firstDay = firstDay;
    m_dayPattern = std::move(days);
    const size_t n = m_dayPattern.size();
    m_dayStart.assign(n + 1, 0);
    for (size_t i = 0; i < n; ++i)
        m_dayStart[i + 1] = m_dayStart[i] + m_patterns[m_dayPattern[i]].work;

    const Minutes total = m_dayStart[n];
    const Minutes perDay = std::max<Minutes>(1, total / Minutes(n));
    m_bucketShift = 4;
    while (m_bucketShift < 20 && (Minutes(1) << (m_bucketShift + 1)) <= perDay)
        ++m_bucketShift;
    buildTables();
    const size_t buckets = size_t(total >> m_bucketShift) + 2;
    m_bucket.assign(buckets, 0);
    size_t idx = 0;
    for (size_t k = 0; k < buckets; ++k) {
        const Minutes v = Minutes(k) << m_bucketShift;
        while (idx < n && m_dayStart[idx + 1] < v)
            ++idx;
        m_bucket[k] = qint32(std::min(idx, n - 1));
    }
}

int WorkCalendar::patternOfDay(qint64 day) const
{
    const qint64 idx = day - m_firstDay;
    if (idx >= 0 && idx < qint64(m_dayPattern.size()))
        return m_dayPattern[size_t(idx)];
    return m_weekPattern[size_t(weekdayIndex(day))];
}

Minutes WorkCalendar::periodicWork(qint64 fromDay, qint64 toDay) const
{
    const qint64 span = toDay - fromDay;
    const int wa = weekdayIndex(fromDay);
    return (span / 7) * m_weekWork + m_weekPrefix[size_t(wa + span % 7)] - m_weekPrefix[size_t(wa)];
}

Minutes WorkCalendar::dayStart(qint64 day) const
{
    const qint64 n = qint64(m_dayPattern.size());
    const qint64 idx = day - m_firstDay;
    if (idx < 0)
        return m_dayStart[0] - periodicWork(day, m_firstDay);
    if (idx > n)
        return m_dayStart[size_t(n)] + periodicWork(m_firstDay + n, day);
    return m_dayStart[size_t(idx)];
}

int WorkCalendar::workBefore(int pattern, int minute) const
{
    const Pattern &p = m_patterns[size_t(pattern)];
    int work = 0;
    for (int i = 0; i < p.count; ++i) {
        const Span &s = m_spans[size_t(p.first + i)];
        if (minute <= s.start)
            break;
        work += std::min<int>(minute, s.end) - s.start;
    }
    return work;
}

int WorkCalendar::startOffset(int pattern, int work) const
{
    const Pattern &p = m_patterns[size_t(pattern)];
    for (int i = 0; i < p.count; ++i) {
        const Span &s = m_spans[size_t(p.first + i)];
        const int len = s.end - s.start;
        if (work < len)
            return s.start + work;
        work -= len;
    }
    return int(kMinutesPerDay);
}

int WorkCalendar::finishOffset(int pattern, int work) const
{
    const Pattern &p = m_patterns[size_t(pattern)];
    for (int i = 0; i < p.count; ++i) {
        const Span &s = m_spans[size_t(p.first + i)];
        const int len = s.end - s.start;
        if (work <= len)
            return s.start + work;
        work -= len;
    }
    return int(kMinutesPerDay);
}

// Smallest day d with dayStart(d + 1) >= w (a finish) or > w (a start).
qint64 WorkCalendar::dayOfPosition(Minutes w, bool forFinish) const
{
    const qint64 n = qint64(m_dayPattern.size());
    const Minutes first = m_dayStart[0];
    const Minutes last = m_dayStart[size_t(n)];
    auto reached = [&](Minutes endOfDay) { return forFinish ? endOfDay >= w : endOfDay > w; };

    const bool inRange = forFinish ? (w > first && w <= last) : (w >= first && w < last);
    if (inRange) {
        const size_t b = size_t((w - first) >> m_bucketShift);
        qint64 lo = m_bucket[b];
        qint64 hi = std::min<qint64>(m_bucket[std::min(b + 1, m_bucket.size() - 1)], n - 1);
        while (lo < hi) {
            const qint64 mid = (lo + hi) / 2;
            if (reached(m_dayStart[size_t(mid + 1)]))
                hi = mid;
            else
                lo = mid + 1;
        }
        return m_firstDay + lo;
    }
    qint64 d;
    if (forFinish ? w > last : w >= last) {
        const qint64 weeks = (w - last) / m_weekWork;
        d = m_firstDay + n + std::max<qint64>(0, weeks - 1) * 7;
    } else {
        const qint64 weeks = (first - w) / m_weekWork;
        d = m_firstDay - (weeks + 2) * 7;
    }
    while (!reached(dayStart(d + 1)))
        ++d;
    return d;
}

Minutes WorkCalendar::positionSlow(Minutes t) const
{
    const qint64 day = floorDiv(t, kMinutesPerDay);
    const int minute = int(t - day * kMinutesPerDay);
    return dayStart(day) + workBefore(patternOfDay(day), minute);
}

Minutes WorkCalendar::startAtSlow(Minutes w) const
{
    if (w == kNoTime)
        return kNoTime;
    const qint64 day = dayOfPosition(w, false);
    return day * kMinutesPerDay + startOffset(patternOfDay(day), int(w - dayStart(day)));
}

Minutes WorkCalendar::finishAtSlow(Minutes w) const
{
    if (w == kNoTime)
        return kNoTime;
    const qint64 day = dayOfPosition(w, true);
    return day * kMinutesPerDay + finishOffset(patternOfDay(day), int(w - dayStart(day)));
}

void WorkCalendar::buildTables()
{
    m_workBefore.clear();
    m_startOffsets.clear();
    m_finishOffsets.clear();
    m_workBeforeAt.assign(m_patterns.size(), 0);
    m_startOffsetsAt.assign(m_patterns.size(), 0);
    m_finishOffsetsAt.assign(m_patterns.size(), 0);
    for (size_t p = 0; p < m_patterns.size(); ++p) {
        m_workBeforeAt[p] = qint32(m_workBefore.size());
        for (int minute = 0; minute <= int(kMinutesPerDay); ++minute)
            m_workBefore.push_back(qint16(workBefore(int(p), minute)));
        const int work = m_patterns[p].work;
        m_startOffsetsAt[p] = qint32(m_startOffsets.size());
        for (int r = 0; r < work; ++r)
            m_startOffsets.push_back(qint16(startOffset(int(p), r)));
        m_finishOffsetsAt[p] = qint32(m_finishOffsets.size());
        for (int r = 0; r <= work; ++r)
            m_finishOffsets.push_back(qint16(r == 0 ? 0 : finishOffset(int(p), r)));
    }
}

Minutes WorkCalendar::addWork(Minutes t, Minutes work) const
{
    if (t == kNoTime || work == 0)
        return t;
    const Minutes w = position(t) + work;
    return work > 0 ? finishAt(w) : startAt(w);
}

Minutes WorkCalendar::subtractWork(Minutes t, Minutes work) const
{
    return addWork(t, -work);
}

Minutes WorkCalendar::workBetween(Minutes from, Minutes to) const
{
    if (from == kNoTime || to == kNoTime)
        return 0;
    return position(to) - position(from);
}

Minutes WorkCalendar::nextWorkStart(Minutes t) const
{
    return t == kNoTime ? kNoTime : startAt(position(t));
}

Minutes WorkCalendar::previousWorkFinish(Minutes t) const
{
    return t == kNoTime ? kNoTime : finishAt(position(t));
}

bool WorkCalendar::isWorking(Minutes t) const
{
    if (t == kNoTime)
        return false;
    const qint64 day = floorDiv(t, kMinutesPerDay);
    const int minute = int(t - day * kMinutesPerDay);
    const Pattern &p = m_patterns[size_t(patternOfDay(day))];
    for (int i = 0; i < p.count; ++i) {
        const Span &s = m_spans[size_t(p.first + i)];
        if (minute >= s.start && minute < s.end)
            return true;
    }
    return false;
}

bool WorkCalendar::isPeriodEnd(Minutes t) const
{
    return t != kNoTime && isWorking(t - 1) && !isWorking(t);
}

int WorkCalendar::workOnDay(qint64 day) const
{
    return m_patterns[size_t(patternOfDay(day))].work;
}

QList<TimeInterval> WorkCalendar::intervalsOnDay(qint64 day) const
{
    QList<TimeInterval> list;
    const Pattern &p = m_patterns[size_t(patternOfDay(day))];
    for (int i = 0; i < p.count; ++i) {
        const Span &s = m_spans[size_t(p.first + i)];
        list.append({s.start, s.end});
    }
    return list;
}

} // namespace Keel
