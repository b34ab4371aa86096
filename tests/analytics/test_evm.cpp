#include "fixture.h"

#include <analytics/earnedvalue.h>
#include <analytics/evmformulas.h>

using namespace Keel;
using namespace Keel::Test;
using Catch::Detail::Approx;

// Worked example: K. Schwalbe, "Information Technology Project Management", chapter 7 (project
// cost management), earned value of the website project after five months: BAC = $100,000,
// PV = $23,000, EV = $20,000, AC = $22,000 → CV = −$2,000, SV = −$3,000, CPI = 90.91 %,
// SPI = 86.96 %, EAC = BAC / CPI = $110,000, and the planned 12 months become 12 / SPI = 13.8.
// Formulas: PMI, PMBOK Guide 6th ed., Table 7-1.
TEST_CASE("EVM figures match the website project example", "[analytics][evm]")
{
    const EvmFigures f = evmFigures(100000, 23000, 20000, 22000);
    CHECK(f.cv == Approx(-2000));
    CHECK(f.sv == Approx(-3000));
    CHECK(f.cpi == Approx(0.9091).margin(5e-5));
    CHECK(f.spi == Approx(0.8696).margin(5e-5));
    CHECK(f.eacCpi == Approx(110000));
    CHECK(f.eac == Approx(110000));
    CHECK(f.etc == Approx(88000));
    CHECK(f.vac == Approx(-10000));
    CHECK(12 / f.spi == Approx(13.8).margin(0.01));
}

// Exercise of the same chapter: three months into a six-month project, BAC = $120,000,
// PV = $60,000, EV = $55,000, AC = $50,000. Every EAC variant of PMBOK Table 7-1 and both TCPIs.
TEST_CASE("EVM figures: every EAC variant and TCPI", "[analytics][evm]")
{
    const double etc = 70000; // a bottom-up estimate of the remaining work
    const EvmFigures f = evmFigures(120000, 60000, 55000, 50000, etc);
    CHECK(f.cv == Approx(5000));
    CHECK(f.sv == Approx(-5000));
    CHECK(f.cpi == Approx(1.1));
    CHECK(f.spi == Approx(0.916667).margin(1e-6));
    CHECK(f.eacCpi == Approx(109090.909).margin(0.01));            // BAC / CPI
    CHECK(f.eacBudgetRate == Approx(115000));                      // AC + (BAC − EV)
    CHECK(f.eacCpiSpi == Approx(50000 + 65000 / (1.1 * 55.0 / 60.0)).margin(0.01)); // 114,462.81
    CHECK(f.eacCpiSpi == Approx(114462.81).margin(0.01));
    CHECK(f.eacBottomUp == Approx(120000));                        // AC + bottom-up ETC
    CHECK(f.etc == Approx(59090.909).margin(0.01));
    CHECK(f.vac == Approx(10909.091).margin(0.01));
    CHECK(f.tcpiBac == Approx(65000.0 / 70000.0));                 // (BAC − EV) / (BAC − AC)
    // With EAC = BAC / CPI, the TCPI to the EAC equals the CPI (a property of the formulas).
    CHECK(f.tcpiEac == Approx(f.cpi));
    CHECK(6 / f.spi == Approx(6.545).margin(0.001));               // months to finish at this pace

    const EvmFigures budget = evmFigures(120000, 60000, 55000, 50000, etc, EacMethod::BudgetRate);
    CHECK(budget.eac == Approx(115000));
    CHECK(budget.tcpiEac == Approx(1.0));
    const EvmFigures bottomUp = evmFigures(120000, 60000, 55000, 50000, etc, EacMethod::BottomUp);
    CHECK(bottomUp.eac == Approx(120000));
    CHECK(bottomUp.vac == Approx(0));
}

TEST_CASE("EVM figures before any progress stay defined where they can", "[analytics][evm]")
{
    const EvmFigures f = evmFigures(50000, 0, 0, 0);
    CHECK(std::isnan(f.spi));
    CHECK(std::isnan(f.cpi));
    CHECK(f.eac == Approx(50000)); // falls back to AC + (BAC − EV)
    CHECK(f.vac == Approx(0));
    const EvmFigures sum = sumEvm({evmFigures(100, 50, 40, 50), evmFigures(300, 100, 110, 100)});
    CHECK(sum.bac == Approx(400));
    CHECK(sum.spi == Approx(150.0 / 150.0));
    CHECK(sum.cpi == Approx(150.0 / 150.0));
}

