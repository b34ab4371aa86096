#include "rcpspproblem.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::RcpspProblem", text);
}

} // namespace

int RcpspProblem::addJob(int duration)
{
    m_finalized = false;
    m_duration.push_back(duration);
    m_release.push_back(0);
    m_fixed.push_back(kNotFixed);
    m_jobCalendar.push_back(kNoCalendar);
    return jobCount() - 1;
}

int RcpspProblem::addResource(int capacity)
{
    m_finalized = false;
    m_capacity.push_back(capacity);
    m_profile.emplace_back();
    return resourceCount() - 1;
}

void RcpspProblem::setCapacityProfile(int resource, std::vector<int> profile)
{
    m_finalized = false;
    m_profile.at(size_t(resource)) = std::move(profile);
}

void RcpspProblem::setRequest(int job, int resource, int amount)
{
    m_finalized = false;
    m_requests.push_back({job, resource, amount});
}

void RcpspProblem::addLink(int from, int to, LinkType type, int lag)
{
    m_finalized = false;
    m_links.push_back({from, to, type, lag});
}

void RcpspProblem::setReleaseDate(int job, int period)
{
    m_finalized = false;
    m_release.at(size_t(job)) = period;
}

void RcpspProblem::setFixedStart(int job, int start)
{
    m_finalized = false;
    m_fixed.at(size_t(job)) = start;
}

void RcpspProblem::setDelayOnly(const std::vector<int> &earlyStarts)
{
    m_finalized = false;
    m_delayOnly = true;
    for (size_t j = 0; j < earlyStarts.size() && j < m_release.size(); ++j)
        m_release[j] = std::max(m_release[j], earlyStarts[j]);
}

int RcpspProblem::addCalendar(std::vector<std::uint8_t> working)
{
    m_finalized = false;
    m_calendars.emplace_back(working);
    return calendarCount() - 1;
}

void RcpspProblem::setJobCalendar(int job, int calendar)
{
    m_finalized = false;
    m_jobCalendar.at(size_t(job)) = calendar;
}

int RcpspProblem::earliestStart(int job, const int *starts, const int *finishes) const
{
    const int d = m_duration[size_t(job)];
    const int c = m_jobCalendar[size_t(job)];
    int es = m_release[size_t(job)];
    for (int k = predBegin(job); k < predEnd(job); ++k) {
        const int p = m_predJob[size_t(k)];
        const int lag = m_predLag[size_t(k)];
        switch (m_predType[size_t(k)]) {
        case LinkType::FinishStart: es = std::max(es, finishes[p] + lag); break;
        case LinkType::StartStart: es = std::max(es, starts[p] + lag); break;
        case LinkType::FinishFinish:
        case LinkType::StartFinish: {
            const bool fromFinish = m_predType[size_t(k)] == LinkType::FinishFinish;
            const int finish = (fromFinish ? finishes[p] : starts[p]) + lag;
            es = std::max(es, c == kNoCalendar ? finish - d
                                               : m_calendars[size_t(c)].earliestStartFinishingBy(finish, d));
            break;
        }
        }
    }
    return startOf(job, es);
}

int RcpspProblem::capacityAt(int resource, int period) const
{
    const auto &profile = m_profile[size_t(resource)];
    if (period >= 0 && size_t(period) < profile.size())
        return profile[size_t(period)];
    return m_capacity[size_t(resource)];
}

bool RcpspProblem::hasProfiles() const
{
    return std::any_of(m_profile.begin(), m_profile.end(), [](const auto &p) { return !p.empty(); });
}

bool RcpspProblem::hasFixedJobs() const
{
    return std::any_of(m_fixed.begin(), m_fixed.end(), [](int f) { return f != kNotFixed; });
}

bool RcpspProblem::hasDirectLink(int from, int to) const
{
    for (int k = succBegin(from); k < succEnd(from); ++k) {
        if (m_succJob[size_t(k)] == to)
            return true;
    }
    return false;
}

