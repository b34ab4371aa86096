#include "projectsnapshot.h"

#include "model/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>

#include <algorithm>

namespace Keel {

namespace {

/// Days of margin around the project's known dates in which calendars are exact (beyond it the
/// work week repeats; exceptions are always exact).
constexpr qint64 kMarginDays = 3 * 366;

} // namespace

void ProjectSnapshot::readInputs(SnapshotTask &st, const Task &t)
{
    st.duration = std::max<Minutes>(0, t.duration);
    st.elapsed = t.elapsed;
    st.milestone = t.milestone;
    st.constraint = t.constraint;
    st.constraintDate = (t.constraint == ConstraintType::Asap || t.constraint == ConstraintType::Alap)
                            ? kNoTime
                            : t.constraintDate;
    if (st.constraintDate == kNoTime)
        st.constraint = t.constraint == ConstraintType::Alap ? ConstraintType::Alap : ConstraintType::Asap;
    st.deadline = t.deadline;
    st.actualStart = t.actualStart;
    st.actualFinish = t.actualFinish;
    st.percentComplete = qint16(std::clamp(t.percentComplete, 0, 100));
    st.priority = t.priority;
    st.levelingDelay = std::max<Minutes>(0, t.levelingDelay);
    // A manual task stays where the user put it; without dates it is scheduled like any other.
    st.manual = t.scheduling == SchedulingMode::Manual && t.start != kNoTime;
    st.manualStart = kNoTime;
    st.manualFinish = kNoTime;
    if (st.manual) {
        st.manualStart = t.start;
        st.manualFinish = t.finish != kNoTime ? t.finish : t.start;
    }
}

bool ProjectSnapshot::patchTask(const Task &task, SnapshotTask *patched)
{
    const qint32 index = indexOf(task.id);
    if (index < 0)
        return false;
    SnapshotTask st = m_snapshot.tasks[size_t(index)];
    const Minutes oldDuration = st.duration;
    readInputs(st, task);
    // The calendars are exact over the days the snapshot was built for; a date outside them, or
    // more added work than their margin holds, needs a new snapshot.
    for (const Minutes m : {st.constraintDate, st.deadline, st.actualStart, st.actualFinish, st.manualStart, st.manualFinish}) {
        if (m == kNoTime)
            continue;
        const qint64 day = dayNumber(toDate(m));
        if (day < m_fromDay + kMarginDays / 2 || day > m_toDay - kMarginDays / 2)
            return false;
    }
    const Minutes added = m_addedWork + st.duration - oldDuration;
    if (added > 60 * (kMarginDays / 2))
        return false;
    m_addedWork = added;
    m_snapshot.tasks[size_t(index)] = st;
    if (patched)
        *patched = st;
    return true;
}

ProjectSnapshot ProjectSnapshot::build(const Workspace &ws, const Id &projectId)
{
    ProjectSnapshot ps;
    ps.m_projectId = projectId;
    const Project *project = ws.get<Project>(projectId);
    if (!project)
        return ps;
    ScheduleSnapshot &s = ps.m_snapshot;

    const QList<Id> ids = ws.projectTasks(projectId);
    ps.m_taskIds.reserve(size_t(ids.size()));
    for (const Id &id : ids) {
        ps.m_index.insert(id, qint32(ps.m_taskIds.size()));
        ps.m_taskIds.push_back(id);
    }

    // The span of every date the inputs mention, for the calendars' exact range.
    Minutes low = project->start;
    Minutes high = project->finish;
    auto see = [&](Minutes m) {
        if (m == kNoTime)
            return;
        low = low == kNoTime ? m : std::min(low, m);
        high = high == kNoTime ? m : std::max(high, m);
    };
    see(project->statusDate);
    Minutes totalWork = 0;
    std::vector<const Task *> tasks;
    tasks.reserve(size_t(ids.size()));
    for (const Id &id : ids) {
        const Task *t = ws.get<Task>(id);
        tasks.push_back(t);
        see(t->constraintDate);
        see(t->deadline);
        see(t->actualStart);
        see(t->actualFinish);
        if (t->scheduling == SchedulingMode::Manual) {
            see(t->start);
            see(t->finish);
        }
        totalWork += std::max<Minutes>(0, t->duration);
    }
    if (low == kNoTime)
        low = high = toMinutes(QDate::currentDate(), 8 * 60);
    const qint64 fromDay = dayNumber(toDate(low)) - kMarginDays;
    // Every task in a row, at one working hour a day, still ends inside the exact range.
    const qint64 toDay = dayNumber(toDate(high)) + kMarginDays + std::min<qint64>(totalWork / 60, 200 * 366);
    ps.m_fromDay = fromDay;
    ps.m_toDay = toDay;

    // Calendars: the project's first (index 0), then each task calendar once.
    const Workspace *w = &ws;
    const WorkCalendar::CalendarLookup lookup = [w](const Id &id) { return w->get<Calendar>(id); };
    QHash<Id, qint32> calendarIndex;
    Id projectCalendar = project->calendarId;
    if (projectCalendar.isNull() || !ws.get<Calendar>(projectCalendar))
        projectCalendar = ws.settings().defaultCalendarId;
    if (const Calendar *c = ws.get<Calendar>(projectCalendar)) {
        s.calendars.push_back(WorkCalendar::compile(*c, lookup, fromDay, toDay));
        calendarIndex.insert(c->id, 0);
    } else {
        s.calendars.emplace_back();
    }
    s.projectCalendar = 0;

    // A task without a calendar of its own works when its resources work (Microsoft Project's
    // rule): when every resource assigned to it works on one calendar, that calendar is the
    // task's. Resources on different calendars would need each assignment scheduled on its own;
    // such a task keeps the project calendar.
    QHash<Id, Id> resourceCalendarOf;  // task → the one calendar of its resources (null: none or mixed)
    QSet<Id> mixed;
    for (const Assignment &a : ws.table<Assignment>()) {
        if (!ps.m_index.contains(a.taskId) || a.units <= 0)
            continue;
        const Resource *r = ws.get<Resource>(a.resourceId);
        if (!r || r->kind != ResourceKind::Person)
            continue;
        const Id cal = r->calendarId.isNull() ? projectCalendar : r->calendarId;
        const auto it = resourceCalendarOf.constFind(a.taskId);
        if (it == resourceCalendarOf.cend())
            resourceCalendarOf.insert(a.taskId, cal);
        else if (*it != cal)
            mixed.insert(a.taskId);
    }
    for (const Id &task : std::as_const(mixed))
        resourceCalendarOf.remove(task);

    s.tasks.resize(ids.size());
    s.taskNames.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Task &t = *tasks[size_t(i)];
        SnapshotTask &st = s.tasks[size_t(i)];
        st.parent = t.parentId.isNull() ? -1 : ps.m_index.value(t.parentId, -1);
        const Id calendarId = t.calendarId.isNull() ? resourceCalendarOf.value(t.id) : t.calendarId;
        if (!calendarId.isNull() && calendarId != projectCalendar) {
            if (const Calendar *c = ws.get<Calendar>(calendarId)) {
                auto it = calendarIndex.constFind(c->id);
                if (it == calendarIndex.cend()) {
                    s.calendars.push_back(WorkCalendar::compile(*c, lookup, fromDay, toDay));
                    it = calendarIndex.insert(c->id, qint32(s.calendars.size()) - 1);
                }
                st.calendar = *it;
            }
        }
        readInputs(st, t);
        s.taskNames.append(t.name);
    }

