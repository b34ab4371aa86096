#include "taskedits.h"

#include "cpmscheduler.h"
#include "projectsnapshot.h"

#include "model/durationtext.h"
#include "model/workspace.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

using Result = TaskEdits::Result;

Result failure(const QString &error)
{
    Result r;
    r.error = error;
    return r;
}

QList<Id> siblingsOf(const Workspace &ws, const Id &projectId, const Id &parentId)
{
    return parentId.isNull() ? ws.rootTasks(projectId) : ws.childTasks(parentId);
}

/// Updates sort_order of @p tasks to their position in the list, where it differs; @p skip is
/// numbered by the caller.
void renumber(ChangeSet &changes, const Workspace &ws, const QList<Id> &tasks, const Id &skip = {})
{
    for (int i = 0; i < tasks.size(); ++i) {
        const Task *t = ws.get<Task>(tasks[i]);
        if (t && t->id != skip && t->order != i)
            changes.update(EntityType::Task, t->id, "sort_order", i);
    }
}

/// The calendar a task is scheduled on, from a snapshot of its project.
const WorkCalendar &calendarOf(const ProjectSnapshot &ps, const Id &task)
{
    const ScheduleSnapshot &s = ps.snapshot();
    const qint32 index = ps.indexOf(task);
    const qint32 cal = index >= 0 && s.tasks[size_t(index)].calendar >= 0 ? s.tasks[size_t(index)].calendar
                                                                          : s.projectCalendar;
    return s.calendars[size_t(cal)];
}

} // namespace

QString TaskEdits::who(const Workspace &ws, const Id &task)
{
    return ws.describe(EntityType::Task, task);
}

Result TaskEdits::insertTask(const Workspace &ws, const Id &projectId, const Id &reference, Position position,
                             const QString &name)
{
    if (!ws.get<Project>(projectId))
        return failure(tr("The project to add a task to does not exist."));
    const Task *ref = reference.isNull() ? nullptr : ws.get<Task>(reference);
    if (!reference.isNull() && (!ref || ref->projectId != projectId))
        return failure(tr("The task to insert next to is not in this project."));
    if (position == Position::FirstChild && !ref)
        return failure(tr("Choose the task that the new subtask goes under."));

    Task task;
    task.id = newId();
    task.projectId = projectId;
    task.name = name.trimmed().isEmpty() ? tr("New task") : name.trimmed();
    task.duration = ws.settings().minutesPerDay;

    QList<Id> siblings;
    if (position == Position::FirstChild) {
        task.parentId = ref->id;
        siblings = ws.childTasks(ref->id);
        siblings.prepend(task.id);
    } else {
        task.parentId = ref ? ref->parentId : Id();
        siblings = siblingsOf(ws, projectId, task.parentId);
        const qsizetype at = ref ? siblings.indexOf(ref->id) + 1 : siblings.size();
        siblings.insert(at, task.id);
    }
    task.order = int(siblings.indexOf(task.id));

    Result r;
    r.taskId = task.id;
    r.changes.setDescription(tr("Insert task"));
    r.changes.insert(task);
    renumber(r.changes, ws, siblings, task.id);
    return r;
}

