#include "staffing.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Staffing", text);
}

/// Index range of the load report's periods that a task's window touches.
std::pair<int, int> windowOf(const LoadReport &load, const Task &task)
{
    int first = -1, last = -1;
    for (int p = 0; p < load.periods.size(); ++p) {
        const Minutes begin = load.periods[p];
        const Minutes end = p + 1 < load.periods.size() ? load.periods[p + 1] : begin + 7 * kMinutesPerDay;
        if (end > task.start && begin < task.finish) {
            if (first < 0)
                first = p;
            last = p;
        }
    }
    return {first, last};
}

int isoWeek(Minutes m)
{
    return toDate(m).weekNumber();
}

/// The Hungarian method (Kuhn–Munkres) for a rectangular cost matrix with rows <= columns:
/// returns for each row the column assigned, minimising the total cost.
std::vector<int> hungarian(const std::vector<std::vector<double>> &cost)
{
    const int n = int(cost.size());
    const int m = n ? int(cost[0].size()) : 0;
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(size_t(n) + 1, 0), v(size_t(m) + 1, 0);
    std::vector<int> p(size_t(m) + 1, 0), way(size_t(m) + 1, 0);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(size_t(m) + 1, inf);
        std::vector<char> used(size_t(m) + 1, 0);
        do {
            used[size_t(j0)] = 1;
            const int i0 = p[size_t(j0)];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= m; ++j) {
                if (used[size_t(j)])
                    continue;
                const double cur = cost[size_t(i0 - 1)][size_t(j - 1)] - u[size_t(i0)] - v[size_t(j)];
                if (cur < minv[size_t(j)]) {
                    minv[size_t(j)] = cur;
                    way[size_t(j)] = j0;
                }
                if (minv[size_t(j)] < delta) {
                    delta = minv[size_t(j)];
                    j1 = j;
                }
            }
            for (int j = 0; j <= m; ++j) {
                if (used[size_t(j)]) {
                    u[size_t(p[size_t(j)])] += delta;
                    v[size_t(j)] -= delta;
                } else {
                    minv[size_t(j)] -= delta;
                }
            }
            j0 = j1;
        } while (p[size_t(j0)] != 0);
        do {
            const int j1 = way[size_t(j0)];
            p[size_t(j0)] = p[size_t(j1)];
            j0 = j1;
        } while (j0);
    }
    std::vector<int> rowToColumn(size_t(n), -1);
    for (int j = 1; j <= m; ++j) {
        if (p[size_t(j)] > 0)
            rowToColumn[size_t(p[size_t(j)] - 1)] = j - 1;
    }
    return rowToColumn;
}

} // namespace

QList<Candidate> rankCandidates(const Workspace &ws, const SkillRequirement &req, const LoadReport &load,
                                const StaffingWeights &weights)
{
    QList<Candidate> list;
    const Task *task = ws.get<Task>(req.taskId);
    if (!task)
        return list;
    const auto [first, last] = task->start != kNoTime && task->finish != kNoTime ? windowOf(load, *task)
                                                                                 : std::pair{-1, -1};
    QHash<Id, int> rowOf;
    for (int i = 0; i < load.resources.size(); ++i)
        rowOf.insert(load.resources[i].resourceId, i);

    for (const ResourceSkill &rs : ws.table<ResourceSkill>()) {
        if (rs.skillId != req.skillId || rs.level < req.minLevel)
            continue;
        const Resource *r = ws.get<Resource>(rs.resourceId);
        if (!r || !r->active || r->kind != ResourceKind::Person)
            continue;
        Candidate c;
        c.resourceId = r->id;
        c.level = rs.level;
        c.fit = 1.0 - 0.1 * (rs.level - req.minLevel);
        Minutes free = 0;
        const auto row = rowOf.constFind(r->id);
        if (row != rowOf.cend() && first >= 0) {
            for (int p = first; p <= last; ++p)
                free += load.resources[*row].cells[p].remaining();
        }
        c.availability = req.work > 0 ? std::min(1.0, double(free) / double(req.work)) : (free > 0 ? 1.0 : 0.0);
        c.costPerHour = r->rateAt(task->start == kNoTime ? 0 : task->start).costPerHour;
        list.append(c);
    }
    qint64 maxCost = 0;
    for (const Candidate &c : list)
        maxCost = std::max(maxCost, c.costPerHour);
    const QLocale locale;
    for (Candidate &c : list) {
        const double cheapness = maxCost > 0 ? 1.0 - double(c.costPerHour) / double(maxCost) : 1.0;
        c.score = weights.fit * c.fit + weights.availability * c.availability + weights.cost * cheapness;
        const QString weeks = first < 0 ? tr("no dates")
            : first == last ? tr("week %1").arg(isoWeek(load.periods[first]))
                            : tr("weeks %1–%2").arg(isoWeek(load.periods[first])).arg(isoWeek(load.periods[last]));
        c.reason = tr("level %1, %2 needed; %3% free in %4; %5/h")
                       .arg(c.level)
                       .arg(req.minLevel)
                       .arg(qRound(c.availability * 100))
                       .arg(weeks, locale.toString(double(c.costPerHour) / 100.0, 'f', 0));
    }
    std::sort(list.begin(), list.end(), [&ws](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return ws.get<Resource>(a.resourceId)->name < ws.get<Resource>(b.resourceId)->name;
    });
    return list;
}

