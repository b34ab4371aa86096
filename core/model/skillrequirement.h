#pragma once
#include "ids.h"
#include "timeutil.h"

namespace Keel {

/// A task asks for a skill at a minimum level and an amount of work instead of a named person.
struct SkillRequirement
{
    Id id;
    Id taskId;
    Id skillId;
    int minLevel = 1;
    Minutes work = 0;
    Id filledBy;                      ///< the assignment that fills it, once staffed
};

} // namespace Keel
