#pragma once
// Monte Carlo schedule risk analysis on a ScheduleNetwork: each iteration draws every remaining
// duration from its three-point estimate (triangular or PERT), runs a forward pass (early dates)
// and a backward pass (late dates) over the topologically sorted arrays, and records the project
// finish, the project cost and which tasks were critical (no total float). From the iterations
// come the finish and cost distributions (P50, P80, P95, histogram) and each task's criticality
// index (the share of iterations in which it was critical).
//
// A run is repeatable: the same network, options and seed give the same result on every platform
// (RandomStream and the inverse-transform samplers use no library distributions). One run uses one
// thread; run several on copies of the network to use more cores.

#include "schedulenetwork.h"
#include "threepoint.h"

#include <functional>
#include <vector>

namespace Keel {

struct MonteCarloOptions
{
    int iterations = 10000;
    quint64 seed = 20260105;
    Distribution distribution = Distribution::Pert;
    int histogramBins = 30;
    /// Called every few hundred iterations with (done, total); return false to cancel.
    std::function<bool(int done, int total)> progress;
};

struct HistogramBin
{
    double from = 0;    ///< relative working minutes
    double to = 0;
    int count = 0;
    double cumulative = 0; ///< share of iterations finishing by `to`
};

struct MonteCarloResult
{
    int iterations = 0;           ///< done (fewer than asked when cancelled)
    bool cancelled = false;
    // Finish, relative working minutes from the network's origin, and as dates.
    double deterministicFinish = 0;  ///< every duration at its most likely value (× calibration)
    double meanFinish = 0;
    double p50 = 0, p80 = 0, p95 = 0;
    Minutes deterministicDate = kNoTime;
    Minutes p50Date = kNoTime, p80Date = kNoTime, p95Date = kNoTime;
    // Cost at completion, minor units, including the cost already incurred.
    double deterministicCost = 0;
    double meanCost = 0;
    double costP50 = 0, costP80 = 0, costP95 = 0;
    std::vector<double> finishes;    ///< every iteration's finish, ascending
    std::vector<double> costs;       ///< every iteration's cost, ascending
    std::vector<HistogramBin> histogram; ///< of the finishes
    std::vector<double> criticality; ///< per task of the network (taskIds order), 0..1

    /// Share of iterations finishing by @p relative (working minutes from the origin).
    double probabilityBy(double relative) const;
    /// Finish at probability @p p (0..1), relative.
    double finishAt(double p) const;
    double costAt(double p) const;
};

class MonteCarlo
{
public:
    explicit MonteCarlo(const ScheduleNetwork &network);

    MonteCarloResult run(const MonteCarloOptions &options) const;
    /// Project finish (relative) with every duration at its most likely value × its factor.
    double deterministicFinish() const;
    /// Cost with every duration at its most likely value × its factor.
    double deterministicCost() const;

private:
    /// Forward pass over the durations @p d; fills es/ef and returns the project finish.
    double forward(const double *d, double *es, double *ef) const;

    const ScheduleNetwork &m_net;
};

} // namespace Keel
