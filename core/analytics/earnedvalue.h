#pragma once
// EarnedValue: earned value management and earned schedule of one project, measured from the
// workspace at a status date.
//
// How it works. The budget is the project's baseline (the lowest-numbered one, see WorkspaceIndex):
// each leaf task's baseline cost (or, when the baseline holds no cost, its baseline work at the
// assigned people's cost rates) — without a baseline, the current plan stands in and hasBaseline is
// false. Planned value is time-phased linearly over the working time of each task between its
// baseline start and finish on the project calendar. Earned value is each leaf's budget × its %
// complete. Actual cost is the time logged × the cost rate on its date, plus expenses, plus fixed
// costs as the task progresses. To draw the S-curve, the earned value of the past is reconstructed:
// a task earned its value as its time was logged (or linearly between its actual start and the
// status date when no time was logged).
//
// Earned schedule (Lipke) is measured on the project calendar's working time: ES is when the plan
// reached today's earned value, AT the working time from the planned start to the status date;
// the forecast finish is the planned start plus PD / SPI(t) of working time.
//
// A status date at 00:00 means the end of that day, as in Microsoft Project.

#include "calendarcache.h"
#include "evmformulas.h"
#include "workspaceindex.h"

#include <vector>

namespace Keel {

struct EvmOptions
{
    Minutes statusDate = kNoTime;   ///< kNoTime: the project's status date, else today
    EacMethod eacMethod = EacMethod::Cpi;
    bool includeExpenses = true;    ///< expenses count as actual cost
};

/// One point of the S-curve; ev and ac are NaN after the status date.
struct EvmPoint
{
    Minutes time = kNoTime;
    double pv = 0;
    double ev = kUndefined;
    double ac = kUndefined;
};

/// Earned value of one leaf task at the status date.
struct TaskEvm
{
    const Task *task = nullptr;
    double bac = 0;
    double pv = 0;
    double ev = 0;
    double ac = 0;
    Minutes plannedStart = kNoTime;
    Minutes plannedFinish = kNoTime;
};

struct ProjectEvm
{
    Id projectId;
    QString currency;
    Minutes statusDate = kNoTime;     ///< the moment measured at (end of day for a date)
    bool hasBaseline = false;
    EvmFigures figures;
    /// In working minutes of the project calendar.
    EarnedScheduleFigures schedule;
    Minutes plannedStart = kNoTime;   ///< baseline start (or current plan)
    Minutes plannedFinish = kNoTime;
    Minutes currentFinish = kNoTime;  ///< the latest scheduled or actual finish of its tasks
    Minutes forecastFinish = kNoTime; ///< planned start + IEAC(t); the actual finish when done
    Minutes earnedScheduleDate = kNoTime; ///< when the plan reached today's earned value
    std::vector<TaskEvm> tasks;       ///< leaf tasks in WBS order
};

class EarnedValue
{
public:
    EarnedValue(const WorkspaceIndex &index, CalendarCache &calendars, const Project &project,
                const EvmOptions &options = {});

    const Project &project() const { return m_project; }
    Minutes statusDate() const { return m_status; }
    double bac() const { return m_bac; }
    /// Planned value due by @p t (baseline, time-phased).
    double plannedValue(Minutes t) const;
    /// Earned value by @p t (reconstructed before the status date, constant after it).
    double earnedValue(Minutes t) const;
    /// Actual cost incurred before @p t.
    double actualCost(Minutes t) const;
    /// Fraction of the budget earned by @p t (0..1; 0 without a budget).
    double percentEarned(Minutes t) const;

    /// Every figure at the status date.
    ProjectEvm measure() const;
    /// The S-curve from the planned start to the later of the planned, current and forecast
    /// finishes: daily, weekly or monthly points (at most about @p maxPoints), plus the status date.
    std::vector<EvmPoint> curve(int maxPoints = 160) const;

private:
    struct Leaf
    {
        const Task *task = nullptr;
        double budget = 0;
        double plannedStartW = 0;   ///< work positions on the project calendar
        double plannedFinishW = 0;
        Minutes plannedStart = kNoTime;
        Minutes plannedFinish = kNoTime;
        double complete = 0;        ///< 0..1
        double labourCost = 0;      ///< by the status date
        double fixedCost = 0;
        double remainingCost = 0;   ///< bottom-up, from the current plan
        // Progress history: cumulative logged minutes by date, or a linear span.
        std::vector<std::pair<Minutes, double>> logged; ///< (entry date, cumulative minutes)
        double loggedTotal = 0;
        Minutes progressFrom = kNoTime;
        Minutes progressTo = kNoTime;
    };

    double plannedValueAtPosition(double w) const;
    double share(const Leaf &leaf, Minutes t) const;
    Minutes finishOf(double position) const;

    const WorkspaceIndex &m_index;
    const Project &m_project;
    const WorkCalendar &m_calendar;
    EvmOptions m_options;
    Minutes m_status = kNoTime;
    bool m_hasBaseline = false;
    double m_bac = 0;
    double m_startW = 0;
    double m_finishW = 0;
    Minutes m_currentFinish = kNoTime;
    Minutes m_actualFinish = kNoTime;  ///< when every leaf is complete
    std::vector<Leaf> m_leaves;
    std::vector<std::pair<Minutes, double>> m_costEvents; ///< (date, cost) of labour and expenses
};

/// The moment a status date stands for: a date at 00:00 means the end of that day.
Minutes statusMoment(Minutes statusDate);
/// A project's status date, or today at 00:00 when it has none.
Minutes defaultStatusDate(const Project &project);

} // namespace Keel