// Earned schedule: W. Lipke, "Schedule is Different", The Measurable News, March 2003, and the
// "Earned Schedule Concept" figure of Lipke's earned-schedule material: the earned value projected
// onto the PV curve falls in June after all PV through May was earned, so ES = 5 + (EV − PV(May)) /
// (PV(June) − PV(May)) with AT = 7 (end of July). Indicators as in Lipke & Henderson, "Earned
// Schedule Training", EVA-11 (2006): SV(t) = ES − AT, SPI(t) = ES / AT, IEAC(t) = PD / SPI(t),
// TSPI = (PD − ES) / (PD − AT). The cumulative PV values are ours, shaped like that figure.
TEST_CASE("earned schedule interpolates within the period the EV falls in", "[analytics][es]")
{
    const std::vector<double> pv = {100, 200, 300, 400, 500, 650, 800, 950, 1100, 1200};
    const EarnedScheduleFigures f = earnedSchedule(pv, 560, 7);
    CHECK(f.es == Approx(5.4));                      // 5 + (560 − 500) / (650 − 500)
    CHECK(f.svt == Approx(-1.6));
    CHECK(f.spit == Approx(5.4 / 7));
    CHECK(f.pd == Approx(10));
    CHECK(f.ieact == Approx(10 / (5.4 / 7)));        // 12.96 months
    CHECK(f.tspi == Approx((10 - 5.4) / (10 - 7.0)));

    // Before the first period's PV is reached, ES is a fraction of period 1.
    CHECK(earnedSchedule(pv, 50, 1).es == Approx(0.5));
    // EV exactly on a period's PV: that period is whole.
    CHECK(earnedSchedule(pv, 400, 4).es == Approx(4.0));
}

// Lipke (2003): at the completion of a late project EV = PV = BAC, so SV = 0 and SPI = 1 "say the
// project has had perfect schedule performance"; the time-based indicators do not: finishing a
// 10-period plan in 13 periods gives ES = PD = 10, SV(t) = −3 and SPI(t) = 10 / 13.
TEST_CASE("earned schedule shows a late finish that SPI hides", "[analytics][es]")
{
    const std::vector<double> pv = {100, 200, 300, 400, 500, 650, 800, 950, 1100, 1200};
    const EvmFigures cost = evmFigures(1200, 1200, 1200, 1300);
    CHECK(cost.sv == Approx(0));
    CHECK(cost.spi == Approx(1.0));
    const EarnedScheduleFigures time = earnedSchedule(pv, 1200, 13);
    CHECK(time.es == Approx(10));
    CHECK(time.svt == Approx(-3));
    CHECK(time.spit == Approx(10.0 / 13.0));
    CHECK(time.ieact == Approx(13));
}

namespace {

struct EvmProject
{
    Fixture fx;
    Project project;
    Task a, b;
    Id alice;
};

/// Two tasks of a week each, 10,000.00 EUR each, A before B; A half done, 3 days logged.
void buildEvmProject(EvmProject &e)
{
    Fixture &fx = e.fx;
    e.alice = fx.resource(QStringLiteral("Alice"), 10000, 15000, QStringLiteral("Delivery"));
    e.project = fx.project(QStringLiteral("EVM"));
    e.project.statusDate = at(2026, 3, 4); // Wednesday: the end of that day counts
    e.project.budget = 2000000;
    fx.add(e.project);
    e.a = fx.task(e.project.id, QStringLiteral("A"), at(2026, 3, 2, 8), at(2026, 3, 6, 17), 5 * 480, 0);
    e.b = fx.task(e.project.id, QStringLiteral("B"), at(2026, 3, 9, 8), at(2026, 3, 13, 17), 5 * 480, 1);
    e.a.percentComplete = 50;
    e.a.actualStart = at(2026, 3, 2, 8);
    fx.add(e.a);
    fx.add(e.b);
    fx.link(e.a.id, e.b.id);
    const Id bl = fx.baseline(e.project.id);
    fx.baselineTask(bl, e.a, 1000000, 40 * 60);
    fx.baselineTask(bl, e.b, 1000000, 40 * 60);
    fx.assign(e.a.id, e.alice, 40 * 60);
    fx.assign(e.b.id, e.alice, 40 * 60);
    for (int d = 2; d <= 4; ++d)
        fx.log(e.alice, e.a.id, QDate(2026, 3, d), 8 * 60);
    fx.commit();
}

} // namespace

