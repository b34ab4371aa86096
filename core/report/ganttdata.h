#pragma once
// GanttData: the plain rows and links a Gantt chart paints, with the project calendar that shades
// non-working time. fromProject() builds it from a Workspace project: tasks in WBS order with the
// scheduled dates the tasks hold, the latest baseline's dates, % complete, summary and milestone
// kinds, the critical path from a fresh CPM run (core/schedule), deadlines, assigned resource
// names and the dependencies. The chart painter and the print layout read it; nothing here refers
// to widgets, so keel-cli renders the same chart.

#include "schedule/workcalendar.h"

#include "model/enums.h"
#include "model/ids.h"
#include "model/timeutil.h"

#include <QHash>
#include <QString>

#include <vector>

namespace Keel {

class Workspace;

/// One row of the chart: a task, a summary or a milestone.
struct GanttRow
{
    enum class Kind { Task, Summary, Milestone };

    Id id;
    QString name;
    QString resources;                ///< assigned resources, shown right of the bar
    Minutes start = kNoTime;
    Minutes finish = kNoTime;
    Minutes baselineStart = kNoTime;
    Minutes baselineFinish = kNoTime;
    Minutes deadline = kNoTime;
    int progress = 0;                 ///< % complete, 0..100
    int level = 0;                    ///< depth in the WBS, 0 at top level
    Kind kind = Kind::Task;
    bool critical = false;
    bool manual = false;
};

/// A dependency drawn as an arrow from one row's bar to another's.
struct GanttLink
{
    Id from;                          ///< predecessor task
    Id to;                            ///< successor task
    DependencyType type = DependencyType::FinishStart;
};

class GanttData
{
public:
    QString title;                    ///< "CODE — Name" of the project
    std::vector<GanttRow> rows;       ///< in WBS (display) order
    std::vector<GanttLink> links;
    WorkCalendar calendar;            ///< the project calendar, for shading non-working time
    Minutes statusDate = kNoTime;

    /// Builds the chart of project @p projectId; an unknown project gives empty data.
    static GanttData fromProject(const Workspace &ws, const Id &projectId);

    /// Indexes rows by id and links by row; call after filling rows and links by hand.
    void buildIndex();
    /// The row index of task @p id, or -1.
    int rowOf(const Id &id) const { return m_rowOf.value(id, -1); }
    /// Indices into links of the links that start or end at row @p row.
    const std::vector<int> &linksOfRow(int row) const;
    /// Indices into links of the links that pass over rows [first, last) without ending in them.
    std::vector<int> linksAcross(int first, int last) const;
    /// The earliest start and latest finish of all rows (baselines and deadlines included), or
    /// kNoTime when no row has dates.
    Minutes earliest() const { return m_earliest; }
    Minutes latest() const { return m_latest; }

private:
    QHash<Id, int> m_rowOf;
    std::vector<std::vector<int>> m_linksOfRow;
    std::vector<int> m_longLinks;     ///< links spanning more than a few rows
    Minutes m_earliest = kNoTime;
    Minutes m_latest = kNoTime;
};

} // namespace Keel
