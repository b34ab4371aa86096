#include "satisfaction.h"

#include "evmformulas.h"

#include <algorithm>
#include <map>

namespace Keel {

Minutes minutesOfUtcMs(qint64 utcMs)
{
    qint64 m = utcMs / 60000;
    if (utcMs % 60000 < 0)
        --m;
    return m;
}

Satisfaction computeSatisfaction(const WorkspaceIndex &index, const Period &period, const Scope &scope)
{
    Satisfaction s;
    std::map<qint64, std::pair<int, double>> months; // month start → (count, sum)
    double sum = 0;
    for (const Project *p : scope.projects(index.workspace())) {
        for (const SatisfactionRating *r : index.ratings(p->id)) {
            const Minutes t = minutesOfUtcMs(r->timeUtcMs);
            if (!period.contains(t) || r->score < 1 || r->score > 5)
                continue;
            ++s.count;
            sum += r->score;
            ++s.distribution[size_t(r->score - 1)];
            auto &m = months[Period::month(toDate(t)).from];
            ++m.first;
            m.second += r->score;
        }
    }
    s.average = s.count ? sum / s.count : kUndefined;
    for (const auto &[start, cs] : months)
        s.trend.push_back({toDate(start), cs.first, cs.second / cs.first});
    return s;
}

} // namespace Keel
