#pragma once
// Client satisfaction over a period: the average rating (1..5), how the ratings spread over the
// five scores, and the trend by month. Rating times are UTC; months are UTC months.

#include "period.h"
#include "scope.h"
#include "workspaceindex.h"

#include <array>
#include <vector>

namespace Keel {

struct MonthlyScore
{
    QDate month;        ///< first day of the month
    int count = 0;
    double average = 0;
};

struct Satisfaction
{
    int count = 0;
    double average = 0;                 ///< NaN without ratings
    std::array<int, 5> distribution{};  ///< ratings with score 1..5 at index 0..4
    std::vector<MonthlyScore> trend;    ///< months with ratings, in order
};

Satisfaction computeSatisfaction(const WorkspaceIndex &index, const Period &period, const Scope &scope = {});

/// Wall-clock minutes of a UTC time in milliseconds (UTC taken as the wall clock).
Minutes minutesOfUtcMs(qint64 utcMs);

} // namespace Keel