TEST_CASE("project EVM: PV time-phased over working days, EV by % complete, AC from time", "[analytics][evm]")
{
    EvmProject e;
    buildEvmProject(e);
    const Workspace &ws = e.fx.workspace();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);
    const EarnedValue model(index, calendars, e.project);
    const ProjectEvm m = model.measure();
    REQUIRE(m.hasBaseline);
    CHECK(m.figures.bac == Approx(2000000));
    CHECK(m.figures.pv == Approx(600000));   // 3 of A's 5 working days
    CHECK(m.figures.ev == Approx(500000));
    CHECK(m.figures.ac == Approx(240000));   // 24 h × 100.00
    CHECK(m.figures.spi == Approx(5.0 / 6.0));
    CHECK(m.figures.cpi == Approx(500000.0 / 240000.0));
    // Bottom-up: A has 16 h of its 40 left by work, 20 h by % complete → 20 h; B all 40 h.
    CHECK(m.figures.eacBottomUp == Approx(240000 + 60 * 10000));

    // The weekend adds nothing; Monday adds a fifth of B.
    CHECK(model.plannedValue(at(2026, 3, 7, 12)) == Approx(1000000));
    CHECK(model.plannedValue(at(2026, 3, 10)) == Approx(1200000));
    // The past earned value follows the time logged: a third of A's 50 % per day.
    CHECK(model.earnedValue(at(2026, 3, 3)) == Approx(500000.0 / 3));
    CHECK(model.actualCost(at(2026, 3, 3)) == Approx(80000));

    // Earned schedule on working time: EV 5,000.00 was planned for Wednesday 12:00, 2.5 working
    // days in; AT is 3 days; PD 10 days; IEAC(t) = 10 / (2.5 / 3) = 12 days from Monday 2 March.
    CHECK(m.schedule.es == Approx(2.5 * 480).margin(0.5));
    CHECK(m.schedule.at == Approx(3 * 480));
    CHECK(m.schedule.pd == Approx(10 * 480));
    CHECK(m.schedule.spit == Approx(2.5 / 3).margin(1e-3));
    CHECK(m.earnedScheduleDate == at(2026, 3, 4, 12));
    CHECK(m.forecastFinish == at(2026, 3, 17, 17));
    CHECK(m.plannedStart == at(2026, 3, 2, 8));
    CHECK(m.plannedFinish == at(2026, 3, 13, 17));

    const std::vector<EvmPoint> curve = model.curve();
    REQUIRE(curve.size() > 5);
    for (size_t i = 1; i < curve.size(); ++i)
        CHECK(curve[i].pv >= curve[i - 1].pv);
    CHECK(std::isnan(curve.back().ev));
}

TEST_CASE("project EVM without a baseline uses the current plan", "[analytics][evm]")
{
    Fixture fx;
    const Id bob = fx.resource(QStringLiteral("Bob"), 6000, 9000);
    Project p = fx.project(QStringLiteral("NB"));
    p.statusDate = at(2026, 3, 6);
    fx.add(p);
    Task t = fx.task(p.id, QStringLiteral("Only"), at(2026, 3, 2, 8), at(2026, 3, 6, 17), 5 * 480);
    t.percentComplete = 100;
    t.actualStart = t.start;
    t.actualFinish = t.finish;
    t.fixedCost = 50000;
    fx.add(t);
    fx.assign(t.id, bob, 40 * 60, 40 * 60);
    const Workspace &ws = fx.commit();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);
    const ProjectEvm m = EarnedValue(index, calendars, p).measure();
    CHECK_FALSE(m.hasBaseline);
    CHECK(m.figures.bac == Approx(40 * 6000 + 50000));
    CHECK(m.figures.ev == Approx(m.figures.bac));
    // No time logged: the assignments' actual work at the planned rate, plus the fixed cost.
    CHECK(m.figures.ac == Approx(40 * 6000 + 50000));
    CHECK(m.forecastFinish == t.actualFinish);
    CHECK(m.schedule.es == Approx(m.schedule.pd));
}