Result TaskEdits::removeTasks(const Workspace &ws, const QList<Id> &tasks)
{
    QList<Id> doomed;  // parents before children
    QSet<Id> doomedSet;
    for (const Id &id : tasks) {
        if (!ws.get<Task>(id))
            return failure(tr("A task to delete no longer exists."));
        if (doomedSet.contains(id))
            continue;
        QList<Id> stack{id};
        while (!stack.isEmpty()) {
            const Id t = stack.takeLast();
            if (doomedSet.contains(t))
                continue;
            doomedSet.insert(t);
            doomed.append(t);
            stack.append(ws.childTasks(t));
        }
    }
    if (doomed.isEmpty())
        return failure(tr("Select the tasks to delete."));

    for (const TimeEntry &e : ws.table<TimeEntry>()) {
        if (doomedSet.contains(e.taskId))
            return failure(tr("%1 has time recorded on it and cannot be deleted; set it to 100% complete instead.")
                               .arg(who(ws, e.taskId)));
    }

    Result r;
    r.changes.setDescription(tasks.size() == 1 ? tr("Delete task") : tr("Delete tasks"));
    ChangeSet &c = r.changes;
    QSet<Id> doomedAssignments;
    for (const Assignment &a : ws.table<Assignment>()) {
        if (doomedSet.contains(a.taskId))
            doomedAssignments.insert(a.id);
    }
    for (const SkillRequirement &s : ws.table<SkillRequirement>()) {
        if (doomedSet.contains(s.taskId))
            c.remove(EntityType::SkillRequirement, s.id);
        else if (doomedAssignments.contains(s.filledBy))
            c.update(EntityType::SkillRequirement, s.id, "filled_by", QVariant::fromValue(Id()));
    }
    for (const Assignment &a : ws.table<Assignment>()) {
        if (doomedAssignments.contains(a.id))
            c.remove(EntityType::Assignment, a.id);
    }
    for (const BaselineTask &b : ws.table<BaselineTask>()) {
        if (doomedSet.contains(b.taskId))
            c.remove(EntityType::BaselineTask, b.id);
    }
    for (const Expense &e : ws.table<Expense>()) {
        if (doomedSet.contains(e.taskId))
            c.update(EntityType::Expense, e.id, "task_id", QVariant::fromValue(Id()));
    }
    QSet<Id> links;
    for (const Id &t : std::as_const(doomed)) {
        for (const Id &d : ws.taskDependencies(t)) {
            if (!links.contains(d)) {
                links.insert(d);
                c.remove(EntityType::Dependency, d);
            }
        }
    }
    for (auto it = doomed.crbegin(); it != doomed.crend(); ++it)
        c.remove(EntityType::Task, *it);

    // Close the gaps among the siblings that stay.
    QSet<Id> parentsDone;
    for (const Id &id : std::as_const(doomed)) {
        const Task *t = ws.get<Task>(id);
        const Id key = t->parentId.isNull() ? t->projectId : t->parentId;
        if (doomedSet.contains(t->parentId) || parentsDone.contains(key))
            continue;
        parentsDone.insert(key);
        QList<Id> rest = siblingsOf(ws, t->projectId, t->parentId);
        rest.removeIf([&](const Id &s) { return doomedSet.contains(s); });
        renumber(c, ws, rest);
    }
    return r;
}

Result TaskEdits::indent(const Workspace &ws, const Id &taskId)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t)
        return failure(tr("The task to indent no longer exists."));
    QList<Id> siblings = siblingsOf(ws, t->projectId, t->parentId);
    const qsizetype at = siblings.indexOf(taskId);
    if (at <= 0)
        return failure(tr("%1 cannot be indented: there is no task above it at its level.").arg(who(ws, taskId)));
    const Id newParent = siblings[at - 1];
    for (const Id &d : ws.taskDependencies(taskId)) {
        const Dependency *dep = ws.get<Dependency>(d);
        if (dep && (dep->predecessorId == newParent || dep->successorId == newParent))
            return failure(tr("%1 cannot be indented under %2: the two are linked, and a task cannot be "
                              "linked to its own summary.")
                               .arg(who(ws, taskId), who(ws, newParent)));
    }
    Result r;
    r.changes.setDescription(tr("Indent task"));
    r.changes.update(EntityType::Task, taskId, "parent_id", QVariant::fromValue(newParent));
    r.changes.update(EntityType::Task, taskId, "sort_order", int(ws.childTasks(newParent).size()));
    siblings.removeAt(at);
    renumber(r.changes, ws, siblings);
    return r;
}

