// Tests of calendars in resource leveling: the RCPSP engine's job calendars (a job works only in
// the working periods of its calendar and pauses across its breaks) in the problem, the schedule
// generation schemes, forward-backward improvement and the solver; then the leveler, which puts
// each task on the calendar CPM schedules it on (a person's holidays and part-time days).
// Engine schedules are checked by the independent checker below, not only by the code under test.

#include "schedule/cpmscheduler.h"
#include "schedule/leveler.h"
#include "schedule/projectsnapshot.h"
#include "schedule/rcpspcalendar.h"
#include "schedule/rcpsppriority.h"
#include "schedule/rcpsprandom.h"
#include "schedule/rcpspsgs.h"
#include "schedule/rcpspsolver.h"
#include "schedule/resourceload.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QDate>

#include <algorithm>
#include <functional>
#include <map>

using namespace Keel;

namespace {

// A problem as plain data, with a checker that walks the masks period by period.
struct CalModel
{
    struct Link
    {
        int from, to;
        RcpspProblem::LinkType type;
        int lag;
    };
    std::vector<int> duration;
    std::vector<int> calendar; // index into masks, -1: none
    std::vector<std::vector<std::uint8_t>> masks;
    std::vector<int> capacity;
    std::vector<std::vector<int>> request; // [job][resource]
    std::vector<Link> links;
    std::vector<int> release;
    std::vector<int> fixed;

    int addJob(int d, int cal = -1)
    {
        duration.push_back(d);
        calendar.push_back(cal);
        request.emplace_back(capacity.size(), 0);
        release.push_back(0);
        fixed.push_back(-1);
        return int(duration.size()) - 1;
    }
    int addResource(int c)
    {
        capacity.push_back(c);
        for (auto &row : request)
            row.push_back(0);
        return int(capacity.size()) - 1;
    }
    bool working(int job, int t) const
    {
        const int c = calendar[size_t(job)];
        if (c < 0 || t < 0 || t >= int(masks[size_t(c)].size()))
            return true;
        return masks[size_t(c)][size_t(t)] != 0;
    }
    /// The periods job works in when started at `start` (its first working period on).
    std::vector<int> occupied(int job, int start) const
    {
        std::vector<int> out;
        for (int t = start; int(out.size()) < duration[size_t(job)]; ++t) {
            if (working(job, t))
                out.push_back(t);
        }
        return out;
    }
    int realStart(int job, int start) const
    {
        if (duration[size_t(job)] == 0)
            return start;
        int t = start;
        while (!working(job, t))
            ++t;
        return t;
    }
    int finish(int job, int start) const
    {
        const std::vector<int> o = occupied(job, start);
        return o.empty() ? start : o.back() + 1;
    }

    RcpspProblem problem() const
    {
        RcpspProblem p;
        for (const auto &mask : masks)
            p.addCalendar(mask);
        for (size_t j = 0; j < duration.size(); ++j) {
            p.addJob(duration[j]);
            if (calendar[j] >= 0)
                p.setJobCalendar(int(j), calendar[j]);
        }
        for (int c : capacity)
            p.addResource(c);
        for (size_t j = 0; j < duration.size(); ++j) {
            for (size_t r = 0; r < capacity.size(); ++r) {
                if (request[j][r] > 0)
                    p.setRequest(int(j), int(r), request[j][r]);
            }
            if (release[j] > 0)
                p.setReleaseDate(int(j), release[j]);
            if (fixed[j] >= 0)
                p.setFixedStart(int(j), fixed[j]);
        }
        for (const Link &l : links)
            p.addLink(l.from, l.to, l.type, l.lag);
        QString error;
        const bool ok = p.finalize(&error);
        INFO(error.toStdString());
        REQUIRE(ok);
        return p;
    }

