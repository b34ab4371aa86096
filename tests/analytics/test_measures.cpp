#include "fixture.h"

#include <analytics/profitability.h>
#include <analytics/projecthealth.h>
#include <analytics/responsetimes.h>
#include <analytics/satisfaction.h>
#include <analytics/utilisation.h>

using namespace Keel;
using namespace Keel::Test;
using Catch::Detail::Approx;

TEST_CASE("periods split into calendar months", "[analytics][period]")
{
    const Period p = Period::days(QDate(2026, 1, 15), QDate(2026, 3, 10));
    const QList<Period> months = p.months();
    REQUIRE(months.size() == 3);
    CHECK(months[0].firstDay() == QDate(2026, 1, 15));
    CHECK(months[0].lastDay() == QDate(2026, 1, 31));
    CHECK(months[1] == Period::month(QDate(2026, 2, 20)));
    CHECK(months[2].lastDay() == QDate(2026, 3, 10));
    CHECK(p.contains(at(2026, 3, 10, 23, 59)));
    CHECK_FALSE(p.contains(at(2026, 3, 11)));
    CHECK(Period().months().isEmpty());
}

TEST_CASE("utilisation: available hours from calendars and max units, worked and billable", "[analytics][utilisation]")
{
    Fixture fx;
    const Id ann = fx.resource(QStringLiteral("Ann"), 5000, 12000, QStringLiteral("Design"));
    const Id ben = fx.resource(QStringLiteral("Ben"), 4000, 10000, QStringLiteral("Design"), 0.5);
    fx.resource(QStringLiteral("Cat"), 6000, 15000, QStringLiteral("Build"));
    Project p = fx.project(QStringLiteral("U"));
    fx.add(p);
    const Task t = fx.add(fx.task(p.id, QStringLiteral("Work"), at(2026, 3, 2, 8), at(2026, 3, 31, 17), 22 * 480));
    // Ann: 10 days × 8 h, 8 of them billable; Ben: 5 × 4 h billable; Cat: nothing.
    for (int d = 2; d <= 13; ++d) {
        const QDate day(2026, 3, d);
        if (day.dayOfWeek() > 5)
            continue;
        fx.log(ann, t.id, day, 480, d <= 11);
    }
    for (int d = 16; d <= 20; ++d)
        fx.log(ben, t.id, QDate(2026, 3, d), 240);
    fx.log(ann, t.id, QDate(2026, 4, 1), 480); // outside the period
    const Workspace &ws = fx.commit();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);

    // March 2026 has 22 working days on the Standard calendar: 176 h.
    const Utilisation u = computeUtilisation(index, calendars, Period::month(QDate(2026, 3, 1)));
    REQUIRE(u.people.size() == 3);
    const UtilisationRow &a = u.people[1]; // Build: Cat first, then Design: Ann, Ben
    CHECK(u.people[0].label == QStringLiteral("Cat"));
    CHECK(a.label == QStringLiteral("Ann"));
    CHECK(a.availableHours == Approx(176));
    CHECK(a.workedHours == Approx(80));
    CHECK(a.billableHours == Approx(64));
    CHECK(a.utilisation() == Approx(80.0 / 176));
    CHECK(a.billableUtilisation() == Approx(64.0 / 176));
    CHECK(a.averageBillRate() == Approx(12000));
    CHECK(a.averageCostRate() == Approx(5000));
    CHECK(u.people[2].availableHours == Approx(88)); // half time
    CHECK(u.people[2].utilisation() == Approx(20.0 / 88));
    CHECK(u.people[0].workedHours == 0);
    REQUIRE(u.teams.size() == 2);
    CHECK(u.teams[1].label == QStringLiteral("Design"));
    CHECK(u.teams[1].availableHours == Approx(264));
    CHECK(u.teams[1].workedHours == Approx(100));
    CHECK(u.total.availableHours == Approx(440));
    REQUIRE(u.months.size() == 1);
    CHECK(u.months[0].workedHours == Approx(100));

    const Utilisation team = computeUtilisation(index, calendars, Period::month(QDate(2026, 3, 1)),
                                                Scope::ofTeam(QStringLiteral("Build")));
    REQUIRE(team.people.size() == 1);
    CHECK(team.people[0].label == QStringLiteral("Cat"));
}

