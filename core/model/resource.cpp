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

} // namespace Keel
