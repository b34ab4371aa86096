#pragma once
// Schedule time in Keel: wall-clock local minutes since 1970-01-01 00:00 in the project's calendar,
// the way Microsoft Project keeps dates (no time zone, no daylight saving). Audit and sync times are
// UTC milliseconds. A missing date is kNoTime.

#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <limits>

namespace Keel {

using Minutes = qint64;
inline constexpr Minutes kNoTime = std::numeric_limits<qint64>::min();
inline constexpr Minutes kMinutesPerDay = 24 * 60;

/// Days since 1970-01-01 of a date.
qint64 dayNumber(QDate date);
QDate dateOfDay(qint64 day);
/// Weekday of a day number, Qt's convention: 1 = Monday … 7 = Sunday.
int weekdayOfDay(qint64 day);

Minutes toMinutes(const QDateTime &wallClock);
Minutes toMinutes(QDate date, int minuteOfDay = 0);
QDateTime toDateTime(Minutes m);
QDate toDate(Minutes m);

/// "YYYY-MM-DDTHH:MM:SS", or an empty string for kNoTime.
QString formatIso(Minutes m);
/// Parses "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS"; kNoTime when it is not a date.
Minutes parseIso(const QString &text);

} // namespace Keel
