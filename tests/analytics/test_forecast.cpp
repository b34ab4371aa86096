#include "fixture.h"

#include <analytics/backtest.h>
#include <analytics/earlywarning.h>
#include <analytics/historymodel.h>
#include <analytics/montecarlo.h>
#include <analytics/randomstream.h>
#include <analytics/schedulenetwork.h>
#include <analytics/statistics.h>
#include <analytics/threepoint.h>

#include <cmath>

using namespace Keel;
using namespace Keel::Test;
using Catch::Detail::Approx;

namespace {

NetworkNode estimate(double low, double mode, double high, double costPerMinute = 0)
{
    NetworkNode n;
    n.low = low;
    n.mode = mode;
    n.high = high;
    n.costPerMinute = costPerMinute;
    return n;
}

} // namespace

TEST_CASE("the random stream is repeatable and uniform", "[analytics][montecarlo]")
{
    RandomStream a(42), b(42), c(43);
    double sum = 0;
    bool differs = false;
    for (int i = 0; i < 100000; ++i) {
        const double x = a.uniform();
        REQUIRE(x >= 0.0);
        REQUIRE(x < 1.0);
        CHECK(x == b.uniform());
        differs = differs || x != c.uniform();
        sum += x;
    }
    CHECK(differs);
    CHECK(sum / 100000 == Approx(0.5).margin(0.005));
}

TEST_CASE("triangular and PERT samplers follow their distributions", "[analytics][montecarlo]")
{
    // Triangular(0, 0, 1): F(x) = 1 − (1 − x)², so the median is 1 − √½.
    CHECK(triangularQuantile(0, 0, 1, 0.5) == Approx(1 - std::sqrt(0.5)));
    CHECK(triangularQuantile(2, 3, 7, 0.0) == Approx(2));
    CHECK(triangularQuantile(2, 3, 7, 0.2) == Approx(3)); // F(mode) = (m − a) / (b − a)
    CHECK(triangularQuantile(4, 4, 4, 0.7) == Approx(4));

    // PERT with the mode at a quarter of the range is Beta(2, 4): F(x) = 1 − (1 − x)^5 − 5x(1 − x)^4.
    double alpha, beta;
    pertShape(0, 1, 4, &alpha, &beta);
    CHECK(alpha == Approx(2));
    CHECK(beta == Approx(4));
    const BetaQuantileTable table(alpha, beta);
    for (const double u : {0.05, 0.25, 0.5, 0.8, 0.95}) {
        const double x = table(u);
        const double cdf = 1 - std::pow(1 - x, 5) - 5 * x * std::pow(1 - x, 4);
        CHECK(cdf == Approx(u).margin(1e-3));
    }
    // Symmetric PERT: the median is the middle.
    CHECK(BetaQuantileTable(3, 3)(0.5) == Approx(0.5).margin(1e-4));
}

TEST_CASE("Monte Carlo: one task reproduces its distribution's mean and percentiles", "[analytics][montecarlo]")
{
    NetworkBuilder b;
    b.addNode(estimate(2 * 480, 3 * 480, 7 * 480), QStringLiteral("A"));
    b.node(0).task = 0;
    const ScheduleNetwork net = b.build({newId()}, {QStringLiteral("A")});
    MonteCarloOptions o;
    o.iterations = 40000;
    o.distribution = Distribution::Triangular;
    const MonteCarloResult tri = MonteCarlo(net).run(o);
    CHECK(tri.meanFinish / 480 == Approx(4.0).epsilon(0.01));          // (a + m + b) / 3
    // Triangular(2, 3, 7): P50 = 7 − √(0.5 × 5 × 4) = 3.838 days.
    CHECK(tri.p50 / 480 == Approx(7 - std::sqrt(10.0)).epsilon(0.01));
    o.distribution = Distribution::Pert;
    const MonteCarloResult pert = MonteCarlo(net).run(o);
    CHECK(pert.meanFinish / 480 == Approx((2 + 4 * 3 + 7) / 6.0).epsilon(0.01)); // 3.5 days
    CHECK(pert.p50 <= pert.p80);
    CHECK(pert.p80 <= pert.p95);
    CHECK(pert.criticality[0] == Approx(1.0));
    CHECK(pert.deterministicFinish == Approx(3 * 480));
}

