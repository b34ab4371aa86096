#include "formatting.h"

#include <model/money.h>

#include <QSet>

#include <cmath>

namespace Keel::Format {

int currencyDigits(const QString &currency)
{
    return Currency::minorDigits(currency);
}

namespace {

double scale(int digits)
{
    return std::pow(10.0, digits);
}

QString withCurrency(const QString &number, const QString &currency)
{
    return currency.isEmpty() ? number : currency + QChar(0x00A0) + number;
}

} // namespace

QString money(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const int digits = currencyDigits(currency);
    return withCurrency(locale.toString(double(minorUnits) / scale(digits), 'f', digits), currency);
}

QString moneyWhole(qint64 minorUnits, const QString &currency, const QLocale &locale)
{
    const double whole = std::round(double(minorUnits) / scale(currencyDigits(currency)));
    return withCurrency(locale.toString(whole, 'f', 0), currency);
}

namespace {

QString fourDigitYear(QString format)
{
    if (!format.contains(QLatin1StringView("yyyy")))
        format.replace(QLatin1StringView("yy"), QLatin1StringView("yyyy"));
    return format;
}

} // namespace

QString dateFormat(const QLocale &locale)
{
    return fourDigitYear(locale.dateFormat(QLocale::ShortFormat));
}

QString dateTimeFormat(const QLocale &locale)
{
    return fourDigitYear(locale.dateTimeFormat(QLocale::ShortFormat));
}

QString date(Minutes when, const QLocale &locale)
{
    if (when == kNoTime)
        return {};
    return locale.toString(toDate(when), dateFormat(locale));
}

QString units(double maxUnits, const QLocale &locale)
{
    return locale.toString(std::round(maxUnits * 100.0), 'f', 0) + locale.percent();
}

QString moneyForEditing(qint64 minorUnits, const QString &currency)
{
    return QString::number(Currency::toMajor(double(minorUnits), currency), 'f', Currency::minorDigits(currency));
}

} // namespace Keel::Format
