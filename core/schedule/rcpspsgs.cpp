#include "rcpspsgs.h"

#include "rcpsprandom.h"

#include <algorithm>
#include <cassert>
#include <climits>
#include <cmath>
#include <cstring>
#include <functional>

namespace Keel {

RcpspSgs::RcpspSgs(const RcpspProblem &problem)
    : m_problem(problem)
{
    assert(problem.isFinalized());
    m_n = problem.jobCount();
    m_resources = problem.resourceCount();
    m_horizon = problem.horizon();
    m_duration.resize(size_t(m_n));
    m_release.resize(size_t(m_n));
    m_reqOffset.assign(size_t(m_n) + 1, 0);
    for (int j = 0; j < m_n; ++j) {
        m_duration[size_t(j)] = problem.duration(j);
        m_release[size_t(j)] = problem.releaseDate(j);
        for (int r = 0; r < m_resources; ++r) {
            if (problem.request(j, r) > 0 && problem.duration(j) > 0) {
                m_reqResource.push_back(r);
                m_reqAmount.push_back(problem.request(j, r));
            }
        }
        m_reqOffset[size_t(j) + 1] = int(m_reqResource.size());
    }
    m_stride = m_resources <= 4 ? 4 : m_resources <= 8 ? 8 : m_resources;
    m_check.assign(size_t(m_n) * size_t(m_stride), INT_MIN);
    m_take.assign(size_t(m_n) * size_t(m_stride), 0);
    m_usesResources.assign(size_t(m_n), 0);
    for (int j = 0; j < m_n; ++j) {
        for (int k = m_reqOffset[size_t(j)]; k < m_reqOffset[size_t(j) + 1]; ++k) {
            const size_t at = size_t(j) * size_t(m_stride) + size_t(m_reqResource[size_t(k)]);
            m_check[at] = m_reqAmount[size_t(k)];
            m_take[at] = m_reqAmount[size_t(k)];
            m_usesResources[size_t(j)] = 1;
        }
    }
    m_constantBase = !problem.hasProfiles() && !problem.hasFixedJobs();
    if (problem.hasCalendars()) {
        m_calendar = std::make_unique<RcpspCalendarSgs>(problem);
        m_forward.rank.assign(size_t(m_n), 0);
        for (int i = 0; i < m_n; ++i)
            m_forward.rank[size_t(problem.topologicalOrder()[size_t(i)])] = i;
    } else {
        buildDirection(m_forward, false);
        buildDirection(m_backward, true);
    }

    if (!m_constantBase && !m_calendar) {
        m_nextRise.assign(size_t(m_horizon) + 1, INT_MAX);
        const auto R = size_t(m_resources);
        const auto S = size_t(m_stride);
        for (int p = m_horizon - 2; p >= 0; --p) {
            bool rises = false;
            for (size_t r = 0; r < R; ++r)
                rises = rises || m_forward.base[size_t(p + 1) * S + r] > m_forward.base[size_t(p) * S + r];
            m_nextRise[size_t(p)] = rises ? p + 1 : m_nextRise[size_t(p) + 1];
        }
    }

    m_scratchStarts.resize(size_t(m_n));
    m_scratchList.resize(size_t(m_n));
    m_scratchRelease.resize(size_t(m_n));
    m_scratchKey.resize(size_t(m_n));
    m_missing.resize(size_t(m_n));
    m_eligible.reserve(size_t(m_n));
    m_weight.resize(size_t(m_n));
    m_heap.reserve(size_t(m_n));
}

void RcpspSgs::buildDirection(Direction &dir, bool backward)
{
    const RcpspProblem &p = m_problem;
    const auto R = size_t(m_resources);
    const auto S = size_t(m_stride);
    const int H = m_horizon;

    std::vector<int> forwardBase(size_t(H) * S, 0);
    for (int t = 0; t < H; ++t) {
        for (size_t r = 0; r < R; ++r)
            forwardBase[size_t(t) * S + r] = p.capacityAt(int(r), t);
    }
    for (int j = 0; j < m_n; ++j) {
        if (!p.isFixed(j))
            continue;
        for (int t = p.fixedStart(j); t < p.fixedStart(j) + p.duration(j) && t < H; ++t) {
            for (size_t r = 0; r < R; ++r)
                forwardBase[size_t(t) * S + r] -= p.request(j, int(r));
        }
    }

    dir.fixedStart.assign(size_t(m_n), RcpspProblem::kNotFixed);
    dir.predOffset.assign(size_t(m_n) + 1, 0);
    dir.succOffset.assign(size_t(m_n) + 1, 0);
    if (!backward) {
        dir.periods = H;
        dir.base = std::move(forwardBase);
        for (int j = 0; j < m_n; ++j) {
            dir.fixedStart[size_t(j)] = p.fixedStart(j);
            dir.predOffset[size_t(j) + 1] = p.predEnd(j);
            dir.succOffset[size_t(j) + 1] = p.succEnd(j);
        }
        dir.predJob = p.predJob();
        dir.predDelta = p.predDelta();
        dir.succJob = p.succJob();
        dir.topo = p.topologicalOrder();
    } else {
        // Mirrored time: period t' is real period H − 1 − t'; beyond H lie the (unconstrained)
        // periods before 0, which a backward pass may need before the forward pass repairs it.
        dir.periods = 2 * H;
        dir.base.assign(size_t(dir.periods) * S, 0);
        for (int t = 0; t < dir.periods; ++t) {
            for (size_t r = 0; r < R; ++r) {
                dir.base[size_t(t) * S + r] = t < H ? forwardBase[size_t(H - 1 - t) * S + r] : p.capacity(int(r));
            }
        }
        for (int j = 0; j < m_n; ++j) {
            if (p.isFixed(j))
                dir.fixedStart[size_t(j)] = H - p.fixedStart(j) - p.duration(j);
            dir.predOffset[size_t(j) + 1] = p.succEnd(j);
            dir.succOffset[size_t(j) + 1] = p.predEnd(j);
        }
        dir.predJob = p.succJob();
        dir.predDelta.resize(p.succDelta().size());
        for (int j = 0; j < m_n; ++j) {
            for (int k = p.succBegin(j); k < p.succEnd(j); ++k) {
                const int to = p.succJob()[size_t(k)];
                dir.predDelta[size_t(k)] = p.succDelta()[size_t(k)] + p.duration(to) - p.duration(j);
            }
        }
        dir.succJob = p.predJob();
        dir.topo.assign(p.topologicalOrder().rbegin(), p.topologicalOrder().rend());
    }
    dir.rank.assign(size_t(m_n), 0);
    for (int i = 0; i < m_n; ++i)
        dir.rank[size_t(dir.topo[size_t(i)])] = i;
    dir.needsRepair = p.hasFixedJobs() || std::any_of(dir.predDelta.begin(), dir.predDelta.end(), [](int d) { return d < 0; });
    dir.work = dir.base;
    dir.dirtyLow = dir.periods;
    dir.dirtyHigh = 0;
}

void RcpspSgs::resetWork(Direction &dir)
{
    if (dir.dirtyLow < dir.dirtyHigh) {
        const auto S = size_t(m_stride);
        std::memcpy(dir.work.data() + size_t(dir.dirtyLow) * S, dir.base.data() + size_t(dir.dirtyLow) * S,
                    size_t(dir.dirtyHigh - dir.dirtyLow) * S * sizeof(int));
    }
    dir.dirtyLow = dir.periods;
    dir.dirtyHigh = 0;
}

template<int Width>
int RcpspSgs::findSlot(const Direction &dir, int job, int earliest) const
{
    if (!m_usesResources[size_t(job)])
        return earliest;
    const int d = m_duration[size_t(job)];
    const int *avail = dir.work.data();
    const int stride = Width > 0 ? Width : m_stride;
    const int *need = m_check.data() + size_t(job) * size_t(stride);
    const int first = m_reqOffset[size_t(job)];
    const int count = m_reqOffset[size_t(job) + 1] - first;
    const int *res = m_reqResource.data() + first;
    const int *amount = m_reqAmount.data() + first;
    auto blocked = [&](int p) {
        const int *row = avail + size_t(p) * size_t(stride);
        if constexpr (Width > 0) {
            int bad = 0;
            for (int k = 0; k < Width; ++k)
                bad |= int(row[k] < need[k]);
            return bad != 0;
        } else {
            for (int k = 0; k < count; ++k) {
                if (row[res[k]] < amount[k])
                    return true;
            }
            return false;
        }
    };
    // Check each window from its right end: a conflict at period p rules out every start up to p
    // at once, and the periods already seen free to its right need no second look.
    int start = earliest;
    int verifiedEnd = earliest;
    for (;;) {
        const int end = start + d;
        assert(end <= dir.periods);
        int p = end - 1;
        while (p >= verifiedEnd && !blocked(p))
            --p;
        if (p < verifiedEnd)
            return start;
        start = p + 1;
        verifiedEnd = end;
    }
}

bool RcpspSgs::fits(const Direction &dir, int job, int start) const
{
    const int first = m_reqOffset[size_t(job)];
    const int last = m_reqOffset[size_t(job) + 1];
    const int end = start + m_duration[size_t(job)];
    for (int p = start; p < end; ++p) {
        const int *row = dir.work.data() + size_t(p) * size_t(m_stride);
        for (int k = first; k < last; ++k) {
            if (row[m_reqResource[size_t(k)]] < m_reqAmount[size_t(k)])
                return false;
        }
    }
    return true;
}

template<int Width>
void RcpspSgs::place(Direction &dir, int job, int start)
{
    if (!m_usesResources[size_t(job)])
        return;
    const int end = start + m_duration[size_t(job)];
    int *avail = dir.work.data();
    if constexpr (Width > 0) {
        const int *take = m_take.data() + size_t(job) * Width;
        for (int p = start; p < end; ++p) {
            int *row = avail + size_t(p) * Width;
            for (int k = 0; k < Width; ++k)
                row[k] -= take[k];
        }
    } else {
        const int first = m_reqOffset[size_t(job)];
        const int count = m_reqOffset[size_t(job) + 1] - first;
        const int *res = m_reqResource.data() + first;
        const int *amount = m_reqAmount.data() + first;
        for (int p = start; p < end; ++p) {
            int *row = avail + size_t(p) * size_t(m_stride);
            for (int k = 0; k < count; ++k)
                row[res[k]] -= amount[k];
        }
    }
    dir.dirtyLow = std::min(dir.dirtyLow, start);
    dir.dirtyHigh = std::max(dir.dirtyHigh, end);
}

void RcpspSgs::placeAny(Direction &dir, int job, int start)
{
    if (m_stride == 4)
        place<4>(dir, job, start);
    else if (m_stride == 8)
        place<8>(dir, job, start);
    else
        place<0>(dir, job, start);
}

template<int Width>
int RcpspSgs::serialPassWidth(Direction &dir, const int *list, const int *release, int *starts)
{
    resetWork(dir);
    ++m_passes;
    int makespan = 0;
    const int *predOffset = dir.predOffset.data();
    const int *predJob = dir.predJob.data();
    const int *predDelta = dir.predDelta.data();
    const int *fixed = dir.fixedStart.data();
    const int *duration = m_duration.data();
    for (int i = 0; i < m_n; ++i) {
        const int j = list[i];
        int start = fixed[j];
        if (start == RcpspProblem::kNotFixed) {
            int earliest = release[j];
            for (int k = predOffset[j]; k < predOffset[j + 1]; ++k)
                earliest = std::max(earliest, starts[predJob[k]] + predDelta[k]);
            start = findSlot<Width>(dir, j, earliest);
            place<Width>(dir, j, start);
        }
        starts[j] = start;
        makespan = std::max(makespan, start + duration[j]);
    }
    return makespan;
}

int RcpspSgs::serialPass(Direction &dir, const int *list, const int *release, int *starts)
{
    if (m_stride == 4)
        return serialPassWidth<4>(dir, list, release, starts);
    if (m_stride == 8)
        return serialPassWidth<8>(dir, list, release, starts);
    return serialPassWidth<0>(dir, list, release, starts);
}

int RcpspSgs::serial(const int *list, int *starts)
{
    if (m_calendar)
        return m_calendar->serial(list, starts);
    return serialPass(m_forward, list, m_release.data(), starts);
}

int RcpspSgs::parallel(const double *priority, int *starts, int *list, RcpspRandom *random, double bias)
{
    if (m_calendar)
        return m_calendar->parallel(priority, starts, list, random, bias);
    Direction &dir = m_forward;
    resetWork(dir);
    ++m_passes;
    int *earliest = m_scratchRelease.data();
    m_eligible.clear();
    int done = 0;
    int makespan = 0;

    // Schedules a job, releases its successors and starts at once the fixed jobs that become free.
    auto start = [&](int first, int at) {
        m_heap.clear();
        m_heap.push_back((std::int64_t(first) << 32) | std::uint32_t(at));
        while (!m_heap.empty()) {
            const auto j = int(m_heap.back() >> 32);
            const auto when = int(std::uint32_t(m_heap.back() & 0xffffffff));
            m_heap.pop_back();
            starts[j] = when;
            list[done++] = j;
            makespan = std::max(makespan, when + m_duration[size_t(j)]);
            for (int k = m_problem.succBegin(j); k < m_problem.succEnd(j); ++k) {
                const int s = m_problem.succJob()[size_t(k)];
                earliest[s] = std::max(earliest[s], when + m_problem.succDelta()[size_t(k)]);
                if (--m_missing[size_t(s)] == 0) {
                    if (dir.fixedStart[size_t(s)] != RcpspProblem::kNotFixed)
                        m_heap.push_back((std::int64_t(s) << 32) | std::uint32_t(dir.fixedStart[size_t(s)]));
                    else
                        m_eligible.push_back(s);
                }
            }
        }
    };

    for (int j = 0; j < m_n; ++j) {
        earliest[j] = m_release[size_t(j)];
        m_missing[size_t(j)] = m_problem.predEnd(j) - m_problem.predBegin(j);
    }
    // Collect the initially free jobs before starting any: starting a fixed one frees others.
    int ready = 0;
    for (int j = 0; j < m_n; ++j) {
        if (m_missing[size_t(j)] == 0)
            m_scratchList[size_t(ready++)] = j;
    }
    for (int i = 0; i < ready; ++i) {
        const int j = m_scratchList[size_t(i)];
        if (dir.fixedStart[size_t(j)] != RcpspProblem::kNotFixed)
            start(j, dir.fixedStart[size_t(j)]);
        else
            m_eligible.push_back(j);
    }

    int now = 0;
    for (const int j : m_eligible)
        now = std::min(now, earliest[j]);
    while (done < m_n) {
        for (;;) {
            const int chosenAt = pickEligible(m_eligible, priority, random, bias, m_weight,
                                              [&](int j) { return earliest[j] <= now && fits(dir, j, now); });
            const int chosen = chosenAt < 0 ? -1 : m_eligible[size_t(chosenAt)];
            if (chosen < 0)
                break;
            m_eligible.erase(m_eligible.begin() + chosenAt);
            placeAny(dir, chosen, now);
            start(chosen, now);
        }
        if (done == m_n)
            break;
        int next = INT_MAX;
        for (int i = 0; i < done; ++i) {
            const int finish = starts[list[i]] + m_duration[size_t(list[i])];
            if (finish > now)
                next = std::min(next, finish);
        }
        for (const int j : m_eligible) {
            if (earliest[j] > now)
                next = std::min(next, earliest[j]);
        }
        if (!m_constantBase && now >= 0 && now < m_horizon)
            next = std::min(next, m_nextRise[size_t(now)]);
        assert(next != INT_MAX && next > now);
        now = next;
    }
    return makespan;
}

void RcpspSgs::sampleList(const double *priority, RcpspRandom &random, double bias, int *list)
{
    m_eligible.clear();
    for (int j = 0; j < m_n; ++j) {
        m_missing[size_t(j)] = m_problem.predEnd(j) - m_problem.predBegin(j);
        if (m_missing[size_t(j)] == 0)
            m_eligible.push_back(j);
    }
    for (int pos = 0; pos < m_n; ++pos) {
        double worst = -HUGE_VAL;
        for (const int j : m_eligible)
            worst = std::max(worst, priority[j]);
        double total = 0.0;
        for (size_t e = 0; e < m_eligible.size(); ++e) {
            const double regret = worst - priority[m_eligible[e]] + 1.0;
            m_weight[e] = bias == 0.0 ? 1.0 : bias == 1.0 ? regret : std::pow(regret, bias);
            total += m_weight[e];
        }
        double pick = random.real() * total;
        size_t at = 0;
        for (; at + 1 < m_eligible.size(); ++at) {
            pick -= m_weight[at];
            if (pick < 0.0)
                break;
        }
        const int j = m_eligible[at];
        m_eligible.erase(m_eligible.begin() + std::ptrdiff_t(at));
        list[pos] = j;
        for (int k = m_problem.succBegin(j); k < m_problem.succEnd(j); ++k) {
            const int s = m_problem.succJob()[size_t(k)];
            if (--m_missing[size_t(s)] == 0)
                m_eligible.push_back(s);
        }
    }
}

void RcpspSgs::listByPriority(const double *priority, int *list)
{
    m_eligible.clear();
    for (int j = 0; j < m_n; ++j) {
        m_missing[size_t(j)] = m_problem.predEnd(j) - m_problem.predBegin(j);
        if (m_missing[size_t(j)] == 0)
            m_eligible.push_back(j);
    }
    for (int pos = 0; pos < m_n; ++pos) {
        size_t best = 0;
        for (size_t e = 1; e < m_eligible.size(); ++e) {
            const int a = m_eligible[e];
            const int b = m_eligible[best];
            if (priority[a] < priority[b] || (priority[a] == priority[b] && m_forward.rank[size_t(a)] < m_forward.rank[size_t(b)]))
                best = e;
        }
        const int j = m_eligible[best];
        m_eligible.erase(m_eligible.begin() + std::ptrdiff_t(best));
        list[pos] = j;
        for (int k = m_problem.succBegin(j); k < m_problem.succEnd(j); ++k) {
            const int s = m_problem.succJob()[size_t(k)];
            if (--m_missing[size_t(s)] == 0)
                m_eligible.push_back(s);
        }
    }
}

void RcpspSgs::orderByKey(const Direction &dir, const int *key, int *list)
{
    if (m_n == 0)
        return;
    if (!dir.needsRepair) {
        // Stable counting sort of the topological order: ties keep topological order, and with
        // non-negative link distances a feasible schedule's starts then give a feasible list.
        int low = INT_MAX;
        int high = INT_MIN;
        for (int j = 0; j < m_n; ++j) {
            low = std::min(low, key[j]);
            high = std::max(high, key[j]);
        }
        const auto range = size_t(high - low) + 2;
        if (m_bucket.size() < range)
            m_bucket.resize(range);
        std::fill(m_bucket.begin(), m_bucket.begin() + std::ptrdiff_t(range), 0);
        for (int j = 0; j < m_n; ++j)
            ++m_bucket[size_t(key[j] - low) + 1];
        for (size_t b = 1; b < range; ++b)
            m_bucket[b] += m_bucket[b - 1];
        for (const int j : dir.topo)
            list[m_bucket[size_t(key[j] - low)]++] = j;
        return;
    }
    // Some link allows a successor to start first: pick the smallest key among the ready jobs.
    int low = INT_MAX;
    for (int j = 0; j < m_n; ++j)
        low = std::min(low, key[j]);
    auto encode = [&](int j) { return (std::int64_t(key[j] - low) << 32) | std::int64_t(dir.rank[size_t(j)]); };
    m_heap.clear();
    for (int j = 0; j < m_n; ++j) {
        m_missing[size_t(j)] = dir.predOffset[size_t(j) + 1] - dir.predOffset[size_t(j)];
        if (m_missing[size_t(j)] == 0)
            m_heap.push_back(encode(j));
    }
    std::make_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    for (int pos = 0; pos < m_n; ++pos) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        const int j = dir.topo[size_t(m_heap.back() & 0xffffffff)];
        m_heap.pop_back();
        list[pos] = j;
        for (int k = dir.succOffset[size_t(j)]; k < dir.succOffset[size_t(j) + 1]; ++k) {
            const int s = dir.succJob[size_t(k)];
            if (--m_missing[size_t(s)] == 0) {
                m_heap.push_back(encode(s));
                std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
            }
        }
    }
}