    /// Every broken rule, as text; empty when the schedule is feasible.
    std::vector<std::string> problems(const std::vector<int> &starts) const
    {
        std::vector<std::string> out;
        const size_t n = duration.size();
        if (starts.size() != n)
            return {"wrong size"};
        std::vector<int> s(n), f(n);
        for (size_t j = 0; j < n; ++j) {
            s[j] = realStart(int(j), starts[j]);
            f[j] = finish(int(j), starts[j]);
            if (starts[j] != s[j])
                out.push_back("job " + std::to_string(j) + " reported at a break");
            if (s[j] < release[j])
                out.push_back("job " + std::to_string(j) + " before its release");
            if (fixed[j] >= 0 && s[j] != realStart(int(j), fixed[j]))
                out.push_back("fixed job " + std::to_string(j) + " moved");
        }
        for (const Link &l : links) {
            bool ok = true;
            switch (l.type) {
            case RcpspProblem::LinkType::FinishStart:
                ok = s[size_t(l.to)] >= f[size_t(l.from)] + l.lag;
                break;
            case RcpspProblem::LinkType::StartStart:
                ok = s[size_t(l.to)] >= s[size_t(l.from)] + l.lag;
                break;
            case RcpspProblem::LinkType::FinishFinish:
                ok = f[size_t(l.to)] >= f[size_t(l.from)] + l.lag;
                break;
            case RcpspProblem::LinkType::StartFinish:
                ok = f[size_t(l.to)] >= s[size_t(l.from)] + l.lag;
                break;
            }
            if (!ok)
                out.push_back("link " + std::to_string(l.from) + "->" + std::to_string(l.to) + " broken");
        }
        std::map<std::pair<int, int>, int> use; // (period, resource) -> units
        for (size_t j = 0; j < n; ++j) {
            for (int t : occupied(int(j), starts[j])) {
                for (size_t r = 0; r < capacity.size(); ++r)
                    use[{t, int(r)}] += request[j][r];
            }
        }
        for (const auto &[key, units] : use) {
            if (units > capacity[size_t(key.second)])
                out.push_back("resource " + std::to_string(key.second) + " over capacity in period " +
                              std::to_string(key.first));
        }
        return out;
    }
};

RcpspOptions budget(std::int64_t schedules)
{
    RcpspOptions o;
    o.timeLimit = 0;
    o.scheduleLimit = schedules;
    o.seed = 3;
    return o;
}

/// A random layered project with calendars: weekly-like masks with breaks, all link types.
CalModel randomCalendarModel(int jobs, std::uint64_t seed)
{
    RcpspRandom random(seed);
    CalModel m;
    for (int c = 0; c < 3; ++c) {
        std::vector<std::uint8_t> mask(size_t(60 + 20 * c), 1);
        for (size_t t = 0; t < mask.size(); ++t) {
            const int inWeek = int(t % size_t(7 + c));
            if (inWeek >= 5 || random.chance(0.05))
                mask[t] = 0;
        }
        m.masks.push_back(mask);
    }
    for (int r = 0; r < 3; ++r)
        m.addResource(4 + r);
    for (int j = 0; j < jobs; ++j) {
        const int cal = random.chance(0.7) ? int(random.below(3)) : -1;
        m.addJob(random.chance(0.1) ? 0 : 1 + int(random.below(6)), cal);
        for (int r = 0; r < 3; ++r) {
            if (random.chance(0.5))
                m.request[size_t(j)][size_t(r)] = 1 + int(random.below(std::uint32_t(m.capacity[size_t(r)])));
        }
    }
    const RcpspProblem::LinkType types[] = {
        RcpspProblem::LinkType::FinishStart, RcpspProblem::LinkType::StartStart,
        RcpspProblem::LinkType::FinishFinish, RcpspProblem::LinkType::StartFinish};
    for (int j = 1; j < jobs; ++j) {
        const int preds = int(random.below(3));
        for (int k = 0; k < preds; ++k) {
            const int from = int(random.below(std::uint32_t(j)));
            const auto type =
                random.chance(0.6) ? RcpspProblem::LinkType::FinishStart : types[random.below(4)];
            m.links.push_back({from, j, type, int(random.below(5)) - 1});
        }
    }
    for (int j = 0; j < jobs; j += 7)
        m.release[size_t(j)] = int(random.below(10));
    return m;
}

std::string joined(const std::vector<std::string> &lines)
{
    std::string out;
    for (const std::string &line : lines)
        out += line + "\n";
    return out;
}

} // namespace

