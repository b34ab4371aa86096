#include "ganttdata.h"

#include "schedule/cpmscheduler.h"
#include "schedule/projectsnapshot.h"

#include "model/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

namespace Keel {

namespace {

/// Links spanning at most this many rows are found through their rows; longer ones are also kept
/// in a list, for the links that pass over a band of rows without ending in it.
constexpr int kShortLink = 4;

} // namespace

GanttData GanttData::fromProject(const Workspace &ws, const Id &projectId)
{
    GanttData data;
    const Project *project = ws.get<Project>(projectId);
    if (!project)
        return data;
    data.title = project->code.isEmpty() ? project->name
                                         : QCoreApplication::translate("Keel::Gantt", "%1 — %2", "project code, name")
                                               .arg(project->code, project->name);
    data.statusDate = project->statusDate;

    const ProjectSnapshot snapshot = ProjectSnapshot::build(ws, projectId);
    const ScheduleSnapshot &s = snapshot.snapshot();
    if (!s.calendars.empty())
        data.calendar = s.calendars[size_t(std::clamp(s.projectCalendar, 0, qint32(s.calendars.size()) - 1))];
    const ScheduleResult result = CpmScheduler::run(s);

    // The latest baseline of the project, by save time (then by number).
    const Baseline *baseline = nullptr;
    for (const Baseline &b : ws.table<Baseline>()) {
        if (b.projectId != projectId)
            continue;
        if (!baseline || b.savedUtcMs > baseline->savedUtcMs
            || (b.savedUtcMs == baseline->savedUtcMs && b.number < baseline->number))
            baseline = &b;
    }
    QHash<Id, const BaselineTask *> baselineOf;
    if (baseline) {
        for (const BaselineTask &bt : ws.table<BaselineTask>()) {
            if (bt.baselineId == baseline->id)
                baselineOf.insert(bt.taskId, &bt);
        }
    }

    const QList<Id> ids = ws.projectTasks(projectId);
    QHash<Id, int> levelOf;
    levelOf.reserve(ids.size());
    data.rows.reserve(size_t(ids.size()));
    for (const Id &id : ids) {
        const Task *t = ws.get<Task>(id);
        if (!t)
            continue;
        GanttRow row;
        row.id = id;
        row.name = t->name;
        row.start = t->start;
        row.finish = t->finish;
        row.deadline = t->deadline;
        row.progress = std::clamp(t->percentComplete, 0, 100);
        row.level = t->parentId.isNull() ? 0 : levelOf.value(t->parentId, -1) + 1;
        levelOf.insert(id, row.level);
        row.manual = t->scheduling == SchedulingMode::Manual;
        row.kind = ws.isSummary(id) ? GanttRow::Kind::Summary
                   : t->milestone    ? GanttRow::Kind::Milestone
                                     : GanttRow::Kind::Task;
        const qint32 index = snapshot.indexOf(id);
        if (index >= 0 && size_t(index) < result.tasks.size())
            row.critical = result.tasks[size_t(index)].critical;
        if (const BaselineTask *bt = baselineOf.value(id)) {
            row.baselineStart = bt->start;
            row.baselineFinish = bt->finish;
        }
        data.rows.push_back(std::move(row));
    }

    QHash<Id, QStringList> resourcesOf;
    for (const Assignment &a : ws.table<Assignment>()) {
        if (const Resource *r = ws.get<Resource>(a.resourceId))
            resourcesOf[a.taskId].append(r->name);
    }
    for (GanttRow &row : data.rows) {
        const auto it = resourcesOf.constFind(row.id);
        if (it != resourcesOf.cend()) {
            QStringList names = *it;
            names.sort(Qt::CaseInsensitive);
            row.resources = names.join(QStringLiteral(", "));
        }
    }

    data.buildIndex();
    for (const Dependency &d : ws.dependencies()) {
        if (data.rowOf(d.predecessorId) >= 0 && data.rowOf(d.successorId) >= 0)
            data.links.push_back({d.predecessorId, d.successorId, d.type});
    }
    data.buildIndex();
    return data;
}

void GanttData::buildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(qsizetype(rows.size()));
    m_earliest = kNoTime;
    m_latest = kNoTime;
    auto extend = [this](Minutes t) {
        if (t == kNoTime)
            return;
        m_earliest = m_earliest == kNoTime ? t : std::min(m_earliest, t);
        m_latest = m_latest == kNoTime ? t : std::max(m_latest, t);
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        const GanttRow &r = rows[i];
        m_rowOf.insert(r.id, int(i));
        extend(r.start);
        extend(r.finish);
        extend(r.baselineStart);
        extend(r.baselineFinish);
        extend(r.deadline);
    }
    m_linksOfRow.assign(rows.size(), {});
    m_longLinks.clear();
    for (size_t i = 0; i < links.size(); ++i) {
        const int from = rowOf(links[i].from);
        const int to = rowOf(links[i].to);
        if (from < 0 || to < 0)
            continue;
        if (std::abs(from - to) > kShortLink)
            m_longLinks.push_back(int(i));
        m_linksOfRow[size_t(from)].push_back(int(i));
        if (to != from)
            m_linksOfRow[size_t(to)].push_back(int(i));
    }
}

std::vector<int> GanttData::linksAcross(int first, int last) const
{
    std::vector<int> result;
    if (last - first < kShortLink)
        return result;
    for (const int i : m_longLinks) {
        const int a = rowOf(links[size_t(i)].from);
        const int b = rowOf(links[size_t(i)].to);
        if (std::min(a, b) < first && std::max(a, b) >= last)
            result.push_back(i);
    }
    return result;
}

const std::vector<int> &GanttData::linksOfRow(int row) const
{
    static const std::vector<int> none;
    return row >= 0 && size_t(row) < m_linksOfRow.size() ? m_linksOfRow[size_t(row)] : none;
}

} // namespace Keel