TEST_CASE("Monte Carlo is repeatable for a seed", "[analytics][montecarlo]")
{
    NetworkBuilder b;
    QList<Id> ids;
    for (int i = 0; i < 30; ++i) {
        b.node(b.addNode(estimate(400 + i, 480 + 2 * i, 900 + 5 * i, 10.0))).task = i;
        ids.append(newId());
    }
    for (int i = 1; i < 30; ++i)
        b.addLink((i * 7) % i, i);
    const ScheduleNetwork net = b.build(ids);
    MonteCarloOptions o;
    o.iterations = 2000;
    o.seed = 7;
    const MonteCarloResult r1 = MonteCarlo(net).run(o);
    const MonteCarloResult r2 = MonteCarlo(net).run(o);
    CHECK(r1.finishes == r2.finishes);
    CHECK(r1.costs == r2.costs);
    CHECK(r1.criticality == r2.criticality);
    o.seed = 8;
    const MonteCarloResult r3 = MonteCarlo(net).run(o);
    CHECK(r1.finishes != r3.finishes);
    CHECK(r1.p50 == Approx(r3.p50).epsilon(0.02));
}

TEST_CASE("Monte Carlo criticality: a chain is always critical, parallel twins half the time", "[analytics][montecarlo]")
{
    NetworkBuilder b;
    const qint32 start = b.addNode(estimate(480, 480, 480));
    const qint32 left = b.addNode(estimate(480, 960, 1440));
    const qint32 right = b.addNode(estimate(480, 960, 1440));
    const qint32 short_ = b.addNode(estimate(100, 120, 140));
    const qint32 end = b.addNode(estimate(240, 240, 240));
    for (qint32 i = 0; i < 5; ++i)
        b.node(i).task = i;
    b.addLink(start, left);
    b.addLink(start, right);
    b.addLink(start, short_);
    b.addLink(left, end);
    b.addLink(right, end);
    b.addLink(short_, end);
    const ScheduleNetwork net = b.build({newId(), newId(), newId(), newId(), newId()});
    MonteCarloOptions o;
    o.iterations = 20000;
    const MonteCarloResult r = MonteCarlo(net).run(o);
    CHECK(r.criticality[0] == Approx(1.0));
    CHECK(r.criticality[4] == Approx(1.0));
    CHECK(r.criticality[1] == Approx(0.5).margin(0.02));
    CHECK(r.criticality[2] == Approx(0.5).margin(0.02));
    CHECK(r.criticality[3] == Approx(0.0));
    // The max of two parallel paths finishes later than either alone (merge bias).
    CHECK(r.meanFinish > r.deterministicFinish);
}

TEST_CASE("the network honours SS, FF and SF links with lags, and breaks cycles", "[analytics][montecarlo]")
{
    NetworkBuilder b;
    const qint32 a = b.addNode(estimate(1000, 1000, 1000), QStringLiteral("a"));
    const qint32 s = b.addNode(estimate(300, 300, 300), QStringLiteral("s"));
    const qint32 f = b.addNode(estimate(200, 200, 200), QStringLiteral("f"));
    const qint32 x = b.addNode(estimate(100, 100, 100), QStringLiteral("x"));
    b.addLink(a, s, DependencyType::StartStart, 500);   // s starts at 500, ends 800
    b.addLink(a, f, DependencyType::FinishFinish, 100); // f ends at 1100
    b.addLink(s, x, DependencyType::StartFinish, 50);   // x ends ≥ 550
    b.addLink(f, x);                                    // x starts ≥ 1100 → ends 1200
    const ScheduleNetwork net = b.build();
    CHECK(net.diagnostics.isEmpty());
    CHECK(MonteCarlo(net).deterministicFinish() == Approx(1200));

    NetworkBuilder c;
    const qint32 p = c.addNode(estimate(10, 10, 10), QStringLiteral("p"));
    const qint32 q = c.addNode(estimate(20, 20, 20), QStringLiteral("q"));
    c.addLink(p, q);
    c.addLink(q, p);
    const ScheduleNetwork cyclic = c.build();
    CHECK(cyclic.diagnostics.size() == 1);
    CHECK(cyclic.diagnostics.first().contains(QStringLiteral("cycle")));
    CHECK(MonteCarlo(cyclic).deterministicFinish() == Approx(30));
}

