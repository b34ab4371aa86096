// Exchange rates: the converter's rules, and profitability totals in the reporting currency.

#include "fixture.h"

#include <analytics/currencyconverter.h>
#include <analytics/costing.h>
#include <analytics/dashboard.h>
#include <analytics/utilisation.h>
#include <analytics/profitability.h>

using namespace Keel;
using namespace Keel::Test;
using Catch::Detail::Approx;

namespace {

ExchangeRate rate(const char *from, const char *to, QDate day, double value)
{
    ExchangeRate r;
    r.id = newId();
    r.fromCurrency = QString::fromLatin1(from);
    r.toCurrency = QString::fromLatin1(to);
    r.effectiveFrom = toMinutes(day);
    r.rate = value;
    return r;
}

} // namespace

TEST_CASE("currency converter: the rate of the day, inverse pairs, through the reporting currency", "[analytics][currency]")
{
    Fixture fx; // the workspace's currency (reporting currency) is EUR
    fx.add(rate("USD", "EUR", QDate(2026, 1, 1), 0.90));
    fx.add(rate("USD", "EUR", QDate(2026, 3, 1), 0.80));
    fx.add(rate("EUR", "CNY", QDate(2026, 1, 1), 8.0));
    fx.add(rate("EUR", "JPY", QDate(2026, 1, 1), 160.0));
    const Workspace &ws = fx.commit();
    const CurrencyConverter c(ws);
    CHECK(c.reportingCurrency() == u"EUR");
    CHECK(*c.rate(QStringLiteral("USD"), QStringLiteral("EUR"), toMinutes(QDate(2026, 2, 10))) == Approx(0.90));
    CHECK(*c.rate(QStringLiteral("USD"), QStringLiteral("EUR"), toMinutes(QDate(2026, 3, 1))) == Approx(0.80));
    CHECK_FALSE(c.rate(QStringLiteral("USD"), QStringLiteral("EUR"), toMinutes(QDate(2025, 12, 31))));
    CHECK(*c.rate(QStringLiteral("EUR"), QStringLiteral("USD"), toMinutes(QDate(2026, 3, 5))) == Approx(1.25));
    CHECK(*c.rate(QStringLiteral("USD"), QStringLiteral("CNY"), toMinutes(QDate(2026, 3, 5))) == Approx(6.4));
    CHECK_FALSE(c.rate(QStringLiteral("GBP"), QStringLiteral("EUR"), toMinutes(QDate(2026, 3, 5))));
    // Minor units: 100.00 USD = 80.00 EUR; 10.00 EUR = 1,600 JPY (no minor unit).
    CHECK(*c.convert(10000, QStringLiteral("USD"), QStringLiteral("EUR"), toMinutes(QDate(2026, 3, 5))) == Approx(8000));
    CHECK(*c.convert(1000, QStringLiteral("EUR"), QStringLiteral("JPY"), toMinutes(QDate(2026, 3, 5))) == Approx(1600));
    CHECK(*c.toReporting(1600, QStringLiteral("JPY"), toMinutes(QDate(2026, 3, 5))) == Approx(1000));
}

TEST_CASE("exchange rates are validated", "[analytics][currency]")
{
    std::unique_ptr<Store> store = Store::createInMemory();
    for (const ExchangeRate &bad : {rate("USD", "USD", QDate(2026, 1, 1), 1.0), rate("USD", "XYZ", QDate(2026, 1, 1), 1.0),
                                    rate("USD", "EUR", QDate(2026, 1, 1), 0.0), rate("USD", "EUR", QDate(2026, 1, 1), -2.0)}) {
        QString error;
        CHECK_FALSE(store->apply(ChangeSet().insert(bad), &error));
        CHECK(error.contains(QStringLiteral("Exchange rate")));
    }
}

