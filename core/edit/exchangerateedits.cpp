// EditService's intents for the workspace's reporting currency and its dated exchange rates.

#include "editservice.h"

#include <model/money.h>
#include <model/settings.h>
#include <model/workspace.h>

#include <cmath>

namespace Keel {

namespace {

QString isoDay(Minutes day)
{
    return toDate(day).toString(Qt::ISODate);
}

} // namespace

Edit EditService::setReportingCurrency(const QString &code) const
{
    const QString currency = code.trimmed().toUpper();
    if (!Currency::isKnown(currency))
        return Edit::refused(tr("“%1” is not an ISO 4217 currency code such as EUR or CNY.").arg(code.trimmed()), "currency");
    ChangeSet c(tr("Set the reporting currency to %1").arg(currency));
    if (m_ws.get<Settings>(kSettingsId)) {
        if (m_ws.settings().currency == currency)
            return Edit{};
        c.update(EntityType::Settings, kSettingsId, "currency", currency);
    } else {
        Settings s;
        s.id = kSettingsId;
        s.currency = currency;
        c.insert(s);
    }
    return complete(std::move(c));
}

Edit EditService::saveExchangeRate(const ExchangeRate &given) const
{
    ExchangeRate r = given;
    r.fromCurrency = r.fromCurrency.trimmed().toUpper();
    r.toCurrency = r.toCurrency.trimmed().toUpper();
    if (!Currency::isKnown(r.fromCurrency))
        return Edit::refused(tr("From: “%1” is not an ISO 4217 currency code such as EUR or CNY.").arg(r.fromCurrency),
                             "from_currency");
    if (!Currency::isKnown(r.toCurrency))
        return Edit::refused(tr("To: “%1” is not an ISO 4217 currency code such as EUR or CNY.").arg(r.toCurrency),
                             "to_currency");
    if (r.fromCurrency == r.toCurrency)
        return Edit::refused(tr("An exchange rate is between two different currencies: both are %1.").arg(r.fromCurrency),
                             "to_currency");
    if (r.effectiveFrom == kNoTime)
        return Edit::refused(tr("Give the day the exchange rate applies from."), "effective_from");
    r.effectiveFrom = toMinutes(toDate(r.effectiveFrom));
    if (!(r.rate > 0) || !std::isfinite(r.rate))
        return Edit::refused(tr("The rate must be a number above 0: how many %1 one %2 is worth.").arg(r.toCurrency, r.fromCurrency),
                             "rate");
    for (const ExchangeRate &other : m_ws.table<ExchangeRate>()) {
        if (other.id == r.id || toDate(other.effectiveFrom) != toDate(r.effectiveFrom))
            continue;
        const bool same = other.fromCurrency.compare(r.fromCurrency, Qt::CaseInsensitive) == 0
                          && other.toCurrency.compare(r.toCurrency, Qt::CaseInsensitive) == 0;
        const bool reverse = other.fromCurrency.compare(r.toCurrency, Qt::CaseInsensitive) == 0
                             && other.toCurrency.compare(r.fromCurrency, Qt::CaseInsensitive) == 0;
        if (same || reverse)
            return Edit::refused(tr("There is already a rate %1 → %2 from %3 (%4). Edit that one, or choose another day.")
                                     .arg(other.fromCurrency, other.toCurrency, isoDay(r.effectiveFrom))
                                     .arg(other.rate),
                                 "effective_from");
    }
    const ExchangeRate *old = r.id.isNull() ? nullptr : m_ws.get<ExchangeRate>(r.id);
    const QString label = tr("%1 → %2 from %3").arg(r.fromCurrency, r.toCurrency, isoDay(r.effectiveFrom));
    ChangeSet c(old ? tr("Edit exchange rate %1").arg(label) : tr("Add exchange rate %1").arg(label));
    if (r.id.isNull())
        r.id = newId();
    if (old) {
        if (old->fromCurrency != r.fromCurrency)
            c.update(r, {"from_currency"});
        if (old->toCurrency != r.toCurrency)
            c.update(r, {"to_currency"});
        if (old->effectiveFrom != r.effectiveFrom)
            c.update(r, {"effective_from"});
        if (old->rate != r.rate)
            c.update(r, {"rate"});
        if (c.isEmpty()) {
            Edit unchanged;
            unchanged.id = r.id;
            return unchanged;
        }
    } else {
        c.insert(r);
    }
    Edit e = complete(std::move(c));
    e.id = r.id;
    return e;
}

Edit EditService::removeExchangeRate(const Id &rate) const
{
    const ExchangeRate *r = m_ws.get<ExchangeRate>(rate);
    if (!r)
        return Edit::refused(tr("There is no such exchange rate: it may have been deleted already."));
    ChangeSet c(tr("Delete exchange rate %1 → %2 from %3").arg(r->fromCurrency, r->toCurrency, isoDay(r->effectiveFrom)));
    c.remove(EntityType::ExchangeRate, rate);
    return complete(std::move(c));
}

} // namespace Keel