TEST_CASE("Calendar arithmetic: working periods, finishes and latest starts", "[rcpsp][calendar]")
{
    // Periods 2, 3 and 6 are breaks; everything outside 0..7 works.
    const RcpspCalendar c({1, 1, 0, 0, 1, 1, 0, 1});
    CHECK(c.isWorking(0));
    CHECK_FALSE(c.isWorking(2));
    CHECK(c.isWorking(-3));
    CHECK(c.isWorking(9));
    CHECK(c.next(2) == 4);
    CHECK(c.next(6) == 7);
    CHECK(c.previous(3) == 1);
    CHECK(c.previous(6) == 5);
    CHECK(c.finish(0, 3) == 5);  // 0, 1, 4
    CHECK(c.finish(2, 3) == 8);  // 4, 5, 7
    CHECK(c.finish(5, 4) == 10); // 5, 7, 8, 9
    CHECK(c.finish(3, 0) == 3);
    CHECK(c.latestStart(8, 3) == 4);  // 4, 5, 7 end by 8
    CHECK(c.latestStart(4, 2) == 0);  // 0, 1 end by 2 ≤ 4
    CHECK(c.latestStart(1, 3) == -2); // −2, −1, 0
    CHECK(c.earliestStartFinishingBy(8, 3) == 4);
    CHECK(c.earliestStartFinishingBy(5, 3) == 0);
    CHECK(c.earliestStartFinishingBy(6, 3) == 1);
    for (int s = -3; s < 12; ++s) {
        for (int d = 1; d < 5; ++d) {
            const int f = c.finish(s, d);
            CHECK(c.latestStart(f, d) == c.next(s));
            CHECK(c.earliestStartFinishingBy(f, d) == c.next(s));
        }
    }
}

TEST_CASE("A job on a calendar is stretched across its break and frees its resource there",
          "[rcpsp][calendar]")
{
    CalModel m;
    m.masks.push_back({1, 1, 0, 0, 1, 1}); // a break in periods 2 and 3
    m.addResource(1);
    const int a = m.addJob(4, 0);
    const int b = m.addJob(2);
    m.request[size_t(a)][0] = 1;
    m.request[size_t(b)][0] = 1;
    const RcpspProblem problem = m.problem();
    CHECK(problem.hasCalendars());
    CHECK(problem.startOf(a, 2) == 4);
    CHECK(problem.finishOf(a, 0) == 6); // works 0, 1, 4, 5
    CHECK(problem.criticalPathBound() == 6);

    // A first: it occupies 0, 1, 4 and 5, and B uses the resource during A's break.
    RcpspSgs sgs(problem);
    std::vector<int> list{a, b};
    std::vector<int> starts(2);
    CHECK(sgs.serial(list.data(), starts.data()) == 6);
    CHECK(starts[size_t(a)] == 0);
    CHECK(starts[size_t(b)] == 2);
    CHECK(m.problems(starts).empty());
    CHECK(problem.violations(starts).isEmpty());
    CHECK(problem.makespan(starts) == 6);

    // What validation sees: B inside A's working periods is over capacity; B in the break is not.
    CHECK_FALSE(problem.violations({0, 1}).isEmpty());
    CHECK(problem.violations({0, 2}).isEmpty());
    // A started in its break begins after it.
    CHECK(problem.violations({2, 0}).isEmpty());
    CHECK(problem.makespan({2, 0}) == 8);

    // The solver and every heuristic, justified or not, find the packed plan of 6 periods.
    const RcpspResult best = RcpspSolver(problem).solve(budget(500));
    CHECK(best.makespan == 6);
    CHECK(best.provenOptimal);
    CHECK(m.problems(best.starts).empty());
    for (const auto rule : RcpspPriority::all()) {
        for (const bool parallel : {false, true}) {
            const RcpspResult h = RcpspSolver(problem).heuristic(rule, parallel, true);
            INFO(RcpspPriority::name(rule).toStdString() << (parallel ? " parallel" : " serial"));
            CHECK(m.problems(h.starts).empty());
            CHECK(h.makespan == 6);
        }
    }
}