TEST_CASE("profitability by billing model, per project, client and month", "[analytics][profitability]")
{
    Fixture fx;
    const Id dev = fx.resource(QStringLiteral("Dev"), 5000, 10000);
    const Id acme = fx.client(QStringLiteral("Acme"));

    Project tm = fx.project(QStringLiteral("TM"));
    tm.clientId = acme;
    tm.statusDate = at(2026, 3, 31);
    fx.add(tm);
    const Task tmTask = fx.add(fx.task(tm.id, QStringLiteral("Build"), at(2026, 3, 2, 8), at(2026, 3, 13, 17), 10 * 480));
    fx.log(dev, tmTask.id, QDate(2026, 3, 2), 480);                 // billable 8 h
    fx.log(dev, tmTask.id, QDate(2026, 3, 3), 240, false);          // internal 4 h
    Expense travel;
    travel.id = newId();
    travel.projectId = tm.id;
    travel.date = toMinutes(QDate(2026, 3, 5));
    travel.amount = 30000;
    travel.currency = QStringLiteral("EUR");
    travel.billable = true;
    fx.add(travel);

    Project ff = fx.project(QStringLiteral("FF"), BillingModel::FixedFee);
    ff.clientId = acme;
    ff.contractValue = 10000000;
    ff.statusDate = at(2026, 3, 31);
    fx.add(ff);
    Task ffTask = fx.task(ff.id, QStringLiteral("Deliver"), at(2026, 3, 2, 8), at(2026, 3, 27, 17), 20 * 480);
    ffTask.percentComplete = 40;
    ffTask.actualStart = ffTask.start;
    fx.add(ffTask);
    fx.assign(ffTask.id, dev, 160 * 60);
    fx.log(dev, ffTask.id, QDate(2026, 3, 4), 480);

    Project rt = fx.project(QStringLiteral("RT"), BillingModel::Retainer);
    rt.retainerPerMonth = 600000;
    rt.start = at(2026, 2, 1);
    rt.finish = at(2026, 4, 15, 17);
    fx.add(rt);
    const Workspace &ws = fx.commit();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);

    const Profitability p = computeProfitability(index, calendars, Period::days(QDate(2026, 3, 1), QDate(2026, 4, 30)));
    REQUIRE(p.projects.size() == 3);
    const ProfitRow &ffRow = p.projects[0];
    const ProfitRow &rtRow = p.projects[1];
    const ProfitRow &tmRow = p.projects[2];
    // T&M: 8 billable hours × 100.00 plus the billable expense re-invoiced.
    CHECK(tmRow.revenue == Approx(8 * 10000 + 30000));
    CHECK(tmRow.labourCost == Approx(12 * 5000));
    CHECK(tmRow.expenseCost == Approx(30000));
    CHECK(tmRow.margin() == Approx(80000 + 30000 - 60000 - 30000));
    // Fixed fee: 40 % earned, all in March (the time logged then) → 40 % of 100,000.00.
    CHECK(ffRow.revenue == Approx(4000000));
    CHECK(ffRow.labourCost == Approx(8 * 5000));
    CHECK(ffRow.marginPercent() == Approx((4000000.0 - 40000) / 4000000));
    // Retainer: all of March, half of April (15 of 30 days).
    CHECK(rtRow.revenue == Approx(600000 + 300000));
    REQUIRE(p.months.size() == 2);
    CHECK(p.months[0].revenue == Approx(110000 + 4000000 + 600000));
    CHECK(p.months[1].revenue == Approx(300000));
    REQUIRE(p.clients.size() == 2);
    CHECK(p.clients[1].label == QStringLiteral("Acme"));
    CHECK(p.clients[1].revenue == Approx(110000 + 4000000));
    REQUIRE(p.totals.size() == 1);
    CHECK(p.totals[0].revenue == Approx(110000 + 4000000 + 900000));
}

TEST_CASE("client satisfaction: average, distribution and trend by month", "[analytics][satisfaction]")
{
    Fixture fx;
    Project p = fx.project(QStringLiteral("S"));
    fx.add(p);
    const auto rate = [&](int score, QDate day) {
        SatisfactionRating r;
        r.id = newId();
        r.projectId = p.id;
        r.score = score;
        r.timeUtcMs = QDateTime(day, QTime(10, 0), Qt::UTC).toMSecsSinceEpoch();
        fx.add(r);
    };
    rate(5, QDate(2026, 1, 10));
    rate(4, QDate(2026, 1, 20));
    rate(2, QDate(2026, 2, 3));
    rate(4, QDate(2026, 2, 28));
    rate(1, QDate(2025, 12, 31));
    const Workspace &ws = fx.commit();
    const WorkspaceIndex index(ws);
    const Satisfaction s = computeSatisfaction(index, Period::days(QDate(2026, 1, 1), QDate(2026, 2, 28)));
    CHECK(s.count == 4);
    CHECK(s.average == Approx(3.75));
    CHECK(s.distribution == std::array<int, 5>{0, 1, 0, 2, 1});
    REQUIRE(s.trend.size() == 2);
    CHECK(s.trend[0].month == QDate(2026, 1, 1));
    CHECK(s.trend[0].average == Approx(4.5));
    CHECK(s.trend[1].average == Approx(3.0));
    CHECK(computeSatisfaction(index, Period()).count == 5);
}

