#pragma once
// ScheduleNetwork: the compact, array-based network the Monte Carlo simulation and the forecasts
// run on — every node in topological order, its predecessors in one flat array, durations as
// three-point estimates of working minutes, all times relative working minutes on one calendar.
//
// How it is made. NetworkBuilder collects nodes and links in any order and build() sorts them
// topologically (Kahn's algorithm, ties by insertion order, so the result is deterministic); links
// that would close a cycle are dropped and reported. buildProjectNetwork() makes the network of a
// project from the workspace: each leaf task is a node; each summary task becomes two zero-length
// nodes, an entry before its children and an exit after them, so links to and from summaries keep
// their meaning without expanding them child by child. Work is measured on the project calendar
// (its work positions, see WorkCalendar), so the inner loop adds and compares plain numbers.
//
// Progress: a finished task is fixed at its actual dates; a task in progress keeps its actual
// start and only its remaining part (duration × (1 − % complete)) is uncertain, resuming no earlier
// than the status date; a task not started yet starts no earlier than the status date.
// Simplifications against the CPM engine (documented in docs/analytics.md): one calendar for all
// tasks, elapsed durations and lags converted at the calendar's weekly ratio, and only the
// constraints that hold a task back (start/finish no earlier than, must start/finish on).
// Why not CpmScheduler: a forecast runs the network thousands of times with sampled durations;
// each run here is one pass over flat arrays of numbers, where the engine would redo a whole
// schedule with per-task calendars each time. The deterministic dates stay the engine's: a
// network's deterministic run gives the scheduled finish (checked in tests/analytics/test_forecast.cpp).

#include "calendarcache.h"
#include "workspaceindex.h"

#include <model/enums.h>

#include <QStringList>

#include <vector>

namespace Keel {

class HistoryModel;

struct NetworkLink
{
    qint32 predecessor = -1;
    DependencyType type = DependencyType::FinishStart;
    double lag = 0; ///< working minutes
};

/// One node as given to the builder.
struct NetworkNode
{
    double low = 0;             ///< three-point estimate of the (remaining) duration, working minutes
    double mode = 0;
    double high = 0;
    double factor = 1;          ///< calibration: multiplies the sampled duration
    double floor = 0;           ///< earliest start (of the remaining part), relative working minutes
    double fixedStart = -1;     ///< >= 0: started at this time (actual start)
    double fixedFinish = -1;    ///< >= 0: finished at this time (the node is done)
    double costPerMinute = 0;   ///< cost of each sampled minute of duration (minor units)
    double fixedCost = 0;       ///< cost that does not depend on the duration
    qint32 task = -1;           ///< index into ScheduleNetwork::taskIds, -1 for a helper node
};

class ScheduleNetwork
{
public:
    std::vector<NetworkNode> nodes;        ///< in topological order
    std::vector<qint32> predecessorBegin;  ///< per node, into links; size nodes + 1
    std::vector<NetworkLink> links;        ///< predecessors by node; indices are topological
    QList<Id> taskIds;                     ///< tasks the leaf nodes stand for
    QStringList taskNames;
    std::vector<qint32> nodeOfTask;        ///< per task index: its node
    double sunkCost = 0;                   ///< cost already incurred (actual cost)
    Minutes origin = 0;                    ///< work position of relative time 0 on the calendar
    WorkCalendar calendar;
    QStringList diagnostics;               ///< links dropped to break cycles, etc.

    qint32 size() const { return qint32(nodes.size()); }
    /// Date of a relative time: the finish (end of a working period) or the start of work.
    Minutes finishDate(double relative) const;
    Minutes startDate(double relative) const;
    /// Relative time of a date.
    double relativeOf(Minutes date) const;
    /// The workspace's minutes per working day, to show relative times in days.
    double minutesPerDay = 480;
};

class NetworkBuilder
{
public:
    qint32 addNode(const NetworkNode &node, const QString &name = {});
    void addLink(qint32 predecessor, qint32 successor, DependencyType type = DependencyType::FinishStart,
                 double lag = 0);
    qint32 size() const { return qint32(m_nodes.size()); }
    NetworkNode &node(qint32 i) { return m_nodes[size_t(i)]; }
    /// Sorts topologically and returns the network; the builder is left empty. Nodes with
    /// task >= 0 must number their tasks 0..n-1; @p taskIds and names are copied in.
    ScheduleNetwork build(const QList<Id> &taskIds = {}, const QStringList &taskNames = {});

private:
    struct RawLink
    {
        qint32 predecessor;
        qint32 successor;
        DependencyType type;
        double lag;
    };
    std::vector<NetworkNode> m_nodes;
    QStringList m_names;
    std::vector<RawLink> m_links;
};

struct NetworkOptions
{
    /// Progress counts up to here; kNoTime: the project's status date (else today).
    Minutes statusDate = kNoTime;
    /// Ignore all progress and forecast from the planned (baseline) start with the planned
    /// (baseline) durations, as it looked before work began — for back-tests.
    bool asPlanned = false;
    /// Three-point estimate of a task that has none: its duration × these.
    double defaultLow = 0.9;
    double defaultHigh = 1.35;
    /// Calibrates durations and costs of the remaining work by what history teaches.
    const HistoryModel *history = nullptr;
};

/// The network of one project's remaining work.
ScheduleNetwork buildProjectNetwork(const WorkspaceIndex &index, CalendarCache &calendars,
                                    const Project &project, const NetworkOptions &options = {});

} // namespace Keel
