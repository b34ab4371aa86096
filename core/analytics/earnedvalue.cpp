#include "earnedvalue.h"

#include "costing.h"

#include <algorithm>

namespace Keel {

Minutes statusMoment(Minutes statusDate)
{
    if (statusDate == kNoTime)
        return kNoTime;
    const Minutes minuteOfDay = ((statusDate % kMinutesPerDay) + kMinutesPerDay) % kMinutesPerDay;
    return minuteOfDay == 0 ? statusDate + kMinutesPerDay : statusDate;
}

Minutes defaultStatusDate(const Project &project)
{
    return project.statusDate != kNoTime ? project.statusDate : toMinutes(QDate::currentDate());
}

EarnedValue::EarnedValue(const WorkspaceIndex &index, CalendarCache &calendars, const Project &project,
                         const EvmOptions &options)
    : m_index(index)
    , m_project(project)
    , m_calendar(calendars.projectCalendar(project))
    , m_options(options)
{
    const Workspace &ws = index.workspace();
    m_status = statusMoment(options.statusDate != kNoTime ? options.statusDate : defaultStatusDate(project));
    m_hasBaseline = index.baseline(project.id) != nullptr;

    bool first = true;
    bool allComplete = true;
    for (const Task *t : index.leafTasks(project.id)) {
        Leaf leaf;
        leaf.task = t;
        const BaselineTask *bt = m_hasBaseline ? index.baselineTask(t->id) : nullptr;
        if (bt)
            leaf.budget = bt->cost > 0 ? double(bt->cost) : Costing::plannedCost(index, *t, bt->work);
        else if (!m_hasBaseline)
            leaf.budget = Costing::plannedCost(index, *t);
        // A task added after the baseline has no budget: it earns nothing and plans nothing.
        leaf.plannedStart = bt && bt->start != kNoTime ? bt->start : (bt ? kNoTime : t->start);
        leaf.plannedFinish = bt && bt->finish != kNoTime ? bt->finish : (bt ? kNoTime : t->finish);
        if (leaf.plannedStart == kNoTime)
            leaf.plannedStart = leaf.plannedFinish != kNoTime ? leaf.plannedFinish : project.start;
        if (leaf.plannedFinish == kNoTime)
            leaf.plannedFinish = leaf.plannedStart;
        if (leaf.plannedStart != kNoTime) {
            leaf.plannedStartW = double(m_calendar.position(leaf.plannedStart));
            leaf.plannedFinishW = std::max(leaf.plannedStartW, double(m_calendar.position(leaf.plannedFinish)));
            if (first || leaf.plannedStartW < m_startW)
                m_startW = leaf.plannedStartW;
            if (first || leaf.plannedFinishW > m_finishW)
                m_finishW = leaf.plannedFinishW;
            first = false;
        }
        leaf.complete = std::clamp(t->percentComplete, 0, 100) / 100.0;
        if (t->percentComplete < 100)
            allComplete = false;
        leaf.fixedCost = double(t->fixedCost);

        // Progress history and labour cost from the time logged before the status date.
        double cumulative = 0;
        double loggedAll = 0;
        for (const TimeEntry *e : index.taskEntries(t->id)) {
            if (!Costing::counts(*e))
                continue;
            loggedAll += double(e->minutes);
            if (e->date >= m_status)
                continue;
            const double cost = Costing::entryCost(index, ws.get<Resource>(e->resourceId), *e, project.currency);
            leaf.labourCost += cost;
            m_costEvents.emplace_back(e->date, cost);
            cumulative += double(e->minutes);
            if (!leaf.logged.empty() && leaf.logged.back().first == e->date)
                leaf.logged.back().second = cumulative;
            else
                leaf.logged.emplace_back(e->date, cumulative);
        }
        leaf.loggedTotal = cumulative;
        if (loggedAll == 0) {
            // No time logged: the assignments' actual work at the planned rates is the cost.
            double actual = 0, planned = 0;
            for (const Assignment *a : index.assignments(t->id)) {
                actual += double(a->actualWork);
                planned += double(a->work);
            }
            if (actual > 0) {
                const double plannedCost = Costing::plannedCost(index, *t) - leaf.fixedCost;
                leaf.labourCost = planned > 0 ? plannedCost * actual / planned : 0;
                m_costEvents.emplace_back(t->actualStart != kNoTime ? t->actualStart : leaf.plannedStart,
                                          leaf.labourCost);
            }
        }
        leaf.progressFrom = t->actualStart != kNoTime ? t->actualStart : t->start;
        leaf.progressTo = t->actualFinish != kNoTime ? std::min(t->actualFinish, m_status) : m_status;

        // Bottom-up estimate of the remaining cost from the current plan.
        if (t->percentComplete < 100) {
            Minutes plannedWork = 0;
            for (const Assignment *a : index.assignments(t->id))
                plannedWork += a->work;
            if (plannedWork == 0)
                plannedWork = t->work;
            const double actualWork = double(index.actualWork(t->id));
            const double remainingWork = std::max(double(plannedWork) - actualWork,
                                                  double(plannedWork) * (1.0 - leaf.complete));
            leaf.remainingCost = Costing::plannedCost(index, *t, Minutes(remainingWork)) - leaf.fixedCost
                + leaf.fixedCost * (1.0 - leaf.complete);
        }

        const Minutes finish = t->actualFinish != kNoTime ? t->actualFinish : t->finish;
        if (finish != kNoTime && (m_currentFinish == kNoTime || finish > m_currentFinish))
            m_currentFinish = finish;
        if (t->actualFinish != kNoTime && (m_actualFinish == kNoTime || t->actualFinish > m_actualFinish))
            m_actualFinish = t->actualFinish;
        m_bac += leaf.budget;
        m_leaves.push_back(std::move(leaf));
    }
    if (!allComplete || m_leaves.empty())
        m_actualFinish = kNoTime;
    if (options.includeExpenses) {
        for (const Expense *x : index.expenses(project.id)) {
            if (x->date != kNoTime && x->date < m_status)
                m_costEvents.emplace_back(x->date, double(x->amount));
        }
    }
    std::sort(m_costEvents.begin(), m_costEvents.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
}

double EarnedValue::plannedValueAtPosition(double w) const
{
    double pv = 0;
    for (const Leaf &l : m_leaves) {
        if (l.budget == 0 || l.plannedStart == kNoTime)
            continue;
        if (w >= l.plannedFinishW)
            pv += l.budget;
        else if (w > l.plannedStartW)
            pv += l.budget * (w - l.plannedStartW) / (l.plannedFinishW - l.plannedStartW);
    }
    return pv;
}

double EarnedValue::plannedValue(Minutes t) const
{
    return plannedValueAtPosition(double(m_calendar.position(t)));
}

double EarnedValue::share(const Leaf &leaf, Minutes t) const
{
    if (t >= m_status)
        return 1.0;
    if (leaf.loggedTotal > 0) {
        // Entries of a day count once the day has begun.
        const auto it = std::lower_bound(leaf.logged.begin(), leaf.logged.end(), t,
                                         [](const auto &p, Minutes v) { return p.first < v; });
        if (it == leaf.logged.begin())
            return 0.0;
        return std::prev(it)->second / leaf.loggedTotal;
    }
    if (leaf.progressFrom == kNoTime || leaf.progressTo == kNoTime)
        return 0.0;
    if (t >= leaf.progressTo)
        return 1.0;
    if (t <= leaf.progressFrom)
        return 0.0;
    return double(t - leaf.progressFrom) / double(leaf.progressTo - leaf.progressFrom);
}

double EarnedValue::earnedValue(Minutes t) const
{
    double ev = 0;
    for (const Leaf &l : m_leaves) {
        if (l.complete > 0 && l.budget != 0)
            ev += l.budget * l.complete * share(l, t);
    }
    return ev;
}

double EarnedValue::actualCost(Minutes t) const
{
    double ac = 0;
    const Minutes limit = std::min(t, m_status);
    for (const auto &[date, cost] : m_costEvents) {
        if (date >= limit)
            break;
        ac += cost;
    }
    for (const Leaf &l : m_leaves) {
        if (l.fixedCost != 0 && l.complete > 0)
            ac += l.fixedCost * l.complete * share(l, limit);
    }
    return ac;
}

double EarnedValue::percentEarned(Minutes t) const
{
    return m_bac > 0 ? earnedValue(t) / m_bac : 0.0;
}

Minutes EarnedValue::finishOf(double position) const
{
    return m_calendar.finishAt(Minutes(std::llround(position)));
}

ProjectEvm EarnedValue::measure() const
{
    ProjectEvm r;
    r.projectId = m_project.id;
    r.currency = m_project.currency;
    r.statusDate = m_status;
    r.hasBaseline = m_hasBaseline;
    r.currentFinish = m_currentFinish;

    double pv = 0, ev = 0, ac = 0, remaining = 0;
    const double statusW = double(m_calendar.position(m_status));
    r.tasks.reserve(m_leaves.size());
    for (const Leaf &l : m_leaves) {
        TaskEvm t;
        t.task = l.task;
        t.bac = l.budget;
        t.plannedStart = l.plannedStart;
        t.plannedFinish = l.plannedFinish;
        if (l.plannedStart != kNoTime) {
            if (statusW >= l.plannedFinishW)
                t.pv = l.budget;
            else if (statusW > l.plannedStartW)
                t.pv = l.budget * (statusW - l.plannedStartW) / (l.plannedFinishW - l.plannedStartW);
        }
        t.ev = l.budget * l.complete;
        t.ac = l.labourCost + l.fixedCost * l.complete;
        pv += t.pv;
        ev += t.ev;
        ac += t.ac;
        remaining += l.remainingCost;
        r.tasks.push_back(t);
    }
    if (m_options.includeExpenses) {
        for (const Expense *x : m_index.expenses(m_project.id)) {
            if (x->date != kNoTime && x->date < m_status)
                ac += double(x->amount);
        }
    }
    r.figures = evmFigures(m_bac, pv, ev, ac, remaining, m_options.eacMethod);

    if (!m_leaves.empty() && m_finishW >= m_startW) {
        r.plannedStart = m_calendar.startAt(Minutes(std::llround(m_startW)));
        r.plannedFinish = finishOf(m_finishW);
        const double pd = m_finishW - m_startW;
        const double at = std::max(0.0, statusW - m_startW);
        // ES: the earliest position at which the plan had reached the earned value.
        double es = 0;
        if (m_bac > 0 && ev >= plannedValueAtPosition(m_finishW) - 1e-9) {
            es = pd;
        } else if (ev > 0) {
            double lo = m_startW, hi = m_finishW;
            for (int i = 0; i < 64 && hi - lo > 0.01; ++i) {
                const double mid = (lo + hi) / 2;
                if (plannedValueAtPosition(mid) >= ev)
                    hi = mid;
                else
                    lo = mid;
            }
            es = hi - m_startW;
        }
        r.schedule = earnedScheduleFigures(es, at, pd);
        r.earnedScheduleDate = finishOf(m_startW + es);
        if (m_actualFinish != kNoTime)
            r.forecastFinish = m_actualFinish;
        else if (!std::isnan(r.schedule.ieact))
            r.forecastFinish = finishOf(m_startW + r.schedule.ieact);
        else
            r.forecastFinish = m_currentFinish;
    }
    return r;
}

std::vector<EvmPoint> EarnedValue::curve(int maxPoints) const
{
    std::vector<EvmPoint> points;
    if (m_leaves.empty())
        return points;
    const ProjectEvm m = measure();
    Minutes from = m.plannedStart;
    Minutes to = m.plannedFinish;
    auto widen = [&](Minutes t) {
        if (t == kNoTime)
            return;
        from = from == kNoTime ? t : std::min(from, t);
        to = to == kNoTime ? t : std::max(to, t);
    };
    widen(m.currentFinish);
    widen(m.forecastFinish);
    widen(m_status);
    if (!m_costEvents.empty())
        widen(m_costEvents.front().first);
    if (from == kNoTime || to == kNoTime)
        return points;
    const qint64 firstDay = from / kMinutesPerDay;
    const qint64 lastDay = to / kMinutesPerDay + 1;
    const qint64 span = lastDay - firstDay;
    qint64 stepDays = 1;
    for (const qint64 step : {1, 7, 14, 28, 56, 91}) {
        stepDays = step;
        if (span / step <= maxPoints)
            break;
    }
    std::vector<Minutes> times;
    for (qint64 d = firstDay; d <= lastDay + stepDays - 1; d += stepDays)
        times.push_back(d * kMinutesPerDay);
    times.push_back(m_status);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    for (const Minutes t : times) {
        EvmPoint p;
        p.time = t;
        p.pv = plannedValue(t);
        if (t <= m_status) {
            p.ev = earnedValue(t);
            p.ac = actualCost(t);
        }
        points.push_back(p);
    }
    return points;
}

} // namespace Keel
