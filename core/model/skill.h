#pragma once
#include "ids.h"
#include <QString>

namespace Keel {

struct Skill
{
    Id id;
    QString name;
    QString category;
};

} // namespace Keel
