#pragma once
// DemoRandom: the demo's one source of variation. A seeded std::mt19937_64 with its own mapping to
// ranges and distributions (the standard distributions differ between library implementations, so
// the same seed would give different demos with different compilers).

#include <QList>

#include <cmath>
#include <cstdint>
#include <random>

namespace Keel {

class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }
    /// Uniform in [0, 1).
    double real() { return double(m_engine() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [low, high], both included.
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        const std::uint64_t span = std::uint64_t(high - low) + 1;
        return low + qint64(m_engine() % span);
    }
    bool chance(double p) { return real() < p; }
    /// Normal with mean 0 and standard deviation 1 (Box–Muller).
    double normal()
    {
        double u = real();
        while (u <= 0.0)
            u = real();
        const double v = real();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * v);
    }
    /// A factor around 1 whose logarithm is normal with deviation `sigma`.
    double lognormalFactor(double sigma) { return std::exp(sigma * normal()); }
    template<class T> const T &pick(const QList<T> &list) { return list[qsizetype(between(0, list.size() - 1))]; }
    /// An independent generator for one part of the demo, so adding content to one part leaves
    /// the others unchanged.
    DemoRandom fork(std::uint64_t salt) { return DemoRandom(m_engine() ^ (salt * 0x9E3779B97F4A7C15ull)); }

private:
    std::mt19937_64 m_engine;
};

} // namespace Keel