TEST_CASE("Links between calendar jobs hold between their actual starts and finishes", "[rcpsp][calendar]")
{
    CalModel m;
    m.masks.push_back({1, 1, 0, 0, 1, 1, 1, 1}); // break in 2, 3
    m.addResource(10);
    const int a = m.addJob(3, 0);  // 0, 1, 4 → finishes at 5
    const int fs = m.addJob(1);    // FS: starts at 5
    const int ff = m.addJob(1);    // FF: finishes at 5 or later, so starts at 4
    const int ss = m.addJob(2, 0); // SS + 1: from 1; works 1, 4 → finishes at 5
    const int sf = m.addJob(2, 0); // SF + 3: finishes at 3 or later: starts at 1 (1, 4)
    m.links.push_back({a, fs, RcpspProblem::LinkType::FinishStart, 0});
    m.links.push_back({a, ff, RcpspProblem::LinkType::FinishFinish, 0});
    m.links.push_back({a, ss, RcpspProblem::LinkType::StartStart, 1});
    m.links.push_back({a, sf, RcpspProblem::LinkType::StartFinish, 3});
    const RcpspProblem problem = m.problem();
    const std::vector<int> &es = problem.earliestStarts();
    CHECK(es[size_t(a)] == 0);
    CHECK(es[size_t(fs)] == 5);
    CHECK(es[size_t(ff)] == 4);
    CHECK(es[size_t(ss)] == 1);
    CHECK(es[size_t(sf)] == 1);
    CHECK(problem.criticalPathBound() == 6);
    // The latest starts for a finish by 6 end every job in time.
    const std::vector<int> ls = problem.latestStarts(6);
    for (int j = 0; j < problem.jobCount(); ++j) {
        CHECK(ls[size_t(j)] >= es[size_t(j)]);
        CHECK(problem.finishOf(j, ls[size_t(j)]) <= 6);
    }
    CHECK(m.problems(es).empty());
    CHECK(problem.violations(es).isEmpty());
    std::vector<int> early = es;
    early[size_t(fs)] = 4;
    CHECK_FALSE(problem.violations(early).isEmpty());
    CHECK_FALSE(m.problems(early).empty());
}

TEST_CASE("Forward-backward improvement respects calendar breaks", "[rcpsp][calendar]")
{
    // One unit of capacity; X1 (uses it) → X2 (does not), and Y (uses it). From the list Y, X1, X2
    // justification moves Y to the end, behind X1, where X2 runs — unless Y's calendar has a
    // break there, which leaves nothing to gain.
    CalModel m;
    m.masks.push_back({1, 1, 0, 0, 1, 1, 1, 1}); // a break in 2 and 3
    m.addResource(1);
    const int x1 = m.addJob(2);
    const int x2 = m.addJob(2);
    const int y = m.addJob(2);
    m.request[size_t(x1)][0] = 1;
    m.request[size_t(y)][0] = 1;
    m.links.push_back({x1, x2, RcpspProblem::LinkType::FinishStart, 0});
    const std::vector<int> list{y, x1, x2};

    {
        const RcpspProblem plain = m.problem();
        RcpspSgs sgs(plain);
        std::vector<int> order = list;
        std::vector<int> starts(3);
        CHECK(sgs.serial(order.data(), starts.data()) == 6);
        CHECK(sgs.justify(starts.data(), order.data(), 2) == 4);
        CHECK(starts[size_t(y)] == 2);
        CHECK(m.problems(starts).empty());
    }

    m.calendar[size_t(y)] = 0;
    m.calendar[size_t(x2)] = 0;
    const RcpspProblem problem = m.problem();
    RcpspSgs sgs(problem);
    std::vector<int> order = list;
    std::vector<int> starts(3);
    CHECK(sgs.serial(order.data(), starts.data()) == 6);
    CHECK(starts[size_t(y)] == 0);
    CHECK(starts[size_t(x1)] == 2);
    CHECK(starts[size_t(x2)] == 4);
    const int after = sgs.justify(starts.data(), order.data(), 2);
    CHECK(after == 6);
    CHECK(starts[size_t(y)] != 2);
    CHECK(m.problems(starts).empty());
    CHECK(problem.violations(starts).isEmpty());
    // The order justify returns is precedence-feasible and decodes to a feasible plan.
    std::vector<int> again(3);
    CHECK(sgs.serial(order.data(), again.data()) <= 6);
    CHECK(m.problems(again).empty());
}

TEST_CASE("Random problems with calendars: every scheme, justification and the solver stay feasible",
          "[rcpsp][calendar]")
{
    for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        CalModel m = randomCalendarModel(40, seed);
        if (seed % 2 == 0) {
            // A fixed job in the middle of the plan (links into it dropped, as leveling does).
            m.fixed[10] = 6;
            m.links.erase(std::remove_if(m.links.begin(), m.links.end(),
                                         [](const CalModel::Link &k) { return k.to == 10; }),
                          m.links.end());
        }
        const RcpspProblem problem = m.problem();
        INFO("seed " << seed);
        for (const auto rule : RcpspPriority::all()) {
            for (const bool parallel : {false, true}) {
                for (const bool justify : {false, true}) {
                    const RcpspResult h = RcpspSolver(problem).heuristic(rule, parallel, justify);
                    INFO(RcpspPriority::name(rule).toStdString() << (parallel ? " parallel" : " serial"));
                    CHECK(joined(m.problems(h.starts)).empty());
                    CHECK(problem.violations(h.starts).isEmpty());
                    CHECK(h.makespan == problem.makespan(h.starts));
                    CHECK(h.makespan >= problem.lowerBound());
                }
            }
        }
        const RcpspResult best = RcpspSolver(problem).solve(budget(1500));
        CHECK(joined(m.problems(best.starts)).empty());
        CHECK(problem.violations(best.starts).isEmpty());
        CHECK(best.makespan == problem.makespan(best.starts));
        const RcpspResult again = RcpspSolver(problem).solve(budget(1500));
        CHECK(again.starts == best.starts);
    }
}

