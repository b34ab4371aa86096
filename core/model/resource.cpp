#include "resource.h"

namespace Keel {

RateEntry Resource::rateAt(Minutes when) const
{
    RateEntry current;
    for (const RateEntry &r : rates) {
        if (r.effectiveFrom == kNoTime || r.effectiveFrom <= when)
            current = r;
    }
    return current;
}

double Resource::unitsAt(Minutes when) const
{
    double units = maxUnits;
    for (const UnitsEntry &u : availability) {
        if (u.effectiveFrom == kNoTime || u.effectiveFrom <= when)
            units = u.units;
    }
    return units;
}

QList<Minutes> Resource::unitChanges(Minutes from, Minutes to) const
{
    QList<Minutes> out;
    for (const UnitsEntry &u : availability) {
        if (u.effectiveFrom != kNoTime && u.effectiveFrom > from && u.effectiveFrom < to)
            out.append(u.effectiveFrom);
    }
    return out;
}

} // namespace Keel
