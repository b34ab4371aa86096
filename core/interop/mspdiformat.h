#pragma once
// Value formats of Microsoft Project's XML (MSPDI), shared by MspdiReader and MspdiWriter:
// dates ("2024-03-04T08:00:00"), times of day, xsd:duration ("PT8H0M0S"), and the numeric codes
// of duration formats, constraint types and link types as Microsoft documents them.

#include "model/enums.h"
#include "model/timeutil.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Keel::Mspdi {

inline const QString kNamespace = QStringLiteral("http://schemas.microsoft.com/project");

/// Wall-clock minutes of "YYYY-MM-DD[THH:MM[:SS[.fff]]]" (a trailing Z or ±HH:MM is ignored: MSPDI
/// dates are local). Seconds are dropped. nullopt when malformed; kNoTime for an empty text.
std::optional<Minutes> parseDateTime(QStringView text);
QString formatDateTime(Minutes m);

/// Minute of the day of "HH:MM[:SS[.fff]]"; "24:00:00" is 1440. nullopt when malformed.
std::optional<int> parseTime(QStringView text);
/// "HH:MM:SS"; the end of the day (1440) is written "00:00:00", as Microsoft Project does.
QString formatTime(int minuteOfDay);

/// Minutes of an xsd:duration ("PT8H30M0S", "-PT1H", "P2DT4H", "PT1.5H"). Days, months and
/// years count @p minutesPerDay, @p daysPerMonth working days and 12 months. nullopt when malformed.
std::optional<double> parseDuration(QStringView text, int minutesPerDay, int daysPerMonth);
/// "PT%1H%2M0S" (negative: "-PT…").
QString formatDuration(Minutes minutes);

/// Whether a DurationFormat / LagFormat code counts elapsed time (em, eh, ed, ew, emo, e%, with or
/// without the "estimated" flag).
bool isElapsedFormat(int code);
/// Whether a format code is a percentage (%, e%).
bool isPercentFormat(int code);
/// The format code that shows @p minutes best: days if whole days, else hours, else minutes.
int formatCodeFor(Minutes minutes, bool elapsed, int minutesPerDay);

std::optional<ConstraintType> constraintFromCode(int code);
int constraintCode(ConstraintType type);
std::optional<DependencyType> linkTypeFromCode(int code);
int linkTypeCode(DependencyType type);

} // namespace Keel::Mspdi