    // The links between two tasks of the project, read in one pass over the links table (its rows
    // are contiguous; asking each task for its links would look every link up twice).
    for (const Dependency &d : ws.table<Dependency>()) {
        const qint32 successor = ps.m_index.value(d.successorId, -1);
        if (successor < 0)
            continue;
        const qint32 predecessor = ps.m_index.value(d.predecessorId, -1);
        if (predecessor < 0)
            continue;
        SnapshotLink link;
        link.predecessor = predecessor;
        link.successor = successor;
        link.type = d.type;
        link.lagUnit = d.lagUnit;
        link.lag = d.lag;
        s.links.push_back(link);
    }
    // One order for the links, whatever order the table holds them in, keeps the scheduler's
    // results (and its diagnostics) reproducible.
    std::sort(s.links.begin(), s.links.end(), [](const SnapshotLink &a, const SnapshotLink &b) {
        return std::tie(a.successor, a.predecessor, a.type, a.lagUnit, a.lag)
               < std::tie(b.successor, b.predecessor, b.type, b.lagUnit, b.lag);
    });

    s.scheduleFrom = project->scheduleFrom;
    s.statusDate = project->statusDate;
    s.projectStart = project->start;
    s.projectFinish = project->finish;
    if (s.scheduleFrom == ScheduleFrom::Finish && s.projectFinish == kNoTime)
        s.scheduleFrom = ScheduleFrom::Start;
    if (s.projectStart == kNoTime) {
        // Without a start: the earliest date the inputs pin down, else today.
        Minutes earliest = kNoTime;
        for (const SnapshotTask &st : s.tasks) {
            for (Minutes m : {st.actualStart, st.manualStart,
                              st.constraint == ConstraintType::Asap ? kNoTime : st.constraintDate}) {
                if (m != kNoTime && (earliest == kNoTime || m < earliest))
                    earliest = m;
            }
        }
        s.projectStart = earliest != kNoTime ? earliest : toMinutes(QDate::currentDate(), 0);
        s.projectStart = s.calendars.front().nextWorkStart(s.projectStart);
    }
    return ps;
}

ChangeSet ProjectSnapshot::changes(const Workspace &ws, const ScheduleResult &result) const
{
    ChangeSet cs(QCoreApplication::translate("Keel::ProjectSnapshot", "Schedule"));
    const size_t n = std::min(result.tasks.size(), m_taskIds.size());
    for (size_t i = 0; i < n; ++i) {
        const Task *t = ws.get<Task>(m_taskIds[i]);
        if (!t)
            continue;
        const TaskSchedule &r = result.tasks[i];
        if (r.start != t->start)
            cs.update(EntityType::Task, t->id, "start", QVariant::fromValue<qint64>(r.start));
        if (r.finish != t->finish)
            cs.update(EntityType::Task, t->id, "finish", QVariant::fromValue<qint64>(r.finish));
    }
    appendProjectDates(cs, ws, result);
    return cs;
}

void ProjectSnapshot::appendProjectDates(ChangeSet &cs, const Workspace &ws, const ScheduleResult &result) const
{
    if (const Project *p = ws.get<Project>(m_projectId)) {
        if (p->scheduleFrom == ScheduleFrom::Start && result.projectFinish != kNoTime && result.projectFinish != p->finish
            && (p->start == kNoTime || result.projectFinish >= p->start))
            cs.update(EntityType::Project, p->id, "finish", QVariant::fromValue<qint64>(result.projectFinish));
        if (p->scheduleFrom == ScheduleFrom::Finish && result.projectStart != kNoTime && result.projectStart != p->start
            && (p->finish == kNoTime || result.projectStart <= p->finish))
            cs.update(EntityType::Project, p->id, "start", QVariant::fromValue<qint64>(result.projectStart));
    }
}

} // namespace Keel
