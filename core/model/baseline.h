#pragma once
#include "ids.h"
#include <QString>

namespace Keel {

/// A saved copy of a project's plan; number 0..10 as in Microsoft Project.
struct Baseline
{
    Id id;
    Id projectId;
    int number = 0;
    QString name;
    qint64 savedUtcMs = 0;
};

} // namespace Keel