TEST_CASE("Calendars that no job uses leave the problem as it was", "[rcpsp][calendar]")
{
    CalModel m = randomCalendarModel(30, 9);
    std::fill(m.calendar.begin(), m.calendar.end(), -1);
    const RcpspProblem withMasks = m.problem();
    CHECK_FALSE(withMasks.hasCalendars());
    m.masks.clear();
    const RcpspProblem plain = m.problem();
    CHECK(withMasks.horizon() == plain.horizon());
    CHECK(withMasks.earliestStarts() == plain.earliestStarts());
    const RcpspResult a = RcpspSolver(withMasks).solve(budget(1000));
    const RcpspResult b = RcpspSolver(plain).solve(budget(1000));
    CHECK(a.starts == b.starts);
    CHECK(a.schedules == b.schedules);
}

// ---------------------------------------------------------------------------------------------
// The leveler

namespace {

struct CalendarFixture
{
    std::unique_ptr<Store> store = Store::createInMemory();
    Project project;
    Resource ann;
    QString error;

    explicit CalendarFixture(const Calendar &annCalendar)
    {
        project.id = newId();
        project.code = QStringLiteral("LC");
        project.name = QStringLiteral("Leveling with calendars");
        project.start = toMinutes(QDate(2026, 3, 2), 8 * 60); // a Monday
        ann.id = newId();
        ann.name = QStringLiteral("Ann");
        ann.calendarId = annCalendar.id;
        REQUIRE(store->apply(ChangeSet().insert(annCalendar).insert(project).insert(ann), &error));
    }

    const Workspace &ws() const { return store->workspace(); }
    const Task &task(const Id &id) const { return *ws().get<Task>(id); }

    /// A task of `days` working days with Ann at 100 %; `edit` may change it before it is added.
    Id add(const QString &name, int days, const std::function<void(Task &)> &edit = {})
    {
        Task t;
        t.id = newId();
        t.projectId = project.id;
        t.name = name;
        t.order = int(ws().tasks().size());
        t.duration = Minutes(days) * 480;
        if (edit)
            edit(t);
        Assignment a;
        a.id = newId();
        a.taskId = t.id;
        a.resourceId = ann.id;
        a.units = 1.0;
        REQUIRE(store->apply(ChangeSet().insert(t).insert(a), &error));
        return t.id;
    }

    void schedule()
    {
        LevelingPreview p;
        REQUIRE(Leveler::clear(ws(), project.id, &p, &error));
        if (!p.changes.isEmpty())
            REQUIRE(store->apply(p.changes, &error));
    }

    LevelingPreview level()
    {
        LevelingOptions o;
        o.projectId = project.id;
        o.timeLimit = 0;
        o.scheduleLimit = 2000;
        LevelingPreview p;
        REQUIRE(Leveler::level(ws(), o, &p, &error));
        return p;
    }

    QList<OverAllocation> annOverAllocations() const
    {
        LoadOptions o;
        o.period = LoadPeriod::Day;
        QList<OverAllocation> out;
        for (const OverAllocation &over : computeLoad(ws(), o).overAllocations) {
            if (over.resourceId == ann.id)
                out.append(over);
        }
        return out;
    }
};

Minutes at(int day, int hour)
{
    return toMinutes(QDate(2026, 3, day), hour * 60);
}

} // namespace

