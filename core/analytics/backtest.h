#pragma once
// Back-test of the history calibration: leave one closed project out, learn the biases from the
// other closed projects (HistoryModel), forecast the left-out project as it was planned (its
// baseline durations and work, no progress) with and without the calibration, and compare both
// with what actually happened. The mean absolute percentage error (MAPE) over the closed projects
// shows whether calibration improves forecasts.

#include "historymodel.h"

#include <vector>

namespace Keel {

struct BacktestProject
{
    Id projectId;
    QString label;              ///< "CODE Name"
    int tasks = 0;              ///< finished leaf tasks compared
    int trainingSamples = 0;    ///< tasks of the other closed projects learnt from
    double actualDays = 0;      ///< working days from the first actual start to the last actual finish
    double plannedDays = 0;     ///< forecast from the plan (most likely durations), uncalibrated
    double calibratedDays = 0;  ///< the same, durations × the learnt factors
    double actualWorkHours = 0;
    double plannedWorkHours = 0;
    double calibratedWorkHours = 0;
};

struct Backtest
{
    std::vector<BacktestProject> projects;
    /// Mean absolute percentage errors (0.12 = 12 %), NaN without projects.
    double durationErrorPlanned = 0;
    double durationErrorCalibrated = 0;
    double workErrorPlanned = 0;
    double workErrorCalibrated = 0;
};

Backtest runBacktest(const WorkspaceIndex &index, CalendarCache &calendars, const HistoryOptions &options = {});

} // namespace Keel
