#pragma once
// Which currencies in use have no exchange rate to the reporting currency. The converter
// (CurrencyConverter) reaches any other pair through the reporting currency, so a currency is
// covered once some rate, on any day and either way round, joins it to the reporting currency.
// Without one, that currency's amounts stay in it: the portfolio and profitability totals in the
// reporting currency are not shown, and its clients appear in their own currency.

#include <model/timeutil.h>

#include <QString>

#include <vector>

namespace Keel {

class Workspace;

struct MissingExchangeRate
{
    QString currency;    ///< the currency in use (ISO 4217, upper case)
    QString reporting;   ///< the reporting currency it has no rate to
    int projects = 0;    ///< projects in that currency
    int resources = 0;   ///< people or equipment whose cost and bill rates are in it
    int expenses = 0;    ///< expenses paid in it
    Minutes since = kNoTime; ///< the earliest day it is used: a project's start, an expense's date
};

/// The currencies used by projects, resources' rates and expenses that no exchange rate joins to
/// the workspace's reporting currency, by code.
std::vector<MissingExchangeRate> missingExchangeRates(const Workspace &ws);

} // namespace Keel
