#pragma once
// A job calendar of the RCPSP ("RCPSP with calendars"): which periods of the problem's time axis
// are working periods. A job on a calendar is worked only in its working periods and pauses across
// the others (breaks): started at s, it begins at the first working period at or after s, occupies
// the next d working periods and finishes after the last of them.
//
// The calendar is a mask over periods 0..size()-1; every period before 0 and from size() on is
// working. Arithmetic goes through two monotone maps, both O(1):
//
//   workBefore(t)    = working periods in [0, t) (negative for t < 0, where every period works)
//   workingPeriod(k) = the period of the k-th working period (k counts from 0; negative k: k)
//
// so that the first working period at or after t is workingPeriod(workBefore(t)), and the finish of
// d > 0 working periods started at s is workingPeriod(workBefore(s) + d − 1) + 1.
//
// An RcpspCalendar is an immutable value, safe to share between threads.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace Keel {

/// Working periods of a job calendar and the arithmetic on them.
class RcpspCalendar
{
public:
    RcpspCalendar() = default;
    /// `working[p] != 0`: period p is working. Periods outside the mask are working.
    explicit RcpspCalendar(const std::vector<std::uint8_t> &working);

    int size() const { return int(m_before.size()) - 1; }
    bool isWorking(int period) const
    {
        return period < 0 || period >= size() ||
               m_before[std::size_t(period) + 1] != m_before[std::size_t(period)];
    }
    /// Working periods in [0, t); negative for t < 0.
    int workBefore(int t) const
    {
        if (t <= 0)
            return t;
        if (t >= size())
            return m_before.back() + (t - size());
        return m_before[std::size_t(t)];
    }
    /// The period of the k-th working period (k from 0; negative k: period k).
    int workingPeriod(int k) const
    {
        if (k < 0)
            return k;
        if (k >= int(m_at.size()))
            return size() + (k - int(m_at.size()));
        return m_at[std::size_t(k)];
    }
    /// The first working period at or after t.
    int next(int t) const { return workingPeriod(workBefore(t)); }
    /// The last working period at or before t.
    int previous(int t) const { return workingPeriod(workBefore(t + 1) - 1); }
    /// Finish (one past the last occupied period) of `work` > 0 working periods started at `start`;
    /// `start` itself when work is 0.
    int finish(int start, int work) const
    {
        return work > 0 ? workingPeriod(workBefore(start) + work - 1) + 1 : start;
    }
    /// The latest start at which `work` working periods finish by `finish` (a working period when
    /// work > 0; `finish` itself when work is 0).
    int latestStart(int finish, int work) const
    {
        return work > 0 ? workingPeriod(workBefore(finish) - work) : finish;
    }
    /// The earliest start at which `work` working periods finish at `finish` or later (a working
    /// period when work > 0; `finish` itself when work is 0).
    int earliestStartFinishingBy(int finish, int work) const
    {
        return work > 0 ? workingPeriod(workBefore(finish - 1) - work + 1) : finish;
    }

private:
    std::vector<int> m_before{0}; // m_before[t]: working periods in [0, t), t = 0..size()
    std::vector<int> m_at;        // the working periods in order
};

} // namespace Keel
