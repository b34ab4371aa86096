#pragma once
// What a running RCPSP optimisation reports to its caller (a progress bar, a log line).

#include <cstdint>

namespace Keel {

/// A snapshot of a running RcpspSolver, passed to RcpspOptions::progress.
struct RcpspProgress
{
    std::int64_t schedules = 0; ///< schedule generation passes so far
    int bestMakespan = 0;       ///< best makespan found so far
    int lowerBound = 0;         ///< the solver stops early when bestMakespan reaches it
    double seconds = 0.0;       ///< time since the solver started
};

} // namespace Keel
