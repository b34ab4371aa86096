#pragma once
#include "enums.h"
#include "ids.h"
#include <QString>

namespace Keel {

struct CommunicationEntry
{
    Id id;
    Id projectId;
    Id clientId;
    CommunicationKind kind = CommunicationKind::Note;
    QString participants;
    QString subject;
    QString summary;
    qint64 timeUtcMs = 0;
};

} // namespace Keel
