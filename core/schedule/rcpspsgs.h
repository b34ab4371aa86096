#pragma once
// Schedule generation schemes (SGS) for an RcpspProblem: the decoders every RCPSP heuristic in Keel
// is built on. The serial scheme takes the jobs in the order of a precedence-feasible list and
// starts each as early as its links, its release date and the remaining capacity allow; the
// parallel scheme walks forward in time and, at each decision point, starts the eligible jobs that
// fit, best priority first. Forward-backward improvement ("justification") shifts every job as late
// as possible and then as early as possible again; it never lengthens a schedule and usually
// shortens it.
//
// Capacity is kept per period in a time-indexed array (available units per resource), reset only
// over the periods the previous pass touched, so one pass costs O(jobs × scanned periods) with no
// memory allocation. Fixed jobs and capacity profiles are folded into the base availability once.
// The backward pass works on a mirrored copy of the problem (period p ↔ horizon − 1 − p).
//
// A problem with job calendars takes a separate, simpler path (RcpspCalendarSgs) behind the same
// functions; the list builders (sampleList, listByPriority) are shared.
//
// One RcpspSgs holds scratch memory for one thread; it reads the problem, which must stay alive.

#include "rcpspcalendarsgs.h"
#include "rcpspproblem.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace Keel {

class RcpspRandom;

/// Serial and parallel schedule generation and forward-backward improvement for one problem.
class RcpspSgs
{
public:
    /// `problem` must be finalized and outlive this object.
    explicit RcpspSgs(const RcpspProblem &problem);

    const RcpspProblem &problem() const { return m_problem; }
    int jobCount() const { return m_n; }

    /// Serial SGS: starts the jobs of a precedence-feasible `list` (all jobs, each once) in list
    /// order, each at its earliest feasible period. Writes `starts`, returns the makespan.
    int serial(const int *list, int *starts);

    /// Parallel SGS: at each decision point starts the eligible jobs that fit, lowest `priority`
    /// first (ties: lower index). With `random`, picks among the jobs that fit by regret-based
    /// biased sampling instead (weight (regret + 1)^bias). Writes `starts` and the jobs in the
    /// order they were started to `list`; returns the makespan.
    int parallel(const double *priority, int *starts, int *list, RcpspRandom *random = nullptr, double bias = 1.0);

    /// Builds a precedence-feasible list by regret-based biased random sampling on `priority`
    /// (lower is better; bias 0 = uniform among eligible jobs, large = nearly deterministic).
    void sampleList(const double *priority, RcpspRandom &random, double bias, int *list);

    /// The precedence-feasible list with jobs in ascending `priority` (ties: topological order).
    void listByPriority(const double *priority, int *list);

    /// Forward-backward improvement of a feasible schedule, in place: one backward and one forward
    /// pass per round, `rounds` at most, stopping when a round brings no gain. `list` receives the
    /// jobs in order of their (new) starts. Returns the new makespan (never larger).
    int justify(int *starts, int *list, int rounds = 1);

    /// The jobs ordered by start (ties: topological), a precedence-feasible list.
    void listByStarts(const int *starts, int *list);

    /// Makes `list` precedence-feasible, keeping its order wherever the links allow (a job moves
    /// only behind a predecessor it came before). Lists recombined from schedules in which a
    /// successor starts first (negative link distances) need it; otherwise it changes nothing.
    void repairList(int *list);

    /// Number of serial, parallel and justification passes run so far.
    std::int64_t passes() const { return m_calendar ? m_calendar->passes() : m_passes; }

private:
    struct Direction
    {
        std::vector<int> base;    // available units, period × resource
        std::vector<int> work;    // base minus the jobs placed in this pass
        int dirtyLow = 0;         // periods [dirtyLow, dirtyHigh) of work differ from base
        int dirtyHigh = 0;
        int periods = 0;
        std::vector<int> predOffset, predJob, predDelta;
        std::vector<int> succOffset, succJob;
        std::vector<int> fixedStart; // RcpspProblem::kNotFixed when free
        std::vector<int> topo;       // topological order in this direction
        std::vector<int> rank;       // position of each job in topo
        bool needsRepair = false;    // sorting by start may break a link: order through a heap
    };

    void buildDirection(Direction &dir, bool backward);
    void resetWork(Direction &dir);
    template<int Width>
    int findSlot(const Direction &dir, int job, int earliest) const;
    bool fits(const Direction &dir, int job, int start) const;
    template<int Width>
    void place(Direction &dir, int job, int start);
    void placeAny(Direction &dir, int job, int start);
    int serialPass(Direction &dir, const int *list, const int *release, int *starts);
    template<int Width>
    int serialPassWidth(Direction &dir, const int *list, const int *release, int *starts);
    void orderByKey(const Direction &dir, const int *key, int *list);

    const RcpspProblem &m_problem;
    int m_n = 0;
    int m_resources = 0;
    int m_horizon = 0;
    std::vector<int> m_duration;
    // Rows of the capacity arrays hold `m_stride` ints: 4 or 8 (padded, checked branch-free, a
    // shape compilers vectorise) for up to 8 resources, else one per resource (sparse checks).
    int m_stride = 0;
    std::vector<int> m_reqOffset, m_reqResource, m_reqAmount; // non-zero requests per job
    std::vector<int> m_check; // jobs × stride: request, INT_MIN where none (never blocks)
    std::vector<int> m_take;  // jobs × stride: request, 0 where none
    std::vector<char> m_usesResources;
    std::vector<int> m_release;                                // forward release dates
    Direction m_forward;
    Direction m_backward;
    std::vector<int> m_nextRise; // forward: next period after p where base capacity grows
    bool m_constantBase = true;

    // Scratch, sized once.
    std::vector<int> m_scratchStarts, m_scratchList, m_scratchRelease, m_scratchKey;
    std::vector<int> m_missing, m_eligible, m_bucket;
    std::vector<double> m_weight;
    std::vector<std::int64_t> m_heap;
    std::int64_t m_passes = 0;
    std::unique_ptr<RcpspCalendarSgs> m_calendar; // set when the problem has calendar jobs
};

} // namespace Keel