Result TaskEdits::outdent(const Workspace &ws, const Id &taskId)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t)
        return failure(tr("The task to outdent no longer exists."));
    const Task *parent = t->parentId.isNull() ? nullptr : ws.get<Task>(t->parentId);
    if (!parent)
        return failure(tr("%1 is already at the top level.").arg(who(ws, taskId)));

    const QList<Id> siblings = ws.childTasks(parent->id);
    const qsizetype at = siblings.indexOf(taskId);
    const QList<Id> adopted = siblings.mid(at + 1);
    for (const Id &d : ws.taskDependencies(taskId)) {
        const Dependency *dep = ws.get<Dependency>(d);
        if (!dep)
            continue;
        const Id other = dep->predecessorId == taskId ? dep->successorId : dep->predecessorId;
        if (adopted.contains(other))
            return failure(tr("%1 cannot be outdented: it is linked to %2, which would become its subtask.")
                               .arg(who(ws, taskId), who(ws, other)));
    }

    Result r;
    r.changes.setDescription(tr("Outdent task"));
    QList<Id> upper = siblingsOf(ws, t->projectId, parent->parentId);
    upper.insert(upper.indexOf(parent->id) + 1, taskId);
    r.changes.update(EntityType::Task, taskId, "parent_id", QVariant::fromValue(parent->parentId));
    r.changes.update(EntityType::Task, taskId, "sort_order", int(upper.indexOf(taskId)));
    renumber(r.changes, ws, upper, taskId);

    const int ownChildren = int(ws.childTasks(taskId).size());
    for (int i = 0; i < adopted.size(); ++i) {
        r.changes.update(EntityType::Task, adopted[i], "parent_id", QVariant::fromValue(taskId));
        r.changes.update(EntityType::Task, adopted[i], "sort_order", ownChildren + i);
    }
    return r;
}

Result TaskEdits::move(const Workspace &ws, const Id &taskId, bool up)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t)
        return failure(tr("The task to move no longer exists."));
    QList<Id> siblings = siblingsOf(ws, t->projectId, t->parentId);
    const qsizetype at = siblings.indexOf(taskId);
    const qsizetype to = up ? at - 1 : at + 1;
    if (to < 0 || to >= siblings.size())
        return failure(up ? tr("%1 is already the first task at its level.").arg(who(ws, taskId))
                          : tr("%1 is already the last task at its level.").arg(who(ws, taskId)));
    siblings.swapItemsAt(at, to);
    Result r;
    r.changes.setDescription(up ? tr("Move task up") : tr("Move task down"));
    renumber(r.changes, ws, siblings);
    return r;
}

Result TaskEdits::rename(const Workspace &ws, const Id &taskId, const QString &name)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t)
        return failure(tr("The task to rename no longer exists."));
    const QString clean = name.trimmed();
    if (clean.isEmpty())
        return failure(tr("%1: the name must not be empty.").arg(who(ws, taskId)));
    Result r;
    r.changes.setDescription(tr("Rename task"));
    if (clean != t->name)
        r.changes.update(EntityType::Task, taskId, "name", clean);
    return r;
}

Result TaskEdits::setDuration(const Workspace &ws, const Id &taskId, Minutes duration)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t)
        return failure(tr("The task no longer exists."));
    if (ws.isSummary(taskId))
        return failure(tr("%1 is a summary task: its duration comes from its subtasks.").arg(who(ws, taskId)));
    if (duration < 0)
        return failure(tr("%1: the duration must not be negative.").arg(who(ws, taskId)));
    Result r;
    r.changes.setDescription(tr("Change duration"));
    if (duration != t->duration)
        r.changes.update(EntityType::Task, taskId, "duration", duration);
    if ((duration == 0) != t->milestone)
        r.changes.update(EntityType::Task, taskId, "milestone", duration == 0);
    if (t->scheduling == SchedulingMode::Manual && t->start != kNoTime) {
        const ProjectSnapshot ps = ProjectSnapshot::build(ws, t->projectId);
        const Minutes finish = t->elapsed ? t->start + duration : calendarOf(ps, taskId).addWork(t->start, duration);
        if (finish != t->finish)
            r.changes.update(EntityType::Task, taskId, "finish", finish);
    }
    return r;
}