bool RcpspProblem::finalize(QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_finalized = false;
    const int n = jobCount();
    const int resources = resourceCount();

    for (int j = 0; j < n; ++j) {
        if (m_duration[size_t(j)] < 0)
            return failWith(tr("job %1 has a negative duration").arg(j + 1));
        if (m_release[size_t(j)] < 0)
            return failWith(tr("job %1 has a negative release date").arg(j + 1));
        if (m_fixed[size_t(j)] != kNotFixed && m_fixed[size_t(j)] < 0)
            return failWith(tr("job %1 is fixed at a negative start").arg(j + 1));
        if (m_jobCalendar[size_t(j)] != kNoCalendar
            && (m_jobCalendar[size_t(j)] < 0 || m_jobCalendar[size_t(j)] >= calendarCount()))
            return failWith(
                tr("job %1 uses calendar %2, which does not exist").arg(j + 1).arg(m_jobCalendar[size_t(j)] + 1));
    }
    m_hasCalendars
        = std::any_of(m_jobCalendar.begin(), m_jobCalendar.end(), [](int c) { return c != kNoCalendar; });
    for (int r = 0; r < resources; ++r) {
        if (m_capacity[size_t(r)] < 0)
            return failWith(tr("resource %1 has a negative capacity").arg(r + 1));
        for (int c : m_profile[size_t(r)]) {
            if (c < 0)
                return failWith(tr("resource %1 has a negative capacity in its profile").arg(r + 1));
        }
    }

    m_request.assign(size_t(n) * size_t(resources), 0);
    for (const Request &q : m_requests) {
        if (q.job < 0 || q.job >= n || q.resource < 0 || q.resource >= resources)
            return failWith(tr("a request names job %1 and resource %2, which do not exist")
                                .arg(q.job + 1)
                                .arg(q.resource + 1));
        if (q.amount < 0)
            return failWith(tr("job %1 requests a negative amount of resource %2").arg(q.job + 1).arg(q.resource + 1));
        m_request[size_t(q.job) * size_t(resources) + size_t(q.resource)] = q.amount;
    }
    for (int j = 0; j < n; ++j) {
        if (isFixed(j) || m_duration[size_t(j)] == 0)
            continue;
        for (int r = 0; r < resources; ++r) {
            if (request(j, r) > m_capacity[size_t(r)])
                return failWith(tr("job %1 needs %2 units of resource %3, which never has more than %4")
                                    .arg(j + 1)
                                    .arg(request(j, r))
                                    .arg(r + 1)
                                    .arg(m_capacity[size_t(r)]));
        }
    }

    // Links as minimum start-to-start distances.
    std::vector<int> deltaOfLink(m_links.size());
    m_predOffset.assign(size_t(n) + 1, 0);
    m_succOffset.assign(size_t(n) + 1, 0);
    for (size_t k = 0; k < m_links.size(); ++k) {
        const Link &link = m_links[k];
        if (link.from < 0 || link.from >= n || link.to < 0 || link.to >= n)
            return failWith(tr("a link joins job %1 and job %2, which do not exist").arg(link.from + 1).arg(link.to + 1));
        if (link.from == link.to)
            return failWith(tr("job %1 is linked to itself").arg(link.from + 1));
        const int dFrom = m_duration[size_t(link.from)];
        const int dTo = m_duration[size_t(link.to)];
        switch (link.type) {
        case LinkType::FinishStart: deltaOfLink[k] = dFrom + link.lag; break;
        case LinkType::StartStart: deltaOfLink[k] = link.lag; break;
        case LinkType::FinishFinish: deltaOfLink[k] = dFrom + link.lag - dTo; break;
        case LinkType::StartFinish: deltaOfLink[k] = link.lag - dTo; break;
        }
        ++m_predOffset[size_t(link.to) + 1];
        ++m_succOffset[size_t(link.from) + 1];
    }
    std::partial_sum(m_predOffset.begin(), m_predOffset.end(), m_predOffset.begin());
    std::partial_sum(m_succOffset.begin(), m_succOffset.end(), m_succOffset.begin());
    m_predJob.assign(m_links.size(), 0);
    m_predDelta.assign(m_links.size(), 0);
    m_predType.assign(m_links.size(), LinkType::FinishStart);
    m_predLag.assign(m_links.size(), 0);
    m_succJob.assign(m_links.size(), 0);
    m_succDelta.assign(m_links.size(), 0);
    m_succType.assign(m_links.size(), LinkType::FinishStart);
    m_succLag.assign(m_links.size(), 0);
    {
        std::vector<int> predFill(m_predOffset.begin(), m_predOffset.end() - 1);
        std::vector<int> succFill(m_succOffset.begin(), m_succOffset.end() - 1);
        for (size_t k = 0; k < m_links.size(); ++k) {
            const Link &link = m_links[k];
            const auto p = size_t(predFill[size_t(link.to)]++);
            m_predJob[p] = link.from;
            m_predDelta[p] = deltaOfLink[k];
            m_predType[p] = link.type;
            m_predLag[p] = link.lag;
            const auto s = size_t(succFill[size_t(link.from)]++);
            m_succJob[s] = link.to;
            m_succDelta[s] = deltaOfLink[k];
            m_succType[s] = link.type;
            m_succLag[s] = link.lag;
        }
    }

    // Topological order (Kahn, lowest index first so that the order is reproducible).
    m_topo.clear();
    m_topo.reserve(size_t(n));
    {
        std::vector<int> missing(static_cast<size_t>(n), 0);
        for (int j = 0; j < n; ++j)
            missing[size_t(j)] = predEnd(j) - predBegin(j);
        std::vector<int> ready;
        for (int j = n - 1; j >= 0; --j) {
            if (missing[size_t(j)] == 0)
                ready.push_back(j);
        }
        while (!ready.empty()) {
            const int j = ready.back();
            ready.pop_back();
            m_topo.push_back(j);
            for (int k = succBegin(j); k < succEnd(j); ++k) {
                const int s = m_succJob[size_t(k)];
                if (--missing[size_t(s)] == 0)
                    ready.push_back(s);
            }
        }
    }
    if (int(m_topo.size()) != n) {
        findCycle(error);
        return false;
    }

    // Earliest starts, critical path and horizon.
    m_earliest.assign(size_t(n), 0);
    int base = 0;
    long long spread = 0;
    for (int r = 0; r < resources; ++r)
        base = std::max(base, int(m_profile[size_t(r)].size()));
    if (m_hasCalendars) {
        long long calendarBase = base;
        computeCalendarBounds(&calendarBase, &spread);
        const long long horizon = calendarBase + spread + 2;
        if (horizon > (1LL << 28))
            return failWith(tr("the schedule would span more than %1 periods; use longer periods").arg(1 << 28));
        m_horizon = int(horizon);
    } else {
        for (int j : m_topo) {
            int es = m_release[size_t(j)];
            for (int k = predBegin(j); k < predEnd(j); ++k)
                es = std::max(es, m_earliest[size_t(m_predJob[size_t(k)])] + m_predDelta[size_t(k)]);
            if (isFixed(j))
                es = m_fixed[size_t(j)];
            m_earliest[size_t(j)] = es;
            base = std::max({base, m_release[size_t(j)], isFixed(j) ? m_fixed[size_t(j)] + m_duration[size_t(j)] : 0});
            int widest = m_duration[size_t(j)];
            for (int k = succBegin(j); k < succEnd(j); ++k)
                widest = std::max(widest, m_succDelta[size_t(k)]);
            spread += widest;
        }
        const long long horizon = base + spread + 2;
        if (horizon > (1LL << 28))
            return failWith(tr("the schedule would span more than %1 periods; use longer periods").arg(1 << 28));
        m_horizon = int(horizon);
    }

    m_cpBound = 0;
    for (int j = 0; j < n; ++j)
        m_cpBound = std::max(m_cpBound, finishOf(j, m_earliest[size_t(j)]));
    m_lowerBound = m_cpBound;
    for (int r = 0; r < resources; ++r) {
        long long energy = 0;
        for (int j = 0; j < n; ++j)
            energy += (long long)(m_duration[size_t(j)]) * request(j, r);
        if (energy == 0)
            continue;
        const auto &profile = m_profile[size_t(r)];
        long long bound = 0;
        for (int c : profile) {
            if (energy <= 0)
                break;
            energy -= c;
            ++bound;
        }
        if (energy > 0) {
            const int c = m_capacity[size_t(r)];
            if (c == 0)
                return failWith(tr("resource %1 has no capacity for the work requested of it").arg(r + 1));
            bound += (energy + c - 1) / c;
        }
        m_lowerBound = int(std::max<long long>(m_lowerBound, bound));
    }

    m_finalized = true;
    return true;
}

