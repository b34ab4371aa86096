#include "period.h"

#include <algorithm>

namespace Keel {

Period Period::days(QDate first, QDate last)
{
    return {toMinutes(first), toMinutes(last.addDays(1))};
}

Period Period::month(QDate anyDay)
{
    const QDate first(anyDay.year(), anyDay.month(), 1);
    return {toMinutes(first), toMinutes(first.addMonths(1))};
}

Period Period::intersected(const Period &other) const
{
    Period p;
    p.from = from == kNoTime ? other.from : (other.from == kNoTime ? from : std::max(from, other.from));
    p.to = to == kNoTime ? other.to : (other.to == kNoTime ? to : std::min(to, other.to));
    return p;
}

QDate Period::firstDay() const
{
    return from == kNoTime ? QDate() : toDate(from);
}

QDate Period::lastDay() const
{
    return to == kNoTime ? QDate() : toDate(to - 1);
}

QList<Period> Period::months() const
{
    QList<Period> list;
    if (!isBounded() || isEmpty())
        return list;
    QDate d = firstDay();
    d = QDate(d.year(), d.month(), 1);
    while (toMinutes(d) < to) {
        list.append(Period::month(d).intersected(*this));
        d = d.addMonths(1);
    }
    return list;
}

} // namespace Keel
