#include "schedule/cpmscheduler.h"

#include <catch2/catch.hpp>

#include <QDate>

#include <random>
#include <string>

using namespace Keel;

namespace {

constexpr Minutes D = 480; // one working day of the Standard calendar

Minutes at(int y, int m, int d, int h = 8, int min = 0)
{
    return toMinutes(QDate(y, m, d), h * 60 + min);
}

std::string iso(Minutes m)
{
    return formatIso(m).left(16).toStdString();
}

/// A small project on the Standard calendar starting Monday 2024-01-08 08:00.
struct Project
{
    ScheduleSnapshot s;

    Project()
    {
        s.calendars.emplace_back();
        s.projectStart = at(2024, 1, 8);
    }
    int task(Minutes duration, int parent = -1)
    {
        SnapshotTask t;
        t.duration = duration;
        t.parent = parent;
        s.tasks.push_back(t);
        s.taskNames.append(QStringLiteral("T%1").arg(s.tasks.size() - 1));
        return int(s.tasks.size()) - 1;
    }
    SnapshotTask &operator[](int i) { return s.tasks[size_t(i)]; }
    void link(int a, int b, DependencyType type = DependencyType::FinishStart, Minutes lag = 0,
              LagUnit unit = LagUnit::Working)
    {
        s.links.push_back({a, b, type, unit, lag});
    }
    ScheduleResult run() const { return CpmScheduler::run(s); }
};

int count(const ScheduleResult &r, ScheduleDiagnostic::Kind kind)
{
    int n = 0;
    for (const ScheduleDiagnostic &d : r.diagnostics)
        n += d.kind == kind ? 1 : 0;
    return n;
}

const ScheduleDiagnostic *find(const ScheduleResult &r, ScheduleDiagnostic::Kind kind)
{
    for (const ScheduleDiagnostic &d : r.diagnostics) {
        if (d.kind == kind)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Textbook network: early and late dates, floats, critical path", "[cpm]")
{
    // A(3) → B(4) → D(5) → F(2);  A → C(2) → E(3) → F.  Critical: A B D F.
    Project p;
    const int a = p.task(3 * D), b = p.task(4 * D), c = p.task(2 * D), d = p.task(5 * D),
              e = p.task(3 * D), f = p.task(2 * D);
    p.link(a, b);
    p.link(a, c);
    p.link(b, d);
    p.link(c, e);
    p.link(d, f);
    p.link(e, f);
    p.s.nearCriticalSlack = 4 * D;
    const ScheduleResult r = p.run();
    REQUIRE(r.diagnostics.empty());

    CHECK(iso(r.tasks[a].start) == "2024-01-08T08:00");
    CHECK(iso(r.tasks[a].finish) == "2024-01-10T17:00");
    CHECK(iso(r.tasks[b].start) == "2024-01-11T08:00");
    CHECK(iso(r.tasks[b].finish) == "2024-01-16T17:00");
    CHECK(iso(r.tasks[c].start) == "2024-01-11T08:00");
    CHECK(iso(r.tasks[c].finish) == "2024-01-12T17:00");
    CHECK(iso(r.tasks[d].start) == "2024-01-17T08:00");
    CHECK(iso(r.tasks[d].finish) == "2024-01-23T17:00");
    CHECK(iso(r.tasks[e].start) == "2024-01-15T08:00");
    CHECK(iso(r.tasks[e].finish) == "2024-01-17T17:00");
    CHECK(iso(r.tasks[f].start) == "2024-01-24T08:00");
    CHECK(iso(r.tasks[f].finish) == "2024-01-25T17:00");
    CHECK(iso(r.projectStart) == "2024-01-08T08:00");
    CHECK(iso(r.projectFinish) == "2024-01-25T17:00");

    CHECK(iso(r.tasks[c].lateStart) == "2024-01-17T08:00");
    CHECK(iso(r.tasks[c].lateFinish) == "2024-01-18T17:00");
    CHECK(iso(r.tasks[e].lateStart) == "2024-01-19T08:00");
    CHECK(iso(r.tasks[e].lateFinish) == "2024-01-23T17:00");
    CHECK(iso(r.tasks[a].lateFinish) == "2024-01-10T17:00");
    CHECK(iso(r.tasks[b].lateFinish) == "2024-01-16T17:00");

    CHECK(r.tasks[a].totalSlack == 0);
    CHECK(r.tasks[b].totalSlack == 0);
    CHECK(r.tasks[c].totalSlack == 4 * D);
    CHECK(r.tasks[d].totalSlack == 0);
    CHECK(r.tasks[e].totalSlack == 4 * D);
    CHECK(r.tasks[f].totalSlack == 0);
    CHECK(r.tasks[c].freeSlack == 0);
    CHECK(r.tasks[e].freeSlack == 4 * D);
    CHECK(r.tasks[a].freeSlack == 0);
    CHECK(r.tasks[f].freeSlack == 0);

    for (int t : {a, b, d, f}) {
        CHECK(r.tasks[size_t(t)].critical);
        CHECK_FALSE(r.tasks[size_t(t)].nearCritical);
    }
    for (int t : {c, e}) {
        CHECK_FALSE(r.tasks[size_t(t)].critical);
        CHECK(r.tasks[size_t(t)].nearCritical);
    }
}

TEST_CASE("Finish-to-start links with lags", "[cpm][links]")
{
    Project p;
    const int a = p.task(2 * D); // Mon 8 – Tue 9 17:00
    const int b = p.task(D);
    SECTION("no lag")
    {
        p.link(a, b);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-10T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-10T17:00");
    }
    SECTION("one day lag: Tue 17:00 + 1 d = Wed 17:00, so the start moves to Thu 08:00")
    {
        p.link(a, b, DependencyType::FinishStart, D);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-11T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-11T17:00");
        CHECK(r.tasks[a].freeSlack == 0);
    }
    SECTION("half a day lag lands on lunch")
    {
        p.link(a, b, DependencyType::FinishStart, D / 2);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-10T13:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-11T12:00");
    }
    SECTION("one day lead")
    {
        p.link(a, b, DependencyType::FinishStart, -D);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-09T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-09T17:00");
        CHECK(iso(r.tasks[a].lateFinish) == "2024-01-09T17:00"); // B's LS Tue 08:00 + 1 d lead
    }
    SECTION("elapsed lag of 20 hours")
    {
        p.link(a, b, DependencyType::FinishStart, 20 * 60, LagUnit::Elapsed);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-10T13:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-11T12:00");
    }
    SECTION("elapsed lag over a weekend")
    {
        p.s.projectStart = at(2024, 1, 11); // A: Thu – Fri 17:00
        p.link(a, b, DependencyType::FinishStart, 24 * 60, LagUnit::Elapsed);
        const auto r = p.run();
        CHECK(iso(r.tasks[a].finish) == "2024-01-12T17:00");
        CHECK(iso(r.tasks[b].start) == "2024-01-15T08:00"); // Sat 17:00 → Mon 08:00
    }
    SECTION("percent lag: 50 % of a two-day predecessor")
    {
        p.link(a, b, DependencyType::FinishStart, 50, LagUnit::Percent);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-11T08:00");
    }
    SECTION("lag is counted on the successor's calendar")
    {
        std::array<QList<TimeInterval>, 7> sixDays;
        for (int d = 0; d < 6; ++d)
            sixDays[size_t(d)] = {{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};
        p.s.calendars.push_back(WorkCalendar::fromWeek(sixDays));
        p.s.projectStart = at(2024, 1, 12); // A: Fri 12 – Mon 15 17:00
        p[a].duration = D;                  // A: Fri 12 only
        p[b].calendar = 1;
        p.link(a, b, DependencyType::FinishStart, D);
        const auto r = p.run();
        // Fri 17:00 + 1 d on B's calendar = Sat 17:00 → Mon 08:00 (on A's calendar it would be Tue).
        CHECK(iso(r.tasks[b].start) == "2024-01-15T08:00");
    }
}

TEST_CASE("Start-to-start, finish-to-finish and start-to-finish links", "[cpm][links]")
{
    Project p;
    const int a = p.task(2 * D); // Mon 8 08:00 – Tue 9 17:00
    const int b = p.task(D);
    SECTION("SS")
    {
        p.link(a, b, DependencyType::StartStart);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-08T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-08T17:00");
    }
    SECTION("SS + 1 day")
    {
        p.link(a, b, DependencyType::StartStart, D);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-09T08:00");
    }
    SECTION("SS + 25 %")
    {
        p.link(a, b, DependencyType::StartStart, 25, LagUnit::Percent);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-08T13:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-09T12:00");
    }
    SECTION("SS - 1 day: a lead may move the successor before the project start")
    {
        p.link(a, b, DependencyType::StartStart, -D);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-05T08:00");
    }
    SECTION("FF")
    {
        p.link(a, b, DependencyType::FinishFinish);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-09T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-09T17:00");
    }
    SECTION("FF + 1 day")
    {
        p.link(a, b, DependencyType::FinishFinish, D);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-10T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-10T17:00");
    }
    SECTION("FF - 1 day finishes at 17:00 the day before")
    {
        p.link(a, b, DependencyType::FinishFinish, -D);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-08T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-08T17:00");
    }
    SECTION("FF never pulls the successor before the project start")
    {
        p[b].duration = 5 * D;
        p.link(a, b, DependencyType::FinishFinish);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-08T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-12T17:00");
    }
    SECTION("SF: the successor finishes when the predecessor starts")
    {
        // As in Microsoft Project, the finish is the predecessor's start itself (08:00).
        p.s.projectStart = at(2024, 1, 3);
        p[a].constraint = ConstraintType::Snet;
        p[a].constraintDate = at(2024, 1, 8);
        p.link(a, b, DependencyType::StartFinish);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-05T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-08T08:00");
        CHECK(r.tasks[b].totalSlack == 2 * D);
    }
    SECTION("SF may put the successor before the project start (FF may not)")
    {
        p.link(a, b, DependencyType::StartFinish);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-05T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-08T08:00");
    }
    SECTION("SF + 2 days")
    {
        p.link(a, b, DependencyType::StartFinish, 2 * D);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-09T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-09T17:00");
    }
}

TEST_CASE("Milestones and elapsed durations", "[cpm]")
{
    Project p;
    const int a = p.task(D);
    const int m = p.task(0);
    p[m].milestone = true;
    const int b = p.task(3 * D);
    const int e = p.task(2 * 1440);
    p[e].elapsed = true;
    const int f = p.task(D);
    p.link(a, m);
    p.link(m, b);
    p.link(e, f);
    const auto r = p.run();
    CHECK(iso(r.tasks[m].start) == "2024-01-08T17:00"); // sits at the end of the day
    CHECK(iso(r.tasks[m].finish) == "2024-01-08T17:00");
    CHECK(iso(r.tasks[b].start) == "2024-01-09T08:00");
    CHECK(r.tasks[m].totalSlack == r.tasks[b].totalSlack);
    CHECK(iso(r.tasks[e].finish) == "2024-01-10T08:00");
    CHECK(iso(r.tasks[f].start) == "2024-01-10T08:00");
    // Elapsed tasks measure slack in elapsed minutes: late start Wed 08:00 vs early Mon 08:00.
    CHECK(iso(r.tasks[e].lateFinish) == "2024-01-11T08:00");
    CHECK(r.tasks[e].totalSlack == 1440);
}

TEST_CASE("The eight constraints", "[cpm][constraints]")
{
    Project p;
    const int a = p.task(2 * D); // Mon 8 – Tue 9; B would start Wed 10 08:00
    const int b = p.task(D);
    const int c = p.task(5 * D); // Mon 8 – Fri 12: sets the project finish
    p.link(a, b);
    auto setConstraint = [&](ConstraintType type, Minutes date) {
        p[b].constraint = type;
        p[b].constraintDate = date;
    };
    SECTION("SNET later than the links")
    {
        setConstraint(ConstraintType::Snet, at(2024, 1, 12));
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-12T08:00");
        CHECK(r.diagnostics.empty());
    }
    SECTION("SNET earlier than the links")
    {
        setConstraint(ConstraintType::Snet, at(2024, 1, 8));
        CHECK(iso(p.run().tasks[b].start) == "2024-01-10T08:00");
    }
    SECTION("SNET on a Saturday starts on Monday")
    {
        setConstraint(ConstraintType::Snet, at(2024, 1, 13, 0));
        CHECK(iso(p.run().tasks[b].start) == "2024-01-15T08:00");
    }
    SECTION("SNET without predecessors may be before the project start")
    {
        p[c].constraint = ConstraintType::Snet;
        p[c].constraintDate = at(2024, 1, 3);
        CHECK(iso(p.run().tasks[c].start) == "2024-01-03T08:00");
    }
    SECTION("FNET")
    {
        setConstraint(ConstraintType::Fnet, at(2024, 1, 12, 17));
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-12T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-12T17:00");
    }
    SECTION("SNLT met")
    {
        setConstraint(ConstraintType::Snlt, at(2024, 1, 11));
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-10T08:00");
        CHECK(count(r, ScheduleDiagnostic::Kind::ConstraintConflict) == 0);
        // The late start may not pass the constraint: LF = Thu 08:00 + 1 d = Thu 17:00.
        CHECK(iso(r.tasks[b].lateFinish) == "2024-01-11T17:00");
        CHECK(r.tasks[b].totalSlack == D);
    }
    SECTION("SNLT violated by the links: the constraint wins, with a warning")
    {
        setConstraint(ConstraintType::Snlt, at(2024, 1, 9));
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-09T08:00");
        const ScheduleDiagnostic *w = find(r, ScheduleDiagnostic::Kind::ConstraintConflict);
        REQUIRE(w);
        CHECK(w->severity == ScheduleDiagnostic::Severity::Warning);
        CHECK(w->tasks == QList<qint32>{b});
        CHECK(w->amount == D);
        CHECK(w->message.contains(QStringLiteral("T1")));
    }
    SECTION("FNLT violated")
    {
        setConstraint(ConstraintType::Fnlt, at(2024, 1, 10, 12));
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-09T13:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-10T12:00");
        const ScheduleDiagnostic *w = find(r, ScheduleDiagnostic::Kind::ConstraintConflict);
        REQUIRE(w);
        CHECK(w->amount == 240);
    }
    SECTION("FNLT met limits the late finish")
    {
        setConstraint(ConstraintType::Fnlt, at(2024, 1, 11, 17));
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-10T08:00");
        CHECK(iso(r.tasks[b].lateFinish) == "2024-01-11T17:00");
        CHECK(iso(r.tasks[a].lateFinish) == "2024-01-10T17:00");
        CHECK(r.tasks[a].totalSlack == D);
    }
    SECTION("MSO later than the links")
    {
        setConstraint(ConstraintType::Mso, at(2024, 1, 15));
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-15T08:00");
        CHECK(iso(r.tasks[b].lateStart) == "2024-01-15T08:00");
        CHECK(iso(r.projectFinish) == "2024-01-15T17:00");
    }
    SECTION("MSO earlier than the links")
    {
        setConstraint(ConstraintType::Mso, at(2024, 1, 9));
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-09T08:00");
        CHECK(count(r, ScheduleDiagnostic::Kind::ConstraintConflict) == 1);
        CHECK(find(r, ScheduleDiagnostic::Kind::ConstraintConflict)->amount == D);
    }
    SECTION("MFO")
    {
        setConstraint(ConstraintType::Mfo, at(2024, 1, 12, 17));
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-12T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-12T17:00");
        CHECK(iso(r.tasks[a].lateFinish) == "2024-01-11T17:00");
    }
    SECTION("Links win when constraints are not honoured")
    {
        p.s.honorConstraints = false;
        setConstraint(ConstraintType::Mso, at(2024, 1, 9));
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-10T08:00");
        CHECK(count(r, ScheduleDiagnostic::Kind::ConstraintConflict) == 1);
    }
    SECTION("ALAP without successors finishes with the project")
    {
        setConstraint(ConstraintType::Alap, kNoTime);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].earlyStart) == "2024-01-10T08:00");
        CHECK(iso(r.tasks[b].start) == "2024-01-12T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-12T17:00");
        CHECK(r.tasks[b].totalSlack == 0);
        CHECK(r.tasks[a].totalSlack == 2 * D);
        CHECK(r.tasks[a].freeSlack == 2 * D); // to B's shown start, Fri 08:00
    }
    SECTION("ALAP with a successor: the successor follows the ALAP task's late dates")
    {
        p.s.links.clear();
        p[a].duration = D;
        p[a].constraint = ConstraintType::Alap;
        p.link(a, b);
        const auto r = p.run();
        CHECK(iso(r.tasks[a].start) == "2024-01-11T08:00");
        CHECK(iso(r.tasks[b].start) == "2024-01-12T08:00");
        CHECK(iso(r.tasks[b].earlyStart) == "2024-01-12T08:00");
        CHECK(r.tasks[b].totalSlack == 0);
    }
    (void)c;
}

TEST_CASE("Deadlines warn and limit the late finish", "[cpm][constraints]")
{
    Project p;
    const int a = p.task(3 * D);
    p[a].deadline = at(2024, 1, 9, 17);
    const int b = p.task(D);
    p[b].deadline = at(2024, 1, 12, 17);
    const auto r = p.run();
    CHECK(iso(r.tasks[a].finish) == "2024-01-10T17:00");
    CHECK(iso(r.tasks[a].lateFinish) == "2024-01-09T17:00");
    CHECK(r.tasks[a].totalSlack == -D);
    CHECK(r.tasks[a].critical);
    REQUIRE(count(r, ScheduleDiagnostic::Kind::DeadlineMissed) == 1);
    const ScheduleDiagnostic *w = find(r, ScheduleDiagnostic::Kind::DeadlineMissed);
    CHECK(w->tasks == QList<qint32>{a});
    CHECK(w->amount == D);
    CHECK(iso(r.tasks[b].lateFinish) == "2024-01-10T17:00"); // the project finish comes first
}

TEST_CASE("Scheduling from the finish", "[cpm][finish]")
{
    Project p;
    p.s.scheduleFrom = ScheduleFrom::Finish;
    p.s.projectStart = kNoTime;
    p.s.projectFinish = at(2024, 1, 12, 17);
    const int a = p.task(2 * D), b = p.task(D), c = p.task(D);
    for (int t : {a, b, c})
        p[t].constraint = ConstraintType::Alap;
    p.link(a, b);
    SECTION("everything as late as possible")
    {
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-12T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-12T17:00");
        CHECK(iso(r.tasks[a].start) == "2024-01-10T08:00");
        CHECK(iso(r.tasks[a].finish) == "2024-01-11T17:00");
        CHECK(iso(r.tasks[c].start) == "2024-01-12T08:00");
        CHECK(iso(r.projectStart) == "2024-01-10T08:00");
        CHECK(iso(r.projectFinish) == "2024-01-12T17:00");
        CHECK(iso(r.tasks[c].earlyStart) == "2024-01-10T08:00");
        CHECK(r.tasks[a].totalSlack == 0);
        CHECK(r.tasks[b].totalSlack == 0);
        CHECK(r.tasks[c].totalSlack == 2 * D);
        CHECK(r.tasks[a].critical);
        CHECK_FALSE(r.tasks[c].critical);
    }
    SECTION("a finish-no-later-than constraint")
    {
        p[b].constraint = ConstraintType::Fnlt;
        p[b].constraintDate = at(2024, 1, 11, 17);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-11T08:00");
        CHECK(iso(r.tasks[a].start) == "2024-01-09T08:00");
        CHECK(iso(r.tasks[a].finish) == "2024-01-10T17:00");
        CHECK(iso(r.projectStart) == "2024-01-09T08:00");
    }
    SECTION("an ASAP task in a project scheduled from the finish")
    {
        p[c].constraint = ConstraintType::Asap;
        p.link(c, a);
        const auto r = p.run();
        // c must precede a (Wed 10); it is shown at its early dates, from the project start.
        CHECK(iso(r.projectStart) == "2024-01-09T08:00");
        CHECK(iso(r.tasks[c].start) == "2024-01-09T08:00");
        CHECK(iso(r.tasks[a].start) == "2024-01-10T08:00");
    }
    SECTION("start-no-earlier-than pushes back against the finish")
    {
        p[b].constraint = ConstraintType::Snet;
        p[b].constraintDate = at(2024, 1, 15);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-15T08:00");
        CHECK(count(r, ScheduleDiagnostic::Kind::ConstraintConflict) == 0); // no successor
    }
}

TEST_CASE("Summary tasks: roll-up and links on summaries", "[cpm][summary]")
{
    Project p;
    const int pre = p.task(D);
    const int s = p.task(0);
    const int x = p.task(2 * D, s);
    const int y = p.task(3 * D, s);
    const int z = p.task(D);
    const int w = p.task(D);
    p.link(pre, s);                                    // applies to x and y
    p.link(x, y);
    p.link(s, z);                                      // after the last child
    p.link(s, w, DependencyType::StartStart, D);       // after the first child's start + 1 d
    const auto r = p.run();
    REQUIRE(r.diagnostics.empty());
    CHECK(iso(r.tasks[x].start) == "2024-01-09T08:00");
    CHECK(iso(r.tasks[y].start) == "2024-01-11T08:00");
    CHECK(iso(r.tasks[y].finish) == "2024-01-15T17:00");
    CHECK(r.tasks[s].summary);
    CHECK(iso(r.tasks[s].start) == "2024-01-09T08:00");
    CHECK(iso(r.tasks[s].finish) == "2024-01-15T17:00");
    CHECK(iso(r.tasks[z].start) == "2024-01-16T08:00");
    CHECK(iso(r.tasks[w].start) == "2024-01-10T08:00");
    CHECK(iso(r.projectFinish) == "2024-01-16T17:00");
    CHECK(r.tasks[w].totalSlack == 4 * D);
    for (int t : {pre, x, y, z, s})
        CHECK(r.tasks[size_t(t)].critical);
    CHECK_FALSE(r.tasks[w].critical);
    CHECK(iso(r.tasks[pre].lateFinish) == "2024-01-08T17:00");
    CHECK(iso(r.tasks[s].lateStart) == "2024-01-09T08:00");
    CHECK(iso(r.tasks[s].lateFinish) == "2024-01-15T17:00");
}

TEST_CASE("Summary tasks: nesting, constraints and finish links", "[cpm][summary]")
{
    Project p;
    const int s1 = p.task(0);
    const int s2 = p.task(0, s1);
    const int a = p.task(D, s2);
    const int b = p.task(D);
    p[s1].constraint = ConstraintType::Snet;
    p[s1].constraintDate = at(2024, 1, 10);
    const int q = p.task(3 * D);
    const int s3 = p.task(0);
    const int x = p.task(D, s3);
    const int y = p.task(2 * D, s3);
    p.link(q, s3, DependencyType::FinishFinish);
    const auto r = p.run();
    CHECK(iso(r.tasks[a].start) == "2024-01-10T08:00");
    CHECK(iso(r.tasks[s2].start) == "2024-01-10T08:00");
    CHECK(iso(r.tasks[s1].finish) == "2024-01-10T17:00");
    CHECK(iso(r.tasks[b].start) == "2024-01-08T08:00");
    CHECK(iso(r.tasks[x].start) == "2024-01-10T08:00");
    CHECK(iso(r.tasks[y].start) == "2024-01-09T08:00");
    CHECK(iso(r.tasks[s3].finish) == "2024-01-10T17:00");
}

TEST_CASE("Manual tasks stay put but drive their successors", "[cpm][manual]")
{
    Project p;
    const int pre = p.task(2 * D);
    const int m = p.task(3 * D);
    p[m].manual = true;
    p[m].manualStart = at(2024, 1, 8);
    p[m].manualFinish = at(2024, 1, 10, 17);
    const int q = p.task(D);
    p.link(pre, m);
    p.link(m, q);
    const auto r = p.run();
    CHECK(iso(r.tasks[m].start) == "2024-01-08T08:00");
    CHECK(iso(r.tasks[m].finish) == "2024-01-10T17:00");
    CHECK(iso(r.tasks[q].start) == "2024-01-11T08:00");
    const ScheduleDiagnostic *w = find(r, ScheduleDiagnostic::Kind::ManualTaskConflict);
    REQUIRE(w);
    CHECK(w->tasks == QList<qint32>{m});
    CHECK(w->amount == 2 * D);

    SECTION("only a start given: the finish follows the duration")
    {
        p[m].manualFinish = kNoTime;
        p[m].manualStart = at(2024, 1, 15);
        const auto r2 = p.run();
        CHECK(iso(r2.tasks[m].finish) == "2024-01-17T17:00");
        CHECK(iso(r2.tasks[q].start) == "2024-01-18T08:00");
        CHECK(count(r2, ScheduleDiagnostic::Kind::ManualTaskConflict) == 0);
    }
}

TEST_CASE("Actuals, percent complete and the status date", "[cpm][progress]")
{
    Project p;
    p.s.statusDate = at(2024, 1, 10, 17);
    const int a = p.task(4 * D); // started Mon, 25 % done (Monday), then nothing
    p[a].actualStart = at(2024, 1, 8);
    p[a].percentComplete = 25;
    const int b = p.task(2 * D); // not started
    const int c = p.task(2 * D); // complete
    p[c].actualStart = at(2024, 1, 8);
    p[c].actualFinish = at(2024, 1, 9, 17);
    p[c].percentComplete = 100;
    const int d = p.task(D);
    p.link(c, d);
    SECTION("remaining work moves after the status date")
    {
        const auto r = p.run();
        CHECK(iso(r.tasks[a].start) == "2024-01-08T08:00");
        CHECK(iso(r.tasks[a].resume) == "2024-01-11T08:00");
        CHECK(iso(r.tasks[a].finish) == "2024-01-15T17:00");
        CHECK(iso(r.tasks[b].start) == "2024-01-11T08:00");
        CHECK(iso(r.tasks[b].finish) == "2024-01-12T17:00");
        CHECK(iso(r.tasks[c].start) == "2024-01-08T08:00");
        CHECK(iso(r.tasks[c].finish) == "2024-01-09T17:00");
        CHECK_FALSE(r.tasks[c].critical);
        CHECK(r.tasks[c].freeSlack == 0);
        CHECK(iso(r.tasks[d].start) == "2024-01-11T08:00"); // not before the status date
        CHECK(r.tasks[a].critical);
        CHECK(iso(r.tasks[a].lateStart) == "2024-01-08T08:00");
    }
    SECTION("without the status date rules, Microsoft Project's defaults")
    {
        p.s.moveRemainingAfterStatusDate = false;
        p.s.startUnstartedAfterStatusDate = false;
        const auto r = p.run();
        CHECK(r.tasks[a].resume == kNoTime);
        CHECK(iso(r.tasks[a].finish) == "2024-01-11T17:00");
        CHECK(iso(r.tasks[b].start) == "2024-01-08T08:00");
        CHECK(iso(r.tasks[d].start) == "2024-01-10T08:00");
    }
    SECTION("an explicit remaining duration wins over the percentage")
    {
        p[a].remainingDuration = 2 * D;
        const auto r = p.run();
        CHECK(iso(r.tasks[a].resume) == "2024-01-11T08:00");
        CHECK(iso(r.tasks[a].finish) == "2024-01-12T17:00");
    }
}

TEST_CASE("Dependency cycles are errors naming their tasks; the rest is scheduled", "[cpm][cycles]")
{
    Project p;
    const int a = p.task(D), b = p.task(D), c = p.task(D), d = p.task(D), e = p.task(D);
    p.link(a, b);
    p.link(b, c);
    p.link(c, a);
    p.link(c, e);
    const auto r = p.run();
    REQUIRE(count(r, ScheduleDiagnostic::Kind::Cycle) == 1);
    const ScheduleDiagnostic *err = find(r, ScheduleDiagnostic::Kind::Cycle);
    CHECK(err->severity == ScheduleDiagnostic::Severity::Error);
    CHECK(err->tasks == QList<qint32>{a, b, c});
    CHECK(err->message.contains(QStringLiteral("T0, T1, T2")));
    CHECK(r.hasErrors());
    // The lowest-numbered link of the loop (a → b) is ignored.
    CHECK(iso(r.tasks[b].start) == "2024-01-08T08:00");
    CHECK(iso(r.tasks[c].start) == "2024-01-09T08:00");
    CHECK(iso(r.tasks[a].start) == "2024-01-10T08:00");
    CHECK(iso(r.tasks[e].start) == "2024-01-10T08:00");
    CHECK(iso(r.tasks[d].start) == "2024-01-08T08:00");

    SECTION("a link from a task to its own summary is a cycle too")
    {
        Project q;
        const int s = q.task(0);
        const int child = q.task(D, s);
        q.link(child, s);
        const auto r2 = q.run();
        REQUIRE(count(r2, ScheduleDiagnostic::Kind::Cycle) == 1);
        CHECK(find(r2, ScheduleDiagnostic::Kind::Cycle)->tasks == QList<qint32>{s, child});
        CHECK(iso(r2.tasks[child].start) == "2024-01-08T08:00");
    }
    SECTION("a task linked to itself")
    {
        Project q;
        const int t = q.task(D);
        q.link(t, t);
        const auto r2 = q.run();
        REQUIRE(count(r2, ScheduleDiagnostic::Kind::Cycle) == 1);
        CHECK(find(r2, ScheduleDiagnostic::Kind::Cycle)->tasks == QList<qint32>{t});
    }
}

TEST_CASE("Bad input is reported and ignored", "[cpm]")
{
    Project p;
    const int a = p.task(D);
    p[a].calendar = 7;
    p.link(a, 42);
    const auto r = p.run();
    CHECK(count(r, ScheduleDiagnostic::Kind::InvalidInput) == 2);
    CHECK(iso(r.tasks[a].finish) == "2024-01-08T17:00");
}

TEST_CASE("Several critical paths", "[cpm]")
{
    Project p;
    const int a = p.task(2 * D), b = p.task(D), c = p.task(5 * D);
    p.link(a, b);
    CHECK(p.run().tasks[b].totalSlack == 2 * D);
    p.s.multipleCriticalPaths = true;
    const auto r = p.run();
    CHECK(r.tasks[a].critical);
    CHECK(r.tasks[b].critical);
    CHECK(r.tasks[c].critical);
}

namespace {

ScheduleSnapshot randomProject(std::mt19937 &rng, int n, bool withAlap)
{
    ScheduleSnapshot s;
    s.calendars.emplace_back();
    Calendar holidays = Calendar::standard(QStringLiteral("h"));
    CalendarException e;
    e.fromDay = dayNumber(QDate(2024, 1, 17));
    e.toDay = e.fromDay + 2;
    holidays.exceptions.append(e);
    s.calendars.push_back(WorkCalendar::compile(holidays, {}, dayNumber(QDate(2024, 1, 1)),
                                                dayNumber(QDate(2024, 12, 31))));
    s.projectStart = at(2024, 1, 8);
    s.statusDate = at(2024, 1, 12, 17);
    std::uniform_int_distribution<int> pct(0, 99);
    for (int i = 0; i < n; ++i) {
        SnapshotTask t;
        t.duration = (pct(rng) % 10) * 120;
        t.calendar = pct(rng) < 20 ? 1 : -1;
        if (i > 0 && pct(rng) < 20)
            t.parent = std::uniform_int_distribution<int>(std::max(0, i - 20), i - 1)(rng);
        const int c = pct(rng);
        if (c < 5) {
            t.constraint = ConstraintType::Snet;
            t.constraintDate = at(2024, 1, 10 + pct(rng) % 20);
        } else if (c < 8) {
            t.constraint = ConstraintType::Fnlt;
            t.constraintDate = at(2024, 2, 1 + pct(rng) % 20, 17);
        } else if (c < 10) {
            t.constraint = ConstraintType::Mso;
            t.constraintDate = at(2024, 1, 5 + pct(rng) % 20);
        } else if (c < 14 && withAlap) {
            t.constraint = ConstraintType::Alap;
        }
        if (pct(rng) < 5)
            t.deadline = at(2024, 1, 20 + pct(rng) % 10, 17);
        if (pct(rng) < 3)
            t.milestone = true, t.duration = 0;
        const int kind = pct(rng);
        if (kind < 3) {
            t.manual = true;
            t.manualStart = at(2024, 1, 8 + pct(rng) % 20);
        } else if (kind < 8) {
            t.actualStart = at(2024, 1, 8 + pct(rng) % 5);
            t.percentComplete = qint16(pct(rng) % 100);
        } else if (kind < 9) {
            t.inactive = true;
        }
        s.tasks.push_back(t);
    }
    for (int l = 0; l < n * 2; ++l) {
        const int b = std::uniform_int_distribution<int>(1, n - 1)(rng);
        const int a = std::uniform_int_distribution<int>(std::max(0, b - 30), b - 1)(rng);
        SnapshotLink link;
        link.predecessor = a;
        link.successor = b;
        link.type = DependencyType(pct(rng) % 4);
        const int lag = pct(rng);
        if (lag < 20)
            link.lag = (lag - 10) * 60;
        else if (lag < 25)
            link.lagUnit = LagUnit::Elapsed, link.lag = (lag - 20) * 600;
        else if (lag < 28)
            link.lagUnit = LagUnit::Percent, link.lag = 50;
        s.links.push_back(link);
    }
    return s;
}

/// The project's dates and the diagnostics.
void requireSameOverall(const ScheduleResult &x, const ScheduleResult &y)
{
    REQUIRE(x.projectStart == y.projectStart);
    REQUIRE(x.projectFinish == y.projectFinish);
    REQUIRE(x.diagnostics.size() == y.diagnostics.size());
    for (size_t i = 0; i < x.diagnostics.size(); ++i) {
        REQUIRE(x.diagnostics[i].kind == y.diagnostics[i].kind);
        REQUIRE(x.diagnostics[i].amount == y.diagnostics[i].amount);
        REQUIRE(x.diagnostics[i].tasks == y.diagnostics[i].tasks);
        REQUIRE(x.diagnostics[i].message == y.diagnostics[i].message);
    }
}

void requireSame(const ScheduleResult &x, const ScheduleResult &y)
{
    REQUIRE(x.tasks.size() == y.tasks.size());
    for (size_t i = 0; i < x.tasks.size(); ++i) {
        INFO("task " << i);
        const TaskSchedule &a = x.tasks[i], &b = y.tasks[i];
        REQUIRE(iso(a.earlyStart) == iso(b.earlyStart));
        REQUIRE(iso(a.earlyFinish) == iso(b.earlyFinish));
        REQUIRE(iso(a.lateStart) == iso(b.lateStart));
        REQUIRE(iso(a.lateFinish) == iso(b.lateFinish));
        REQUIRE(iso(a.start) == iso(b.start));
        REQUIRE(iso(a.finish) == iso(b.finish));
        REQUIRE(a.totalSlack == b.totalSlack);
        REQUIRE(a.freeSlack == b.freeSlack);
        REQUIRE(a.critical == b.critical);
        REQUIRE(a.nearCritical == b.nearCritical);
    }
    requireSameOverall(x, y);
}

/// Like requireSame(), but checks the large results in one go and only reports the first task
/// that differs.
void requireSameLarge(const ScheduleResult &x, const ScheduleResult &y)
{
    REQUIRE(x.tasks.size() == y.tasks.size());
    for (size_t i = 0; i < x.tasks.size(); ++i) {
        const TaskSchedule &a = x.tasks[i], &b = y.tasks[i];
        if (a.earlyStart != b.earlyStart || a.earlyFinish != b.earlyFinish || a.lateStart != b.lateStart
            || a.lateFinish != b.lateFinish || a.start != b.start || a.finish != b.finish
            || a.totalSlack != b.totalSlack || a.freeSlack != b.freeSlack || a.critical != b.critical
            || a.nearCritical != b.nearCritical || a.resume != b.resume || a.summary != b.summary) {
            requireSame(x, y); // fails, and says where
            FAIL("task " << i << " differs");
        }
    }
    requireSameOverall(x, y);
}

} // namespace

TEST_CASE("Rescheduling after edits equals a full schedule, and is deterministic", "[cpm][incremental]")
{
    for (int variant = 0; variant < 6; ++variant) {
        const bool withAlap = variant % 2 == 1;
        std::mt19937 rng(unsigned(variant * 7 + 3));
        ScheduleSnapshot s = randomProject(rng, 400, withAlap);
        s.multipleCriticalPaths = variant == 4;
        CpmScheduler scheduler(std::move(s));
        const ScheduleResult first = scheduler.schedule();
        requireSame(first, CpmScheduler::run(scheduler.snapshot()));
        requireSame(first, CpmScheduler::run(scheduler.snapshot()));
        std::uniform_int_distribution<int> pick(0, 399);
        for (int round = 0; round < 80; ++round) {
            const int t = pick(rng);
            scheduler.setDuration(t, (pick(rng) % 12) * 120);
            if (round % 7 == 0)
                scheduler.setDuration(pick(rng), (pick(rng) % 12) * 240);
            if (round % 5 == 0) {
                const int task = pick(rng);
                SnapshotTask data = scheduler.snapshot().tasks[size_t(task)];
                const int kind = pick(rng) % 4;
                data.constraint = kind == 0 ? ConstraintType::Snet
                                  : kind == 1 ? ConstraintType::Fnlt
                                  : kind == 2 && withAlap ? ConstraintType::Alap
                                              : ConstraintType::Asap;
                data.constraintDate = at(2024, 1, 9 + pick(rng) % 20);
                scheduler.updateTask(task, data);
            }
            const ScheduleResult &inc = scheduler.reschedule();
            INFO("variant " << variant << ", round " << round);
            requireSame(inc, CpmScheduler::run(scheduler.snapshot()));
        }
    }
}


TEST_CASE("A large schedule gives the same result on one thread and on several", "[cpm][threads]")
{
    for (const bool withAlap : {false, true}) {
        std::mt19937 rng(withAlap ? 11u : 5u);
        const ScheduleSnapshot s = randomProject(rng, 60000, withAlap);
        CpmScheduler serial(s);
        serial.setMaxThreads(1);
        CpmScheduler parallel(s);
        parallel.setMaxThreads(3);
        INFO("with ALAP tasks: " << withAlap);
        requireSameLarge(serial.schedule(), parallel.schedule());
        REQUIRE(!serial.result().diagnostics.empty());
    }
}

// A programme: @p parts random sub-projects one after the other in the task list, with a few links
// from the start of the first into the others (so the passes can run the sub-projects side by
// side, waiting only for those links).
ScheduleSnapshot programme(std::mt19937 &rng, int parts, int size, bool withAlap)
{
    ScheduleSnapshot s;
    for (int k = 0; k < parts; ++k) {
        ScheduleSnapshot part = randomProject(rng, size, withAlap);
        const qint32 offset = qint32(s.tasks.size());
        if (k == 0) {
            s.calendars = part.calendars;
            s.projectStart = part.projectStart;
            s.statusDate = part.statusDate;
        }
        // Summaries over contiguous blocks, two levels deep: task 25k has tasks 25k+1..25k+10
        // below it, and 25k+5 has 25k+6..25k+10 below it.
        for (qint32 i = 0; i < qint32(part.tasks.size()); ++i) {
            const qint32 r = i % 25;
            part.tasks[size_t(i)].parent = r >= 6 && r <= 10 ? i - r + 5 : r >= 1 && r <= 10 ? i - r : -1;
        }
        for (SnapshotTask t : part.tasks) {
            if (t.parent >= 0)
                t.parent += offset;
            s.tasks.push_back(t);
        }
        // Every link runs forward in the task list; without the links from a summary into its own
        // subtree the network has no cycle, which keeps this large test quick.
        auto isAncestor = [&](qint32 a, qint32 b) {
            for (qint32 p = part.tasks[size_t(b)].parent; p >= 0; p = part.tasks[size_t(p)].parent) {
                if (p == a)
                    return true;
            }
            return false;
        };
        for (SnapshotLink l : part.links) {
            if (isAncestor(l.predecessor, l.successor))
                continue;
            l.predecessor += offset;
            l.successor += offset;
            s.links.push_back(l);
        }
        if (k == 0)
            continue;
        for (int l = 0; l < 20; ++l) {
            SnapshotLink link;
            link.predecessor = std::uniform_int_distribution<int>(0, size / 10)(rng);
            link.successor = offset + std::uniform_int_distribution<int>(0, size - 1)(rng);
            link.type = DependencyType(l % 4);
            link.lag = (l % 5) * 60;
            s.links.push_back(link);
        }
    }
    return s;
}

TEST_CASE("Passes on several threads give exactly the one-thread result", "[cpm][threads]")
{
    std::mt19937 rng(23);
    for (const bool fromFinish : {false, true}) {
        for (const bool withAlap : {false, true}) {
            ScheduleSnapshot s = programme(rng, 4, 26000, withAlap);
            if (fromFinish) {
                s.scheduleFrom = ScheduleFrom::Finish;
                s.projectFinish = at(2024, 6, 28, 17);
            }
            CpmScheduler serial(std::move(s));
            serial.setMaxThreads(1);
            serial.schedule();
            REQUIRE(serial.passThreads() == 1);
            std::uniform_int_distribution<int> pick(0, int(serial.snapshot().tasks.size()) - 1);
            for (const int threads : {2, 3, 4}) {
                INFO("from the finish: " << fromFinish << ", ALAP tasks: " << withAlap << ", threads: " << threads);
                CpmScheduler parallel(serial.snapshot());
                parallel.setMaxThreads(threads);
                requireSameLarge(serial.result(), parallel.schedule());
                CHECK(parallel.passThreads() == threads);
                // Rescheduling after a parallel schedule starts from its dates.
                const int task = pick(rng);
                const Minutes d = (pick(rng) % 12) * 120;
                parallel.setDuration(task, d);
                serial.setDuration(task, d);
                requireSameLarge(serial.reschedule(), parallel.reschedule());
            }
        }
    }
}

TEST_CASE("A network that cannot be cut into parts runs its passes on one thread", "[cpm][threads]")
{
    std::mt19937 rng(3);
    const ScheduleSnapshot s = randomProject(rng, 60000, true); // links only between near tasks
    CpmScheduler scheduler(s);
    scheduler.setMaxThreads(2);
    scheduler.schedule();
    CHECK(scheduler.passThreads() == 1);
}

TEST_CASE("More rules: ALAP inside negative slack, inactive tasks, links winning over SNLT", "[cpm][constraints]")
{
    SECTION("an ALAP task never moves before what its links allow")
    {
        Project p;
        const int a = p.task(D);
        const int b = p.task(D);
        const int c = p.task(D);
        p[b].constraint = ConstraintType::Alap;
        p[c].deadline = at(2024, 1, 8, 17); // C cannot make it: B has negative slack
        p.link(a, b);
        p.link(b, c);
        const auto r = p.run();
        CHECK(r.tasks[b].totalSlack == -2 * D);
        CHECK(iso(r.tasks[b].start) == "2024-01-09T08:00"); // its early start, not the late one
        CHECK(iso(r.tasks[c].start) == "2024-01-10T08:00");
        CHECK(r.tasks[b].critical);
    }
    SECTION("inactive tasks drive nothing and roll up into nothing")
    {
        Project p;
        const int s = p.task(0);
        const int a = p.task(5 * D, s);
        const int b = p.task(D, s);
        const int c = p.task(D);
        p[a].inactive = true;
        p.link(a, c);
        const auto r = p.run();
        CHECK(iso(r.tasks[c].start) == "2024-01-08T08:00");
        CHECK(iso(r.tasks[s].finish) == "2024-01-08T17:00");
        CHECK(iso(r.projectFinish) == "2024-01-08T17:00");
        CHECK_FALSE(r.tasks[a].critical);
        (void)b;
    }
    SECTION("links win over a start-no-later-than when constraints are not honoured")
    {
        Project p;
        const int a = p.task(2 * D);
        const int b = p.task(D);
        p[b].constraint = ConstraintType::Snlt;
        p[b].constraintDate = at(2024, 1, 9);
        p.s.honorConstraints = false;
        p.link(a, b);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-10T08:00");
        REQUIRE(count(r, ScheduleDiagnostic::Kind::ConstraintConflict) == 1);
        CHECK(find(r, ScheduleDiagnostic::Kind::ConstraintConflict)->amount == D);
        CHECK(r.tasks[b].totalSlack == -D); // its late start is still the constraint date
    }
    SECTION("a percentage of an elapsed predecessor is elapsed time")
    {
        Project p;
        const int a = p.task(2 * 1440); // Mon 08:00 – Wed 08:00, elapsed
        p[a].elapsed = true;
        const int b = p.task(D);
        p.link(a, b, DependencyType::StartStart, 50, LagUnit::Percent);
        const auto r = p.run();
        CHECK(iso(r.tasks[b].start) == "2024-01-09T08:00"); // 24 elapsed hours after Mon 08:00
    }
}

TEST_CASE("Empty and minimal snapshots", "[cpm]")
{
    ScheduleSnapshot empty;
    empty.projectStart = at(2024, 1, 8);
    const ScheduleResult r = CpmScheduler::run(empty);
    CHECK(r.tasks.empty());
    CHECK(count(r, ScheduleDiagnostic::Kind::InvalidInput) == 1); // no calendar given
    CHECK(iso(r.projectStart) == "2024-01-08T08:00");

    Project p;
    p.task(D);
    CpmScheduler scheduler(p.s);
    CHECK(scheduler.reschedule().tasks.size() == 1); // reschedule before any schedule
    scheduler.setDuration(0, 2 * D);
    CHECK(iso(scheduler.reschedule().tasks[0].finish) == "2024-01-09T17:00");
    scheduler.setDuration(7, D);                      // out of range: ignored
    CHECK(iso(scheduler.reschedule().projectFinish) == "2024-01-09T17:00");
}
