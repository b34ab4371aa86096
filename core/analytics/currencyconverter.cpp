#include "currencyconverter.h"

#include <model/money.h>
#include <model/workspace.h>

#include <algorithm>

namespace Keel {

namespace {

QString pairKey(const QString &from, const QString &to)
{
    return from.toUpper() + u'/' + to.toUpper();
}

} // namespace

CurrencyConverter::CurrencyConverter(const Workspace &ws)
    : m_reporting(ws.settings().currency.toUpper())
{
    for (const ExchangeRate &r : ws.table<ExchangeRate>())
        m_rates[pairKey(r.fromCurrency, r.toCurrency)].emplace_back(r.effectiveFrom, r.rate);
    for (auto &list : m_rates)
        std::sort(list.begin(), list.end());
}

std::optional<double> CurrencyConverter::direct(const QString &from, const QString &to, Minutes day) const
{
    if (from.compare(to, Qt::CaseInsensitive) == 0)
        return 1.0;
    auto find = [&](const QString &a, const QString &b) -> std::optional<double> {
        const auto it = m_rates.constFind(pairKey(a, b));
        if (it == m_rates.cend())
            return std::nullopt;
        // The last rate in force on the day; before the first one, none.
        const auto after = std::upper_bound(it->cbegin(), it->cend(), day,
                                            [](Minutes d, const std::pair<Minutes, double> &r) { return d < r.first; });
        if (after == it->cbegin())
            return std::nullopt;
        return std::prev(after)->second;
    };
    if (const auto r = find(from, to))
        return r;
    if (const auto r = find(to, from); r && *r > 0)
        return 1.0 / *r;
    return std::nullopt;
}

std::optional<double> CurrencyConverter::rate(const QString &from, const QString &to, Minutes day) const
{
    if (const auto r = direct(from, to, day))
        return r;
    const auto a = direct(from, m_reporting, day);
    const auto b = direct(m_reporting, to, day);
    if (a && b)
        return *a * *b;
    return std::nullopt;
}

std::optional<double> CurrencyConverter::convert(double minor, const QString &from, const QString &to, Minutes day) const
{
    const auto r = rate(from, to, day);
    if (!r)
        return std::nullopt;
    return Currency::toMajor(minor, from) * *r * double(Currency::minorPerMajor(to));
}

} // namespace Keel
