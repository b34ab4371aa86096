#pragma once
// Money: an integer count of minor units with its ISO 4217 currency code; never a double. The
// minor unit of each currency (2 for EUR, 0 for JPY, 3 for KWD) comes from the one ISO 4217 table
// in data/iso4217.tsv, which the desktop, the reports and the CLI all use.

#include <QLocale>
#include <QString>

#include <optional>

namespace Keel {

struct Money
{
    qint64 minor = 0;     ///< minor units (cents for EUR)
    QString currency;     ///< ISO 4217 alphabetic code, upper case

    friend bool operator==(const Money &, const Money &) = default;
};

namespace Currency {

/// Whether @p code is an alphabetic code of ISO 4217 List One.
bool isKnown(QStringView code);
/// The minor unit of @p code: 2 for EUR, 0 for JPY, 3 for KWD; 0 for codes the standard gives
/// none (XAU, XXX); 2 for a code not in the list.
int minorDigits(QStringView code);
/// 10^minorDigits(code): minor units per major unit.
qint64 minorPerMajor(QStringView code);
/// Every code of the table, sorted.
QStringList codes();

/// Major units of an amount in minor units (for charts and ratios only; sums stay integral).
double toMajor(double minor, QStringView code);
/// Minor units of an amount in major units, rounded half away from zero.
qint64 fromMajor(double major, QStringView code);
/// Reads "1250.50", "1,250.50" (in @p locale or C) as minor units of @p code; nullopt when the
/// text is not an amount or has more decimals than the currency.
std::optional<qint64> parse(const QString &text, QStringView code, const QLocale &locale = QLocale::c());

} // namespace Currency

} // namespace Keel
