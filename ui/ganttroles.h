#pragma once
// The item-data roles a task model provides for the Gantt chart. The WBS tree-table and the chart
// share one model and one selection: the tree shows the columns, the chart reads these roles of
// column 0 of each visible row and paints the bars. Times are Keel wall-clock minutes (model/timeutil.h
// Minutes, kNoTime when absent), as qint64 in the QVariant.

#include <Qt>

namespace Keel {

enum GanttRole : int {
    TaskIdRole = Qt::UserRole + 100, ///< Keel::Id of the task
    StartRole,                       ///< qint64: scheduled start
    FinishRole,                      ///< qint64: scheduled finish
    BaselineStartRole,               ///< qint64: start in the project's current baseline, or kNoTime
    BaselineFinishRole,              ///< qint64: finish in the project's current baseline, or kNoTime
    ProgressRole,                    ///< int: % complete, 0..100
    BarKindRole,                     ///< int: a GanttBarKind
    CriticalRole,                    ///< bool: on the critical path
    ManualRole,                      ///< bool: manually scheduled
    DeadlineRole,                    ///< qint64: deadline, or kNoTime
    ResourceNamesRole,               ///< QString: assigned resources, shown right of the bar
};

enum class GanttBarKind : int { Task = 0, Summary = 1, Milestone = 2 };

} // namespace Keel
