#pragma once
#include "ids.h"
#include "timeutil.h"

namespace Keel {

struct BaselineTask
{
    Id id;
    Id baselineId;
    Id taskId;
    Minutes start = kNoTime;
    Minutes finish = kNoTime;
    Minutes duration = 0;
    Minutes work = 0;
    qint64 cost = 0;                  ///< minor units of the project currency
};

} // namespace Keel
