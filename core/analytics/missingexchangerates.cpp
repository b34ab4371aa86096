#include "missingexchangerates.h"

#include <model/workspace.h>

#include <QSet>

#include <map>

namespace Keel {

std::vector<MissingExchangeRate> missingExchangeRates(const Workspace &ws)
{
    const QString reporting = ws.settings().currency.trimmed().toUpper();
    QSet<QString> joined;
    for (const ExchangeRate &r : ws.table<ExchangeRate>()) {
        const QString from = r.fromCurrency.toUpper();
        const QString to = r.toCurrency.toUpper();
        if (to == reporting)
            joined.insert(from);
        else if (from == reporting)
            joined.insert(to);
    }
    std::map<QString, MissingExchangeRate> missing;
    auto use = [&](const QString &code, Minutes when = kNoTime) -> MissingExchangeRate * {
        const QString currency = code.trimmed().toUpper();
        if (currency.isEmpty() || currency == reporting || joined.contains(currency))
            return nullptr;
        MissingExchangeRate &m = missing[currency];
        m.currency = currency;
        m.reporting = reporting;
        if (when != kNoTime) {
            const Minutes day = toMinutes(toDate(when));
            if (m.since == kNoTime || day < m.since)
                m.since = day;
        }
        return &m;
    };
    for (const Project &p : ws.projects())
        if (MissingExchangeRate *m = use(p.currency, p.start))
            ++m->projects;
    for (const Resource &r : ws.resources())
        if (!r.rates.isEmpty())
            if (MissingExchangeRate *m = use(r.currency))
                ++m->resources;
    for (const Expense &x : ws.table<Expense>())
        if (MissingExchangeRate *m = use(x.currency, x.date))
            ++m->expenses;
    std::vector<MissingExchangeRate> result;
    result.reserve(missing.size());
    for (auto &[code, m] : missing)
        result.push_back(m);
    return result;
}

} // namespace Keel
