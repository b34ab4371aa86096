#pragma once
// DateText: dates and times as spreadsheets and other planning tools write them. ISO first
// ("2024-01-15", "2024-01-15T08:00", "2024-01-15 08:00:00"), then "2024/1/15 8:00",
// "15.01.2024", "1/15/2024" or "15/1/2024" (DayMonthOrder decides), an optional leading weekday
// name ("Mon 1/15/24"), English month names ("Jan 15, 2024", "15 January 2024"), "2024年1月15日",
// 12-hour times ("8:00 AM") and two-digit years (2000 + yy). Years outside 1900–2200 are refused.

#include "model/timeutil.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Keel {

struct ParsedDate
{
    QDate date;
    int minuteOfDay = -1;  ///< -1: the text gave no time
};

class DateText
{
public:
    enum class Order { MonthFirst, DayFirst };

    /// Parses @p text; with a non-empty Qt @p format only that format is tried.
    static std::optional<ParsedDate> parse(QStringView text, Order order, const QString &format = {});
    /// Whether @p text is a slashed date whose first number can only be a day (> 12).
    static bool looksDayFirst(QStringView text);
};

} // namespace Keel
