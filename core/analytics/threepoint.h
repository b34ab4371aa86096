#pragma once
// Three-point estimates as probability distributions: the triangular distribution and the PERT
// distribution (a beta distribution on [low, high] with shape 1 + 4 × the mode's relative position,
// mean (low + 4 mode + high) / 6). Samples are drawn by inverse transform from one uniform number:
// exactly for the triangular distribution, and through a precomputed table of the quantile function
// (1,024 intervals, linear between them) for the PERT distribution, which keeps the Monte Carlo
// inner loop free of rejection sampling. PERT shapes are shared in steps of 1/256 of the mode's
// relative position (the mean moves by at most 0.2 % of the range).

#include <QtGlobal>

#include <memory>
#include <vector>

namespace Keel {

enum class Distribution { Triangular, Pert };

/// Quantile of the triangular distribution on [low, high] with mode @p mode at probability @p u.
double triangularQuantile(double low, double mode, double high, double u);

/// The quantile function of a standard beta distribution (support [0, 1]), tabulated.
class BetaQuantileTable
{
public:
    static constexpr int kIntervals = 1024;

    BetaQuantileTable(double alpha, double beta);
    /// Quantile at @p u in [0, 1).
    double operator()(double u) const
    {
        const double pos = u * kIntervals;
        const int k = int(pos);
        const float *q = m_quantile.data() + k;
        return double(q[0]) + (pos - double(k)) * double(q[1] - q[0]);
    }
    double alpha() const { return m_alpha; }
    double beta() const { return m_beta; }

private:
    double m_alpha;
    double m_beta;
    std::vector<float> m_quantile; ///< kIntervals + 1 values, at u = k / kIntervals
};

/// The PERT shape parameters for a three-point estimate (lambda = 4).
void pertShape(double low, double mode, double high, double *alpha, double *beta);
/// Mean of the PERT distribution, (low + 4 mode + high) / 6.
inline double pertMean(double low, double mode, double high)
{
    return (low + 4 * mode + high) / 6;
}

/// Shares quantile tables between estimates of the same shape (the relative position of the mode,
/// in steps of 1/kShapeSteps), built when first asked for.
class BetaTableCache
{
public:
    static constexpr int kShapeSteps = 256;

    BetaTableCache();
    ~BetaTableCache();
    const BetaQuantileTable *table(double low, double mode, double high);

private:
    std::vector<std::unique_ptr<BetaQuantileTable>> m_tables; ///< kShapeSteps + 1, by shape step
};

} // namespace Keel
