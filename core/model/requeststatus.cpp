#include "requeststatus.h"

namespace Keel {

bool isRequestDone(RequestStatus status)
{
    return status == RequestStatus::Resolved || status == RequestStatus::Closed ||
           status == RequestStatus::Rejected;
}

void setRequestStatus(Request &request, RequestStatus status, qint64 nowUtcMs)
{
    if (status == request.status)
        return;
    if (status != RequestStatus::New && request.respondedUtcMs == 0)
        request.respondedUtcMs = nowUtcMs;
    if (isRequestDone(status)) {
        if (request.resolvedUtcMs == 0)
            request.resolvedUtcMs = nowUtcMs;
    } else {
        request.resolvedUtcMs = 0;
    }
    request.status = status;
}

} // namespace Keel
