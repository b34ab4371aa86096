#include "rcpspsolver.h"

#include "rcpsprandom.h"
#include "rcpspsgs.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <ctime>
#if defined(_WIN32)
#include <windows.h>
#endif

namespace Keel {

namespace {

using Clock = std::chrono::steady_clock;

constexpr std::int64_t kDefaultScheduleLimit = 50000;

// Search parameters; a development build with KEEL_RCPSP_TUNING reads overrides from the
// environment (K_POP, K_PEAK, …) so that variants can be compared without rebuilding.
double knob([[maybe_unused]] const char *name, double fallback)
{
#ifdef KEEL_RCPSP_TUNING
    if (const char *v = std::getenv(name))
        return std::atof(v);
#endif
    return fallback;
}

double secondsSince(Clock::time_point begin)
{
    return std::chrono::duration<double>(Clock::now() - begin).count();
}

// CPU time of the calling thread in seconds (wall-clock time where the platform has no such clock).
double threadCpuSeconds()
{
#if defined(CLOCK_THREAD_CPUTIME_ID)
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
#elif defined(_WIN32)
    FILETIME created, exited, kernel, user;
    if (GetThreadTimes(GetCurrentThread(), &created, &exited, &kernel, &user)) {
        const auto ticks = (std::uint64_t(user.dwHighDateTime) << 32 | user.dwLowDateTime)
                           + (std::uint64_t(kernel.dwHighDateTime) << 32 | kernel.dwLowDateTime);
        return double(ticks) * 1e-7;
    }
#endif
    return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}

struct Individual
{
    std::vector<int> list;   // precedence-feasible order: the jobs by start in `starts`
    std::vector<int> starts; // the justified schedule of `list`
    int makespan = INT_MAX;
    std::uint64_t hash = 0;
    std::int64_t birth = 0;
};

// State of one optimisation run: budget, best schedule, scratch memory.
class Search
{
public:
    Search(const RcpspProblem &problem, const RcpspOptions &options)
        : m_problem(problem)
        , m_options(options)
        , m_sgs(problem)
        , m_random(options.seed)
        , m_n(problem.jobCount())
        , m_begin(Clock::now())
        , m_cpuBegin(options.cpuTime ? threadCpuSeconds() : 0.0)
    {
        m_limit = options.scheduleLimit > 0 ? options.scheduleLimit
                  : options.timeLimit > 0  ? 0
                                           : kDefaultScheduleLimit;
        m_lft = RcpspPriority::values(problem, RcpspPriority::Rule::LatestFinish);
        m_best.makespan = INT_MAX;
        m_taken.assign(size_t(m_n), 0);
        m_position.assign(size_t(m_n), 0);
        m_scratch.assign(size_t(m_n), 0);
        m_scratch2.assign(size_t(m_n), 0);
        m_usage.clear();
    }

    RcpspResult runGenetic();
    RcpspResult runSampling();

private:
    bool exhausted();
    void evaluate(Individual &ind);
    int seedRules(std::vector<Individual> &pool);
    int choosePopulationSize();
    void randomIndividual(Individual &ind);
    void fromStarts(Individual &ind, const std::vector<int> &starts);
    void twoPointCrossover(const Individual &mother, const Individual &father, std::vector<int> &child);
    void peakCrossover(const Individual &mother, const Individual &father, std::vector<int> &child);
    void shiftMutation(std::vector<int> &list, int moves);
    int tournament(const std::vector<int> &order, int size, int rounds);
    void report(bool force);
    double elapsed() const { return m_options.cpuTime ? threadCpuSeconds() - m_cpuBegin : secondsSince(m_begin); }
    RcpspResult result();

    const RcpspProblem &m_problem;
    const RcpspOptions &m_options;
    RcpspSgs m_sgs;
    RcpspRandom m_random;
    const int m_n;
    const Clock::time_point m_begin;
    const double m_cpuBegin;
    std::int64_t m_limit = 0;
    bool m_stopped = false;
    bool m_cancelled = false;
    double m_lastReport = -1.0;
    int m_fbiRounds = int(knob("K_FBI", 1));
    double m_peakLow = knob("K_PLO", 0.1);
    double m_peakHigh = knob("K_PHI", 0.5);
    std::int64_t m_births = 0;