TEST_CASE("profitability: the total of several currencies in the reporting currency, month by month", "[analytics][currency]")
{
    Fixture fx;
    const Id dev = fx.resource(QStringLiteral("Dev"), 5000, 10000);
    const Id devUs = fx.resource(QStringLiteral("Dev US"), 5000, 10000); // rates in USD
    fx.update(EntityType::Resource, devUs, "currency", QStringLiteral("USD"));
    Project eu = fx.project(QStringLiteral("EU"));
    eu.currency = QStringLiteral("EUR");
    fx.add(eu);
    Project us = fx.project(QStringLiteral("US"));
    us.currency = QStringLiteral("USD");
    fx.add(us);
    const Task a = fx.add(fx.task(eu.id, QStringLiteral("A"), at(2026, 3, 2, 8), at(2026, 4, 30, 17), 40 * 480));
    const Task b = fx.add(fx.task(us.id, QStringLiteral("B"), at(2026, 3, 2, 8), at(2026, 4, 30, 17), 40 * 480));
    fx.log(dev, a.id, QDate(2026, 3, 4), 480);
    fx.log(devUs, b.id, QDate(2026, 3, 5), 480);
    fx.log(devUs, b.id, QDate(2026, 4, 6), 480);
    const Workspace &ws = fx.commit();
    {
        const WorkspaceIndex index(ws);
        CalendarCache calendars(ws);
        const Profitability p = computeProfitability(index, calendars, Period::days(QDate(2026, 3, 1), QDate(2026, 4, 30)));
        CHECK(p.totals.size() == 2);
        CHECK_FALSE(p.reportingTotal);
        CHECK(p.unconverted == QStringList{QStringLiteral("USD")});
    }
    fx.add(rate("USD", "EUR", QDate(2026, 1, 1), 0.90));
    fx.add(rate("USD", "EUR", QDate(2026, 4, 1), 0.80));
    fx.commit();
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);
    const Profitability p = computeProfitability(index, calendars, Period::days(QDate(2026, 3, 1), QDate(2026, 4, 30)));
    REQUIRE(p.reportingTotal);
    CHECK(p.reportingTotal->currency == u"EUR");
    // 8 h × 100.00 in each: EUR as it is, USD in March at 0.90 and in April at 0.80.
    // (A person paid in EUR on the USD project would count at the EUR amount both ways.)
    CHECK(p.reportingTotal->revenue == Approx(80000 + 80000 * 0.90 + 80000 * 0.80));
    CHECK(p.reportingTotal->labourCost == Approx(40000 + 40000 * 0.90 + 40000 * 0.80));
    CHECK(p.unconverted.isEmpty());
}

TEST_CASE("dashboard: client profitability in the reporting currency at the as-of rate", "[analytics][currency]")
{
    Fixture fx;
    const Id dev = fx.resource(QStringLiteral("Dev"), 5000, 10000);
    const Id devUs = fx.resource(QStringLiteral("Dev US"), 5000, 10000);
    fx.update(EntityType::Resource, devUs, "currency", QStringLiteral("USD"));
    Project eu = fx.project(QStringLiteral("EU"));
    eu.clientId = fx.client(QStringLiteral("Euro client"));
    fx.add(eu);
    Project us = fx.project(QStringLiteral("US"));
    us.currency = QStringLiteral("USD");
    us.clientId = fx.client(QStringLiteral("Dollar client"));
    fx.add(us);
    const Task a = fx.add(fx.task(eu.id, QStringLiteral("A"), at(2026, 3, 2, 8), at(2026, 4, 30, 17), 40 * 480));
    const Task b = fx.add(fx.task(us.id, QStringLiteral("B"), at(2026, 3, 2, 8), at(2026, 4, 30, 17), 40 * 480));
    fx.log(dev, a.id, QDate(2026, 3, 4), 480);
    fx.log(devUs, b.id, QDate(2026, 3, 5), 480);
    const Workspace &ws = fx.commit();
    {
        // No rate: each client in its own currency.
        const DashboardData d = DashboardData::compute(ws, QDate(2026, 4, 30));
        REQUIRE(d.clients.size() == 2);
        QStringList currencies;
        for (const auto &c : d.clients)
            currencies << c.currency;
        currencies.sort();
        CHECK(currencies == QStringList{QStringLiteral("EUR"), QStringLiteral("USD")});
    }
    fx.add(rate("USD", "EUR", QDate(2026, 1, 1), 0.5));
    fx.commit();
    const DashboardData d = DashboardData::compute(ws, QDate(2026, 4, 30));
    REQUIRE(d.clients.size() == 2);
    for (const auto &c : d.clients) {
        CHECK(c.currency == u"EUR");
        CHECK(c.revenue == Approx(c.client == u"Dollar client" ? 400.0 : 800.0));
        CHECK(c.marginPercent == Approx(0.5));
    }
}