TEST_CASE("request response and resolution times, mean and median", "[analytics][requests]")
{
    Fixture fx;
    Project p = fx.project(QStringLiteral("R"));
    fx.add(p);
    const qint64 t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 hour = 3600000;
    const auto request = [&](qint64 responded, qint64 resolved, RequestStatus status) {
        Request r;
        r.id = newId();
        r.projectId = p.id;
        r.title = QStringLiteral("Question");
        r.status = status;
        r.createdUtcMs = t0;
        r.respondedUtcMs = responded ? t0 + responded * hour : 0;
        r.resolvedUtcMs = resolved ? t0 + resolved * hour : 0;
        fx.add(r);
    };
    request(2, 10, RequestStatus::Resolved);
    request(4, 30, RequestStatus::Closed);
    request(12, 0, RequestStatus::InProgress);
    request(0, 0, RequestStatus::New);
    const Workspace &ws = fx.commit();
    const ResponseTimes r = computeResponseTimes(WorkspaceIndex(ws), Period());
    CHECK(r.count == 4);
    CHECK(r.open == 2);
    CHECK(r.responded == 3);
    CHECK(r.resolved == 2);
    CHECK(r.meanResponseHours == Approx(6));
    CHECK(r.medianResponseHours == Approx(4));
    CHECK(r.meanResolutionHours == Approx(20));
    CHECK(r.medianResolutionHours == Approx(20));
}

TEST_CASE("portfolio health: red, amber and green with the reasons", "[analytics][health]")
{
    Fixture fx;
    Project p = fx.project(QStringLiteral("H"));
    p.statusDate = at(2026, 3, 20);
    fx.add(p);
    Task late = fx.task(p.id, QStringLiteral("Design approved"), at(2026, 3, 13, 17), at(2026, 3, 13, 17), 0);
    late.milestone = true;
    fx.add(late);
    Task slipping = fx.task(p.id, QStringLiteral("Go-live"), at(2026, 4, 10, 17), at(2026, 4, 10, 17), 0, 1);
    slipping.milestone = true;
    slipping.deadline = at(2026, 4, 3, 17);
    fx.add(slipping);
    const auto risk = [&](int probability, int impact, RiskStatus status) {
        Risk r;
        r.id = newId();
        r.projectId = p.id;
        r.title = QStringLiteral("Risk");
        r.probability = probability;
        r.impact = impact;
        r.status = status;
        fx.add(r);
    };
    risk(5, 3, RiskStatus::Open);       // 15: high
    risk(4, 4, RiskStatus::Closed);     // closed: not counted
    risk(2, 5, RiskStatus::Mitigating); // 10: not high
    const Workspace &ws = fx.commit();
    const WorkspaceIndex index(ws);

    ProjectEvm evm;
    evm.statusDate = statusMoment(p.statusDate);
    evm.figures = evmFigures(1000, 500, 460, 480); // SPI 0.92 (amber), CPI 0.958 (green)
    ProjectHealth h = assessHealth(index, p, evm);
    CHECK(h.lateMilestones == 2);
    CHECK(h.openHighRisks == 1);
    CHECK(h.health == Health::Red); // two late milestones
    REQUIRE(h.reasons.size() == 3);
    CHECK(h.reasons[0].contains(QStringLiteral("SPI 0.92")));
    CHECK(h.reasons[1] == QStringLiteral("2 milestone(s) late"));
    CHECK(h.reasons[2].contains(QStringLiteral("≥ 15")));

    HealthThresholds lenient;
    lenient.redLateMilestones = 3;
    h = assessHealth(index, p, evm, lenient);
    CHECK(h.health == Health::Amber);

    evm.figures = evmFigures(1000, 500, 300, 600); // SPI 0.6, CPI 0.5
    h = assessHealth(index, p, evm, lenient);
    CHECK(h.health == Health::Red);
    CHECK(h.reasons[0].startsWith(QStringLiteral("behind schedule")));
    CHECK(h.reasons[1].startsWith(QStringLiteral("over budget")));

    Fixture calm;
    Project q = calm.project(QStringLiteral("G"));
    calm.add(q);
    const Workspace &ws2 = calm.commit();
    evm.figures = evmFigures(1000, 500, 500, 490);
    h = assessHealth(WorkspaceIndex(ws2), q, evm);
    CHECK(h.health == Health::Green);
    REQUIRE(h.reasons.size() == 1);
    CHECK(healthName(Health::Amber) == QStringLiteral("Amber"));
}