bool RcpspProblem::findCycle(QString *error) const
{
    // Called when Kahn's algorithm left jobs over: walk predecessors among them until one repeats.
    const int n = jobCount();
    std::vector<char> placed(size_t(n), 0);
    for (int j : m_topo)
        placed[size_t(j)] = 1;
    int start = 0;
    while (start < n && placed[size_t(start)])
        ++start;
    std::vector<int> seenAt(size_t(n), -1);
    std::vector<int> path;
    int j = start;
    while (seenAt[size_t(j)] < 0) {
        seenAt[size_t(j)] = int(path.size());
        path.push_back(j);
        int next = -1;
        for (int k = predBegin(j); k < predEnd(j); ++k) {
            const int p = m_predJob[size_t(k)];
            if (!placed[size_t(p)]) {
                next = p;
                break;
            }
        }
        if (next < 0)
            break;
        j = next;
    }
    QStringList names;
    for (size_t k = path.size(); k-- > size_t(std::max(0, seenAt[size_t(j)]));)
        names << tr("job %1").arg(path[k] + 1);
    if (!names.isEmpty())
        names << names.first();
    if (error)
        *error = tr("dependency cycle: %1").arg(names.join(QStringLiteral(" → ")));
    return true;
}

void RcpspProblem::computeCalendarBounds(long long *base, long long *spread)
{
    // Earliest starts through the calendars. Horizon: after `base` every period works and only
    // the jobs placed so far hold capacity, so a serial pass ends each job by the previous end plus
    // its duration and its largest positive lag in.
    const int n = jobCount();
    std::vector<int> finish(size_t(n), 0);
    for (const RcpspCalendar &c : m_calendars)
        *base = std::max<long long>(*base, c.size());
    for (int j : m_topo) {
        const int es
            = isFixed(j) ? startOf(j, m_fixed[size_t(j)]) : earliestStart(j, m_earliest.data(), finish.data());
        m_earliest[size_t(j)] = es;
        finish[size_t(j)] = finishOf(j, es);
        *base = std::max<long long>({*base, m_release[size_t(j)], isFixed(j) ? finish[size_t(j)] : 0});
        *spread += m_duration[size_t(j)];
    }
    for (const Link &link : m_links)
        *spread += std::max(0, link.lag);
}

