#pragma once
// RandomStream: a small, fast, seedable generator (xoshiro256**, seeded through splitmix64) whose
// sequence is the same on every platform and compiler — unlike the distributions of <random> —
// so a seeded Monte Carlo run is repeatable everywhere.

#include <QtGlobal>

namespace Keel {

class RandomStream
{
public:
    explicit RandomStream(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &s : m_s) {
            x += 0x9e3779b97f4a7c15ull;
            quint64 z = x;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
            s = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, 1), 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace Keel
