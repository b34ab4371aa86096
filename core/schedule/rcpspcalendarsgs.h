#pragma once
// Schedule generation schemes for an RcpspProblem with job calendars (see rcpspproblem.h): the
// path RcpspSgs takes when some job has a calendar, kept apart so that the tuned path for plain
// problems (PSPLIB, leveling without calendars) keeps its speed and its results.
//
// How it works. A job's placement is a window of `duration` working periods of its calendar (every
// period for a job without one). The serial scheme places each job of the list at the earliest
// working period its links (between actual starts and finishes) and release date allow, then moves
// the window right, working period by working period, until every period in it has the capacity
// the job requests; a conflict at a period rules out every window that contains it. The parallel
// scheme walks forward through decision points (finishes, release dates, the next working period
// of a waiting job's calendar, rises of capacity). Forward-backward improvement right-justifies the
// jobs, latest finish first, each ending as late as its successors and the makespan allow (its
// start then being the d-th working period before that finish), and then schedules them forward
// again in the order of those starts. Orders that follow starts or finishes are checked against the
// links and, where a link type lets a successor start (or finish) first, built through a heap so
// that they stay precedence-feasible.
//
// Capacity is kept per period (resource row per period) over periods [−horizon, horizon]; periods
// before 0 have the constant capacity (a backward pass may need them before the forward pass
// repairs it). One object holds scratch memory for one thread and reads the problem, which must
// stay alive.

#include "rcpspproblem.h"

#include <cstdint>
#include <vector>

namespace Keel {

class RcpspRandom;

/// Serial and parallel schemes and forward-backward improvement for a problem with calendars.
class RcpspCalendarSgs
{
public:
    /// `problem` must be finalized and outlive this object.
    explicit RcpspCalendarSgs(const RcpspProblem &problem);

    /// As RcpspSgs::serial(); starts are working periods of the jobs' calendars. A list that puts
    /// a job before one of its predecessors is first repaired (jobs in list order as their
    /// predecessors allow).
    int serial(const int *list, int *starts);
    /// As RcpspSgs::parallel().
    int parallel(const double *priority, int *starts, int *list, RcpspRandom *random, double bias);
    /// As RcpspSgs::justify().
    int justify(int *starts, int *list, int rounds);
    /// As RcpspSgs::listByStarts().
    void listByStarts(const int *starts, int *list);

    std::int64_t passes() const { return m_passes; }

private:
    /// The period of the job's index-th working period, and the index of a period (identity for
    /// jobs without a calendar).
    int periodOf(int job, int index) const
    {
        const RcpspCalendar *c = m_calendar[size_t(job)];
        return c ? c->workingPeriod(index) : index;
    }
    int indexOf(int job, int period) const
    {
        const RcpspCalendar *c = m_calendar[size_t(job)];
        return c ? c->workBefore(period) : period;
    }
    bool blocked(int job, int period) const;
    bool fits(int job, int start) const;
    int slotForward(int job, int earliest) const;
    int slotBackward(int job, int latestFinish) const;
    void place(int job, int start);
    void reset();
    int forwardPass(const int *list, int *starts, int *finishes);
    void backwardPass(const int *list, int deadline, int *starts, int *finishes);
    void order(const int *key, bool backward, int *list);

    const RcpspProblem &m_problem;
    int m_n = 0;
    int m_resources = 0;
    int m_offset = 0; // row of period p is p + m_offset
    int m_rows = 0;
    std::vector<int> m_base, m_work;     // rows × resources: available units
    int m_dirtyLow = 0, m_dirtyHigh = 0; // rows [low, high) of m_work differ from m_base
    std::vector<int> m_reqOffset, m_reqResource, m_reqAmount;
    std::vector<const RcpspCalendar *> m_calendar; // per job; null: every period works
    std::vector<int> m_nextRise;                   // per row: next row where some capacity grows
    std::vector<int> m_rank;                       // position of each job in the topological order

    std::vector<int> m_finish, m_trial, m_trialFinish, m_key, m_order, m_repaired, m_earliest, m_missing,
        m_eligible;
    std::vector<int> m_bucket;
    std::vector<double> m_weight;
    std::vector<std::int64_t> m_heap;
    std::int64_t m_passes = 0;
};

} // namespace Keel
