#include "rcpspcalendarsgs.h"

#include "rcpsprandom.h"

#include <algorithm>
#include <cassert>
#include <climits>
#include <cmath>
#include <cstring>
#include <functional>

namespace Keel {

RcpspCalendarSgs::RcpspCalendarSgs(const RcpspProblem &problem)
    : m_problem(problem)
{
    assert(problem.isFinalized());
    m_n = problem.jobCount();
    m_resources = problem.resourceCount();
    const int H = problem.horizon();
    m_offset = H;
    m_rows = 2 * H + 1;
    const auto R = size_t(m_resources);

    m_reqOffset.assign(size_t(m_n) + 1, 0);
    m_calendar.assign(size_t(m_n), nullptr);
    for (int j = 0; j < m_n; ++j) {
        for (int r = 0; r < m_resources; ++r) {
            if (problem.request(j, r) > 0 && problem.duration(j) > 0) {
                m_reqResource.push_back(r);
                m_reqAmount.push_back(problem.request(j, r));
            }
        }
        m_reqOffset[size_t(j) + 1] = int(m_reqResource.size());
        if (problem.jobCalendar(j) != RcpspProblem::kNoCalendar)
            m_calendar[size_t(j)] = &problem.calendar(problem.jobCalendar(j));
    }

    m_base.assign(size_t(m_rows) * R, 0);
    for (int row = 0; row < m_rows; ++row) {
        const int t = row - m_offset;
        for (size_t r = 0; r < R; ++r)
            m_base[size_t(row) * R + r] = t < 0 ? problem.capacity(int(r)) : problem.capacityAt(int(r), t);
    }
    for (int j = 0; j < m_n; ++j) {
        if (!problem.isFixed(j))
            continue;
        const int start = problem.startOf(j, problem.fixedStart(j));
        const int first = indexOf(j, start);
        for (int k = first; k < first + problem.duration(j); ++k) {
            const int row = periodOf(j, k) + m_offset;
            if (row < 0 || row >= m_rows)
                continue;
            for (size_t r = 0; r < R; ++r)
                m_base[size_t(row) * R + r] -= problem.request(j, int(r));
        }
    }
    m_work = m_base;
    m_dirtyLow = m_rows;
    m_dirtyHigh = 0;

    m_nextRise.assign(size_t(m_rows) + 1, INT_MAX);
    for (int row = m_rows - 2; row >= 0; --row) {
        bool rises = false;
        for (size_t r = 0; r < R; ++r)
            rises = rises || m_base[size_t(row + 1) * R + r] > m_base[size_t(row) * R + r];
        m_nextRise[size_t(row)] = rises ? row + 1 - m_offset : m_nextRise[size_t(row) + 1];
    }

    m_rank.assign(size_t(m_n), 0);
    for (int i = 0; i < m_n; ++i)
        m_rank[size_t(problem.topologicalOrder()[size_t(i)])] = i;
    m_finish.resize(size_t(m_n));
    m_trial.resize(size_t(m_n));
    m_trialFinish.resize(size_t(m_n));
    m_key.resize(size_t(m_n));
    m_order.resize(size_t(m_n));
    m_repaired.resize(size_t(m_n));
    m_earliest.resize(size_t(m_n));
    m_missing.resize(size_t(m_n));
    m_eligible.reserve(size_t(m_n));
    m_weight.resize(size_t(m_n));
    m_heap.reserve(size_t(m_n));
}

bool RcpspCalendarSgs::blocked(int job, int period) const
{
    const int row = period + m_offset;
    assert(row >= 0 && row < m_rows);
    const int *avail = m_work.data() + size_t(row) * size_t(m_resources);
    for (int k = m_reqOffset[size_t(job)]; k < m_reqOffset[size_t(job) + 1]; ++k) {
        if (avail[m_reqResource[size_t(k)]] < m_reqAmount[size_t(k)])
            return true;
    }
    return false;
}

bool RcpspCalendarSgs::fits(int job, int start) const
{
    if (m_reqOffset[size_t(job)] == m_reqOffset[size_t(job) + 1])
        return true;
    const int first = indexOf(job, start);
    for (int k = first; k < first + m_problem.duration(job); ++k) {
        if (blocked(job, periodOf(job, k)))
            return false;
    }
    return true;
}

int RcpspCalendarSgs::slotForward(int job, int earliest) const
{
    const int d = m_problem.duration(job);
    if (d == 0 || m_reqOffset[size_t(job)] == m_reqOffset[size_t(job) + 1])
        return earliest;
    // Windows of d working periods (indices k..k+d−1), each checked from its right end: a
    // conflict at index i rules out every window containing i, and the indices already seen free
    // need no second look.
    int k = indexOf(job, earliest);
    int verifiedEnd = k;
    for (;;) {
        const int end = k + d;
        int i = end - 1;
        while (i >= verifiedEnd && !blocked(job, periodOf(job, i)))
            --i;
        if (i < verifiedEnd)
            return periodOf(job, k);
        k = i + 1;
        verifiedEnd = end;
    }
}

int RcpspCalendarSgs::slotBackward(int job, int latestFinish) const
{
    const int d = m_problem.duration(job);
    if (d == 0)
        return latestFinish;
    // The mirror image of slotForward: windows ending at or before the latest finish, each checked
    // from its left end.
    int k = indexOf(job, latestFinish) - d;
    if (m_reqOffset[size_t(job)] == m_reqOffset[size_t(job) + 1])
        return periodOf(job, k);
    int verifiedBegin = k + d;
    for (;;) {
        int i = k;
        while (i < verifiedBegin && !blocked(job, periodOf(job, i)))
            ++i;
        if (i == verifiedBegin)
            return periodOf(job, k);
        verifiedBegin = k;
        k = i - d;
    }
}

void RcpspCalendarSgs::place(int job, int start)
{
    const int first = m_reqOffset[size_t(job)];
    const int last = m_reqOffset[size_t(job) + 1];
    if (first == last)
        return;
    const int k0 = indexOf(job, start);
    const int d = m_problem.duration(job);
    for (int k = k0; k < k0 + d; ++k) {
        const int row = periodOf(job, k) + m_offset;
        assert(row >= 0 && row < m_rows);
        int *avail = m_work.data() + size_t(row) * size_t(m_resources);
        for (int q = first; q < last; ++q)
            avail[m_reqResource[size_t(q)]] -= m_reqAmount[size_t(q)];
    }
    m_dirtyLow = std::min(m_dirtyLow, periodOf(job, k0) + m_offset);
    m_dirtyHigh = std::max(m_dirtyHigh, periodOf(job, k0 + d - 1) + m_offset + 1);
}

void RcpspCalendarSgs::reset()
{
    if (m_dirtyLow < m_dirtyHigh) {
        const auto R = size_t(m_resources);
        std::memcpy(m_work.data() + size_t(m_dirtyLow) * R, m_base.data() + size_t(m_dirtyLow) * R,
                    size_t(m_dirtyHigh - m_dirtyLow) * R * sizeof(int));
    }
    m_dirtyLow = m_rows;
    m_dirtyHigh = 0;
}

int RcpspCalendarSgs::forwardPass(const int *list, int *starts, int *finishes)
{
    reset();
    ++m_passes;
    int makespan = 0;
    for (int i = 0; i < m_n; ++i) {
        const int j = list[i];
        int start;
        if (m_problem.isFixed(j)) {
            start = m_problem.startOf(j, m_problem.fixedStart(j));
        } else {
            start = slotForward(j, m_problem.earliestStart(j, starts, finishes));
            place(j, start);
        }
        starts[j] = start;
        finishes[j] = m_problem.finishOf(j, start);
        makespan = std::max(makespan, finishes[j]);
    }
    return makespan;
}

void RcpspCalendarSgs::backwardPass(const int *list, int deadline, int *starts, int *finishes)
{
    reset();
    ++m_passes;
    const RcpspProblem &p = m_problem;
    // The latest finish of job j when it must start by `start`.
    const auto finishForStart = [&](int j, int start) {
        const RcpspCalendar *c = m_calendar[size_t(j)];
        if (!c || p.duration(j) == 0)
            return start + p.duration(j);
        return p.finishOf(j, c->previous(start));
    };
    for (int i = 0; i < m_n; ++i) {
        const int j = list[i];
        int start;
        if (p.isFixed(j)) {
            start = p.startOf(j, p.fixedStart(j));
        } else {
            int latestFinish = deadline;
            for (int k = p.succBegin(j); k < p.succEnd(j); ++k) {
                const int s = p.succJob()[size_t(k)];
                const int lag = p.succLag()[size_t(k)];
                switch (p.succType()[size_t(k)]) {
                case RcpspProblem::LinkType::FinishStart:
                    latestFinish = std::min(latestFinish, starts[s] - lag);
                    break;
                case RcpspProblem::LinkType::FinishFinish:
                    latestFinish = std::min(latestFinish, finishes[s] - lag);
                    break;
                case RcpspProblem::LinkType::StartStart:
                    latestFinish = std::min(latestFinish, finishForStart(j, starts[s] - lag));
                    break;
                case RcpspProblem::LinkType::StartFinish:
                    latestFinish = std::min(latestFinish, finishForStart(j, finishes[s] - lag));
                    break;
                }
            }
            start = slotBackward(j, latestFinish);
            place(j, start);
        }
        starts[j] = start;
        finishes[j] = p.finishOf(j, start);
    }
}

void RcpspCalendarSgs::order(const int *key, bool backward, int *list)
{
    // Smallest key first among the jobs whose predecessors (backward: successors) are listed;
    // ties in topological order (backward: reverse topological order).
    if (m_n == 0)
        return;
    const RcpspProblem &p = m_problem;
    const std::vector<int> &topo = p.topologicalOrder();
    int low = INT_MAX;
    int high = INT_MIN;
    for (int j = 0; j < m_n; ++j) {
        low = std::min(low, key[j]);
        high = std::max(high, key[j]);
    }
    // Usually a stable counting sort of the (reverse) topological order already keeps every job
    // after its predecessors (backward: successors); when a link says otherwise, use the heap.
    const auto range = size_t(high - low) + 2;
    if (range <= size_t(m_n) * 64) {
        if (m_bucket.size() < range)
            m_bucket.resize(range);
        std::fill(m_bucket.begin(), m_bucket.begin() + std::ptrdiff_t(range), 0);
        for (int j = 0; j < m_n; ++j)
            ++m_bucket[size_t(key[j] - low) + 1];
        for (size_t b = 1; b < range; ++b)
            m_bucket[b] += m_bucket[b - 1];
        for (int i = 0; i < m_n; ++i) {
            const int j = topo[size_t(backward ? m_n - 1 - i : i)];
            const int at = m_bucket[size_t(key[j] - low)]++;
            list[at] = j;
            m_missing[size_t(j)] = at;
        }
        bool ordered = true;
        for (int j = 0; j < m_n && ordered; ++j) {
            for (int k = p.succBegin(j); k < p.succEnd(j); ++k) {
                const int s = p.succJob()[size_t(k)];
                if (backward ? m_missing[size_t(s)] > m_missing[size_t(j)]
                             : m_missing[size_t(s)] < m_missing[size_t(j)]) {
                    ordered = false;
                    break;
                }
            }
        }
        if (ordered)
            return;
    }
    auto encode = [&](int j) {
        const int rank = backward ? m_n - 1 - m_rank[size_t(j)] : m_rank[size_t(j)];
        return (std::int64_t(key[j] - low) << 32) | std::int64_t(rank);
    };
    m_heap.clear();
    for (int j = 0; j < m_n; ++j) {
        m_missing[size_t(j)] = backward ? p.succEnd(j) - p.succBegin(j) : p.predEnd(j) - p.predBegin(j);
        if (m_missing[size_t(j)] == 0)
            m_heap.push_back(encode(j));
    }
    std::make_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    for (int pos = 0; pos < m_n; ++pos) {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        const auto rank = int(m_heap.back() & 0xffffffff);
        m_heap.pop_back();
        const int j = topo[size_t(backward ? m_n - 1 - rank : rank)];
        list[pos] = j;
        const int begin = backward ? p.predBegin(j) : p.succBegin(j);
        const int end = backward ? p.predEnd(j) : p.succEnd(j);
        const std::vector<int> &next = backward ? p.predJob() : p.succJob();
        for (int k = begin; k < end; ++k) {
            const int s = next[size_t(k)];
            if (--m_missing[size_t(s)] == 0) {
                m_heap.push_back(encode(s));
                std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
            }
        }
    }
}

int RcpspCalendarSgs::serial(const int *list, int *starts)
{
    // A list built from the order of starts (the genetic algorithm's crossovers) may put a job
    // before its predecessor when a link lets the successor start first (FF, SF, leads, or a
    // calendar that stretches the predecessor): take such jobs in list order as their
    // predecessors allow.
    const RcpspProblem &p = m_problem;
    for (int i = 0; i < m_n; ++i)
        m_missing[size_t(list[i])] = i;
    bool ordered = true;
    for (int j = 0; j < m_n && ordered; ++j) {
        for (int k = p.succBegin(j); k < p.succEnd(j); ++k) {
            if (m_missing[size_t(p.succJob()[size_t(k)])] < m_missing[size_t(j)]) {
                ordered = false;
                break;
            }
        }
    }
    if (ordered)
        return forwardPass(list, starts, m_finish.data());
    for (int i = 0; i < m_n; ++i)
        m_key[size_t(list[i])] = i;
    order(m_key.data(), false, m_repaired.data());
    return forwardPass(m_repaired.data(), starts, m_finish.data());
}

int RcpspCalendarSgs::parallel(const double *priority, int *starts, int *list, RcpspRandom *random,
                               double bias)
{
    reset();
    ++m_passes;
    const RcpspProblem &p = m_problem;
    int *finishes = m_finish.data();
    int *earliest = m_earliest.data();
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
            finishes[j] = p.finishOf(j, when);
            list[done++] = j;
            makespan = std::max(makespan, finishes[j]);
            for (int k = p.succBegin(j); k < p.succEnd(j); ++k) {
                const int s = p.succJob()[size_t(k)];
                if (--m_missing[size_t(s)] != 0)
                    continue;
                if (p.isFixed(s)) {
                    m_heap.push_back((std::int64_t(s) << 32) | std::uint32_t(p.startOf(s, p.fixedStart(s))));
                } else {
                    earliest[s] = p.earliestStart(s, starts, finishes);
                    m_eligible.push_back(s);
                }
            }
        }
    };

    for (int j = 0; j < m_n; ++j)
        m_missing[size_t(j)] = p.predEnd(j) - p.predBegin(j);
    // Collect the initially free jobs before starting any: starting a fixed one frees others.
    int ready = 0;
    for (int j = 0; j < m_n; ++j) {
        if (m_missing[size_t(j)] == 0)
            m_order[size_t(ready++)] = j;
    }
    for (int i = 0; i < ready; ++i) {
        const int j = m_order[size_t(i)];
        if (p.isFixed(j)) {
            start(j, p.startOf(j, p.fixedStart(j)));
        } else {
            earliest[j] = p.earliestStart(j, starts, finishes);
            m_eligible.push_back(j);
        }
    }

    int now = 0;
    for (const int j : m_eligible)
        now = std::min(now, earliest[j]);
    // A job may start at `now` when it is released, `now` is one of its working periods and its
    // whole window has the capacity.
    const auto startable = [&](int j) {
        return earliest[j] <= now && p.startOf(j, now) == now && fits(j, now);
    };
    while (done < m_n) {
        for (;;) {
            const int chosenAt = pickEligible(m_eligible, priority, random, bias, m_weight, startable);
            const int chosen = chosenAt < 0 ? -1 : m_eligible[size_t(chosenAt)];
            if (chosen < 0)
                break;
            m_eligible.erase(m_eligible.begin() + chosenAt);
            place(chosen, now);
            start(chosen, now);
        }
        if (done == m_n)
            break;
        // Next decision point: a finish, a release, the next working period of a waiting job's
        // calendar, or more capacity.
        int next = INT_MAX;
        for (int i = 0; i < done; ++i) {
            const int finish = finishes[list[i]];
            if (finish > now)
                next = std::min(next, finish);
        }
        for (const int j : m_eligible) {
            if (earliest[j] > now)
                next = std::min(next, earliest[j]);
            else if (p.startOf(j, now) > now)
                next = std::min(next, p.startOf(j, now));
        }
        const int row = now + m_offset;
        if (row >= 0 && row < m_rows)
            next = std::min(next, m_nextRise[size_t(row)]);
        now = next != INT_MAX && next > now ? next : now + 1;
    }
    return makespan;
}

