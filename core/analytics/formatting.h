#pragma once
// Display forms of the analytics' numbers, through QLocale: money from minor units, ratios,
// percentages and working days. Used by reports, the CLI and translated reason texts.

#include <QLocale>
#include <QString>

namespace Keel::Format {

/// Digits after the decimal point of an ISO 4217 currency's minor unit (2 for most, 0 for JPY…).
int minorDigits(const QString &currency);
/// Major units of an amount in minor units.
double majorUnits(double minorUnits, const QString &currency);
/// "1,234,567 EUR": whole major units (the minor units are rounded), currency code after.
QString money(double minorUnits, const QString &currency, const QLocale &locale = QLocale());
/// The amount only, whole major units: "1,234,567".
QString amount(double minorUnits, const QString &currency, const QLocale &locale = QLocale());
/// "0.93"; "–" for NaN.
QString index(double value, const QLocale &locale = QLocale());
/// "12.5 %" of a ratio 0.125; "–" for NaN.
QString percent(double ratio, const QLocale &locale = QLocale(), int decimals = 1);
/// "12.5" days of working minutes at @p minutesPerDay; "–" for NaN.
QString days(double minutes, int minutesPerDay, const QLocale &locale = QLocale(), int decimals = 1);
/// "2026-01-05", or "–" for kNoTime.
QString date(qint64 minutes);
/// The dash shown for an undefined value.
QString none();

} // namespace Keel::Format