Result TaskEdits::setStart(const Workspace &ws, const Id &taskId, Minutes start)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t)
        return failure(tr("The task no longer exists."));
    if (start == kNoTime)
        return failure(tr("%1: enter a start date.").arg(who(ws, taskId)));
    Result r;
    r.changes.setDescription(tr("Move task"));
    if (t->scheduling == SchedulingMode::Manual) {
        const ProjectSnapshot ps = ProjectSnapshot::build(ws, t->projectId);
        const WorkCalendar &cal = calendarOf(ps, taskId);
        const Minutes length = t->start != kNoTime && t->finish != kNoTime
                                   ? (t->elapsed ? t->finish - t->start : cal.workBetween(t->start, t->finish))
                                   : t->duration;
        const Minutes finish = t->elapsed ? start + length : cal.addWork(start, length);
        r.changes.update(EntityType::Task, taskId, "start", start);
        r.changes.update(EntityType::Task, taskId, "finish", std::max(start, finish));
        return r;
    }
    if (t->constraint != ConstraintType::Snet)
        r.changes.update(EntityType::Task, taskId, "constraint_type", enumName(ConstraintType::Snet));
    if (t->constraintDate != start)
        r.changes.update(EntityType::Task, taskId, "constraint_date", start);
    return r;
}

Result TaskEdits::setFinish(const Workspace &ws, const Id &taskId, Minutes finish)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t)
        return failure(tr("The task no longer exists."));
    if (finish == kNoTime)
        return failure(tr("%1: enter a finish date.").arg(who(ws, taskId)));
    if (t->start == kNoTime)
        return failure(tr("%1 has no start yet; schedule the project first.").arg(who(ws, taskId)));
    if (finish < t->start)
        return failure(tr("%1: the finish (%2) is before the start (%3).")
                           .arg(who(ws, taskId), formatIso(finish).left(16), formatIso(t->start).left(16)));
    if (ws.isSummary(taskId))
        return failure(tr("%1 is a summary task: its finish comes from its subtasks.").arg(who(ws, taskId)));
    const ProjectSnapshot ps = ProjectSnapshot::build(ws, t->projectId);
    const Minutes duration = t->elapsed ? finish - t->start : calendarOf(ps, taskId).workBetween(t->start, finish);
    Result r = setDuration(ws, taskId, duration);
    if (r.ok() && t->scheduling == SchedulingMode::Manual && finish != t->finish) {
        ChangeSet c(tr("Change finish"));
        for (const Change &ch : r.changes.changes()) {
            if (ch.field != "finish")
                c.append(ch);
        }
        c.update(EntityType::Task, taskId, "finish", finish);
        r.changes = c;
    }
    r.changes.setDescription(tr("Change finish"));
    return r;
}

Result TaskEdits::setPercentComplete(const Workspace &ws, const Id &taskId, int percent)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t)
        return failure(tr("The task no longer exists."));
    if (percent < 0 || percent > 100)
        return failure(tr("%1: % complete must be between 0 and 100 (it is %2).").arg(who(ws, taskId)).arg(percent));
    Result r;
    r.changes.setDescription(tr("Change % complete"));
    if (percent != t->percentComplete)
        r.changes.update(EntityType::Task, taskId, "percent_complete", percent);
    return r;
}

namespace {

DurationUnits unitsOf(const Workspace &ws)
{
    const Settings &s = ws.settings();
    return {s.minutesPerDay, s.minutesPerWeek, s.daysPerMonth};
}

} // namespace

Result TaskEdits::setEstimate(const Workspace &ws, const Id &taskId, const Estimate &e)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t)
        return failure(tr("The task no longer exists."));
    const bool none = e.optimistic == 0 && e.mostLikely == 0 && e.pessimistic == 0;
    if (!none && ws.isSummary(taskId))
        return failure(tr("%1 is a summary task: its length comes from its subtasks, which have the estimates.")
                           .arg(who(ws, taskId)));
    const QString names[] = {tr("optimistic"), tr("most likely"), tr("pessimistic")};
    const Minutes values[] = {e.optimistic, e.mostLikely, e.pessimistic};
    for (int i = 0; i < 3; ++i) {
        if (values[i] < 0)
            return failure(tr("%1: the %2 estimate must not be negative.").arg(who(ws, taskId), names[i]));
    }
    const DurationUnits units = unitsOf(ws);
    for (int i = 0; i < 2; ++i) {
        if (values[i] > values[i + 1])
            return failure(tr("%1: the %2 estimate (%3) is longer than the %4 estimate (%5); "
                              "write optimistic ≤ most likely ≤ pessimistic.")
                               .arg(who(ws, taskId), names[i], DurationText::format(values[i], false, units), names[i + 1],
                                    DurationText::format(values[i + 1], false, units)));
    }
    if (!none && e.mostLikely == 0)
        return failure(tr("%1: the most likely estimate must be longer than zero.").arg(who(ws, taskId)));
    Result r;
    r.changes.setDescription(tr("Change estimate"));
    const QByteArrayView fields[] = {"optimistic", "most_likely", "pessimistic"};
    const Minutes old[] = {t->optimistic, t->mostLikely, t->pessimistic};
    for (int i = 0; i < 3; ++i) {
        if (values[i] != old[i])
            r.changes.update(EntityType::Task, taskId, fields[i], values[i]);
    }
    return r;
}