std::vector<int> RcpspProblem::latestStarts(int deadline) const
{
    const int n = jobCount();
    std::vector<int> latest(size_t(n), 0);
    if (m_hasCalendars) {
        // The latest finish each job's successors allow, then the latest start that meets it.
        const auto finishForStart = [this](int j, int start) {
            const int c = m_jobCalendar[size_t(j)];
            if (c == kNoCalendar || m_duration[size_t(j)] == 0)
                return start + m_duration[size_t(j)];
            return finishOf(j, m_calendars[size_t(c)].previous(start));
        };
        for (auto it = m_topo.rbegin(); it != m_topo.rend(); ++it) {
            const int j = *it;
            int lf = deadline;
            for (int k = succBegin(j); k < succEnd(j); ++k) {
                const int s = m_succJob[size_t(k)];
                const int lag = m_succLag[size_t(k)];
                const int sStart = latest[size_t(s)];
                const int sFinish = finishOf(s, sStart);
                switch (m_succType[size_t(k)]) {
                case LinkType::FinishStart: lf = std::min(lf, sStart - lag); break;
                case LinkType::FinishFinish: lf = std::min(lf, sFinish - lag); break;
                case LinkType::StartStart: lf = std::min(lf, finishForStart(j, sStart - lag)); break;
                case LinkType::StartFinish: lf = std::min(lf, finishForStart(j, sFinish - lag)); break;
                }
            }
            const int c = m_jobCalendar[size_t(j)];
            const int d = m_duration[size_t(j)];
            int ls = c == kNoCalendar ? lf - d : m_calendars[size_t(c)].latestStart(lf, d);
            if (isFixed(j))
                ls = startOf(j, m_fixed[size_t(j)]);
            latest[size_t(j)] = ls;
        }
        return latest;
    }
    for (auto it = m_topo.rbegin(); it != m_topo.rend(); ++it) {
        const int j = *it;
        int ls = deadline - m_duration[size_t(j)];
        for (int k = succBegin(j); k < succEnd(j); ++k)
            ls = std::min(ls, latest[size_t(m_succJob[size_t(k)])] - m_succDelta[size_t(k)]);
        if (isFixed(j))
            ls = m_fixed[size_t(j)];
        latest[size_t(j)] = ls;
    }
    return latest;
}

int RcpspProblem::makespan(const std::vector<int> &starts) const
{
    int result = 0;
    for (size_t j = 0; j < starts.size() && j < m_duration.size(); ++j)
        result = std::max(result, m_hasCalendars ? finishOf(int(j), starts[j]) : starts[j] + m_duration[j]);
    return result;
}

