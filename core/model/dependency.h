#pragma once
#include "enums.h"
#include "ids.h"
#include <QtGlobal>

namespace Keel {

struct Dependency
{
    Id id;
    Id predecessorId;
    Id successorId;
    DependencyType type = DependencyType::FinishStart;
    qint64 lag = 0;                   ///< minutes (working or elapsed), or percent of the predecessor
    LagUnit lagUnit = LagUnit::Working;
};

} // namespace Keel
