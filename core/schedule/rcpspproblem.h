#pragma once
// The resource-constrained project scheduling problem (RCPSP) behind Keel's resource leveling, on
// compact arrays and in integer periods from 0. It knows nothing of tasks, dates or clock time: the
// leveling adapter maps a project (or the whole portfolio's shared pool) onto jobs, renewable
// resources and time lags, and maps the starts back.
//
// Jobs have a fixed duration and a constant request per resource while they run. A resource has a
// capacity per period: a constant, optionally overridden for the first periods by a profile
// (working calendars, holidays, part-time availability). Links are minimum time lags between
// starts and/or finishes (FS, SS, FF, SF; the lag may be negative); their graph must be acyclic.
// A job may carry a release date (it starts no earlier) or be fixed at a start it must not leave
// (manually scheduled or "do not level" tasks); fixed jobs occupy their resources first and every
// other job is scheduled around them. Delay-only leveling sets each job's given early start as its
// release date, so leveling only ever delays work.
//
// Calendars (optional): a job may be given a calendar (RcpspCalendar, a mask of working periods).
// Its duration then counts working periods of that calendar: started at s it begins at the first
// working period at or after s, occupies the next `duration` working periods (requests apply only
// there) and finishes after the last of them, so a break in its calendar stretches it and leaves
// its resources free for other jobs meanwhile. Links then hold between the actual starts and
// finishes. Jobs without a calendar, and problems without calendar jobs, behave as before; the
// derived start-to-start distances (predDelta/succDelta) use plain durations and are exact only for
// jobs without a calendar — use startOf()/finishOf() and earliestStart() for calendar jobs.
//
// Build the problem with the add/set functions, then call finalize(); the solver and the schedule
// generation schemes only accept a finalized problem. Indices (jobs, resources) count from 0.

#include "rcpspcalendar.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace Keel {

/// An RCPSP instance: jobs, renewable resources, lags, release dates, fixed jobs.
class RcpspProblem
{
public:
    enum class LinkType { FinishStart, StartStart, FinishFinish, StartFinish };
    static constexpr int kNotFixed = -1;
    static constexpr int kNoCalendar = -1;

    /// Adds a job and returns its index; duration in periods (0 for milestones).
    int addJob(int duration);
    /// Adds a renewable resource with a constant capacity per period and returns its index.
    int addResource(int capacity);
    /// Capacity of `resource` in periods 0..profile.size()-1; later periods use the constant one.
    void setCapacityProfile(int resource, std::vector<int> profile);
    /// Units of `resource` that `job` uses in every period it runs.
    void setRequest(int job, int resource, int amount);
    /// A link from `from` to `to` with a minimum lag in periods (negative lags are leads).
    void addLink(int from, int to, LinkType type = LinkType::FinishStart, int lag = 0);
    /// The job starts no earlier than `period`.
    void setReleaseDate(int job, int period);
    /// The job starts exactly at `start` and is never moved (use kNotFixed to release it).
    void setFixedStart(int job, int start);
    /// Delay-only leveling: no job starts before the given early start (one per job).
    void setDelayOnly(const std::vector<int> &earlyStarts);
    /// Adds a calendar (`working[p] != 0`: period p is working; periods outside the mask work) and
    /// returns its index.
    int addCalendar(std::vector<std::uint8_t> working);
    /// Schedules `job` on `calendar` (kNoCalendar: every period works); its duration then counts
    /// working periods of the calendar.
    void setJobCalendar(int job, int calendar);

    /// Checks the model and prepares the derived arrays. On failure returns false and describes the
    /// problem (a dependency cycle names the jobs in it). Must be called after the last change.
    bool finalize(QString *error = nullptr);
    bool isFinalized() const { return m_finalized; }

    int jobCount() const { return int(m_duration.size()); }
    int resourceCount() const { return int(m_capacity.size()); }
    int duration(int job) const { return m_duration[size_t(job)]; }
    int capacity(int resource) const { return m_capacity[size_t(resource)]; }
    /// Capacity of `resource` in `period` (the profile where it has one, else the constant).
    int capacityAt(int resource, int period) const;
    const std::vector<int> &capacityProfile(int resource) const { return m_profile[size_t(resource)]; }
    bool hasProfiles() const;
    int request(int job, int resource) const { return m_request[size_t(job) * size_t(resourceCount()) + size_t(resource)]; }
    int releaseDate(int job) const { return m_release[size_t(job)]; }
    int fixedStart(int job) const { return m_fixed[size_t(job)]; }
    bool isFixed(int job) const { return m_fixed[size_t(job)] != kNotFixed; }
    bool hasFixedJobs() const;
    bool isDelayOnly() const { return m_delayOnly; }
    int calendarCount() const { return int(m_calendars.size()); }
    const RcpspCalendar &calendar(int index) const { return m_calendars[size_t(index)]; }
    int jobCalendar(int job) const { return m_jobCalendar[size_t(job)]; }
    /// True when some job has a calendar (valid after finalize()).
    bool hasCalendars() const { return m_hasCalendars; }
    /// Where `job` really starts when started at `start`: the first working period of its calendar
    /// at or after `start` (`start` itself without a calendar or with duration 0).
    int startOf(int job, int start) const
    {
        const int c = m_jobCalendar[size_t(job)];
        return c == kNoCalendar || m_duration[size_t(job)] == 0 ? start : m_calendars[size_t(c)].next(start);
    }
    /// One past the last period `job` occupies when started at `start`.
    int finishOf(int job, int start) const
    {
        const int c = m_jobCalendar[size_t(job)];
        return c == kNoCalendar ? start + m_duration[size_t(job)]
                                : m_calendars[size_t(c)].finish(start, m_duration[size_t(job)]);
    }
    /// The earliest start of `job` that its links allow, given the (actual) starts and finishes of
    /// its predecessors, and its release date; a working period of its calendar.
    int earliestStart(int job, const int *starts, const int *finishes) const;

