#pragma once
#include "ids.h"
#include <QString>

namespace Keel {

struct SatisfactionRating
{
    Id id;
    Id projectId;
    Id contactId;
    int score = 5;                    ///< 1..5
    QString comment;
    qint64 timeUtcMs = 0;
};

} // namespace Keel