namespace {

/// A project whose tasks ran `factor` times their planned durations; category names the factor.
void closedProject(Fixture &fx, const QString &code, const Id &person, const std::vector<std::pair<QString, double>> &tasks)
{
    Project p = fx.project(code);
    p.phase = Phase::Closed;
    fx.add(p);
    const Id bl = fx.baseline(p.id);
    Minutes cursor = at(2025, 3, 3, 8);
    Task previous;
    int order = 0;
    for (const auto &[category, factor] : tasks) {
        // Planned: 5 days; actual: 5 × factor days (on the Standard calendar, whole days).
        const int plannedDays = 5;
        const int actualDays = int(std::lround(plannedDays * factor));
        Task t = fx.task(p.id, category + QString::number(order), cursor, kNoTime, plannedDays * 480, order);
        QDate d = toDate(cursor);
        int left = actualDays;
        QDate last = d;
        while (left > 0) {
            if (d.dayOfWeek() <= 5) {
                last = d;
                --left;
            }
            d = d.addDays(1);
        }
        t.finish = toMinutes(last, 17 * 60);
        t.category = category;
        t.actualStart = t.start;
        t.actualFinish = t.finish;
        t.percentComplete = 100;
        t.mostLikely = plannedDays * 480;
        t.optimistic = plannedDays * 480;
        t.pessimistic = plannedDays * 480;
        fx.add(t);
        Task planned = t;
        planned.finish = toMinutes(toDate(cursor).addDays(4), 17 * 60);
        fx.baselineTask(bl, planned, 0, plannedDays * 480);
        fx.assign(t.id, person, plannedDays * 480, actualDays * 480);
        if (order > 0)
            fx.link(previous.id, t.id);
        previous = t;
        cursor = toMinutes(d);
        while (toDate(cursor).dayOfWeek() > 5)
            cursor += kMinutesPerDay;
        cursor += 8 * 60;
        ++order;
    }
}

} // namespace

TEST_CASE("history: biases per category, shrunk for small samples, and the back-test", "[analytics][history]")
{
    Fixture fx;
    const Id dana = fx.resource(QStringLiteral("Dana"), 5000, 9000);
    closedProject(fx, QStringLiteral("C1"), dana, {{QStringLiteral("design"), 1.6}, {QStringLiteral("build"), 1.0}, {QStringLiteral("design"), 1.4}, {QStringLiteral("build"), 1.0}});
    closedProject(fx, QStringLiteral("C2"), dana, {{QStringLiteral("design"), 1.6}, {QStringLiteral("build"), 1.0}, {QStringLiteral("design"), 1.6}, {QStringLiteral("build"), 1.2}});
    closedProject(fx, QStringLiteral("C3"), dana, {{QStringLiteral("design"), 1.4}, {QStringLiteral("build"), 1.0}, {QStringLiteral("design"), 1.6}, {QStringLiteral("build"), 1.0}});
    const Workspace &ws = fx.commit();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);

    HistoryOptions noPeople;
    noPeople.byPerson = false;
    const HistoryModel m = HistoryModel::learn(index, calendars, noPeople);
    CHECK(m.samples() == 12);
    CHECK(m.projects() == 3);
    // Designs ran 1.4–1.6×, builds 1.0–1.2×: design must come out clearly above build.
    const double design = m.factors(QStringLiteral("design"), {}).duration;
    const double build = m.factors(QStringLiteral("build"), {}).duration;
    CHECK(design > 1.3);
    CHECK(design < 1.6);
    CHECK(build < 1.12);
    CHECK(build > 0.9);
    CHECK(m.categoryDuration().value(QStringLiteral("design")).samples == 6);
    // Raw medians, before shrinkage: log ratios median over the category.
    CHECK(m.overallDuration().rawFactor == Approx(std::sqrt(1.2 * 1.4)).epsilon(1e-6));
    // Shrinkage pulls a small sample toward no bias.
    HistoryOptions strong = noPeople;
    strong.shrinkage = 1000;
    const HistoryModel shrunk = HistoryModel::learn(index, calendars, strong);
    CHECK(shrunk.factors(QStringLiteral("design"), {}).duration == Approx(1.0).margin(0.01));
    // Work: no time logged, so the assignments' actual work against the baseline work.
    CHECK(m.workSamples() == 12);
    CHECK(m.factors(QStringLiteral("design"), {}).work > 1.3);

    const Backtest bt = runBacktest(index, calendars);
    REQUIRE(bt.projects.size() == 3);
    for (const BacktestProject &p : bt.projects) {
        CHECK(p.tasks == 4);
        CHECK(p.plannedDays == Approx(20).margin(0.01));
        CHECK(p.actualDays > p.plannedDays);
        CHECK(p.trainingSamples == 8);
    }
    CHECK(bt.durationErrorCalibrated < bt.durationErrorPlanned);
}

