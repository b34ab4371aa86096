#pragma once
// DurationText: durations and lags as people type them in spreadsheets — "5d", "3h", "2w",
// "1.5d", "30m", "2mo", "5 days", "3 天", elapsed "2ed", percentages "50%", estimated "5d?" —
// to and from minutes. A day, week and month count the workspace's minutes per day/week and days
// per month, as Microsoft Project does.

#include "timeutil.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Keel {

struct DurationUnits
{
    int minutesPerDay = 480;
    int minutesPerWeek = 2400;
    int daysPerMonth = 20;
};

struct ParsedDuration
{
    Minutes minutes = 0;   ///< working or elapsed minutes; a percentage when percent is set
    bool elapsed = false;
    bool percent = false;
    bool estimated = false;
};

class DurationText
{
public:
    enum class Unit { Minute, Hour, Day, Week, Month };

    /// Parses @p text; a number without a unit counts @p defaultUnit. A sign is allowed (lags).
    /// nullopt when the text is not a duration.
    static std::optional<ParsedDuration> parse(QStringView text, const DurationUnits &units,
                                               Unit defaultUnit = Unit::Day);
    /// The shortest exact form: whole days "5d", else whole hours "3h", else minutes "45m";
    /// elapsed durations "2ed", "5eh", "30em". Negative values keep their sign.
    static QString format(Minutes minutes, bool elapsed, const DurationUnits &units);
};

} // namespace Keel
