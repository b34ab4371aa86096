#pragma once
// How long and how an RcpspSolver searches. The search stops at the first of: the time limit, the
// schedule limit, the cancellation flag, or a schedule whose makespan equals the lower bound.
// With a schedule limit and no time limit the result depends only on the problem and the seed.

#include "rcpspprogress.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace Keel {

/// Options of RcpspSolver::solve().
struct RcpspOptions
{
    /// Time budget in seconds; 0 or less: none.
    double timeLimit = 1.0;
    /// Measure timeLimit in CPU time of the calling thread instead of wall-clock time, so that a
    /// benchmark on a shared machine gives each run the same computing time.
    bool cpuTime = false;
    /// Budget in schedule generation passes (one serial or parallel pass, or one half of a
    /// forward-backward round, each counts once, as in the literature); 0: none. Without either
    /// limit the solver uses 50,000 schedules.
    std::int64_t scheduleLimit = 0;
    /// Seed of the pseudo-random search; the same seed and schedule limit give the same result.
    std::uint64_t seed = 1;
    /// Individuals in the genetic algorithm's population; 0: chosen from the problem size.
    int populationSize = 0;
    /// Set from any thread to stop the search; the best schedule so far is returned.
    const std::atomic<bool> *cancel = nullptr;
    /// Called on the solver's thread when the best makespan improves and every progressInterval.
    std::function<void(const RcpspProgress &)> progress;
    double progressInterval = 0.25;
    /// A schedule to start from (starts per job), e.g. the current plan; may be infeasible.
    std::vector<int> initialStarts;
};

} // namespace Keel
