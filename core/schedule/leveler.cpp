#include "leveler.h"

#include "cpmscheduler.h"
#include "projectsnapshot.h"
#include "rcpspproblem.h"
#include "rcpspsgs.h"
#include "rcpspsolver.h"
#include "workcalendar.h"

#include "model/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Leveler", text);
}

/// The optimiser's problem stays under about this many periods: longer plans get coarser periods.
constexpr Minutes kMaxPeriods = 20000;

/// Rounds a / b up for b > 0 and any a.
qint64 ceilDiv(qint64 a, qint64 b)
{
    return a >= 0 ? (a + b - 1) / b : -((-a) / b);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

struct Usage
{
    int person = 0;
    int amount = 0;    ///< hundredths of a unit
    double units = 0;
};

struct Person
{
    Id id;
    QString name;
    double maxUnits = 1.0;
    int capacity = 100; ///< hundredths of a unit, the most the person is ever available at
    QList<UnitsEntry> availability; ///< changes of maxUnits over time (Resource::availability)
    Id calendarId;
    WorkCalendar calendar;
    int oldPeak = 0, newPeak = 0;
    Minutes oldOverload = 0, newOverload = 0;
};

/// Work of a project that is not leveled on a person of the pool: fixed load.
struct OtherLoad
{
    int person = 0;
    Minutes start = kNoTime;
    Minutes finish = kNoTime;
    double units = 0;
    int amount = 0;
};

struct Part
{
    Id projectId;
    ProjectSnapshot ps;
    ScheduleResult current;      ///< the plan as it stands
    ScheduleSnapshot base;       ///< movable tasks' leveling delays cleared
    ScheduleResult baseResult;
    std::vector<char> leaf;
    std::vector<char> fixed;
    std::vector<char> keepPlace; ///< fixed, and held at its current start through its delay
    std::vector<std::vector<Usage>> usage;
    std::vector<Minutes> delay;  ///< the result
    ScheduleResult final;
};

struct Interval
{
    Minutes start;
    Minutes finish;
    double units;
};

/// The leveling time axis: the working time of every calendar involved (the union of their working
/// intervals) from a first day on, built day by day as far as it is asked about. Positions are
/// working minutes of the union from that day's midnight, as WorkCalendar's are of one calendar.
class WorkAxis
{
public:
    WorkAxis(std::vector<const WorkCalendar *> calendars, qint64 firstDay)
        : m_calendars(std::move(calendars))
        , m_firstDay(firstDay)
        , m_nextDay(firstDay)
    {
    }

    Minutes position(Minutes t)
    {
        while (m_start.empty() || m_start.back() <= t) {
            if (!extend())
                break;
        }
        const auto it = std::upper_bound(m_start.begin(), m_start.end(), t);
        if (it == m_start.begin())
            return 0;
        const size_t i = size_t(it - m_start.begin()) - 1;
        return m_before[i] + std::min(t, m_end[i]) - m_start[i];
    }
    /// The latest instant whose position is w: the start of, or inside, a working interval.
    Minutes startAt(Minutes w)
    {
        w = std::max<Minutes>(0, w);
        while (total() <= w) {
            if (!extend())
                return (m_end.empty() ? m_firstDay * kMinutesPerDay : m_end.back()) + (w - total());
        }
        const auto it = std::upper_bound(m_before.begin(), m_before.end(), w);
        const size_t i = size_t(it - m_before.begin()) - 1;
        return m_start[i] + (w - m_before[i]);
    }
    /// The earliest instant whose position is w (w > 0): the end of, or inside, a working interval.
    Minutes finishAt(Minutes w)
    {
        if (w <= 0)
            return startAt(0);
        while (total() < w) {
            if (!extend())
                return (m_end.empty() ? m_firstDay * kMinutesPerDay : m_end.back()) + (w - total());
        }
        const auto it = std::lower_bound(m_before.begin(), m_before.end(), w);
        const size_t i = size_t(it - m_before.begin()) - 1;
        return m_start[i] + (w - m_before[i]);
    }
    /// Working minutes of the union in the week from the first day.
    Minutes weeklyWork()
    {
        const Minutes from = m_firstDay * kMinutesPerDay;
        return position(from + 7 * kMinutesPerDay) - position(from);
    }

private:
    Minutes total() const { return m_start.empty() ? 0 : m_before.back() + m_end.back() - m_start.back(); }

    /// Appends the next day's working intervals; false once the axis is two centuries long.
    bool extend()
    {
        if (m_nextDay > m_firstDay + 200 * 366)
            return false;
        const qint64 day = m_nextDay++;
        std::vector<TimeInterval> pieces;
        for (const WorkCalendar *c : m_calendars) {
            for (const TimeInterval &i : c->intervalsOnDay(day))
                pieces.push_back(i);
        }
        std::sort(pieces.begin(), pieces.end(), [](const TimeInterval &a, const TimeInterval &b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
        const Minutes midnight = day * kMinutesPerDay;
        for (const TimeInterval &i : pieces) {
            const Minutes a = midnight + i.start;
            const Minutes b = midnight + i.end;
            if (b <= a)
                continue;
            if (!m_end.empty() && a <= m_end.back()) {
                m_end.back() = std::max(m_end.back(), b);
                continue;
            }
            m_before.push_back(total());
            m_start.push_back(a);
            m_end.push_back(b);
        }
        return true;
    }

    std::vector<const WorkCalendar *> m_calendars;
    qint64 m_firstDay;
    qint64 m_nextDay;
    std::vector<Minutes> m_start, m_end, m_before; ///< union intervals and the work before each
};

/// The units a person is available at, at `when` (Resource::unitsAt).
double unitsAt(const Person &p, Minutes when)
{
    double units = p.maxUnits;
    for (const UnitsEntry &u : p.availability) {
        if (u.effectiveFrom == kNoTime || u.effectiveFrom <= when)
            units = std::max(0.0, u.units);
    }
    return units;
}

/// Highest load (percent of the units available then) and overloaded working minutes of one person.
void peakOf(std::vector<Interval> intervals, const Person &p, int *peak, Minutes *overload)
{
    std::vector<std::pair<Minutes, double>> events;
    events.reserve(intervals.size() * 2 + size_t(p.availability.size()));
    for (const Interval &i : intervals) {
        if (i.start == kNoTime || i.finish == kNoTime || i.finish <= i.start)
            continue;
        events.emplace_back(i.start, i.units);
        events.emplace_back(i.finish, -i.units);
    }
    if (!events.empty()) {
        for (const UnitsEntry &u : p.availability) {
            if (u.effectiveFrom != kNoTime)
                events.emplace_back(u.effectiveFrom, 0.0);
        }
    }
    std::sort(events.begin(), events.end());
    double load = 0;
    double highest = 0; // percent
    Minutes over = 0;
    for (size_t k = 0; k < events.size(); ++k) {
        load += events[k].second;
        if (k + 1 == events.size() || events[k + 1].first == events[k].first)
            continue;
        const Minutes work = p.calendar.workBetween(events[k].first, events[k + 1].first);
        if (work <= 0 || load <= 1e-9)
            continue;
        const double units = unitsAt(p, events[k].first);
        highest = std::max(highest, units > 0 ? load / units * 100.0 : 999.0);
        if (load > units + 1e-6)
            over += work;
    }
    *peak = std::min(999, int(std::lround(highest)));
    *overload = over;
}

} // namespace

struct Leveler::Data
{
    LevelingOptions options;
    Mode mode = Mode::Level;
    QString error;
    std::vector<Part> parts;
    std::vector<Person> people;
    std::vector<OtherLoad> otherLoad;
    QList<Id> unresolved;
    QStringList messages;
    Minutes periodMinutes = 60;
    int jobs = 0;
    int fixedJobs = 0;
    std::int64_t schedules = 0;
    double seconds = 0;
    bool cancelled = false;
    bool done = false;

    bool solve();
    void fitDelays(Part &part, const std::vector<Minutes> &target) const;
    void computePeaks();
};

Leveler::Leveler(const Workspace &ws, LevelingOptions options, Mode mode)
    : d(std::make_unique<Data>())
{
    d->options = std::move(options);
    d->mode = mode;

    QList<const Project *> projects;
    if (!d->options.projectId.isNull()) {
        const Project *p = ws.get<Project>(d->options.projectId);
        if (!p) {
            d->error = tr("The project to level is not in the workspace.");
            return;
        }
        if (p->phase == Phase::Closed) {
            d->error = tr("Project “%1” is closed; a closed project is not leveled.").arg(p->name);
            return;
        }
        projects.append(p);
    } else {
        for (const Project &p : ws.projects()) {
            if (p.phase != Phase::Closed)
                projects.append(&p);
        }
        std::sort(projects.begin(), projects.end(), [](const Project *a, const Project *b) {
            const int c = QString::compare(a->name, b->name);
            return c != 0 ? c < 0 : a->id < b->id;
        });
    }
    if (projects.isEmpty()) {
        d->error = tr("The workspace has no open project to level.");
        return;
    }

    QHash<Id, int> personIndex;
    const auto personOf = [&](const Id &resourceId) -> int {
        const auto it = personIndex.constFind(resourceId);
        if (it != personIndex.cend())
            return *it;
        const Resource *r = ws.get<Resource>(resourceId);
        if (!r || !r->active || r->kind != ResourceKind::Person)
            return -1;
        Person p;
        p.id = r->id;
        p.name = r->name;
        p.maxUnits = std::max(0.0, r->maxUnits);
        p.availability = r->availability;
        double most = p.maxUnits;
        for (const UnitsEntry &u : r->availability)
            most = std::max(most, u.units);
        p.capacity = int(std::lround(most * 100.0));
        p.calendarId = r->calendarId.isNull() ? ws.settings().defaultCalendarId : r->calendarId;
        d->people.push_back(std::move(p));
        personIndex.insert(resourceId, int(d->people.size()) - 1);
        return int(d->people.size()) - 1;
    };

    QHash<Id, const Project *> leveled;
    Minutes low = kNoTime, high = kNoTime;
    const auto see = [&](Minutes m) {
        if (m == kNoTime)
            return;
        low = low == kNoTime ? m : std::min(low, m);
        high = high == kNoTime ? m : std::max(high, m);
    };
    for (const Project *project : std::as_const(projects)) {
        leveled.insert(project->id, project);
        Part part;
        part.projectId = project->id;
        part.ps = ProjectSnapshot::build(ws, project->id);
        const ScheduleSnapshot &s = part.ps.snapshot();
        const size_t n = s.tasks.size();
        part.current = CpmScheduler::run(s);
        for (const ScheduleDiagnostic &diag : part.current.diagnostics) {
            if (diag.kind == ScheduleDiagnostic::Kind::Cycle) {
                d->error = tr("Project “%1” cannot be leveled: %2").arg(project->name, diag.message);
                return;
            }
        }
        part.leaf.assign(n, 1);
        for (const SnapshotTask &t : s.tasks) {
            if (t.parent >= 0 && size_t(t.parent) < n)
                part.leaf[size_t(t.parent)] = 0;
        }
        part.fixed.assign(n, 0);
        part.keepPlace.assign(n, 0);
        part.base = s;
        for (size_t i = 0; i < n; ++i) {
            const SnapshotTask &t = s.tasks[i];
            const bool started = t.actualStart != kNoTime || t.actualFinish != kNoTime || t.percentComplete > 0;
            const bool limited = t.constraint == ConstraintType::Mso || t.constraint == ConstraintType::Mfo
                                 || t.constraint == ConstraintType::Snlt || t.constraint == ConstraintType::Fnlt
                                 || t.constraint == ConstraintType::Alap;
            const bool fixed = t.manual || started || t.inactive || t.priority >= 1000 || limited || !part.leaf[i];
            part.fixed[i] = fixed ? 1 : 0;
            part.keepPlace[i] = fixed && part.leaf[i] && !t.manual && !started && !t.inactive ? 1 : 0;
            if (!fixed || d->mode == Mode::Clear)
                part.base.tasks[i].levelingDelay = 0;
        }
        part.baseResult = CpmScheduler::run(part.base);
        part.usage.resize(n);
        for (size_t i = 0; i < n; ++i) {
            see(part.current.tasks[i].start);
            see(part.current.tasks[i].finish);
        }
        d->parts.push_back(std::move(part));
    }
    for (const Assignment &a : ws.table<Assignment>()) {
        if (a.units <= 0)
            continue;
        const Task *t = ws.get<Task>(a.taskId);
        if (!t || !leveled.contains(t->projectId))
            continue;
        for (Part &part : d->parts) {
            if (part.projectId != t->projectId)
                continue;
            const qint32 i = part.ps.indexOf(t->id);
            const int person = personOf(a.resourceId);
            if (i >= 0 && person >= 0 && part.leaf[size_t(i)])
                part.usage[size_t(i)].push_back({person, int(std::lround(a.units * 100.0)), a.units});
        }
    }
    // The other open projects' work on the same people stays where it is.
    for (const Assignment &a : ws.table<Assignment>()) {
        const Task *t = ws.get<Task>(a.taskId);
        if (a.units <= 0 || !t || leveled.contains(t->projectId) || !personIndex.contains(a.resourceId))
            continue;
        const Project *p = ws.get<Project>(t->projectId);
        if (!p || p->phase == Phase::Closed || ws.isSummary(t->id) || t->start == kNoTime || t->finish <= t->start)
            continue;
        d->otherLoad.push_back({personIndex.value(a.resourceId), t->start, t->finish, a.units,
                                int(std::lround(a.units * 100.0))});
    }

    if (low == kNoTime)
        low = high = toMinutes(QDate::currentDate(), 8 * 60);
    Minutes totalWork = 0;
    for (const Part &part : d->parts) {
        for (const SnapshotTask &t : part.base.tasks)
            totalWork += std::max<Minutes>(0, t.duration);
    }
    const qint64 fromDay = dayNumber(toDate(low)) - 366;
    const qint64 toDay = dayNumber(toDate(high)) + 3 * 366 + std::min<qint64>(totalWork / 60, 200 * 366);
    const WorkCalendar::CalendarLookup lookup = [&ws](const Id &id) { return ws.get<Calendar>(id); };
    QHash<Id, WorkCalendar> compiled;
    for (Person &p : d->people) {
        auto it = compiled.find(p.calendarId);
        if (it == compiled.end()) {
            const Calendar *c = ws.get<Calendar>(p.calendarId);
            it = compiled.insert(p.calendarId, c ? WorkCalendar::compile(*c, lookup, fromDay, toDay) : WorkCalendar());
        }
        p.calendar = *it;
    }
}

Leveler::~Leveler() = default;

QString Leveler::error() const
{
    return d->error;
}

bool Leveler::run()
{
    if (!d->error.isEmpty())
        return false;
    QElapsedTimer timer;
    timer.start();
    if (d->mode == Mode::Clear) {
        for (Part &part : d->parts) {
            part.delay.assign(part.base.tasks.size(), 0);
            part.final = part.baseResult;
        }
    } else if (!d->solve()) {
        return false;
    }
    d->computePeaks();
    if (d->mode == Mode::Level
        && std::any_of(d->people.cbegin(), d->people.cend(), [](const Person &p) { return p.newOverload > 0; }))
        d->messages.append(tr("Some over-allocation remains: it comes from tasks that never move (started, manual, "
                              "priority 1000 or with a fixed date), from work above a person's max units, or from "
                              "leveling within slack."));
    d->seconds = double(timer.nsecsElapsed()) / 1e9;
    d->done = true;
    return true;
}

void Leveler::Data::fitDelays(Part &part, const std::vector<Minutes> &target) const
{
    // A task's start is normStart(early start from its links + its delay), and its predecessors'
    // delays move that early start: correct every delay by how far its task missed its target
    // until every task sits where the optimiser put it (or as close as the links allow).
    ScheduleSnapshot s = part.base;
    const size_t n = s.tasks.size();
    std::vector<Minutes> wanted(n, kNoTime);
    std::vector<Minutes> delay(n, 0);
    for (size_t i = 0; i < n; ++i) {
        delay[i] = s.tasks[i].levelingDelay;
        if (target[i] == kNoTime)
            continue;
        const SnapshotTask &t = s.tasks[i];
        const WorkCalendar &cal = s.calendars[size_t(t.calendar >= 0 ? t.calendar : s.projectCalendar)];
        wanted[i] = cal.nextWorkStart(target[i]);
        const Minutes early = part.baseResult.tasks[i].start;
        delay[i] = part.keepPlace[i] ? t.levelingDelay : std::max<Minutes>(0, wanted[i] - early);
        s.tasks[i].levelingDelay = delay[i];
    }
    CpmScheduler cpm(std::move(s));
    cpm.schedule();
    for (int round = 0; round < 200; ++round) {
        bool changed = false;
        const ScheduleResult &r = cpm.result();
        for (size_t i = 0; i < n; ++i) {
            if (wanted[i] == kNoTime)
                continue;
            const Minutes miss = r.tasks[i].start - wanted[i];
            Minutes next = delay[i];
            if (miss > 0)
                next = std::max<Minutes>(0, delay[i] - miss);
            else if (miss < 0)
                next = delay[i] - miss;
            if (next != delay[i]) {
                delay[i] = next;
                SnapshotTask t = cpm.snapshot().tasks[i];
                t.levelingDelay = next;
                cpm.updateTask(qint32(i), t);
                changed = true;
            }
        }
        if (!changed)
            break;
        cpm.reschedule();
    }
    part.delay = delay;
    part.final = cpm.result();
}

bool Leveler::Data::solve()
{
    struct JobRef
    {
        int part;
        int task;
    };
    std::vector<JobRef> refs;
    Minutes origin = kNoTime, end = kNoTime;
    Minutes movableWork = 0;
    for (int p = 0; p < int(parts.size()); ++p) {
        const Part &part = parts[size_t(p)];
        for (int i = 0; i < int(part.base.tasks.size()); ++i) {
            if (!part.leaf[size_t(i)] || part.base.tasks[size_t(i)].inactive)
                continue;
            refs.push_back({p, i});
            const TaskSchedule &t = part.fixed[size_t(i)] ? part.current.tasks[size_t(i)] : part.baseResult.tasks[size_t(i)];
            if (t.start != kNoTime)
                origin = origin == kNoTime ? t.start : std::min(origin, t.start);
            if (t.finish != kNoTime)
                end = end == kNoTime ? t.finish : std::max(end, t.finish);
            if (!part.fixed[size_t(i)])
                movableWork += part.base.tasks[size_t(i)].duration;
        }
    }
    jobs = int(refs.size());
    if (refs.empty() || origin == kNoTime) {
        for (Part &part : parts)
            fitDelays(part, std::vector<Minutes>(part.base.tasks.size(), kNoTime));
        return true;
    }

    // The time axis: periods of P working minutes of the union of every calendar involved (the
    // projects' and their tasks' calendars, the people's) from W0.
    std::vector<const WorkCalendar *> involved;
    for (const Part &part : parts) {
        for (const WorkCalendar &c : part.base.calendars)
            involved.push_back(&c);
    }
    for (const Person &person : people)
        involved.push_back(&person.calendar);
    WorkAxis axis(involved, dayNumber(toDate(origin)) - 1);
    const Minutes spanW = axis.position(end) - axis.position(origin) + movableWork;
    Minutes P = 60;
    while (spanW / P > kMaxPeriods)
        P *= 2;
    periodMinutes = P;
    const Minutes W0 = floorDiv(axis.position(origin), P) * P;
    const auto periodOf = [&](Minutes t) { return int(std::max<qint64>(0, floorDiv(axis.position(t) - W0, P))); };
    const auto spanOf = [&](Minutes s, Minutes f) {
        return int(std::max<qint64>(1, ceilDiv(axis.position(f) - axis.position(s), P)));
    };
    const auto timeOf = [&](int period) { return axis.startAt(W0 + Minutes(period) * P); };
    const double unionWeek = double(std::max<Minutes>(1, axis.weeklyWork()));
    const double workPerElapsed = unionWeek / double(7 * kMinutesPerDay);

    // Each job works on the calendar CPM schedules its task on (the task's, else its people's
    // common one, else the project's; none for elapsed durations and milestones) and lasts its
    // work in periods; the other projects' load works on its person's calendar.
    struct JobShape
    {
        const WorkCalendar *calendar = nullptr;
        int duration = 0;
        int start = 0;
    };
    std::vector<JobShape> shapes(refs.size() + otherLoad.size());
    const auto shapeOf = [&](const WorkCalendar *cal, Minutes start, Minutes finish) {
        JobShape shape;
        shape.start = periodOf(start);
        shape.calendar = cal;
        shape.duration = cal ? int(std::max<qint64>(1, ceilDiv(cal->workBetween(start, finish), P)))
                             : spanOf(start, finish);
        return shape;
    };
    double stretched = 0;
    for (size_t j = 0; j < refs.size(); ++j) {
        const Part &part = parts[size_t(refs[j].part)];
        const int i = refs[j].task;
        const TaskSchedule &t = part.fixed[size_t(i)] ? part.current.tasks[size_t(i)] : part.baseResult.tasks[size_t(i)];
        const SnapshotTask &st = part.base.tasks[size_t(i)];
        if (st.milestone || st.duration == 0 || t.finish <= t.start) {
            shapes[j].start = periodOf(t.start);
            continue;
        }
        const bool ownCalendar = st.calendar >= 0 && size_t(st.calendar) < part.base.calendars.size();
        const qint32 c = ownCalendar ? st.calendar : part.base.projectCalendar;
        shapes[j] = shapeOf(st.elapsed ? nullptr : &part.base.calendars[size_t(c)], t.start, t.finish);
        if (part.fixed[size_t(i)])
            continue;
        const double week = shapes[j].calendar ? double(std::max<Minutes>(1, shapes[j].calendar->weeklyWork())) : unionWeek;
        stretched += shapes[j].duration * std::clamp(unionWeek / week, 1.0, 20.0);
    }
    int lastPeriod = periodOf(end) + 1;
    for (size_t k = 0; k < otherLoad.size(); ++k) {
        const OtherLoad &o = otherLoad[k];
        shapes[refs.size() + k] = shapeOf(&people[size_t(o.person)].calendar, o.start, o.finish);
        lastPeriod = std::max(lastPeriod, periodOf(o.finish) + 1);
    }

    // Working periods of each calendar, as far as the plan can reach when every movable task waits
    // for all the others (plus two weeks; beyond, the optimiser takes every period as working): a
    // period works when its calendar works at least half of it. A calendar that works in every
    // period is no calendar at all, so plans on one calendar keep the plain, faster problem.
    const double reach = double(lastPeriod) + 1.25 * stretched + 2.0 * unionWeek / double(P) + 1.0;
    const int maskPeriods = int(std::min(double(periodOf(end)) + 1.0 + 4.0 * double(kMaxPeriods), reach));
    std::vector<Minutes> periodStart(static_cast<size_t>(maskPeriods));
    std::vector<Minutes> periodEnd(static_cast<size_t>(maskPeriods));
    for (int k = 0; k < maskPeriods; ++k) {
        periodStart[size_t(k)] = timeOf(k);
        periodEnd[size_t(k)] = axis.finishAt(W0 + Minutes(k + 1) * P);
    }
    std::vector<std::vector<std::uint8_t>> masks;
    QHash<const WorkCalendar *, int> maskOf;
    std::vector<int> jobCalendar(shapes.size(), RcpspProblem::kNoCalendar);
    for (size_t j = 0; j < shapes.size(); ++j) {
        const WorkCalendar *cal = shapes[j].calendar;
        if (!cal)
            continue;
        auto it = maskOf.constFind(cal);
        if (it == maskOf.cend()) {
            std::vector<std::uint8_t> mask(size_t(maskPeriods), 0);
            bool everyPeriod = true;
            for (int k = 0; k < maskPeriods; ++k) {
                const Minutes work = cal->workBetween(periodStart[size_t(k)], periodEnd[size_t(k)]);
                mask[size_t(k)] = work * 2 >= P ? 1 : 0;
                everyPeriod = everyPeriod && mask[size_t(k)];
            }
            int index = RcpspProblem::kNoCalendar;
            if (!everyPeriod) {
                const auto same = std::find(masks.begin(), masks.end(), mask);
                index = int(same - masks.begin());
                if (same == masks.end())
                    masks.push_back(std::move(mask));
            }
            it = maskOf.insert(cal, index);
        }
        jobCalendar[j] = *it;
    }

    // Jobs per task, and the leaves under each summary (a link to a summary applies to them).
    std::vector<std::vector<int>> jobOf(parts.size());
    for (size_t p = 0; p < parts.size(); ++p)
        jobOf[p].assign(parts[p].base.tasks.size(), -1);
    for (int j = 0; j < int(refs.size()); ++j)
        jobOf[size_t(refs[size_t(j)].part)][size_t(refs[size_t(j)].task)] = j;
    std::vector<std::vector<std::vector<int>>> leavesOf(parts.size());
    for (size_t p = 0; p < parts.size(); ++p) {
        const ScheduleSnapshot &s = parts[p].base;
        leavesOf[p].resize(s.tasks.size());
        for (int i = 0; i < int(s.tasks.size()); ++i) {
            if (jobOf[p][size_t(i)] < 0)
                continue;
            for (qint32 a = i; a >= 0; a = s.tasks[size_t(a)].parent)
                leavesOf[p][size_t(a)].push_back(jobOf[p][size_t(i)]);
        }
    }

    std::vector<char> slackFixed(refs.size(), 0);
    bool clampedRequest = false;
    QElapsedTimer timer;
    timer.start();
    std::vector<Minutes> lastTargets;
    for (int round = 0; round < 6; ++round) {
        RcpspProblem problem;
        std::vector<int> release(refs.size(), 0);
        fixedJobs = 0;
        for (int j = 0; j < int(refs.size()); ++j) {
            const Part &part = parts[size_t(refs[size_t(j)].part)];
            const int i = refs[size_t(j)].task;
            const bool fixed = part.fixed[size_t(i)] || slackFixed[size_t(j)];
            problem.addJob(shapes[size_t(j)].duration);
            problem.setJobCalendar(j, jobCalendar[size_t(j)]);
            release[size_t(j)] = shapes[size_t(j)].start;
            if (fixed) {
                problem.setFixedStart(j, release[size_t(j)]);
                ++fixedJobs;
            } else {
                problem.setReleaseDate(j, release[size_t(j)]);
            }
        }
        for (const Person &person : people) {
            const int r = problem.addResource(person.capacity);
            if (person.availability.isEmpty())
                continue;
            // Units that change over time: the capacity of each period as the person's
            // availability has it then; after the horizon the last change holds.
            std::vector<int> profile(static_cast<size_t>(maskPeriods));
            for (int k = 0; k < maskPeriods; ++k)
                profile[size_t(k)] = int(std::lround(unitsAt(person, periodStart[size_t(k)]) * 100.0));
            problem.setCapacityProfile(r, std::move(profile));
        }
        for (int j = 0; j < int(refs.size()); ++j) {
            const Part &part = parts[size_t(refs[size_t(j)].part)];
            for (const Usage &u : part.usage[size_t(refs[size_t(j)].task)]) {
                const int amount = std::min(u.amount, people[size_t(u.person)].capacity);
                clampedRequest = clampedRequest || amount < u.amount;
                problem.setRequest(j, u.person, amount);
            }
        }
        for (const std::vector<std::uint8_t> &mask : masks)
            problem.addCalendar(mask);
        for (size_t k = 0; k < otherLoad.size(); ++k) {
            const JobShape &shape = shapes[refs.size() + k];
            const int job = problem.addJob(shape.duration);
            problem.setJobCalendar(job, jobCalendar[refs.size() + k]);
            problem.setFixedStart(job, shape.start);
            problem.setRequest(job, otherLoad[k].person, otherLoad[k].amount);
        }
        for (size_t p = 0; p < parts.size(); ++p) {
            const ScheduleSnapshot &s = parts[p].base;
            for (const SnapshotLink &link : s.links) {
                if (link.predecessor < 0 || link.successor < 0 || size_t(link.predecessor) >= s.tasks.size()
                    || size_t(link.successor) >= s.tasks.size())
                    continue;
                Minutes lag = link.lag;
                if (link.lagUnit == LagUnit::Percent)
                    lag = s.tasks[size_t(link.predecessor)].duration * link.lag / 100;
                else if (link.lagUnit == LagUnit::Elapsed)
                    lag = Minutes(std::llround(double(link.lag) * workPerElapsed));
                const int lagPeriods = int(ceilDiv(lag, P));
                RcpspProblem::LinkType type = RcpspProblem::LinkType::FinishStart;
                switch (link.type) {
                case DependencyType::FinishStart: type = RcpspProblem::LinkType::FinishStart; break;
                case DependencyType::StartStart: type = RcpspProblem::LinkType::StartStart; break;
                case DependencyType::FinishFinish: type = RcpspProblem::LinkType::FinishFinish; break;
                case DependencyType::StartFinish: type = RcpspProblem::LinkType::StartFinish; break;
                }
                for (int a : leavesOf[p][size_t(link.predecessor)]) {
                    for (int b : leavesOf[p][size_t(link.successor)]) {
                        if (a == b || problem.fixedStart(a) != RcpspProblem::kNotFixed
                            || problem.fixedStart(b) != RcpspProblem::kNotFixed)
                            continue;
                        problem.addLink(a, b, type, lagPeriods);
                    }
                }
            }
        }
        QString why;
        if (!problem.finalize(&why)) {
            error = tr("The plan cannot be leveled: %1").arg(why);
            return false;
        }

        // Two greedy plans in the spirit of Microsoft Project (higher priority first, then the
        // planned order, or the least slack), then the optimiser's shortest plan. The plan kept
        // is the one whose projects finish earliest in sum (for one project: the shortest), then
        // the one that delays work least.
        RcpspSgs sgs(problem);
        const auto greedy = [&](bool bySlack) {
            std::vector<double> key(size_t(problem.jobCount()), 0.0);
            for (int j = 0; j < int(refs.size()); ++j) {
                const Part &part = parts[size_t(refs[size_t(j)].part)];
                const int i = refs[size_t(j)].task;
                const Minutes lateStart = part.baseResult.tasks[size_t(i)].lateStart;
                const int order = bySlack && lateStart != kNoTime ? periodOf(lateStart) : release[size_t(j)];
                key[size_t(j)] = double(1000 - std::clamp(part.base.tasks[size_t(i)].priority, 0, 1000)) * 1e7
                                 + double(order);
            }
            std::vector<int> list(size_t(problem.jobCount()));
            std::vector<int> starts(size_t(problem.jobCount()));
            sgs.listByPriority(key.data(), list.data());
            sgs.serial(list.data(), starts.data());
            return starts;
        };
        const auto score = [&](const std::vector<int> &starts) {
            std::vector<qint64> finish(parts.size(), 0);
            qint64 delay = 0;
            for (int j = 0; j < int(refs.size()); ++j) {
                const size_t p = size_t(refs[size_t(j)].part);
                finish[p] = std::max<qint64>(finish[p], problem.finishOf(j, starts[size_t(j)]));
                delay += starts[size_t(j)] - release[size_t(j)];
            }
            qint64 sum = 0;
            for (qint64 f : finish)
                sum += f;
            return std::pair{sum, delay};
        };
        const std::vector<int> byOrder = greedy(false);
        const std::vector<int> bySlack = greedy(true);

        RcpspOptions opts;
        opts.cpuTime = true;
        opts.seed = options.seed;
        opts.scheduleLimit = options.scheduleLimit > 0 ? options.scheduleLimit : 20000;
        if (options.timeLimit > 0)
            opts.timeLimit = std::max(0.05, options.timeLimit - double(timer.elapsed()) / 1000.0);
        else
            opts.timeLimit = 0;
        opts.cancel = options.cancel;
        opts.progress = options.progress;
        opts.initialStarts = score(bySlack) < score(byOrder) ? bySlack : byOrder;
        const RcpspResult result = RcpspSolver(problem).solve(opts);
        schedules += result.schedules;
        cancelled = cancelled || result.cancelled;
        const std::vector<int> *best = &byOrder;
        for (const std::vector<int> *candidate : {&bySlack, &result.starts}) {
            if (candidate->size() == byOrder.size() && score(*candidate) < score(*best))
                best = candidate;
        }

        // Back to dates: delays that put every task where the optimiser did.
        std::vector<std::vector<Minutes>> targets(parts.size());
        for (size_t p = 0; p < parts.size(); ++p)
            targets[p].assign(parts[p].base.tasks.size(), kNoTime);
        for (int j = 0; j < int(refs.size()); ++j) {
            const Part &part = parts[size_t(refs[size_t(j)].part)];
            const int i = refs[size_t(j)].task;
            Minutes &target = targets[size_t(refs[size_t(j)].part)][size_t(i)];
            if (part.keepPlace[size_t(i)])
                target = part.current.tasks[size_t(i)].start;
            else if (part.fixed[size_t(i)])
                continue;
            else if (slackFixed[size_t(j)] || (*best)[size_t(j)] <= problem.startOf(j, release[size_t(j)]))
                target = part.baseResult.tasks[size_t(i)].start;
            else
                target = std::max(part.baseResult.tasks[size_t(i)].start, timeOf((*best)[size_t(j)]));
        }
        for (size_t p = 0; p < parts.size(); ++p)
            fitDelays(parts[p], targets[p]);

        if (!options.withinSlack || cancelled)
            break;
        // Within slack: a task that now finishes after its late finish stays at its early start,
        // with every task before it, and the pool is leveled again around them.
        bool late = false;
        for (int j = 0; j < int(refs.size()); ++j) {
            const Part &part = parts[size_t(refs[size_t(j)].part)];
            const int i = refs[size_t(j)].task;
            if (part.fixed[size_t(i)] || slackFixed[size_t(j)])
                continue;
            const Minutes lateFinish = part.baseResult.tasks[size_t(i)].lateFinish;
            if (lateFinish == kNoTime || part.final.tasks[size_t(i)].finish <= lateFinish)
                continue;
            late = true;
            std::vector<int> stack{j};
            while (!stack.empty()) {
                const int k = stack.back();
                stack.pop_back();
                if (slackFixed[size_t(k)])
                    continue;
                slackFixed[size_t(k)] = 1;
                for (int e = problem.predBegin(k); e < problem.predEnd(k); ++e)
                    stack.push_back(problem.predJob()[size_t(e)]);
            }
            const Id task = part.ps.taskIds()[size_t(i)];
            if (!unresolved.contains(task))
                unresolved.append(task);
        }
        if (!late)
            break;
    }
    if (clampedRequest)
        messages.append(tr("Some assignments ask for more units than their person has; they were leveled "
                           "as if they asked for the person's max units."));
    if (!unresolved.isEmpty())
        messages.append(QCoreApplication::translate("Keel::Leveler",
                                                    "%n task(s) could not be leveled within their slack and keep "
                                                    "their dates.",
                                                    nullptr, int(unresolved.size())));
    return true;
}

void Leveler::Data::computePeaks()
{
    std::vector<std::vector<Interval>> before(people.size()), after(people.size());
    for (const OtherLoad &o : otherLoad) {
        before[size_t(o.person)].push_back({o.start, o.finish, o.units});
        after[size_t(o.person)].push_back({o.start, o.finish, o.units});
    }
    for (const Part &part : parts) {
        for (size_t i = 0; i < part.usage.size(); ++i) {
            for (const Usage &u : part.usage[i]) {
                const TaskSchedule &a = part.current.tasks[i];
                const TaskSchedule &b = part.final.tasks[i];
                before[size_t(u.person)].push_back({a.start, a.finish, u.units});
                after[size_t(u.person)].push_back({b.start, b.finish, u.units});
            }
        }
    }
    for (size_t r = 0; r < people.size(); ++r) {
        peakOf(std::move(before[r]), people[r], &people[r].oldPeak, &people[r].oldOverload);
        peakOf(std::move(after[r]), people[r], &people[r].newPeak, &people[r].newOverload);
    }
}

LevelingPreview Leveler::preview(const Workspace &ws) const
{
    LevelingPreview out;
    if (!d->done)
        return out;
    out.unresolved = d->unresolved;
    out.messages = d->messages;
    out.periodMinutes = d->periodMinutes;
    out.jobs = d->jobs;
    out.fixedJobs = d->fixedJobs;
    out.schedules = d->schedules;
    out.seconds = d->seconds;
    out.cancelled = d->cancelled;
    out.changes.setDescription(d->mode == Mode::Clear ? tr("Clear leveling") : tr("Level resources"));
    for (const Part &part : d->parts) {
        const Project *project = ws.get<Project>(part.projectId);
        if (!project)
            continue;
        out.projects.append({part.projectId, project->name, part.current.projectFinish, part.final.projectFinish});
        const std::vector<Id> &ids = part.ps.taskIds();
        for (size_t i = 0; i < ids.size() && i < part.final.tasks.size(); ++i) {
            const Task *t = ws.get<Task>(ids[i]);
            if (!t)
                continue;
            const Minutes delay = i < part.delay.size() ? part.delay[i] : t->levelingDelay;
            if (delay != t->levelingDelay)
                out.changes.update(EntityType::Task, t->id, "leveling_delay", QVariant::fromValue<qint64>(delay));
            const TaskSchedule &a = part.current.tasks[i];
            const TaskSchedule &b = part.final.tasks[i];
            if (part.leaf[i] && (a.start != b.start || a.finish != b.finish))
                out.moved.append({t->id, part.projectId, t->name, project->name, a.start, b.start, a.finish, b.finish,
                                  t->levelingDelay, delay});
        }
        out.changes.append(part.ps.changes(ws, part.final));
    }
    for (const Person &p : d->people)
        out.resources.append({p.id, p.name, p.oldPeak, p.newPeak, p.oldOverload, p.newOverload});
    std::sort(out.resources.begin(), out.resources.end(), [](const LeveledResource &a, const LeveledResource &b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.resourceId < b.resourceId;
    });
    return out;
}

bool Leveler::level(const Workspace &ws, const LevelingOptions &options, LevelingPreview *preview, QString *error)
{
    Leveler leveler(ws, options);
    if (!leveler.run()) {
        if (error)
            *error = leveler.error();
        return false;
    }
    *preview = leveler.preview(ws);
    return true;
}

bool Leveler::clear(const Workspace &ws, const Id &projectId, LevelingPreview *preview, QString *error)
{
    LevelingOptions options;
    options.projectId = projectId;
    Leveler leveler(ws, options, Mode::Clear);
    if (!leveler.run()) {
        if (error)
            *error = leveler.error();
        return false;
    }
    *preview = leveler.preview(ws);
    return true;
}

} // namespace Keel
