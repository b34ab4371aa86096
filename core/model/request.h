#pragma once
#include "enums.h"
#include "ids.h"
#include "timeutil.h"
#include <QString>

namespace Keel {

/// A client's question, change request or issue report.
struct Request
{
    Id id;
    Id projectId;
    Id contactId;
    RequestKind kind = RequestKind::Question;
    QString title;
    QString description;
    RequestStatus status = RequestStatus::New;
    RequestPriority priority = RequestPriority::Normal;
    Minutes dueDate = kNoTime;
    qint64 createdUtcMs = 0;
    qint64 respondedUtcMs = 0;        ///< 0: not yet
    qint64 resolvedUtcMs = 0;         ///< 0: not yet
    bool clientVisible = true;
};

} // namespace Keel
