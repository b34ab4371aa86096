// The reporting currency and exchange rates through the edit service: validation with the field
// named, a second rate of a pair on one day refused, apply → undo → redo, the converter following
// a new rate, and the currencies in use that no rate joins to the reporting currency.

#include "analytics/currencyconverter.h"
#include "analytics/missingexchangerates.h"
#include "edit/editservice.h"
#include "store/store.h"

#include <catch2/catch.hpp>

using namespace Keel;
using Catch::Detail::Approx;

namespace {

Minutes day(int y, int m, int d)
{
    return toMinutes(QDate(y, m, d));
}

ExchangeRate rate(const char *from, const char *to, Minutes effective, double value)
{
    ExchangeRate r;
    r.fromCurrency = QString::fromLatin1(from);
    r.toCurrency = QString::fromLatin1(to);
    r.effectiveFrom = effective;
    r.rate = value;
    return r;
}

struct Rates
{
    std::unique_ptr<Store> store = Store::createInMemory(QStringLiteral("Rates"));
    const Workspace &ws() const { return store->workspace(); }

    ChangeSet apply(const Edit &e)
    {
        INFO(e.error.toStdString());
        REQUIRE(e.ok());
        QString error;
        const std::optional<ChangeSet> applied = store->apply(e.changes, &error);
        INFO(error.toStdString());
        REQUIRE(applied);
        return *applied;
    }
    void undo(const ChangeSet &applied) { apply(EditService(ws()).undo(applied)); }
    void redo(const ChangeSet &applied) { apply(EditService(ws()).redo(applied)); }
};

} // namespace

TEST_CASE("Reporting currency: a known code, one undoable step", "[edit][exchangerates]")
{
    Rates f;
    const QString before = f.ws().settings().currency;
    Edit bad = EditService(f.ws()).setReportingCurrency(QStringLiteral("XYZ"));
    CHECK_FALSE(bad.ok());
    CHECK(bad.field == "currency");
    CHECK(bad.error.contains(u"XYZ"));

    const qint64 entries = f.store->changeSetCount();
    const ChangeSet applied = f.apply(EditService(f.ws()).setReportingCurrency(QStringLiteral(" usd ")));
    CHECK(f.store->changeSetCount() == entries + 1);
    CHECK(f.ws().settings().currency == u"USD");
    CHECK(EditService(f.ws()).setReportingCurrency(QStringLiteral("USD")).changes.isEmpty());
    f.undo(applied);
    CHECK(f.ws().settings().currency == before);
    f.redo(applied);
    CHECK(f.ws().settings().currency == u"USD");
}

TEST_CASE("Exchange rates: validated with the field named, a pair's second rate on a day refused", "[edit][exchangerates]")
{
    Rates f;
    const EditService edits(f.ws());
    struct Case { ExchangeRate r; QByteArray field; };
    const Case cases[] = {{rate("XYZ", "EUR", day(2026, 1, 1), 0.9), "from_currency"},
                          {rate("USD", "", day(2026, 1, 1), 0.9), "to_currency"},
                          {rate("USD", "usd", day(2026, 1, 1), 1.0), "to_currency"},
                          {rate("USD", "EUR", kNoTime, 0.9), "effective_from"},
                          {rate("USD", "EUR", day(2026, 1, 1), 0.0), "rate"},
                          {rate("USD", "EUR", day(2026, 1, 1), -1.5), "rate"}};
    for (const Case &c : cases) {
        const Edit e = edits.saveExchangeRate(c.r);
        CHECK_FALSE(e.ok());
        CHECK(e.field == c.field);
        CHECK(e.changes.isEmpty());
    }

    // Any time of the day is that day; codes are upper-cased.
    const Edit added = EditService(f.ws()).saveExchangeRate(rate("usd", "eur", day(2026, 3, 1) + 600, 0.92));
    const ChangeSet applied = f.apply(added);
    const ExchangeRate *stored = f.ws().get<ExchangeRate>(added.id);
    REQUIRE(stored);
    CHECK(stored->fromCurrency == u"USD");
    CHECK(stored->effectiveFrom == day(2026, 3, 1));

    for (const ExchangeRate &twice : {rate("USD", "EUR", day(2026, 3, 1), 0.95), rate("EUR", "USD", day(2026, 3, 1) + 60, 1.1)}) {
        const Edit dup = EditService(f.ws()).saveExchangeRate(twice);
        CHECK_FALSE(dup.ok());
        CHECK(dup.field == "effective_from");
        CHECK(dup.error.contains(u"USD → EUR"));
        CHECK(dup.error.contains(u"2026-03-01"));
    }
    // Another day of the pair, and the same rate saved again (editing it), are fine.
    CHECK(EditService(f.ws()).saveExchangeRate(rate("USD", "EUR", day(2026, 3, 2), 0.95)).ok());
    ExchangeRate edited = *stored;
    edited.rate = 0.93;
    const ChangeSet saved = f.apply(EditService(f.ws()).saveExchangeRate(edited));
    CHECK(f.ws().get<ExchangeRate>(added.id)->rate == Approx(0.93));
    CHECK(f.ws().table<ExchangeRate>().size() == 1);

    f.undo(saved);
    CHECK(f.ws().get<ExchangeRate>(added.id)->rate == Approx(0.92));
    const ChangeSet removed = f.apply(EditService(f.ws()).removeExchangeRate(added.id));
    CHECK(f.ws().table<ExchangeRate>().size() == 0);
    CHECK_FALSE(EditService(f.ws()).removeExchangeRate(added.id).ok());
    f.undo(removed);
    CHECK(f.ws().get<ExchangeRate>(added.id));
    f.undo(applied);
    CHECK(f.ws().table<ExchangeRate>().size() == 0);
}

