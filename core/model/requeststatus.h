#pragma once
// How a request's status moves its response and resolution times: the first move away from
// "new" records when it was responded to; resolving, closing or rejecting records when it was
// resolved, and reopening clears that again. Client response-time measures rely on these.

#include "request.h"

namespace Keel {

/// Sets `request.status` to `status` at `nowUtcMs`, updating respondedUtcMs and resolvedUtcMs.
void setRequestStatus(Request &request, RequestStatus status, qint64 nowUtcMs);
/// True for the statuses that end a request (resolved, closed, rejected).
bool isRequestDone(RequestStatus status);

} // namespace Keel
