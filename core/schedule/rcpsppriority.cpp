#include "rcpsppriority.h"

#include <algorithm>
#include <bit>
#include <cstdint>

namespace Keel {

std::vector<RcpspPriority::Rule> RcpspPriority::all()
{
    return {Rule::LatestFinish, Rule::LatestStart, Rule::MostTotalSuccessors, Rule::RankPositionalWeight,
            Rule::MinimumSlack, Rule::EarliestStart};
}

QString RcpspPriority::name(Rule rule)
{
    switch (rule) {
    case Rule::LatestFinish: return QStringLiteral("LFT");
    case Rule::LatestStart: return QStringLiteral("LST");
    case Rule::MostTotalSuccessors: return QStringLiteral("MTS");
    case Rule::RankPositionalWeight: return QStringLiteral("GRPW");
    case Rule::MinimumSlack: return QStringLiteral("MSLK");
    case Rule::EarliestStart: return QStringLiteral("EST");
    }
    return {};
}

namespace {

// Number of direct and indirect successors of every job; exact with bit sets up to a size, above
// it an estimate (sum over direct successors) that keeps the ranking's spirit.
std::vector<double> totalSuccessors(const RcpspProblem &p)
{
    const int n = p.jobCount();
    std::vector<double> count(size_t(n), 0.0);
    const auto &topo = p.topologicalOrder();
    if (n <= 8192) {
        const size_t words = (size_t(n) + 63) / 64;
        std::vector<std::uint64_t> reach(size_t(n) * words, 0);
        for (auto it = topo.rbegin(); it != topo.rend(); ++it) {
            const int j = *it;
            std::uint64_t *mine = reach.data() + size_t(j) * words;
            for (int k = p.succBegin(j); k < p.succEnd(j); ++k) {
                const int s = p.succJob()[size_t(k)];
                const std::uint64_t *theirs = reach.data() + size_t(s) * words;
                for (size_t w = 0; w < words; ++w)
                    mine[w] |= theirs[w];
                mine[size_t(s) / 64] |= std::uint64_t(1) << (size_t(s) % 64);
            }
            int bits = 0;
            for (size_t w = 0; w < words; ++w)
                bits += std::popcount(mine[w]);
            count[size_t(j)] = bits;
        }
        return count;
    }
    for (auto it = topo.rbegin(); it != topo.rend(); ++it) {
        const int j = *it;
        for (int k = p.succBegin(j); k < p.succEnd(j); ++k)
            count[size_t(j)] += 1.0 + count[size_t(p.succJob()[size_t(k)])];
    }
    return count;
}

} // namespace

std::vector<double> RcpspPriority::values(const RcpspProblem &p, Rule rule)
{
    const int n = p.jobCount();
    std::vector<double> v(size_t(n), 0.0);
    const std::vector<int> latest = p.latestStarts(p.criticalPathBound());
    const std::vector<int> &earliest = p.earliestStarts();
    switch (rule) {
    case Rule::LatestFinish:
        for (int j = 0; j < n; ++j)
            v[size_t(j)] = latest[size_t(j)] + p.duration(j);
        break;
    case Rule::LatestStart:
        for (int j = 0; j < n; ++j)
            v[size_t(j)] = latest[size_t(j)];
        break;
    case Rule::MostTotalSuccessors: {
        const std::vector<double> count = totalSuccessors(p);
        for (int j = 0; j < n; ++j)
            v[size_t(j)] = -count[size_t(j)];
        break;
    }
    case Rule::RankPositionalWeight:
        for (int j = 0; j < n; ++j) {
            double weight = p.duration(j);
            for (int k = p.succBegin(j); k < p.succEnd(j); ++k)
                weight += p.duration(p.succJob()[size_t(k)]);
            v[size_t(j)] = -weight;
        }
        break;
    case Rule::MinimumSlack:
        for (int j = 0; j < n; ++j)
            v[size_t(j)] = latest[size_t(j)] - earliest[size_t(j)];
        break;
    case Rule::EarliestStart:
        for (int j = 0; j < n; ++j)
            v[size_t(j)] = earliest[size_t(j)];
        break;
    }
    return v;
}

} // namespace Keel
