#pragma once
#include "ids.h"
#include "timeutil.h"
#include <QString>

namespace Keel {

/// One unit of `fromCurrency` is worth `rate` units of `toCurrency` from `effectiveFrom` (a day, at
/// 00:00) until the next rate of the same pair. Used to show totals across projects billed in
/// different currencies in the workspace's reporting currency (Settings::currency).
struct ExchangeRate
{
    Id id;
    QString fromCurrency;
    QString toCurrency;
    Minutes effectiveFrom = kNoTime;
    double rate = 0;
};

} // namespace Keel
