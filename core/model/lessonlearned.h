#pragma once
#include "ids.h"
#include <QString>

namespace Keel {

struct LessonLearned
{
    Id id;
    Id projectId;
    QString title;
    QString description;
    QString category;
    QString recommendation;
};

} // namespace Keel
