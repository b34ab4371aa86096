#pragma once
// The random-number generator of the RCPSP optimiser: xoshiro256** seeded through splitmix64, with
// its own bounded-integer and real draws so that a seed gives the same schedule on every compiler
// and standard library (std::uniform_int_distribution is not portable across them).

#include <cmath>
#include <cstdint>
#include <vector>

namespace Keel {

/// Small, fast, portable pseudo-random generator; same seed ⇒ same sequence everywhere.
class RcpspRandom
{
public:
    explicit RcpspRandom(std::uint64_t seed = 1) { reseed(seed); }

    void reseed(std::uint64_t seed)
    {
        std::uint64_t x = seed;
        for (auto &word : m_state)
            word = splitMix(x);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform integer in [0, bound); bound must be positive (Lemire's multiply-shift, unbiased).
    std::uint32_t below(std::uint32_t bound)
    {
        std::uint64_t product = std::uint64_t(std::uint32_t(next() >> 32)) * bound;
        auto low = std::uint32_t(product);
        if (low < bound) {
            const std::uint32_t threshold = std::uint32_t(-bound) % bound;
            while (low < threshold) {
                product = std::uint64_t(std::uint32_t(next() >> 32)) * bound;
                low = std::uint32_t(product);
            }
        }
        return std::uint32_t(product >> 32);
    }

    /// Uniform integer in [low, high].
    int between(int low, int high) { return low + int(below(std::uint32_t(high - low + 1))); }

    /// Uniform real in [0, 1).
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return real() < probability; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitMix(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4] = {};
};

/// The job a schedule generation scheme starts next, among the eligible jobs that
/// `startable(job)` accepts (smaller priority values are better). Without `random`: the best, ties
/// to the lower job number. With it: regret-based biased random sampling, each candidate weighted
/// by (worst priority − its priority + 1)^bias. Returns the position in `eligible`, or -1 when no
/// job can start; `weight` is scratch space of at least eligible.size() entries.
template<class Startable>
int pickEligible(const std::vector<int> &eligible, const double *priority, RcpspRandom *random, double bias,
                 std::vector<double> &weight, Startable startable)
{
    int chosenAt = -1;
    if (!random) {
        int chosen = -1;
        for (size_t e = 0; e < eligible.size(); ++e) {
            const int j = eligible[e];
            if (chosen >= 0 && (priority[j] > priority[chosen] || (priority[j] == priority[chosen] && j > chosen)))
                continue;
            if (startable(j)) {
                chosen = j;
                chosenAt = int(e);
            }
        }
        return chosenAt;
    }
    double worst = -HUGE_VAL;
    int candidates = 0;
    for (size_t e = 0; e < eligible.size(); ++e) {
        const int j = eligible[e];
        weight[e] = -1.0;
        if (startable(j)) {
            weight[e] = 0.0;
            worst = std::fmax(worst, priority[j]);
            ++candidates;
        }
    }
    if (candidates == 0)
        return -1;
    double total = 0.0;
    for (size_t e = 0; e < eligible.size(); ++e) {
        if (weight[e] < 0.0)
            continue;
        const double regret = worst - priority[eligible[e]] + 1.0;
        weight[e] = bias == 1.0 ? regret : std::pow(regret, bias);
        total += weight[e];
    }
    double pick = random->real() * total;
    for (size_t e = 0; e < eligible.size(); ++e) {
        if (weight[e] < 0.0)
            continue;
        chosenAt = int(e);
        pick -= weight[e];
        if (pick < 0.0)
            break;
    }
    return chosenAt;
}

} // namespace Keel
