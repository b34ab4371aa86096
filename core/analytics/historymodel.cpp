#include "historymodel.h"

#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

struct Sample
{
    double logDuration = 0;
    double logWork = 0;
    bool hasDuration = false;
    bool hasWork = false;
    QString category;
    QList<Id> people;
};

double shrink(double median, int n, double k)
{
    return n > 0 ? median * double(n) / (double(n) + k) : 0.0;
}

BiasEstimate estimate(const std::vector<double> &logs, double k)
{
    BiasEstimate e;
    e.samples = int(logs.size());
    if (logs.empty())
        return e;
    const double m = Stats::median(logs);
    e.rawFactor = std::exp(m);
    e.factor = std::exp(shrink(m, e.samples, k));
    return e;
}

/// Fits mu, the category effects and the person effects of one quantity (duration or work).
void fit(const std::vector<Sample> &samples, bool work, const HistoryOptions &o, BiasEstimate *all,
         QHash<QString, BiasEstimate> *byCategory, QHash<Id, BiasEstimate> *byPerson)
{
    auto has = [&](const Sample &s) { return work ? s.hasWork : s.hasDuration; };
    auto value = [&](const Sample &s) { return work ? s.logWork : s.logDuration; };
    std::vector<double> logs;
    for (const Sample &s : samples) {
        if (has(s))
            logs.push_back(value(s));
    }
    *all = estimate(logs, o.shrinkage);
    const double mu = std::log(all->factor);

    QHash<QString, std::vector<double>> categoryResiduals;
    if (o.byCategory) {
        for (const Sample &s : samples) {
            if (has(s) && !s.category.isEmpty())
                categoryResiduals[s.category].push_back(value(s) - mu);
        }
        for (auto it = categoryResiduals.cbegin(); it != categoryResiduals.cend(); ++it)
            byCategory->insert(it.key(), estimate(it.value(), o.shrinkage));
    }
    if (o.byPerson) {
        QHash<Id, std::vector<double>> personResiduals;
        for (const Sample &s : samples) {
            if (!has(s))
                continue;
            const double category = s.category.isEmpty() ? 0.0 : std::log(byCategory->value(s.category).factor);
            for (const Id &p : s.people)
                personResiduals[p].push_back(value(s) - mu - category);
        }
        for (auto it = personResiduals.cbegin(); it != personResiduals.cend(); ++it)
            byPerson->insert(it.key(), estimate(it.value(), o.shrinkage));
    }
}

} // namespace

HistoryModel HistoryModel::learn(const WorkspaceIndex &index, CalendarCache &calendars,
                                 const HistoryOptions &options, const QSet<Id> &excluded)
{
    const Workspace &ws = index.workspace();
    const double clamp = std::log(std::max(1.0, options.clampFactor));
    std::vector<Sample> samples;
    HistoryModel model;
    for (const Project &p : ws.projects()) {
        if (p.phase != Phase::Closed || excluded.contains(p.id))
            continue;
        const WorkCalendar &cal = calendars.projectCalendar(p);
        bool used = false;
        for (const Task *t : index.leafTasks(p.id)) {
            if (t->milestone || t->actualStart == kNoTime || t->actualFinish == kNoTime)
                continue;
            Sample s;
            s.category = t->category;
            for (const Assignment *a : index.assignments(t->id)) {
                if (!s.people.contains(a->resourceId))
                    s.people.append(a->resourceId);
            }
            const BaselineTask *bt = index.baselineTask(t->id);
            const double planned = bt && bt->duration > 0 ? double(bt->duration) : double(t->mostLikely);
            const double actual = t->elapsed ? double(t->actualFinish - t->actualStart)
                                             : double(cal.workBetween(t->actualStart, t->actualFinish));
            if (planned > 0 && actual > 0) {
                s.hasDuration = true;
                s.logDuration = std::clamp(std::log(actual / planned), -clamp, clamp);
            }
            const double plannedWork = bt && bt->work > 0 ? double(bt->work) : 0.0;
            const double actualWork = double(index.actualWork(t->id));
            if (plannedWork > 0 && actualWork > 0) {
                s.hasWork = true;
                s.logWork = std::clamp(std::log(actualWork / plannedWork), -clamp, clamp);
            }
            if (s.hasDuration || s.hasWork) {
                samples.push_back(std::move(s));
                used = true;
            }
        }
        if (used)
            ++model.m_projects;
    }
    fit(samples, false, options, &model.m_durationAll, &model.m_durationByCategory, &model.m_durationByPerson);
    fit(samples, true, options, &model.m_workAll, &model.m_workByCategory, &model.m_workByPerson);
    return model;
}

HistoryModel::Factors HistoryModel::factors(const QString &category, const QList<Id> &people) const
{
    auto combine = [&](const BiasEstimate &all, const QHash<QString, BiasEstimate> &byCategory,
                       const QHash<Id, BiasEstimate> &byPerson) {
        double log = std::log(all.factor);
        if (const auto it = byCategory.constFind(category); it != byCategory.cend())
            log += std::log(it->factor);
        double personSum = 0;
        int personCount = 0;
        for (const Id &p : people) {
            if (const auto it = byPerson.constFind(p); it != byPerson.cend()) {
                personSum += std::log(it->factor);
                ++personCount;
            }
        }
        if (personCount > 0)
            log += personSum / personCount;
        return std::exp(log);
    };
    Factors f;
    f.duration = combine(m_durationAll, m_durationByCategory, m_durationByPerson);
    f.work = combine(m_workAll, m_workByCategory, m_workByPerson);
    return f;
}

HistoryModel::Factors HistoryModel::factors(const WorkspaceIndex &index, const Task &task) const
{
    QList<Id> people;
    for (const Assignment *a : index.assignments(task.id))
        people.append(a->resourceId);
    return factors(task.category, people);
}

} // namespace Keel