Result TaskEdits::setEstimateText(const Workspace &ws, const Id &taskId, const QString &optimistic,
                                  const QString &mostLikely, const QString &pessimistic)
{
    const QString texts[] = {optimistic.trimmed(), mostLikely.trimmed(), pessimistic.trimmed()};
    const QString names[] = {tr("optimistic"), tr("most likely"), tr("pessimistic")};
    if (texts[0].isEmpty() && texts[1].isEmpty() && texts[2].isEmpty())
        return setEstimate(ws, taskId, {});
    Minutes values[3] = {0, 0, 0};
    const DurationUnits units = unitsOf(ws);
    for (int i = 0; i < 3; ++i) {
        if (texts[i].isEmpty())
            return failure(tr("Enter the %1 estimate too, or leave all three empty.").arg(names[i]));
        const auto parsed = DurationText::parse(texts[i], units);
        if (!parsed || parsed->percent || parsed->elapsed || parsed->minutes < 0)
            return failure(tr("The %1 estimate “%2” is not a working duration: write for example 3d, 4h or 2w.")
                               .arg(names[i], texts[i]));
        values[i] = parsed->minutes;
    }
    return setEstimate(ws, taskId, {values[0], values[1], values[2]});
}

QStringList TaskEdits::estimateTexts(const Workspace &ws, const Id &taskId)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t || (t->optimistic == 0 && t->mostLikely == 0 && t->pessimistic == 0))
        return {QString(), QString(), QString()};
    const DurationUnits units = unitsOf(ws);
    return {DurationText::format(t->optimistic, false, units), DurationText::format(t->mostLikely, false, units),
            DurationText::format(t->pessimistic, false, units)};
}

Result TaskEdits::setSkillRequirements(const Workspace &ws, const Id &taskId, const QList<SkillNeed> &needs)
{
    const Task *t = ws.get<Task>(taskId);
    if (!t)
        return failure(tr("The task no longer exists."));
    if (!needs.isEmpty() && ws.isSummary(taskId))
        return failure(tr("%1 is a summary task: ask for skills on its subtasks.").arg(who(ws, taskId)));
    QHash<Id, const SkillRequirement *> existing;
    for (const SkillRequirement &s : ws.table<SkillRequirement>()) {
        if (s.taskId == taskId)
            existing.insert(s.id, &s);
    }
    Result r;
    r.changes.setDescription(tr("Change skill requirements"));
    QSet<Id> kept;
    for (int row = 0; row < needs.size(); ++row) {
        const SkillNeed &n = needs[row];
        const Skill *skill = ws.get<Skill>(n.skill);
        if (!skill)
            return failure(tr("Skill requirement %1: choose a skill of the workspace's catalogue.").arg(row + 1));
        if (n.minLevel < 1 || n.minLevel > 5)
            return failure(tr("Skill requirement %1 (%2): the minimum level is from 1 to 5 (it is %3).")
                               .arg(row + 1)
                               .arg(skill->name)
                               .arg(n.minLevel));
        if (n.work != kNoTime && n.work < 0)
            return failure(tr("Skill requirement %1 (%2): the work must not be negative.").arg(row + 1).arg(skill->name));
        const Minutes work = n.work != kNoTime ? n.work : t->duration;
        if (!n.requirement.isNull()) {
            const SkillRequirement *old = existing.value(n.requirement);
            if (!old || kept.contains(n.requirement))
                return failure(tr("Skill requirement %1 (%2) does not belong to %3.")
                                   .arg(row + 1)
                                   .arg(skill->name, who(ws, taskId)));
            kept.insert(old->id);
            if (old->skillId != n.skill)
                r.changes.update(EntityType::SkillRequirement, old->id, "skill_id", QVariant::fromValue(n.skill));
            if (old->minLevel != n.minLevel)
                r.changes.update(EntityType::SkillRequirement, old->id, "min_level", n.minLevel);
            if (old->work != work)
                r.changes.update(EntityType::SkillRequirement, old->id, "work", work);
            continue;
        }
        SkillRequirement added;
        added.id = newId();
        added.taskId = taskId;
        added.skillId = n.skill;
        added.minLevel = n.minLevel;
        added.work = work;
        r.changes.insert(added);
    }
    QList<Id> dropped;
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (!kept.contains(it.key()))
            dropped.append(it.key());
    }
    std::sort(dropped.begin(), dropped.end());
    for (const Id &id : dropped)
        r.changes.remove(EntityType::SkillRequirement, id);
    return r;
}

