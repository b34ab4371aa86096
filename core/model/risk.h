#pragma once
#include "enums.h"
#include "ids.h"
#include "timeutil.h"
#include <QString>

namespace Keel {

struct Risk
{
    Id id;
    Id projectId;
    QString title;
    QString description;
    int probability = 3;              ///< 1..5
    int impact = 3;                   ///< 1..5
    Id ownerId;                       ///< a Resource
    QString mitigation;
    RiskStatus status = RiskStatus::Open;
    Minutes dueDate = kNoTime;
};

} // namespace Keel
