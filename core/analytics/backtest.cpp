#include "backtest.h"

#include "montecarlo.h"
#include "scope.h"
#include "schedulenetwork.h"
#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace Keel {

Backtest runBacktest(const WorkspaceIndex &index, CalendarCache &calendars, const HistoryOptions &options)
{
    Backtest result;
    const Workspace &ws = index.workspace();
    QList<const Project *> closed;
    for (const Project &p : ws.projects()) {
        if (p.phase == Phase::Closed)
            closed.append(&p);
    }
    sortProjects(closed);
    std::vector<double> durPlanned, durCalibrated, workPlanned, workCalibrated;
    for (const Project *p : closed) {
        const WorkCalendar &cal = calendars.projectCalendar(*p);
        BacktestProject row;
        row.projectId = p->id;
        row.label = p->code.isEmpty() ? p->name : p->code + QStringLiteral(" ") + p->name;
        Minutes first = kNoTime, last = kNoTime;
        double actualWork = 0, plannedWork = 0, calibratedWork = 0;
        const HistoryModel model = HistoryModel::learn(index, calendars, options, {p->id});
        row.trainingSamples = model.samples();
        for (const Task *t : index.leafTasks(p->id)) {
            if (t->actualStart == kNoTime || t->actualFinish == kNoTime)
                continue;
            ++row.tasks;
            first = first == kNoTime ? t->actualStart : std::min(first, t->actualStart);
            last = last == kNoTime ? t->actualFinish : std::max(last, t->actualFinish);
            const BaselineTask *bt = index.baselineTask(t->id);
            const double planned = double(bt && bt->work > 0 ? bt->work : t->work);
            const double actual = double(index.actualWork(t->id));
            if (planned > 0 && actual > 0) {
                plannedWork += planned;
                calibratedWork += planned * model.factors(index, *t).work;
                actualWork += actual;
            }
        }
        if (row.tasks == 0 || last <= first)
            continue;
        row.actualDays = calendars.toDays(double(cal.workBetween(first, last)));

        NetworkOptions plain;
        plain.asPlanned = true;
        const ScheduleNetwork uncalibrated = buildProjectNetwork(index, calendars, *p, plain);
        NetworkOptions withHistory = plain;
        withHistory.history = &model;
        const ScheduleNetwork calibrated = buildProjectNetwork(index, calendars, *p, withHistory);
        row.plannedDays = calendars.toDays(MonteCarlo(uncalibrated).deterministicFinish());
        row.calibratedDays = calendars.toDays(MonteCarlo(calibrated).deterministicFinish());
        row.actualWorkHours = actualWork / 60.0;
        row.plannedWorkHours = plannedWork / 60.0;
        row.calibratedWorkHours = calibratedWork / 60.0;

        if (row.actualDays > 0) {
            durPlanned.push_back(std::abs(row.plannedDays - row.actualDays) / row.actualDays);
            durCalibrated.push_back(std::abs(row.calibratedDays - row.actualDays) / row.actualDays);
        }
        if (actualWork > 0) {
            workPlanned.push_back(std::abs(plannedWork - actualWork) / actualWork);
            workCalibrated.push_back(std::abs(calibratedWork - actualWork) / actualWork);
        }
        result.projects.push_back(row);
    }
    result.durationErrorPlanned = Stats::mean(durPlanned);
    result.durationErrorCalibrated = Stats::mean(durCalibrated);
    result.workErrorPlanned = Stats::mean(workPlanned);
    result.workErrorCalibrated = Stats::mean(workCalibrated);
    return result;
}

} // namespace Keel