bool TaskEdits::isAncestor(const Workspace &ws, const Id &ancestor, const Id &task)
{
    const Task *t = ws.get<Task>(task);
    while (t && !t->parentId.isNull()) {
        if (t->parentId == ancestor)
            return true;
        t = ws.get<Task>(t->parentId);
    }
    return false;
}

bool TaskEdits::reaches(const Workspace &ws, const Id &from, const Id &to)
{
    // A link into a summary leads to its subtasks; finishing a subtask leads to what follows each
    // of its summaries (the way the scheduler's entry and exit nodes connect them).
    QSet<Id> seen{from};
    QList<Id> stack{from};
    const auto successorsOf = [&](const Id &task, QList<Id> &out) {
        for (const Id &d : ws.taskDependencies(task)) {
            const Dependency *dep = ws.get<Dependency>(d);
            if (dep && dep->predecessorId == task)
                out.append(dep->successorId);
        }
    };
    while (!stack.isEmpty()) {
        const Id n = stack.takeLast();
        if (n == to)
            return true;
        QList<Id> next = ws.childTasks(n);
        successorsOf(n, next);
        for (const Task *p = ws.get<Task>(n); p && !p->parentId.isNull(); p = ws.get<Task>(p->parentId))
            successorsOf(p->parentId, next);
        for (const Id &m : std::as_const(next)) {
            if (!seen.contains(m)) {
                seen.insert(m);
                stack.append(m);
            }
        }
    }
    return false;
}

Result TaskEdits::link(const Workspace &ws, const Id &from, const Id &to, DependencyType type, qint64 lag,
                       LagUnit unit)
{
    const Task *a = ws.get<Task>(from);
    const Task *b = ws.get<Task>(to);
    if (!a || !b)
        return failure(tr("A task to link no longer exists."));
    if (from == to)
        return failure(tr("%1 cannot be linked to itself.").arg(who(ws, from)));
    if (a->projectId != b->projectId)
        return failure(tr("%1 and %2 belong to different projects; link tasks within one project.")
                           .arg(who(ws, from), who(ws, to)));
    for (const Id &d : ws.taskDependencies(from)) {
        const Dependency *dep = ws.get<Dependency>(d);
        if (dep && dep->predecessorId == from && dep->successorId == to)
            return failure(tr("%1 is already linked to %2.").arg(who(ws, from), who(ws, to)));
    }
    if (isAncestor(ws, from, to) || isAncestor(ws, to, from))
        return failure(tr("%1 and %2 cannot be linked: a summary task cannot be linked to its own subtasks.")
                           .arg(who(ws, from), who(ws, to)));
    if (reaches(ws, to, from))
        return failure(tr("Linking %1 to %2 would make a loop: %2 already leads to %1.").arg(who(ws, from), who(ws, to)));
    Dependency dep;
    dep.id = newId();
    dep.predecessorId = from;
    dep.successorId = to;
    dep.type = type;
    dep.lag = lag;
    dep.lagUnit = unit;
    Result r;
    r.changes.setDescription(tr("Link tasks"));
    r.changes.insert(dep);
    return r;
}