StaffingPlan staffProject(const Workspace &ws, const Id &projectId, const StaffingWeights &weights)
{
    StaffingPlan plan;
    // Open requirements of the project's dated tasks, and the window they span.
    QList<const SkillRequirement *> open;
    LoadOptions options;
    options.period = LoadPeriod::Week;
    for (const SkillRequirement &r : ws.table<SkillRequirement>()) {
        const Task *t = ws.get<Task>(r.taskId);
        if (!r.filledBy.isNull() || !t || t->projectId != projectId || t->start == kNoTime || t->finish == kNoTime)
            continue;
        open.append(&r);
        options.from = options.from == kNoTime ? t->start : std::min(options.from, t->start);
        options.to = options.to == kNoTime ? t->finish : std::max(options.to, t->finish);
    }
    std::sort(open.begin(), open.end(), [](const SkillRequirement *a, const SkillRequirement *b) { return a->id < b->id; });
    if (open.isEmpty())
        return plan;
    const LoadReport load = computeLoad(ws, options);

    QList<QList<Candidate>> ranked;
    for (const SkillRequirement *r : open)
        ranked.append(rankCandidates(ws, *r, load, weights));

    // Each person offers as many slots as requirements they could be chosen for.
    QList<Id> people;
    QHash<Id, int> slots;
    for (const auto &list : ranked) {
        for (const Candidate &c : list) {
            if (!slots.contains(c.resourceId))
                people.append(c.resourceId);
            ++slots[c.resourceId];
        }
    }
    QSet<QPair<int, Id>> forbidden; // (requirement, person) pairs the repair pass ruled out
    QHash<Id, int> peopleRow;
    for (int i = 0; i < load.resources.size(); ++i)
        peopleRow.insert(load.resources[i].resourceId, i);

    std::vector<int> choice;
    for (int round = 0; round < 50; ++round) {
        // Columns: every slot of every person, then one "leave open" column per requirement.
        struct Column
        {
            Id person;
        };
        std::vector<Column> columns;
        for (const Id &p : people) {
            for (int s = 0; s < slots.value(p); ++s)
                columns.push_back({p});
        }
        const size_t personColumns = columns.size();
        for (int i = 0; i < open.size(); ++i)
            columns.push_back({Id()});
        std::vector<std::vector<double>> cost(size_t(open.size()), std::vector<double>(columns.size(), 10.0));
        for (int i = 0; i < open.size(); ++i) {
            for (size_t j = 0; j < personColumns; ++j) {
                for (const Candidate &c : ranked[i]) {
                    if (c.resourceId == columns[j].person && !forbidden.contains({i, c.resourceId}) && c.availability > 0)
                        cost[size_t(i)][j] = 1.0 - c.score;
                }
            }
            cost[size_t(i)][personColumns + size_t(i)] = 1.0; // worse than any real candidate
        }
        const std::vector<int> assigned = hungarian(cost);
        choice.assign(size_t(open.size()), -1);
        for (int i = 0; i < open.size(); ++i) {
            const int col = assigned[size_t(i)];
            if (col >= 0 && size_t(col) < personColumns && cost[size_t(i)][size_t(col)] < 1.0)
                choice[size_t(i)] = col;
        }
        // Repair: a person's weekly load with the new work must stay within what is free.
        QHash<Id, QHash<int, Minutes>> added;
        bool changed = false;
        QList<std::pair<double, int>> byWeakness;
        for (int i = 0; i < open.size(); ++i) {
            if (choice[size_t(i)] >= 0)
                byWeakness.append({cost[size_t(i)][size_t(choice[size_t(i)])], i});
        }
        std::sort(byWeakness.begin(), byWeakness.end());
        for (const auto &[weakness, i] : byWeakness) {
            const Id person = columns[size_t(choice[size_t(i)])].person;
            const Task *task = ws.get<Task>(open[i]->taskId);
            const auto [first, last] = windowOf(load, *task);
            const auto row = peopleRow.constFind(person);
            if (first < 0 || row == peopleRow.cend())
                continue;
            const Minutes weeks = last - first + 1;
            const Minutes perWeek = open[i]->work / std::max<Minutes>(1, weeks);
            bool fits = true;
            for (int p = first; p <= last; ++p) {
                if (added[person][p] + perWeek > load.resources[*row].cells[p].remaining() + 60)
                    fits = false;
            }
            if (!fits) {
                forbidden.insert({i, person});
                changed = true;
                continue;
            }
            for (int p = first; p <= last; ++p)
                added[person][p] += perWeek;
        }
        if (!changed)
            break;
    }

    for (int i = 0; i < open.size(); ++i) {
        const SkillRequirement &req = *open[i];
        if (choice.empty() || choice[size_t(i)] < 0) {
            plan.unfilled.append(req.id);
            continue;
        }
        Id person;
        int col = choice[size_t(i)];
        for (const Id &p : people) {
            if (col < slots.value(p)) {
                person = p;
                break;
            }
            col -= slots.value(p);
        }
        for (const Candidate &c : ranked[i]) {
            if (c.resourceId != person)
                continue;
            const Task *task = ws.get<Task>(req.taskId);
            plan.choices.append({req.id, req.taskId, c});
            plan.totalScore += c.score;
            Assignment a;
            a.id = newId();
            a.taskId = req.taskId;
            a.resourceId = person;
            a.work = req.work;
            const Minutes span = task->finish != kNoTime && task->start != kNoTime ? task->duration : 0;
            a.units = span > 0 ? std::min(1.0, double(req.work) / double(span)) : 1.0;
            plan.changes.insert(a);
            plan.changes.update(EntityType::SkillRequirement, req.id, "filled_by", QVariant::fromValue(a.id));
            break;
        }
    }
    plan.changes.setDescription(tr("Staff project"));
    return plan;
}

} // namespace Keel
