#pragma once
#include "ids.h"
#include "timeutil.h"

namespace Keel {

struct Assignment
{
    Id id;
    Id taskId;
    Id resourceId;
    double units = 1.0;               ///< 1.0 = full time
    Minutes work = 0;                 ///< planned
    Minutes actualWork = 0;
};

} // namespace Keel