Result TaskEdits::unlink(const Workspace &ws, const Id &from, const Id &to)
{
    for (const Id &d : ws.taskDependencies(from)) {
        const Dependency *dep = ws.get<Dependency>(d);
        if (dep && dep->predecessorId == from && dep->successorId == to) {
            Result r;
            r.changes.setDescription(tr("Unlink tasks"));
            r.changes.remove(EntityType::Dependency, d);
            return r;
        }
    }
    return failure(tr("%1 is not linked to %2.").arg(who(ws, from), who(ws, to)));
}

Result TaskEdits::setPredecessors(const Workspace &ws, const Id &taskId, const QList<Predecessor> &predecessors)
{
    if (!ws.get<Task>(taskId))
        return failure(tr("The task no longer exists."));
    QHash<Id, const Dependency *> existing;
    for (const Id &d : ws.taskDependencies(taskId)) {
        const Dependency *dep = ws.get<Dependency>(d);
        if (dep && dep->successorId == taskId)
            existing.insert(dep->predecessorId, dep);
    }
    Result r;
    r.changes.setDescription(tr("Change predecessors"));
    QSet<Id> wanted;
    for (const Predecessor &p : predecessors) {
        if (wanted.contains(p.task))
            return failure(tr("%1 is listed twice as a predecessor of %2.").arg(who(ws, p.task), who(ws, taskId)));
        wanted.insert(p.task);
        if (const Dependency *dep = existing.value(p.task)) {
            if (dep->type != p.type)
                r.changes.update(EntityType::Dependency, dep->id, "type", enumName(p.type));
            if (dep->lag != p.lag)
                r.changes.update(EntityType::Dependency, dep->id, "lag", p.lag);
            if (dep->lagUnit != p.unit)
                r.changes.update(EntityType::Dependency, dep->id, "lag_unit", enumName(p.unit));
            continue;
        }
        const Result added = link(ws, p.task, taskId, p.type, p.lag, p.unit);
        if (!added.ok())
            return added;
        r.changes.append(added.changes);
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (!wanted.contains(it.key()))
            r.changes.remove(EntityType::Dependency, it.value()->id);
    }
    return r;
}