    // Derived after finalize(): every link as "start(to) >= start(from) + delta", in CSR form.
    /// Links into `job`: indices [predBegin(job), predEnd(job)) into predJob() / predDelta().
    int predBegin(int job) const { return m_predOffset[size_t(job)]; }
    int predEnd(int job) const { return m_predOffset[size_t(job) + 1]; }
    const std::vector<int> &predJob() const { return m_predJob; }
    const std::vector<int> &predDelta() const { return m_predDelta; }
    /// Type and lag of each link into a job, same indices as predJob().
    const std::vector<LinkType> &predType() const { return m_predType; }
    const std::vector<int> &predLag() const { return m_predLag; }
    /// Links out of `job`: indices [succBegin(job), succEnd(job)) into succJob() / succDelta().
    int succBegin(int job) const { return m_succOffset[size_t(job)]; }
    int succEnd(int job) const { return m_succOffset[size_t(job) + 1]; }
    const std::vector<int> &succJob() const { return m_succJob; }
    const std::vector<int> &succDelta() const { return m_succDelta; }
    /// Type and lag of each link out of a job, same indices as succJob().
    const std::vector<LinkType> &succType() const { return m_succType; }
    const std::vector<int> &succLag() const { return m_succLag; }
    /// True when `from` has a direct link to `to`.
    bool hasDirectLink(int from, int to) const;
    /// Jobs in a fixed topological order of the links.
    const std::vector<int> &topologicalOrder() const { return m_topo; }
    /// A period count no schedule produced by the schedule generation schemes can reach.
    int horizon() const { return m_horizon; }

    /// Earliest starts ignoring resources (releases, fixed jobs, lags and calendars only).
    const std::vector<int> &earliestStarts() const { return m_earliest; }
    /// Latest starts ignoring resources for a project that must finish by `deadline` (with
    /// calendars: the latest working periods from which the jobs still finish in time).
    std::vector<int> latestStarts(int deadline) const;
    /// Critical-path lower bound on the makespan (releases and fixed jobs included).
    int criticalPathBound() const { return m_cpBound; }
    /// Best simple lower bound: critical path and per-resource energy.
    int lowerBound() const { return m_lowerBound; }

    /// Latest finish of all jobs; 0 without jobs.
    int makespan(const std::vector<int> &starts) const;
    /// Every broken rule of a schedule (starts per job): links, release dates, fixed starts, capacity.
    /// A calendar job's start is taken as startOf() it, and it uses resources only where it works.
    /// Empty for a feasible schedule. Names jobs and resources 1-based, as people count.
    QStringList violations(const std::vector<int> &starts, int maxMessages = 20) const;

private:
    struct Link
    {
        int from;
        int to;
        LinkType type;
        int lag;
    };

    bool findCycle(QString *error) const;
    void computeCalendarBounds(long long *base, long long *spread);
    QStringList calendarViolations(const std::vector<int> &starts, int maxMessages) const;
    /// Adds one message per resource over its capacity in some period, for actual starts.
    void addCapacityViolations(const std::vector<int> &start, const std::function<void(const QString &)> &add) const;

    std::vector<int> m_duration;
    std::vector<int> m_capacity;
    std::vector<std::vector<int>> m_profile;
    struct Request
    {
        int job;
        int resource;
        int amount;
    };
    std::vector<Request> m_requests; // as set, compiled by finalize()
    std::vector<int> m_request;      // jobCount × resourceCount, row per job
    std::vector<Link> m_links;
    std::vector<int> m_release;
    std::vector<int> m_fixed;
    bool m_delayOnly = false;
    bool m_finalized = false;
    std::vector<RcpspCalendar> m_calendars;
    std::vector<int> m_jobCalendar;
    bool m_hasCalendars = false;

    std::vector<int> m_predOffset, m_predJob, m_predDelta;
    std::vector<int> m_succOffset, m_succJob, m_succDelta;
    std::vector<LinkType> m_predType, m_succType;
    std::vector<int> m_predLag, m_succLag;
    std::vector<int> m_topo;
    std::vector<int> m_earliest;
    int m_horizon = 0;
    int m_cpBound = 0;
    int m_lowerBound = 0;
};

} // namespace Keel