void RcpspSgs::listByStarts(const int *starts, int *list)
{
    if (m_calendar) {
        m_calendar->listByStarts(starts, list);
        return;
    }
    orderByKey(m_forward, starts, list);
}

void RcpspSgs::repairList(int *list)
{
    if (m_calendar || !m_forward.needsRepair || m_n == 0)
        return;
    int *key = m_scratchKey.data();
    for (int pos = 0; pos < m_n; ++pos)
        key[list[pos]] = pos;
    orderByKey(m_forward, key, list);
}

int RcpspSgs::justify(int *starts, int *list, int rounds)
{
    if (m_calendar)
        return m_calendar->justify(starts, list, rounds);
    const int H = m_horizon;
    int makespan = 0;
    for (int j = 0; j < m_n; ++j)
        makespan = std::max(makespan, starts[j] + m_duration[size_t(j)]);
    int *key = m_scratchKey.data();
    int *order = m_scratchList.data();
    int *trial = m_scratchStarts.data();
    int *release = m_scratchRelease.data();
    for (int round = 0; round < rounds; ++round) {
        // Backward: latest finish first, every job as late as possible before the makespan.
        for (int j = 0; j < m_n; ++j) {
            key[j] = H - starts[j] - m_duration[size_t(j)];
            release[j] = H - makespan;
        }
        orderByKey(m_backward, key, order);
        serialPass(m_backward, order, release, trial);
        // Forward: earliest start of the right-justified schedule first, as early as possible.
        for (int j = 0; j < m_n; ++j)
            key[j] = H - trial[j] - m_duration[size_t(j)];
        orderByKey(m_forward, key, order);
        const int improved = serialPass(m_forward, order, m_release.data(), trial);
        if (improved > makespan)
            break;
        std::copy(trial, trial + m_n, starts);
        const bool gained = improved < makespan;
        makespan = improved;
        if (!gained)
            break;
    }
    listByStarts(starts, list);
    return makespan;
}

} // namespace Keel
