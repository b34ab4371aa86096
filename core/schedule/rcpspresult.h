#pragma once
// The outcome of an RCPSP optimisation.

#include <cstdint>
#include <vector>

namespace Keel {

/// Best schedule an RcpspSolver found, with how it got there.
struct RcpspResult
{
    std::vector<int> starts;    ///< start period per job; precedence- and capacity-feasible
    int makespan = 0;           ///< latest finish of all jobs
    int lowerBound = 0;         ///< RcpspProblem::lowerBound()
    bool provenOptimal = false; ///< makespan == lowerBound
    bool cancelled = false;     ///< stopped by the cancellation flag
    std::int64_t schedules = 0; ///< schedule generation passes used
    double seconds = 0.0;       ///< time spent (CPU time with RcpspOptions::cpuTime)
};

} // namespace Keel