QList<TaskEdits::Predecessor> TaskEdits::parsePredecessors(const Workspace &ws, const Id &taskId,
                                                           const QString &text, QString *error)
{
    QList<Predecessor> list;
    const Task *task = ws.get<Task>(taskId);
    if (!task) {
        *error = tr("The task no longer exists.");
        return {};
    }
    static const QRegularExpression item(
        QStringLiteral(R"(^\s*(\d+(?:\.\d+)*)\s*(FS|SS|FF|SF)?\s*([+-].*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QList<Id> rows = ws.projectTasks(task->projectId);
    const Settings &units = ws.settings();
    const DurationUnits lagUnits{units.minutesPerDay, units.minutesPerWeek, units.daysPerMonth};
    const QStringList items = text.split(QRegularExpression(QStringLiteral("[;,，；]")), Qt::SkipEmptyParts);
    for (const QString &raw : items) {
        if (raw.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = item.match(raw);
        if (!m.hasMatch()) {
            *error = tr("“%1” is not a predecessor: write a task's WBS code or row number, then optionally a "
                        "type (FS, SS, FF, SF) and a lag such as +2d, for example “3FS+2d”.")
                         .arg(raw.trimmed());
            return {};
        }
        Predecessor p;
        const QString ref = m.captured(1);
        for (const Id &id : rows) {
            if (ws.wbsCode(id) == ref) {
                p.task = id;
                break;
            }
        }
        if (p.task.isNull() && !ref.contains(QLatin1Char('.'))) {
            const int row = ref.toInt();
            if (row >= 1 && row <= rows.size())
                p.task = rows[row - 1];
        }
        if (p.task.isNull()) {
            *error = tr("“%1”: no task of this project has the WBS code or row number %2.").arg(raw.trimmed(), ref);
            return {};
        }
        if (!m.captured(2).isEmpty())
            p.type = *enumFromName<DependencyType>(m.captured(2).toLower());
        if (!m.captured(3).isEmpty()) {
            // The lag is read by the one duration parser: "+2d", "-4h", "+50%", "+3ed", "+3 天".
            const std::optional<ParsedDuration> lag = DurationText::parse(m.captured(3).trimmed(), lagUnits);
            if (!lag || lag->estimated) {
                *error = tr("“%1”: “%2” is not a lag; write one such as +2d, -4h, +50% or +3ed.")
                             .arg(raw.trimmed(), m.captured(3).trimmed());
                return {};
            }
            p.unit = lag->percent ? LagUnit::Percent : lag->elapsed ? LagUnit::Elapsed : LagUnit::Working;
            p.lag = lag->minutes;
        }
        list.append(p);
    }
    return list;
}

Result TaskEdits::setPredecessorsText(const Workspace &ws, const Id &taskId, const QString &text)
{
    QString error;
    const QList<Predecessor> list = parsePredecessors(ws, taskId, text, &error);
    return error.isEmpty() ? setPredecessors(ws, taskId, list) : failure(error);
}

QString TaskEdits::typeText(DependencyType type)
{
    return enumName(type).toUpper();
}

QString TaskEdits::lagText(qint64 lag, LagUnit unit, const Workspace &ws)
{
    if (lag == 0)
        return {};
    const QString sign = lag < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const qint64 amount = lag < 0 ? -lag : lag;
    if (unit == LagUnit::Percent)
        return sign + QString::number(amount) + QLatin1Char('%');
    const bool elapsed = unit == LagUnit::Elapsed;
    const QString e = elapsed ? QStringLiteral("e") : QString();
    const qint64 day = elapsed ? kMinutesPerDay : ws.settings().minutesPerDay;
    if (day > 0 && amount % day == 0)
        return sign + QString::number(amount / day) + e + QLatin1Char('d');
    if (amount % 60 == 0)
        return sign + QString::number(amount / 60) + e + QLatin1Char('h');
    return sign + QString::number(amount) + e + QLatin1Char('m');
}

QString TaskEdits::predecessorsText(const Workspace &ws, const Id &taskId, const QHash<Id, int> &rowNumbers)
{
    struct Item
    {
        int row;
        QString text;
    };
    QList<Item> items;
    for (const Id &d : ws.taskDependencies(taskId)) {
        const Dependency *dep = ws.get<Dependency>(d);
        if (!dep || dep->successorId != taskId)
            continue;
        const int row = rowNumbers.value(dep->predecessorId, 0);
        QString text = ws.wbsCode(dep->predecessorId);
        if (dep->type != DependencyType::FinishStart || dep->lag != 0)
            text += typeText(dep->type);
        text += lagText(dep->lag, dep->lagUnit, ws);
        items.append({row, text});
    }
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.row < b.row; });
    QStringList parts;
    for (const Item &i : std::as_const(items))
        parts.append(i.text);
    return parts.join(QLatin1Char(';'));
}

ChangeSet TaskEdits::reschedule(const Workspace &ws, const Id &projectId)
{
    ProjectSnapshot snapshot;
    ScheduleResult result;
    return reschedule(ws, projectId, &snapshot, &result);
}

ChangeSet TaskEdits::reschedule(const Workspace &ws, const Id &projectId, ProjectSnapshot *snapshot,
                                ScheduleResult *result)
{
    *snapshot = ProjectSnapshot::build(ws, projectId);
    if (snapshot->taskIds().empty()) {
        *result = ScheduleResult();
        return ChangeSet(tr("Reschedule"));
    }
    *result = CpmScheduler::run(snapshot->snapshot());
    ChangeSet changes = snapshot->changes(ws, *result);
    changes.setDescription(tr("Reschedule"));
    return changes;
}

} // namespace Keel