TEST_CASE("Exchange rates: the converter follows a new rate from its day", "[edit][exchangerates]")
{
    Rates f;
    REQUIRE(f.ws().settings().currency == u"EUR");
    CHECK_FALSE(CurrencyConverter(f.ws()).toReporting(10000, QStringLiteral("USD"), day(2026, 4, 1)));
    f.apply(EditService(f.ws()).saveExchangeRate(rate("USD", "EUR", day(2026, 3, 1), 0.9)));
    f.apply(EditService(f.ws()).saveExchangeRate(rate("USD", "EUR", day(2026, 5, 1), 0.8)));
    const CurrencyConverter c(f.ws());
    CHECK_FALSE(c.toReporting(10000, QStringLiteral("USD"), day(2026, 2, 28)));
    CHECK(*c.toReporting(10000, QStringLiteral("USD"), day(2026, 4, 1)) == Approx(9000));
    CHECK(*c.toReporting(10000, QStringLiteral("USD"), day(2026, 5, 1)) == Approx(8000));
}

TEST_CASE("Exchange rates: the currencies in use with no rate to the reporting currency", "[edit][exchangerates]")
{
    Rates f;
    ChangeSet setup;
    Project us;
    us.id = newId();
    us.name = QStringLiteral("US rollout");
    us.currency = QStringLiteral("USD");
    us.start = day(2026, 4, 6) + 480;
    setup.insert(us);
    Project eu = us;
    eu.id = newId();
    eu.name = QStringLiteral("EU rollout");
    eu.currency = QStringLiteral("EUR");
    setup.insert(eu);
    Resource r;
    r.id = newId();
    r.name = QStringLiteral("Consultant");
    r.currency = QStringLiteral("GBP");
    r.rates = {{kNoTime, 5000, 9000}};
    setup.insert(r);
    Expense x;
    x.id = newId();
    x.projectId = eu.id;
    x.date = day(2026, 3, 4);
    x.amount = 12000;
    x.currency = QStringLiteral("USD");
    x.category = QStringLiteral("Travel");
    setup.insert(x);
    REQUIRE(f.store->apply(setup));

    std::vector<MissingExchangeRate> missing = missingExchangeRates(f.ws());
    REQUIRE(missing.size() == 2);
    CHECK(missing[0].currency == u"GBP");
    CHECK(missing[0].reporting == u"EUR");
    CHECK(missing[0].resources == 1);
    CHECK(missing[1].currency == u"USD");
    CHECK(missing[1].projects == 1);
    CHECK(missing[1].expenses == 1);
    CHECK(missing[1].since == day(2026, 3, 4));

    // A rate either way round, on any day, joins the currency.
    f.apply(EditService(f.ws()).saveExchangeRate(rate("EUR", "USD", day(2026, 1, 1), 1.1)));
    missing = missingExchangeRates(f.ws());
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].currency == u"GBP");

    // With USD the reporting currency the EUR → USD rate covers EUR; GBP still has none.
    f.apply(EditService(f.ws()).setReportingCurrency(QStringLiteral("USD")));
    missing = missingExchangeRates(f.ws());
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].currency == u"GBP");
    CHECK(missing[0].reporting == u"USD");
}
