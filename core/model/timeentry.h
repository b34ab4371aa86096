#pragma once
#include "enums.h"
#include "ids.h"
#include "timeutil.h"
#include <QString>

namespace Keel {

struct TimeEntry
{
    Id id;
    Id resourceId;
    Id taskId;
    Minutes date = kNoTime;           ///< the day, at 00:00
    Minutes minutes = 0;
    bool billable = true;
    QString note;
    ApprovalState approval = ApprovalState::Draft;
    QString reviewComment;            ///< the approver's comment when the week was approved or rejected
};

} // namespace Keel
