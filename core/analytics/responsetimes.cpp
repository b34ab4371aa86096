#include "responsetimes.h"

#include "satisfaction.h"
#include "statistics.h"

namespace Keel {

ResponseTimes computeResponseTimes(const WorkspaceIndex &index, const Period &period, const Scope &scope)
{
    ResponseTimes r;
    std::vector<double> response, resolution;
    for (const Project *p : scope.projects(index.workspace())) {
        for (const Request *q : index.requests(p->id)) {
            if (!period.contains(minutesOfUtcMs(q->createdUtcMs)))
                continue;
            ++r.count;
            if (q->respondedUtcMs > 0 && q->respondedUtcMs >= q->createdUtcMs) {
                ++r.responded;
                response.push_back(double(q->respondedUtcMs - q->createdUtcMs) / 3600000.0);
            }
            if (q->resolvedUtcMs > 0 && q->resolvedUtcMs >= q->createdUtcMs) {
                ++r.resolved;
                resolution.push_back(double(q->resolvedUtcMs - q->createdUtcMs) / 3600000.0);
            }
            const bool done = q->resolvedUtcMs > 0 || q->status == RequestStatus::Resolved
                || q->status == RequestStatus::Closed || q->status == RequestStatus::Rejected;
            if (!done)
                ++r.open;
        }
    }
    r.meanResponseHours = Stats::mean(response);
    r.medianResponseHours = Stats::median(response);
    r.meanResolutionHours = Stats::mean(resolution);
    r.medianResolutionHours = Stats::median(resolution);
    return r;
}

} // namespace Keel
