#pragma once
// How the desktop shows dates, money and units: always through QLocale, never hand-built.

#include <model/timeutil.h>

#include <QLocale>
#include <QString>

namespace Keel::Format {

/// Digits after the decimal point of an ISO 4217 currency (2 for most, 0 for JPY, 3 for KWD).
int currencyDigits(const QString &currency);

/// "EUR 1,250,000.00" in the given locale; an empty currency shows the number alone.
QString money(qint64 minorUnits, const QString &currency, const QLocale &locale = {});
/// As money() but rounded to whole units: for overviews where cents are noise.
QString moneyWhole(qint64 minorUnits, const QString &currency, const QLocale &locale = {});
/// An amount as typed into an editor: "1250.50" (no grouping, no currency), read back by
/// Currency::parse.
QString moneyForEditing(qint64 minorUnits, const QString &currency);

/// The locale's short date with a four-digit year ("6/3/2024", "2024/6/3"); empty for kNoTime.
QString date(Minutes when, const QLocale &locale = {});
/// The locale's short date (and date-and-time) pattern with a four-digit year, for date editors.
QString dateFormat(const QLocale &locale = {});
QString dateTimeFormat(const QLocale &locale = {});

/// 1.0 → "100%", 0.5 → "50%".
QString units(double maxUnits, const QLocale &locale = {});

} // namespace Keel::Format
