#include "threepoint.h"

#include <algorithm>
#include <cmath>

namespace Keel {

double triangularQuantile(double low, double mode, double high, double u)
{
    const double range = high - low;
    if (range <= 0)
        return mode;
    const double split = (mode - low) / range;
    if (u < split)
        return low + std::sqrt(u * range * (mode - low));
    return high - std::sqrt((1 - u) * range * (high - mode));
}

void pertShape(double low, double mode, double high, double *alpha, double *beta)
{
    const double range = high - low;
    const double r = range > 0 ? std::clamp((mode - low) / range, 0.0, 1.0) : 0.5;
    *alpha = 1 + 4 * r;
    *beta = 1 + 4 * (1 - r);
}

BetaQuantileTable::BetaQuantileTable(double alpha, double beta)
    : m_alpha(alpha)
    , m_beta(beta)
{
    // The CDF on a fine grid by the trapezoidal rule over the density (bounded: alpha, beta >= 1),
    // normalised, then inverted at u = k / kIntervals by linear interpolation.
    constexpr int grid = 1 << 12;
    std::vector<double> cdf(grid + 1, 0.0);
    auto density = [&](double x) {
        if ((x <= 0 && alpha > 1) || (x >= 1 && beta > 1))
            return 0.0;
        return std::pow(x, alpha - 1) * std::pow(1 - x, beta - 1);
    };
    double previous = density(0.0);
    for (int i = 1; i <= grid; ++i) {
        const double d = density(double(i) / grid);
        cdf[size_t(i)] = cdf[size_t(i - 1)] + (previous + d) / (2.0 * grid);
        previous = d;
    }
    const double total = cdf.back();
    for (double &c : cdf)
        c /= total;
    m_quantile.resize(kIntervals + 2);
    int j = 0;
    for (int k = 0; k <= kIntervals; ++k) {
        const double u = double(k) / kIntervals;
        while (j < grid && cdf[size_t(j + 1)] < u)
            ++j;
        const double c0 = cdf[size_t(j)];
        const double c1 = cdf[size_t(std::min(j + 1, grid))];
        const double f = c1 > c0 ? (u - c0) / (c1 - c0) : 0.0;
        m_quantile[size_t(k)] = float(std::clamp((double(j) + f) / grid, 0.0, 1.0));
    }
    m_quantile[kIntervals + 1] = m_quantile[kIntervals]; // u just below 1 reads one past
}

BetaTableCache::BetaTableCache()
    : m_tables(kShapeSteps + 1)
{
}

BetaTableCache::~BetaTableCache() = default;

const BetaQuantileTable *BetaTableCache::table(double low, double mode, double high)
{
    const double range = high - low;
    const double r = range > 0 ? std::clamp((mode - low) / range, 0.0, 1.0) : 0.5;
    const int step = int(std::lround(r * kShapeSteps));
    std::unique_ptr<BetaQuantileTable> &t = m_tables[size_t(step)];
    if (!t) {
        const double q = double(step) / kShapeSteps;
        t = std::make_unique<BetaQuantileTable>(1 + 4 * q, 1 + 4 * (1 - q));
    }
    return t.get();
}

} // namespace Keel
