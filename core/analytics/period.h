#pragma once
// Period: a half-open span [from, to) of wall-clock minutes (model/timeutil.h) over which a measure
// is taken. Either end may be open (kNoTime). Months are calendar months of the wall clock.

#include <model/timeutil.h>

#include <QDate>
#include <QList>

namespace Keel {

struct Period
{
    Minutes from = kNoTime; ///< inclusive; kNoTime: from the beginning
    Minutes to = kNoTime;   ///< exclusive; kNoTime: without end

    /// Whole days @p first to @p last, both inclusive.
    static Period days(QDate first, QDate last);
    /// The calendar month containing @p anyDay.
    static Period month(QDate anyDay);

    bool isBounded() const { return from != kNoTime && to != kNoTime; }
    bool isEmpty() const { return isBounded() && to <= from; }
    bool contains(Minutes t) const
    {
        return t != kNoTime && (from == kNoTime || t >= from) && (to == kNoTime || t < to);
    }
    /// Whether the day starting at @p dayStart (00:00) lies in the period (its start does).
    bool containsDay(Minutes dayStart) const { return contains(dayStart); }
    Period intersected(const Period &other) const;
    /// First and last day covered (invalid for an open end).
    QDate firstDay() const;
    QDate lastDay() const;
    /// The calendar months the period touches, each clipped to the period; empty when unbounded.
    QList<Period> months() const;

    friend bool operator==(const Period &, const Period &) = default;
};

} // namespace Keel