TEST_CASE("costing: a person paid in another currency costs a project its amount at the rate of the day", "[analytics][currency]")
{
    Fixture fx; // EUR workspace
    const Id cn = fx.resource(QStringLiteral("Li"), 40000, 80000); // 400.00 CNY cost per hour
    fx.update(EntityType::Resource, cn, "currency", QStringLiteral("CNY"));
    fx.add(rate("EUR", "CNY", QDate(2026, 1, 1), 8.0));
    Project eu = fx.project(QStringLiteral("EU"));
    fx.add(eu);
    const Task a = fx.add(fx.task(eu.id, QStringLiteral("A"), at(2026, 3, 2, 8), at(2026, 3, 6, 17), 5 * 480));
    fx.log(cn, a.id, QDate(2026, 3, 4), 480);
    const Workspace &ws = fx.commit();
    const WorkspaceIndex index(ws);
    REQUIRE(ws.table<TimeEntry>().size() == 1);
    const TimeEntry &e = *ws.table<TimeEntry>().begin();
    const Resource *r = ws.get<Resource>(cn);
    CHECK(Costing::entryCost(r, e) == Approx(320000));                                    // 3,200.00 CNY
    CHECK(Costing::entryCost(index, r, e, QStringLiteral("EUR")) == Approx(40000));        // 400.00 EUR
    CHECK(Costing::entryBill(index, r, e, QStringLiteral("EUR")) == Approx(80000));
    CalendarCache calendars(ws);
    const Utilisation u = computeUtilisation(index, calendars, Period::days(QDate(2026, 3, 1), QDate(2026, 3, 31)), Scope{});
    REQUIRE(u.people.size() == 1);
    CHECK(u.people[0].currency == u"CNY");
    CHECK(u.people[0].averageCostRate() == Approx(40000));
    CHECK(u.total.currency == u"EUR");
    CHECK(u.total.averageCostRate() == Approx(5000));
}

TEST_CASE("task costs roll up through the WBS in the project's currency", "[analytics][currency]")
{
    Fixture fx; // EUR workspace and projects
    const Id eu = fx.resource(QStringLiteral("Eu"), 6000, 12000);   // 60.00 EUR an hour
    const Id us = fx.resource(QStringLiteral("Us"), 10000, 20000);  // 100.00 USD an hour
    fx.update(EntityType::Resource, us, "currency", QStringLiteral("USD"));
    fx.add(rate("USD", "EUR", QDate(2026, 1, 1), 0.5));
    Project p = fx.project(QStringLiteral("P"));
    fx.add(p);
    Task phase = fx.task(p.id, QStringLiteral("Phase"), at(2026, 3, 2, 8), at(2026, 3, 6, 17), 5 * 480);
    phase.fixedCost = 1000;
    fx.add(phase);
    Task a = fx.task(p.id, QStringLiteral("A"), at(2026, 3, 2, 8), at(2026, 3, 3, 17), 2 * 480, 0);
    a.parentId = phase.id;
    fx.add(a);
    Task b = fx.task(p.id, QStringLiteral("B"), at(2026, 3, 4, 8), at(2026, 3, 6, 17), 3 * 480, 1);
    b.parentId = phase.id;
    b.fixedCost = 500;
    b.work = 600; // no assignments: its own work counts
    fx.add(b);
    fx.assign(a.id, eu, 600);   // 10 h × 60.00 EUR
    fx.assign(a.id, us, 300);   // 5 h × 100.00 USD at 0.5
    const Workspace &ws = fx.commit();
    const QHash<Id, Costing::TaskCost> c = Costing::taskCosts(ws, p.id);
    CHECK(c.value(a.id).cost == Approx(60000 + 25000));
    CHECK(c.value(a.id).work == 900);
    CHECK(c.value(b.id).cost == Approx(500));
    CHECK(c.value(b.id).work == 600);
    CHECK(c.value(phase.id).cost == Approx(85000 + 500 + 1000));
    CHECK(c.value(phase.id).work == 1500);
}