TEST_CASE("Leveling: two tasks that overlap only during their person's holiday stay where they are",
          "[schedule][leveler][calendar]")
{
    Calendar annCalendar = Calendar::standard(QStringLiteral("Ann"));
    CalendarException holiday;
    holiday.name = QStringLiteral("Holiday");
    holiday.fromDay = holiday.toDay = dayNumber(QDate(2026, 3, 4)); // Wednesday
    annCalendar.exceptions = {holiday};
    CalendarFixture f(annCalendar);

    // Long works on Ann's calendar: Monday, Tuesday, then Thursday (the holiday is a break).
    const Id longTask = f.add(QStringLiteral("Long"), 3);
    // Short has a calendar of its own (the standard week) and is set for Wednesday.
    const Id standard = f.ws().settings().defaultCalendarId;
    const Id shortTask = f.add(QStringLiteral("Short"), 1, [&](Task &t) {
        t.calendarId = standard;
        t.constraint = ConstraintType::Snet;
        t.constraintDate = at(4, 8);
    });
    f.schedule();
    REQUIRE(f.task(longTask).start == at(2, 8));
    REQUIRE(f.task(longTask).finish == at(5, 17));
    REQUIRE(f.task(shortTask).start == at(4, 8));
    REQUIRE(f.task(shortTask).finish == at(4, 17));

    const LevelingPreview p = f.level();
    CHECK(p.moved.isEmpty());
    REQUIRE(p.resources.size() == 1);
    CHECK(p.resources[0].newOverload == 0);
    CHECK(p.projects[0].newFinish == p.projects[0].oldFinish);
}

TEST_CASE("Leveling: a part-time person's overlapping tasks are serialised on her working days",
          "[schedule][leveler][calendar]")
{
    Calendar monWedFri = Calendar::standard(QStringLiteral("Mon/Wed/Fri"));
    monWedFri.week[1].intervals.clear(); // Tuesday
    monWedFri.week[3].intervals.clear(); // Thursday
    CalendarFixture f(monWedFri);

    // Three tasks of two of Ann's days each: CPM puts all of them on Monday and Wednesday.
    const Id a = f.add(QStringLiteral("A"), 2);
    const Id b = f.add(QStringLiteral("B"), 2);
    const Id c = f.add(QStringLiteral("C"), 2);
    f.schedule();
    for (const Id &id : {a, b, c}) {
        REQUIRE(f.task(id).start == at(2, 8));
        REQUIRE(f.task(id).finish == at(4, 17));
    }
    REQUIRE_FALSE(f.annOverAllocations().isEmpty());

    const LevelingPreview p = f.level();
    CHECK(p.moved.size() == 2);
    REQUIRE(p.resources.size() == 1);
    CHECK(p.resources[0].oldOverload > 0);
    CHECK(p.resources[0].newOverload == 0);
    CHECK(p.resources[0].newPeakPercent == 100);
    // Six of Ann's days back to back: Mon 2, Wed 4, Fri 6, Mon 9, Wed 11, Fri 13 March. The plan
    // the optimiser made is the plan CPM computes: no gap, no overlap.
    REQUIRE(p.projects.size() == 1);
    CHECK(p.projects[0].newFinish == at(13, 17));
    QList<Minutes> starts;
    for (const LeveledTask &t : p.moved)
        starts.append(t.newStart);
    std::sort(starts.begin(), starts.end());
    CHECK(starts == QList<Minutes>{at(6, 8), at(11, 8)});

    REQUIRE(f.store->apply(p.changes, &f.error));
    CHECK(f.annOverAllocations().isEmpty());
    // The delays are inputs of CPM: rescheduling keeps the leveled dates.
    ProjectSnapshot ps = ProjectSnapshot::build(f.ws(), f.project.id);
    CHECK(ps.changes(f.ws(), CpmScheduler::run(ps.snapshot())).isEmpty());
}

TEST_CASE("Random problems without calendars but with SS, FF, SF links and leads: the solver stays feasible",
          "[rcpsp]")
{
    int problems = 0;
    for (std::uint64_t seed = 1; seed <= 400; ++seed) {
        CalModel m = randomCalendarModel(40, seed);
        std::fill(m.calendar.begin(), m.calendar.end(), -1);
        m.masks.clear();
        if (seed % 2 == 0) {
            m.fixed[10] = 6;
            m.links.erase(std::remove_if(m.links.begin(), m.links.end(),
                                         [](const CalModel::Link &k) { return k.to == 10; }),
                          m.links.end());
        }
        const RcpspProblem problem = m.problem();
        REQUIRE_FALSE(problem.hasCalendars());
        INFO("seed " << seed);
        const RcpspResult best = RcpspSolver(problem).solve(budget(600));
        CHECK(problem.violations(best.starts).isEmpty());
        CHECK(best.makespan == problem.makespan(best.starts));
        ++problems;
    }
    CHECK(problems == 400);
}
