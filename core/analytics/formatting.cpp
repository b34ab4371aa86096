#include "formatting.h"

#include <model/money.h>
#include <model/timeutil.h>

#include <cmath>

namespace Keel::Format {

int minorDigits(const QString &currency)
{
    return Currency::minorDigits(currency);
}

double majorUnits(double minorUnits, const QString &currency)
{
    return minorUnits / std::pow(10.0, minorDigits(currency));
}

QString none()
{
    return QStringLiteral("–");
}

QString amount(double minorUnits, const QString &currency, const QLocale &locale)
{
    if (std::isnan(minorUnits))
        return none();
    const double major = std::round(majorUnits(minorUnits, currency));
    return locale.toString(major == 0 ? 0.0 : major, 'f', 0);
}

QString money(double minorUnits, const QString &currency, const QLocale &locale)
{
    if (std::isnan(minorUnits))
        return none();
    return amount(minorUnits, currency, locale) + u'\u00a0' + currency;
}

QString index(double value, const QLocale &locale)
{
    return std::isnan(value) || std::isinf(value) ? none() : locale.toString(value, 'f', 2);
}

QString percent(double ratio, const QLocale &locale, int decimals)
{
    if (std::isnan(ratio) || std::isinf(ratio))
        return none();
    return locale.toString(ratio * 100.0, 'f', decimals) + QStringLiteral("\u00a0%");
}

QString days(double minutes, int minutesPerDay, const QLocale &locale, int decimals)
{
    if (std::isnan(minutes) || minutesPerDay <= 0)
        return none();
    return locale.toString(minutes / minutesPerDay, 'f', decimals);
}

QString date(qint64 minutes)
{
    return minutes == kNoTime ? none() : toDate(minutes).toString(Qt::ISODate);
}

} // namespace Keel::Format