    Individual m_best;
    std::vector<double> m_lft;
    std::vector<int> m_taken, m_position, m_scratch, m_scratch2;
    std::vector<int> m_sorted;
    std::vector<double> m_usage;
};

std::uint64_t hashStarts(const std::vector<int> &starts)
{
    std::uint64_t h = 1469598103934665603ULL;
    for (int s : starts) {
        h ^= std::uint64_t(std::uint32_t(s));
        h *= 1099511628211ULL;
    }
    return h;
}

bool Search::exhausted()
{
    if (m_stopped)
        return true;
    if (m_best.starts.empty())
        return false; // always return a schedule, whatever the budget
    if (m_best.makespan <= m_problem.lowerBound())
        m_stopped = true;
    else if (m_limit > 0 && m_sgs.passes() >= m_limit)
        m_stopped = true;
    else if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
        m_stopped = m_cancelled = true;
    else if (m_options.timeLimit > 0 && elapsed() >= m_options.timeLimit)
        m_stopped = true;
    return m_stopped;
}

void Search::report(bool force)
{
    if (!m_options.progress)
        return;
    const double now = elapsed();
    if (!force && now - m_lastReport < m_options.progressInterval)
        return;
    m_lastReport = now;
    m_options.progress(RcpspProgress{m_sgs.passes(), m_best.makespan, m_problem.lowerBound(), now});
}

void Search::evaluate(Individual &ind)
{
    ind.starts.resize(size_t(m_n));
    m_sgs.repairList(ind.list.data());
    ind.makespan = m_sgs.serial(ind.list.data(), ind.starts.data());
    ind.makespan = m_sgs.justify(ind.starts.data(), ind.list.data(), m_fbiRounds);
    ind.hash = hashStarts(ind.starts);
    ind.birth = ++m_births;
    if (ind.makespan < m_best.makespan) {
        m_best.list = ind.list;
        m_best.starts = ind.starts;
        m_best.makespan = ind.makespan;
        m_best.hash = ind.hash;
        report(true);
    }
}

void Search::fromStarts(Individual &ind, const std::vector<int> &starts)
{
    // Any start vector (even an infeasible plan) gives a precedence-feasible list.
    ind.list.resize(size_t(m_n));
    std::vector<double> key(starts.begin(), starts.end());
    m_sgs.listByPriority(key.data(), ind.list.data());
    evaluate(ind);
}

void Search::randomIndividual(Individual &ind)
{
    ind.list.resize(size_t(m_n));
    const double bias = m_random.real() * 3.0;
    if (m_random.chance(0.5)) {
        m_sgs.sampleList(m_lft.data(), m_random, bias, ind.list.data());
        evaluate(ind);
    } else {
        ind.starts.resize(size_t(m_n));
        m_sgs.parallel(m_lft.data(), ind.starts.data(), ind.list.data(), &m_random, bias);
        m_sgs.listByStarts(ind.starts.data(), ind.list.data());
        evaluate(ind);
    }
}

int Search::seedRules(std::vector<Individual> &pool)
{
    // The plan the caller gave, then every priority rule with both schemes.
    int filled = 0;
    if (!m_options.initialStarts.empty() && int(m_options.initialStarts.size()) == m_n)
        fromStarts(pool[size_t(filled++)], m_options.initialStarts);
    for (const RcpspPriority::Rule rule : RcpspPriority::all()) {
        if (filled + 2 > int(pool.size()) || exhausted())
            break;
        const std::vector<double> priority = RcpspPriority::values(m_problem, rule);
        Individual &serial = pool[size_t(filled++)];
        serial.list.resize(size_t(m_n));
        m_sgs.listByPriority(priority.data(), serial.list.data());
        evaluate(serial);
        Individual &parallel = pool[size_t(filled++)];
        parallel.list.resize(size_t(m_n));
        parallel.starts.resize(size_t(m_n));
        m_sgs.parallel(priority.data(), parallel.starts.data(), parallel.list.data());
        m_sgs.listByStarts(parallel.starts.data(), parallel.list.data());
        evaluate(parallel);
    }
    return filled;
}

int Search::choosePopulationSize()
{
    // The population grows with the budget: a large one keeps the search diverse for longer, and
    // measurements on PSPLIB put the best size near 2·√(schedules) (about 400 for 50,000
    // schedules, 800 for 150,000). Under a time limit the budget is estimated from the speed so far.
    if (m_options.populationSize > 0)
        return m_options.populationSize;
    double budget = double(kDefaultScheduleLimit);
    if (m_limit > 0)
        budget = double(m_limit);
    if (m_options.timeLimit > 0) {
        const double spent = std::max(elapsed(), 1e-6);
        const double byTime = double(m_sgs.passes()) / spent * m_options.timeLimit;
        budget = m_limit > 0 ? std::min(budget, byTime) : byTime;
    }
    return std::clamp(int(knob("K_POPF", 2.0) * std::sqrt(std::max(budget, 1.0))), 30, 3000);
}

void Search::twoPointCrossover(const Individual &mother, const Individual &father, std::vector<int> &child)
{
    int q1 = m_random.between(0, m_n);
    int q2 = m_random.between(0, m_n);
    if (q1 > q2)
        std::swap(q1, q2);
    std::fill(m_taken.begin(), m_taken.end(), 0);
    child.resize(size_t(m_n));
    int pos = 0;
    for (; pos < q1; ++pos) {
        child[size_t(pos)] = mother.list[size_t(pos)];
        m_taken[size_t(child[size_t(pos)])] = 1;
    }
    for (int i = 0; i < m_n && pos < q2; ++i) {
        const int j = father.list[size_t(i)];
        if (!m_taken[size_t(j)]) {
            child[size_t(pos++)] = j;
            m_taken[size_t(j)] = 1;
        }
    }
    for (int i = 0; i < m_n; ++i) {
        const int j = mother.list[size_t(i)];
        if (!m_taken[size_t(j)]) {
            child[size_t(pos++)] = j;
            m_taken[size_t(j)] = 1;
        }
    }
}

void Search::peakCrossover(const Individual &mother, const Individual &father, std::vector<int> &child)
{
    // Utilisation of the father's schedule per period, summed over resources as shares of capacity.
    const int horizon = father.makespan;
    if (horizon <= 1) {
        twoPointCrossover(mother, father, child);
        return;
    }
    m_usage.assign(size_t(horizon) + 1, 0.0);
    const int R = m_problem.resourceCount();
    for (int j = 0; j < m_n; ++j) {
        const int d = m_problem.duration(j);
        if (d == 0)
            continue;
        double share = 0.0;
        for (int r = 0; r < R; ++r) {
            const int c = m_problem.capacity(r);
            if (c > 0)
                share += double(m_problem.request(j, r)) / c;
        }
        const int s = std::max(0, father.starts[size_t(j)]);
        const int finish = m_problem.hasCalendars() ? m_problem.finishOf(j, father.starts[size_t(j)])
                                                    : father.starts[size_t(j)] + d;
        const int e = std::min(horizon, finish);
        if (s < e) {
            m_usage[size_t(s)] += share;
            m_usage[size_t(e)] -= share;
        }
    }
    // m_usage holds differences: turn them into a running sum, then into prefix sums.
    double level = 0.0;
    for (int t = 0; t < horizon; ++t) {
        level += m_usage[size_t(t)];
        m_usage[size_t(t)] = level;
    }
    const int length = m_random.between(std::max(1, int(horizon * m_peakLow)), std::max(1, int(horizon * m_peakHigh)));
    double window = 0.0;
    for (int t = 0; t < length; ++t)
        window += m_usage[size_t(t)];
    double bestWindow = window;
    int bestStart = 0;
    for (int a = 1; a + length <= horizon; ++a) {
        window += m_usage[size_t(a + length - 1)] - m_usage[size_t(a - 1)];
        if (window > bestWindow + 1e-9) {
            bestWindow = window;
            bestStart = a;
        }
    }
    const int a = bestStart;
    const int b = bestStart + length;
    child.resize(size_t(m_n));
    int pos = 0;
    for (int i = 0; i < m_n; ++i) {
        const int j = mother.list[size_t(i)];
        if (father.starts[size_t(j)] < a)
            child[size_t(pos++)] = j;
    }
    for (int i = 0; i < m_n; ++i) {
        const int j = father.list[size_t(i)];
        if (father.starts[size_t(j)] >= a && father.starts[size_t(j)] < b)
            child[size_t(pos++)] = j;
    }
    for (int i = 0; i < m_n; ++i) {
        const int j = mother.list[size_t(i)];
        if (father.starts[size_t(j)] >= b)
            child[size_t(pos++)] = j;
    }
}

void Search::shiftMutation(std::vector<int> &list, int moves)
{
    if (m_n < 2)
        return;
    for (int move = 0; move < moves; ++move) {
        for (int i = 0; i < m_n; ++i)
            m_position[size_t(list[size_t(i)])] = i;
        const int from = int(m_random.below(std::uint32_t(m_n)));
        const int j = list[size_t(from)];
        int low = 0;
        int high = m_n - 1;
        for (int k = m_problem.predBegin(j); k < m_problem.predEnd(j); ++k)
            low = std::max(low, m_position[size_t(m_problem.predJob()[size_t(k)])] + 1);
        for (int k = m_problem.succBegin(j); k < m_problem.succEnd(j); ++k)
            high = std::min(high, m_position[size_t(m_problem.succJob()[size_t(k)])] - 1);
        if (high <= low)
            continue;
        const int to = m_random.between(low, high);
        if (to < from)
            std::rotate(list.begin() + to, list.begin() + from, list.begin() + from + 1);
        else if (to > from)
            std::rotate(list.begin() + from, list.begin() + from + 1, list.begin() + to + 1);
    }
}

int Search::tournament(const std::vector<int> &order, int size, int rounds)
{
    // `order` is sorted best first, so the best of `rounds` random ranks wins.
    int best = int(m_random.below(std::uint32_t(size)));
    for (int k = 1; k < rounds; ++k)
        best = std::min(best, int(m_random.below(std::uint32_t(size))));
    return order[size_t(best)];
}

RcpspResult Search::result()
{
    RcpspResult out;
    out.starts = m_best.starts;
    out.makespan = m_best.makespan;
    out.lowerBound = m_problem.lowerBound();
    out.provenOptimal = out.makespan <= out.lowerBound;
    out.cancelled = m_cancelled;
    out.schedules = m_sgs.passes();
    out.seconds = elapsed();
    report(true);
    return out;
}

RcpspResult Search::runGenetic()
{
    // A pilot batch of rule-based and sampled individuals, then the population sized to the budget.
    std::vector<Individual> pool(64);
    int filled = seedRules(pool);
    while (filled < int(pool.size()) && !exhausted())
        randomIndividual(pool[size_t(filled++)]);
    const int popSize = std::max(int(knob("K_POP", choosePopulationSize())), 2);
    const double peakShare = knob("K_PEAK", 1.0);
    const double mutation = knob("K_MUT", 0.3);
    const int stallLimit = int(knob("K_STALL", 50));
    const int tournamentSize = int(knob("K_TOUR", 2));
    const int childCount = std::max(2, int(popSize * knob("K_CHILD", 1.0)));
    pool.resize(size_t(popSize + childCount));
    while (filled < popSize && !exhausted())
        randomIndividual(pool[size_t(filled++)]);
    for (; filled < popSize; ++filled)
        pool[size_t(filled)] = m_best;

    std::vector<int> order(pool.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    auto rank = [&](int count) {
        // Best first; among equal makespans the newest first (it moves the search along plateaus).
        // Duplicates (same schedule) go to the back.
        std::sort(order.begin(), order.begin() + count, [&](int a, int b) {
            const Individual &x = pool[size_t(a)];
            const Individual &y = pool[size_t(b)];
            if (x.makespan != y.makespan)
                return x.makespan < y.makespan;
            if (x.hash != y.hash)
                return x.hash < y.hash;
            return x.birth > y.birth;
        });
        m_sorted.assign(order.begin(), order.begin() + count);
        int kept = 0;
        int dropped = 0;
        for (int i = 0; i < count; ++i) {
            const Individual &x = pool[size_t(m_sorted[size_t(i)])];
            if (kept > 0) {
                const Individual &last = pool[size_t(order[size_t(kept - 1)])];
                if (last.makespan == x.makespan && last.hash == x.hash) {
                    m_sorted[size_t(dropped++)] = m_sorted[size_t(i)];
                    continue;
                }
            }
            order[size_t(kept++)] = m_sorted[size_t(i)];
        }
        std::copy(m_sorted.begin(), m_sorted.begin() + dropped, order.begin() + kept);
        std::stable_sort(order.begin(), order.begin() + kept, [&](int a, int b) {
            const Individual &x = pool[size_t(a)];
            const Individual &y = pool[size_t(b)];
            if (x.makespan != y.makespan)
                return x.makespan < y.makespan;
            return x.birth > y.birth;
        });
        return kept;
    };
    rank(popSize);

    int bestSeen = m_best.makespan;
    int stall = 0;
    while (!exhausted()) {
        // Children fill the slots order[popSize..).
        for (int c = 0; c < childCount && !exhausted(); ++c) {
            Individual &child = pool[size_t(order[size_t(popSize + c)])];
            const Individual &mother = pool[size_t(tournament(order, popSize, tournamentSize))];
            const Individual &father = pool[size_t(tournament(order, popSize, tournamentSize))];
            if (m_random.chance(peakShare))
                peakCrossover(mother, father, child.list);
            else
                twoPointCrossover(mother, father, child.list);
            if (m_random.chance(mutation))
                shiftMutation(child.list, 1);
            evaluate(child);
        }
        if (m_stopped)
            break;
        rank(popSize + childCount);
        report(false);
        if (m_best.makespan < bestSeen) {
            bestSeen = m_best.makespan;
            stall = 0;
        } else if (++stall >= stallLimit) {
            // Restart around the best: keep it, rebuild the rest from mutated copies and samples.
            stall = 0;
            for (int i = 1; i < popSize && !exhausted(); ++i) {
                Individual &ind = pool[size_t(order[size_t(i)])];
                if (i % 2 == 0) {
                    ind.list = m_best.list;
                    shiftMutation(ind.list, 1 + int(m_random.below(std::uint32_t(std::max(1, m_n / 10)))));
                    evaluate(ind);
                } else {
                    randomIndividual(ind);
                }
            }
            rank(popSize);
        }
    }
    return result();
}

RcpspResult Search::runSampling()
{
    Individual ind;
    while (!exhausted())
        randomIndividual(ind);
    if (m_best.starts.empty()) {
        ind.list.assign(m_problem.topologicalOrder().begin(), m_problem.topologicalOrder().end());
        evaluate(ind);
    }
    return result();
}

} // namespace

RcpspSolver::RcpspSolver(const RcpspProblem &problem)
    : m_problem(problem)
{
}

RcpspResult RcpspSolver::solve(const RcpspOptions &options) const
{
    if (m_problem.jobCount() == 0)
        return {};
    Search search(m_problem, options);
    return search.runGenetic();
}

RcpspResult RcpspSolver::sample(const RcpspOptions &options) const
{
    if (m_problem.jobCount() == 0)
        return {};
    Search search(m_problem, options);
    return search.runSampling();
}

RcpspResult RcpspSolver::heuristic(RcpspPriority::Rule rule, bool parallel, bool justify) const
{
    RcpspResult out;
    const int n = m_problem.jobCount();
    out.lowerBound = m_problem.lowerBound();
    if (n == 0)
        return out;
    RcpspSgs sgs(m_problem);
    const std::vector<double> priority = RcpspPriority::values(m_problem, rule);
    std::vector<int> list(static_cast<size_t>(n));
    out.starts.resize(size_t(n));
    if (parallel) {
        out.makespan = sgs.parallel(priority.data(), out.starts.data(), list.data());
    } else {
        sgs.listByPriority(priority.data(), list.data());
        out.makespan = sgs.serial(list.data(), out.starts.data());
    }
    if (justify)
        out.makespan = sgs.justify(out.starts.data(), list.data(), 1);
    out.provenOptimal = out.makespan <= out.lowerBound;
    out.schedules = sgs.passes();
    return out;
}

} // namespace Keel
