#pragma once
// How fast client requests are answered and resolved: mean and median hours from creation to the
// first response and to resolution, over the requests created in a period (elapsed time, UTC).

#include "period.h"
#include "scope.h"
#include "workspaceindex.h"

namespace Keel {

struct ResponseTimes
{
    int count = 0;       ///< requests created in the period
    int open = 0;        ///< not yet resolved (nor closed or rejected)
    int responded = 0;
    int resolved = 0;
    double meanResponseHours = 0;    ///< NaN without responses
    double medianResponseHours = 0;
    double meanResolutionHours = 0;  ///< NaN without resolutions
    double medianResolutionHours = 0;
};

ResponseTimes computeResponseTimes(const WorkspaceIndex &index, const Period &period, const Scope &scope = {});

} // namespace Keel
