#pragma once
// Early warnings: the open projects forecast to miss their deadline or to overrun their budget by
// more than a threshold, each with the reason in words.
//
// The deadline is the later of the project's baseline finish and its latest task deadline. The finish
// forecast is the Monte Carlo finish at the chosen confidence (P80 by default), calibrated by the
// closed projects' history when there is any; the earned-schedule forecast is quoted beside it.
// The budget is the project's budget (else its budget at completion); the cost forecast is the
// larger of the Monte Carlo cost at the confidence and the EAC = BAC / CPI (once at least 5 % of
// the budget is earned, so that a young project's CPI does not raise false alarms).

#include "calendarcache.h"
#include "scope.h"
#include "workspaceindex.h"

#include <QString>

#include <vector>

namespace Keel {

struct EarlyWarningOptions
{
    Minutes statusDate = kNoTime;   ///< kNoTime: each project's status date
    double lateDays = 5;            ///< warn when forecast this many working days late or more
    double overrun = 0.10;          ///< warn when the cost forecast exceeds the budget by more
    double confidence = 0.8;
    int iterations = 2000;
    quint64 seed = 20260105;
    bool calibrate = true;
};

struct EarlyWarning
{
    enum class Kind { Deadline, Budget };
    Id projectId;
    Kind kind = Kind::Deadline;
    Minutes target = kNoTime;       ///< Deadline: the date to meet
    Minutes forecast = kNoTime;     ///< Deadline: the forecast finish
    double daysLate = 0;            ///< working days
    QString currency;
    double budget = 0;              ///< Budget: minor units
    double forecastCost = 0;
    double overrun = 0;             ///< share over the budget (0.15 = 15 %)
    QString reason;                 ///< translated, context "Keel::EarlyWarning"
};

/// Warnings of every project not closed, in project order (deadline before budget).
std::vector<EarlyWarning> earlyWarnings(const WorkspaceIndex &index, CalendarCache &calendars,
                                        const EarlyWarningOptions &options = {});
/// Warnings of one project.
std::vector<EarlyWarning> earlyWarnings(const WorkspaceIndex &index, CalendarCache &calendars,
                                        const Project &project, const EarlyWarningOptions &options = {});

} // namespace Keel