void RcpspCalendarSgs::listByStarts(const int *starts, int *list)
{
    order(starts, false, list);
}

int RcpspCalendarSgs::justify(int *starts, int *list, int rounds)
{
    const RcpspProblem &p = m_problem;
    int makespan = 0;
    for (int j = 0; j < m_n; ++j) {
        starts[j] = p.startOf(j, starts[j]);
        m_finish[size_t(j)] = p.finishOf(j, starts[j]);
        makespan = std::max(makespan, m_finish[size_t(j)]);
    }
    int *key = m_key.data();
    int *sequence = m_order.data();
    for (int round = 0; round < rounds; ++round) {
        // Backward: latest finish first, every job as late as possible before the makespan.
        for (int j = 0; j < m_n; ++j)
            key[j] = -m_finish[size_t(j)];
        order(key, true, sequence);
        backwardPass(sequence, makespan, m_trial.data(), m_trialFinish.data());
        // Forward: earliest start of the right-justified schedule first, as early as possible.
        for (int j = 0; j < m_n; ++j)
            key[j] = m_trial[size_t(j)];
        order(key, false, sequence);
        const int improved = forwardPass(sequence, m_trial.data(), m_trialFinish.data());
        if (improved > makespan)
            break;
        std::copy(m_trial.begin(), m_trial.end(), starts);
        std::copy(m_trialFinish.begin(), m_trialFinish.end(), m_finish.begin());
        const bool gained = improved < makespan;
        makespan = improved;
        if (!gained)
            break;
    }
    listByStarts(starts, list);
    return makespan;
}

} // namespace Keel
