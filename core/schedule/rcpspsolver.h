#pragma once
// The RCPSP optimiser behind Keel's resource leveling: minimises the makespan of an RcpspProblem.
//
// How it works. Every candidate is an activity list (a precedence-feasible order of the jobs),
// turned into a schedule by the serial schedule generation scheme and then tightened by
// forward-backward improvement (RcpspSgs). A genetic algorithm evolves a population of such lists:
// the first population comes from the classic priority rules and from regret-based biased random
// sampling; children come from two-point crossover (Hartmann) or from a "peak" crossover that
// copies the most densely packed stretch of one parent's schedule into the order of the other, then
// a shift mutation; each child is justified and re-encoded as the order of its start times, so
// parents pass on packed schedules rather than arbitrary orders. The population keeps its best
// distinct members; when the best stops improving the search restarts around it.
//
// The solver runs on the calling thread (run it on a worker for the UI), reports progress and
// honours a cancellation flag; it always returns a feasible schedule.

#include "rcpspoptions.h"
#include "rcpsppriority.h"
#include "rcpspproblem.h"
#include "rcpspresult.h"

namespace Keel {

/// Minimises the makespan of a finalized RcpspProblem within a time and/or schedule budget.
class RcpspSolver
{
public:
    /// `problem` must be finalized and outlive the solver.
    explicit RcpspSolver(const RcpspProblem &problem);

    /// The genetic algorithm described above.
    RcpspResult solve(const RcpspOptions &options = {}) const;

    /// Random sampling (regret-based, biased by LFT) with forward-backward improvement, the usual
    /// baseline of the literature, under the same budget rules as solve().
    RcpspResult sample(const RcpspOptions &options = {}) const;

    /// One pass of a schedule generation scheme with a priority rule, optionally justified.
    RcpspResult heuristic(RcpspPriority::Rule rule, bool parallel, bool justify = false) const;

private:
    const RcpspProblem &m_problem;
};

} // namespace Keel
