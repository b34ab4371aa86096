#pragma once
// CurrencyConverter: amounts in one currency expressed in another at the rate of the day, from the
// workspace's dated exchange rates (ExchangeRate records). A rate applies from its day until the
// next rate of the same pair; a pair with no direct rate uses the inverse of the opposite one,
// else goes through the workspace's reporting currency (Settings::currency). Amounts are minor
// units; each currency's minor unit comes from the ISO 4217 table (model/money.h).

#include <model/timeutil.h>

#include <QHash>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace Keel {

class Workspace;

class CurrencyConverter
{
public:
    explicit CurrencyConverter(const Workspace &ws);

    /// The currency portfolio totals are shown in: the workspace's currency.
    const QString &reportingCurrency() const { return m_reporting; }
    /// One unit of @p from in units of @p to on @p day; nullopt when no rate reaches it.
    std::optional<double> rate(const QString &from, const QString &to, Minutes day) const;
    /// @p minor minor units of @p from in minor units of @p to on @p day (not rounded).
    std::optional<double> convert(double minor, const QString &from, const QString &to, Minutes day) const;
    /// The same in the reporting currency.
    std::optional<double> toReporting(double minor, const QString &from, Minutes day) const
    {
        return convert(minor, from, m_reporting, day);
    }

private:
    std::optional<double> direct(const QString &from, const QString &to, Minutes day) const;

    QString m_reporting;
    /// (from, to) → (effective from, rate), by date.
    QHash<QString, std::vector<std::pair<Minutes, double>>> m_rates;
};

} // namespace Keel
