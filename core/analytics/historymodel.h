#pragma once
// HistoryModel: what closed projects teach about estimates. For every finished leaf task of a
// closed project it compares the actual with the planned duration (working time between the
// actual start and finish against the baseline duration, else the most likely estimate) and the
// actual with the planned work (time logged against the baseline work). Those ratios are biased:
// estimates are often optimistic for some kinds of work and some people.
//
// The model is additive in the logarithm of the ratio, fitted robustly with medians and shrunk
// toward "no bias" when samples are few:
//
//   log factor = mu + delta(category) + mean over the task's people of delta(person)
//
// mu is the median log ratio over all samples, delta(category) the median of (log ratio − mu) over
// a category's samples, delta(person) the median of what remains after mu and the category, each
// multiplied by n / (n + k) for n samples (k = shrinkage). Log ratios are clamped to ±log 5 first.
// A forecast multiplies the remaining durations by the duration factor and costs by the work factor.

#include "calendarcache.h"
#include "workspaceindex.h"

#include <QHash>
#include <QSet>

namespace Keel {

struct HistoryOptions
{
    double shrinkage = 5.0;     ///< k: pseudo-samples of "no bias" each estimate is pulled toward
    double clampFactor = 5.0;   ///< ratios beyond [1/c, c] are clamped
    bool byCategory = true;
    bool byPerson = true;
};

struct BiasEstimate
{
    int samples = 0;
    double rawFactor = 1;       ///< exp(median), before shrinkage
    double factor = 1;          ///< exp(shrunk median): the effect used
};

class HistoryModel
{
public:
    struct Factors
    {
        double duration = 1;
        double work = 1;
    };

    /// Learns from the closed projects (phase Closed) of the workspace except @p excluded.
    static HistoryModel learn(const WorkspaceIndex &index, CalendarCache &calendars,
                              const HistoryOptions &options = {}, const QSet<Id> &excluded = {});

    /// Factors for a task done by @p people (resource ids).
    Factors factors(const QString &category, const QList<Id> &people) const;
    /// Factors for a task of the workspace, by its category and assigned resources.
    Factors factors(const WorkspaceIndex &index, const Task &task) const;

    int samples() const { return m_durationAll.samples; }
    int workSamples() const { return m_workAll.samples; }
    int projects() const { return m_projects; }
    const BiasEstimate &overallDuration() const { return m_durationAll; }
    const BiasEstimate &overallWork() const { return m_workAll; }
    const QHash<QString, BiasEstimate> &categoryDuration() const { return m_durationByCategory; }
    const QHash<QString, BiasEstimate> &categoryWork() const { return m_workByCategory; }
    const QHash<Id, BiasEstimate> &personDuration() const { return m_durationByPerson; }
    const QHash<Id, BiasEstimate> &personWork() const { return m_workByPerson; }

private:
    BiasEstimate m_durationAll;
    BiasEstimate m_workAll;
    QHash<QString, BiasEstimate> m_durationByCategory;
    QHash<QString, BiasEstimate> m_workByCategory;
    QHash<Id, BiasEstimate> m_durationByPerson;
    QHash<Id, BiasEstimate> m_workByPerson;
    int m_projects = 0;
};

} // namespace Keel