TEST_CASE("a project network: done tasks fixed, progress resumes at the status date", "[analytics][montecarlo]")
{
    Fixture fx;
    const Id eve = fx.resource(QStringLiteral("Eve"), 6000, 10000);
    Project p = fx.project(QStringLiteral("NET"));
    p.statusDate = at(2026, 3, 10); // Tuesday, end of day
    fx.add(p);
    Task a = fx.task(p.id, QStringLiteral("A"), at(2026, 3, 2, 8), at(2026, 3, 6, 17), 5 * 480, 0);
    a.actualStart = a.start;
    a.actualFinish = a.finish;
    a.percentComplete = 100;
    Task b = fx.task(p.id, QStringLiteral("B"), at(2026, 3, 9, 8), at(2026, 3, 18, 17), 8 * 480, 1);
    b.actualStart = b.start;
    b.percentComplete = 25;
    Task c = fx.task(p.id, QStringLiteral("C"), at(2026, 3, 19, 8), at(2026, 3, 20, 17), 2 * 480, 2);
    Task m = fx.task(p.id, QStringLiteral("Done"), at(2026, 3, 20, 17), at(2026, 3, 20, 17), 0, 3);
    m.milestone = true;
    for (Task *t : {&a, &b, &c, &m})
        fx.add(*t);
    fx.link(a.id, b.id);
    fx.link(b.id, c.id);
    fx.link(c.id, m.id);
    fx.assign(b.id, eve, 8 * 480);
    const Workspace &ws = fx.commit();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);
    const ScheduleNetwork net = buildProjectNetwork(index, calendars, p);
    REQUIRE(net.taskIds.size() == 4);
    // B: 6 of 8 days remain from the end of Tuesday 10 March; then C's 2 days: Friday 20 March.
    const MonteCarlo mc(net);
    CHECK(net.finishDate(mc.deterministicFinish()) == at(2026, 3, 20, 17));
    CHECK(mc.deterministicCost() == Approx(6 * 8 * 6000)); // the remaining 75 % of B
    MonteCarloOptions o;
    o.iterations = 3000;
    const MonteCarloResult r = mc.run(o);
    CHECK(r.criticality[size_t(net.taskIds.indexOf(a.id))] == 0.0); // done
    CHECK(r.criticality[size_t(net.taskIds.indexOf(b.id))] == Approx(1.0));
    // Default spread (0.9 – 1.35 of the duration) makes the finish later than planned on average.
    CHECK(r.p80Date >= r.deterministicDate);
}

TEST_CASE("early warnings name projects forecast late or over budget", "[analytics][warnings]")
{
    Fixture fx;
    const Id eve = fx.resource(QStringLiteral("Eve"), 10000, 15000);
    Project p = fx.project(QStringLiteral("LATE"));
    p.statusDate = at(2026, 3, 13);
    p.budget = 500000;
    fx.add(p);
    // Planned 5 days, but after 2 weeks only 40 % done and 80 h logged.
    Task t = fx.task(p.id, QStringLiteral("Long task"), at(2026, 3, 2, 8), at(2026, 3, 6, 17), 5 * 480);
    t.actualStart = t.start;
    t.percentComplete = 40;
    fx.add(t);
    fx.assign(t.id, eve, 40 * 60);
    const Id bl = fx.baseline(p.id);
    fx.baselineTask(bl, t, 400000, 40 * 60);
    for (int d = 2; d <= 13; ++d) {
        if (QDate(2026, 3, d).dayOfWeek() <= 5)
            fx.log(eve, t.id, QDate(2026, 3, d), 480);
    }
    const Workspace &ws = fx.commit();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);
    EarlyWarningOptions o;
    o.iterations = 500;
    const std::vector<EarlyWarning> w = earlyWarnings(index, calendars, o);
    REQUIRE(w.size() == 2);
    CHECK(w[0].kind == EarlyWarning::Kind::Deadline);
    CHECK(w[0].daysLate >= 5);
    CHECK(w[0].reason.contains(QStringLiteral("deadline 2026-03-06")));
    CHECK(w[1].kind == EarlyWarning::Kind::Budget);
    CHECK(w[1].overrun > 0.1);
    CHECK(w[1].reason.contains(QStringLiteral("exceeds the budget")));
}