QStringList RcpspProblem::violations(const std::vector<int> &starts, int maxMessages) const
{
    QStringList out;
    const int n = jobCount();
    if (int(starts.size()) != n) {
        out << tr("expected %1 start times, got %2").arg(n).arg(starts.size());
        return out;
    }
    if (m_hasCalendars)
        return calendarViolations(starts, maxMessages);
    auto add = [&out, maxMessages](const QString &message) {
        if (out.size() < maxMessages)
            out << message;
    };
    for (int j = 0; j < n; ++j) {
        const int s = starts[size_t(j)];
        if (s < 0)
            add(tr("job %1 starts before period 0").arg(j + 1));
        if (s < m_release[size_t(j)])
            add(tr("job %1 starts at %2, before its release date %3").arg(j + 1).arg(s).arg(m_release[size_t(j)]));
        if (isFixed(j) && s != m_fixed[size_t(j)])
            add(tr("fixed job %1 moved from %2 to %3").arg(j + 1).arg(m_fixed[size_t(j)]).arg(s));
        for (int k = predBegin(j); k < predEnd(j); ++k) {
            const int p = m_predJob[size_t(k)];
            if (s < starts[size_t(p)] + m_predDelta[size_t(k)])
                add(tr("job %1 starts at %2, but its link from job %3 needs %4 or later")
                        .arg(j + 1)
                        .arg(s)
                        .arg(p + 1)
                        .arg(starts[size_t(p)] + m_predDelta[size_t(k)]));
        }
    }
    addCapacityViolations(starts, add);
    return out;
}

QStringList RcpspProblem::calendarViolations(const std::vector<int> &starts, int maxMessages) const
{
    QStringList out;
    auto add = [&out, maxMessages](const QString &message) {
        if (out.size() < maxMessages)
            out << message;
    };
    const int n = jobCount();
    std::vector<int> start(static_cast<size_t>(n));
    std::vector<int> finish(static_cast<size_t>(n));
    for (int j = 0; j < n; ++j) {
        start[size_t(j)] = startOf(j, starts[size_t(j)]);
        finish[size_t(j)] = finishOf(j, start[size_t(j)]);
    }
    for (int j = 0; j < n; ++j) {
        const int s = start[size_t(j)];
        if (s < 0)
            add(tr("job %1 starts before period 0").arg(j + 1));
        if (s < m_release[size_t(j)])
            add(tr("job %1 starts at %2, before its release date %3").arg(j + 1).arg(s).arg(m_release[size_t(j)]));
        if (isFixed(j) && s != startOf(j, m_fixed[size_t(j)]))
            add(tr("fixed job %1 moved from %2 to %3").arg(j + 1).arg(m_fixed[size_t(j)]).arg(s));
        for (int k = predBegin(j); k < predEnd(j); ++k) {
            const int p = m_predJob[size_t(k)];
            const int lag = m_predLag[size_t(k)];
            bool broken = false;
            switch (m_predType[size_t(k)]) {
            case LinkType::FinishStart: broken = s < finish[size_t(p)] + lag; break;
            case LinkType::StartStart: broken = s < start[size_t(p)] + lag; break;
            case LinkType::FinishFinish: broken = finish[size_t(j)] < finish[size_t(p)] + lag; break;
            case LinkType::StartFinish: broken = finish[size_t(j)] < start[size_t(p)] + lag; break;
            }
            if (broken)
                add(tr("job %1 starts at %2 and finishes at %3, which its link from job %4 does not allow")
                        .arg(j + 1)
                        .arg(s)
                        .arg(finish[size_t(j)])
                        .arg(p + 1));
        }
    }
    addCapacityViolations(start, add);
    return out;
}

void RcpspProblem::addCapacityViolations(const std::vector<int> &start,
                                         const std::function<void(const QString &)> &add) const
{
    // start: each job's actual start (a calendar job's first working period).
    const int n = jobCount();
    if (n == 0)
        return;
    const int first = std::min(0, *std::min_element(start.begin(), start.end()));
    int last = first;
    for (int j = 0; j < n; ++j)
        last = std::max(last, finishOf(j, start[size_t(j)]));
    const int resources = resourceCount();
    std::vector<long long> use(size_t(last - first) * size_t(resources), 0);
    for (int j = 0; j < n; ++j) {
        const int d = m_duration[size_t(j)];
        const int c = m_jobCalendar[size_t(j)];
        const int s = start[size_t(j)];
        const int k0 = c == kNoCalendar ? s : m_calendars[size_t(c)].workBefore(s);
        for (int k = k0; k < k0 + d; ++k) {
            const int t = c == kNoCalendar ? k : m_calendars[size_t(c)].workingPeriod(k);
            for (int r = 0; r < resources; ++r)
                use[size_t(t - first) * size_t(resources) + size_t(r)] += request(j, r);
        }
    }
    for (int r = 0; r < resources; ++r) {
        for (int t = first; t < last; ++t) {
            const long long used = use[size_t(t - first) * size_t(resources) + size_t(r)];
            const int cap = t < 0 ? m_capacity[size_t(r)] : capacityAt(r, t);
            if (used > cap) {
                add(tr("resource %1 is over capacity in period %2 (%3 > %4)").arg(r + 1).arg(t).arg(used).arg(cap));
                break;
            }
        }
    }
}

} // namespace Keel
