#pragma once
#include "ids.h"

namespace Keel {

/// A resource's proficiency in a skill, level 1 (novice) to 5 (expert).
struct ResourceSkill
{
    Id id;
    Id resourceId;
    Id skillId;
    int level = 3;
};

} // namespace Keel
