#include "editservice.h"

#include "plancache.h"
#include "scheduleinputs.h"

#include <analytics/calendarcache.h>
#include <analytics/costing.h>
#include <analytics/workspaceindex.h>
#include <model/archiverule.h>
#include <model/entityedit.h>
#include <model/money.h>
#include <model/recordjson.h>
#include <model/workspace.h>
#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>
#include <workflow/phasegate.h>
#include <workflow/processtemplate.h>
#include <workflow/signoff.h>
#include <workflow/timesheetweek.h>

#include <QDateTime>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

Id idField(const QVariantList &record, EntityType type, const char *field)
{
    const int i = entityMeta(type).indexOf(field);
    return i >= 0 && i < record.size() ? record[i].value<QUuid>() : Id();
}

QString tidy(QString text)
{
    return text.trimmed();
}

Minutes weekStartOf(Minutes day)
{
    return TimesheetWeek::weekStartOf(day);
}

} // namespace

QString EditService::who(EntityType type, const Id &id) const
{
    return m_ws.describe(type, id);
}

// --- Any record ---------------------------------------------------------------------------------

Edit EditService::readFields(EntityType type, const QJsonObject &fields, QVariantList *record, bool refuseId) const
{
    const EntityMeta &meta = entityMeta(type);
    // Money is read in the record's currency, which may itself be among the fields: other fields
    // first, then the amounts.
    for (int pass = 0; pass < 2; ++pass) {
        const QString currency = RecordJson::currencyOf(m_ws, type, *record);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QByteArray name = it.key().toUtf8();
            const int i = meta.indexOf(name);
            if (i == 0 && !refuseId)
                continue;
            if (i == 0)
                return Edit::refused(tr("The id of a record cannot be changed."), name);
            if (i < 0)
                return Edit::refused(tr("A %1 has no field “%2”.").arg(entityTypeDisplayName(type), it.key()), name);
            if ((meta.fields[i].type == FieldType::Money) != (pass == 1))
                continue;
            QString error;
            const QVariant v = RecordJson::fieldFromJson(meta.fields[i], it.value(), currency, &error);
            if (!v.isValid())
                return Edit::refused(error, name);
            (*record)[i] = v;
        }
    }
    return {};
}

Edit EditService::add(EntityType type, const QJsonObject &fields) const
{
    if (type == EntityType::None || type == EntityType::Settings)
        return Edit::refused(tr("Records of this kind cannot be added."));
    const EntityMeta &meta = entityMeta(type);
    QVariantList record = m_ws.table(type).defaultRecord();
    Id id = newId();
    if (fields.contains(QStringLiteral("id"))) {
        id = QUuid::fromString(fields.value(QStringLiteral("id")).toString());
        if (id.isNull())
            return Edit::refused(tr("Field “id”: expected a UUID string."), "id");
        if (m_ws.table(type).contains(id))
            return Edit::refused(tr("%1 already exists.").arg(who(type, id)), "id");
    }
    record[0] = QVariant::fromValue(id);
    if (Edit bad = readFields(type, fields, &record, false); !bad.ok())
        return bad;
    if (type == EntityType::Task) {
        // A new task goes last among its siblings unless its place is given.
        const Id project = idField(record, type, "project_id");
        const Id parent = idField(record, type, "parent_id");
        if (!fields.contains(QStringLiteral("sort_order"))) {
            const QList<Id> siblings = parent.isNull() ? m_ws.rootTasks(project) : m_ws.childTasks(parent);
            record[meta.indexOf("sort_order")] = int(siblings.size());
        }
        if (!fields.contains(QStringLiteral("duration")) && !fields.contains(QStringLiteral("milestone")))
            record[meta.indexOf("duration")] = QVariant::fromValue<qint64>(m_ws.settings().minutesPerDay);
    }
    if (type == EntityType::TimeEntry) {
        // Time is logged by its rules (a day's total, locked weeks), always as a draft.
        return logTime(idField(record, type, "resource_id"), idField(record, type, "task_id"),
                       record[meta.indexOf("date")].toLongLong(), record[meta.indexOf("minutes")].toLongLong(),
                       record[meta.indexOf("billable")].toBool(), record[meta.indexOf("note")].toString());
    }
    if (type == EntityType::Requirement && !fields.contains(QStringLiteral("code"))) {
        Edit numbered = addRequirement(idField(record, type, "project_id"), record[meta.indexOf("title")].toString());
        if (!numbered.ok())
            return numbered;
        record[meta.indexOf("code")] = numbered.changes.changes().first().record[meta.indexOf("code")];
    }
    ChangeSet changes(tr("Add %1").arg(entityTypeDisplayName(type)));
    changes.insertRecord(type, record);
    Edit e = complete(std::move(changes));
    e.id = id;
    return e;
}

Edit EditService::refuseLockedTime(EntityType type, const Id &id) const
{
    if (type != EntityType::TimeEntry)
        return {};
    const TimeEntry *t = m_ws.get<TimeEntry>(id);
    if (t && t->approval == ApprovalState::Approved)
        return Edit::refused(tr("This time entry has been approved and is locked; ask the approver to reject the "
                                "week to change it."),
                             "approval");
    return {};
}

Edit EditService::set(EntityType type, const Id &id, const QJsonObject &fields) const
{
    if (type == EntityType::None)
        return Edit::refused(tr("Unknown kind of record."));
    const AnyTable &table = m_ws.table(type);
    if (!table.contains(id))
        return Edit::refused(tr("There is no %1 with id %2.").arg(entityTypeDisplayName(type), id.toString(QUuid::WithoutBraces)));
    if (Edit locked = refuseLockedTime(type, id); !locked.ok())
        return locked;
    const EntityMeta &meta = entityMeta(type);
    QVariantList record = table.record(id);
    if (type == EntityType::Task && fields.contains(QStringLiteral("constraint_type"))
        && !fields.contains(QStringLiteral("constraint_date"))) {
        const QString t = fields.value(QStringLiteral("constraint_type")).toString();
        if (t == u"asap" || t == u"alap")
            record[meta.indexOf("constraint_date")] = QVariant::fromValue(kNoTime);
    }
    if (Edit bad = readFields(type, fields, &record, true); !bad.ok())
        return bad;
    if (type == EntityType::Task) {
        // The rules of the plan: a duration of zero makes a milestone; summaries take their
        // duration from their subtasks.
        const int duration = meta.indexOf("duration");
        if (fields.contains(QStringLiteral("duration"))) {
            if (m_ws.isSummary(id))
                return Edit::refused(tr("%1 is a summary task: its duration comes from its subtasks.").arg(who(type, id)),
                                     "duration");
            if (!fields.contains(QStringLiteral("milestone")))
                record[meta.indexOf("milestone")] = record[duration].toLongLong() == 0;
        }
    }
    Edit e = updateRecord(type, id, record);
    e.id = id;
    return e;
}

Edit EditService::updateRecord(EntityType type, const Id &id, const QVariantList &edited) const
{
    const EntityMeta &meta = entityMeta(type);
    const QVariantList stored = m_ws.table(type).record(id);
    if (stored.size() != meta.fields.size() || edited.size() != meta.fields.size())
        return Edit::refused(tr("There is no %1 with id %2.").arg(entityTypeDisplayName(type), id.toString(QUuid::WithoutBraces)));
    if (Edit locked = refuseLockedTime(type, id); !locked.ok())
        return locked;
    ChangeSet changes(tr("Edit %1").arg(who(type, id)));
    for (qsizetype i = 1; i < meta.fields.size(); ++i) {
        const QVariant v = normalizedValue(meta.fields[i], edited[i]);
        if (!v.isValid())
            return Edit::refused(tr("%1: the value “%2” does not fit field “%3”.")
                                     .arg(who(type, id), edited[i].toString(), QString::fromLatin1(meta.fields[i].name)),
                                 meta.fields[i].name);
        if (v != stored[i])
            changes.update(type, id, meta.fields[i].name, v);
    }
    return complete(std::move(changes));
}

Edit EditService::completeUpdate(EntityType type, const Id &id, ChangeSet changes) const
{
    if (!m_ws.table(type).contains(id))
        return Edit::refused(tr("The record to edit no longer exists."));
    if (Edit locked = refuseLockedTime(type, id); !locked.ok())
        return locked;
    changes.setDescription(tr("Edit %1").arg(who(type, id)));
    return complete(std::move(changes));
}

Edit EditService::remove(EntityType type, const Id &id) const
{
    if (type == EntityType::None || type == EntityType::Settings)
        return Edit::refused(tr("Records of this kind cannot be deleted."));
    if (!m_ws.table(type).contains(id))
        return Edit::refused(tr("There is no %1 with id %2.").arg(entityTypeDisplayName(type), id.toString(QUuid::WithoutBraces)));
    if (Edit locked = refuseLockedTime(type, id); !locked.ok())
        return locked;
    Edit e = removeCascade(type, id);
    if (!e.ok())
        return e;
    e.changes.setDescription(tr("Delete %1").arg(who(type, id)));
    return complete(std::move(e.changes));
}

Edit EditService::removeCascade(EntityType type, const Id &id) const
{
    Edit e;
    ChangeSet &c = e.changes;
    switch (type) {
    case EntityType::Task:
        return plan(TaskEdits::removeTasks(m_ws, {id}));
    case EntityType::Resource: {
        for (const Assignment &a : m_ws.table<Assignment>()) {
            if (a.resourceId == id)
                return Edit::refused(tr("%1 is assigned to %2; remove the assignment or assign someone else first.")
                                         .arg(who(type, id), who(EntityType::Task, a.taskId)));
        }
        for (const TimeEntry &t : m_ws.table<TimeEntry>()) {
            if (t.resourceId == id)
                return Edit::refused(tr("%1 has time recorded; make the person inactive instead of deleting them.")
                                         .arg(who(type, id)));
        }
        for (const ResourceSkill &s : m_ws.table<ResourceSkill>()) {
            if (s.resourceId == id)
                c.remove(EntityType::ResourceSkill, s.id);
        }
        for (const Calendar &cal : m_ws.table<Calendar>()) {
            if (cal.resourceId == id)
                c.update(EntityType::Calendar, cal.id, "resource_id", QVariant::fromValue(Id()));
        }
        break;
    }
    case EntityType::Calendar:
        if (const QString use = calendarUse(id); !use.isEmpty())
            return Edit::refused(use);
        break;
    case EntityType::Skill:
        for (const ResourceSkill &s : m_ws.table<ResourceSkill>()) {
            if (s.skillId == id)
                c.remove(EntityType::ResourceSkill, s.id);
        }
        for (const SkillRequirement &s : m_ws.table<SkillRequirement>()) {
            if (s.skillId == id)
                c.remove(EntityType::SkillRequirement, s.id);
        }
        break;
    case EntityType::Client:
        for (const Project &p : m_ws.projects()) {
            if (p.clientId == id)
                return Edit::refused(tr("%1 still has %2; delete the project or give it another client first.")
                                         .arg(who(type, id), who(EntityType::Project, p.id)));
        }
        for (const Contact &contact : m_ws.table<Contact>()) {
            if (contact.clientId == id)
                c.remove(EntityType::Contact, contact.id);
        }
        break;
    case EntityType::Baseline:
        for (const BaselineTask &b : m_ws.table<BaselineTask>()) {
            if (b.baselineId == id)
                c.remove(EntityType::BaselineTask, b.id);
        }
        break;
    case EntityType::Document:
        for (const DocumentVersion &v : m_ws.table<DocumentVersion>()) {
            if (v.documentId == id)
                c.remove(EntityType::DocumentVersion, v.id);
        }
        break;
    case EntityType::Project: {
        const Project *p = m_ws.get<Project>(id);
        if (p->phase == Phase::Closed)
            return Edit::refused(tr("%1 is closed and archived; reopen it before deleting it.").arg(who(type, id)));
        for (const TimeEntry &t : m_ws.table<TimeEntry>()) {
            const Task *task = m_ws.get<Task>(t.taskId);
            if (task && task->projectId == id)
                return Edit::refused(tr("%1 has time recorded on it and cannot be deleted; close it instead.")
                                         .arg(who(type, id)));
        }
        const QList<Id> roots = m_ws.rootTasks(id);
        if (!roots.isEmpty()) {
            const TaskEdits::Result tasks = TaskEdits::removeTasks(m_ws, roots);
            if (!tasks.ok())
                return Edit::refused(tasks.error);
            c.append(tasks.changes);
        }
        auto removeWhere = [&](auto tag, auto belongs) {
            using T = typename decltype(tag)::type;
            for (const T &r : m_ws.table<T>()) {
                if (belongs(r))
                    c.remove(EntityTraits<T>::type, r.id);
            }
        };
        QSet<Id> documents;
        for (const Document &d : m_ws.table<Document>()) {
            if (d.projectId == id)
                documents.insert(d.id);
        }
        QSet<Id> baselines;
        for (const Baseline &b : m_ws.table<Baseline>()) {
            if (b.projectId == id)
                baselines.insert(b.id);
        }
        QSet<Id> gone;
        for (const Change &x : c.changes())
            gone.insert(x.id);
        removeWhere(std::type_identity<BaselineTask>{},
                    [&](const BaselineTask &b) { return baselines.contains(b.baselineId) && !gone.contains(b.id); });
        removeWhere(std::type_identity<Baseline>{}, [&](const Baseline &b) { return b.projectId == id; });
        removeWhere(std::type_identity<Requirement>{}, [&](const Requirement &r) { return r.projectId == id; });
        removeWhere(std::type_identity<Expense>{}, [&](const Expense &x) { return x.projectId == id; });
        removeWhere(std::type_identity<Risk>{}, [&](const Risk &r) { return r.projectId == id; });
        removeWhere(std::type_identity<Request>{}, [&](const Request &r) { return r.projectId == id; });
        removeWhere(std::type_identity<DocumentVersion>{},
                    [&](const DocumentVersion &v) { return documents.contains(v.documentId); });
        removeWhere(std::type_identity<Document>{}, [&](const Document &d) { return d.projectId == id; });
        removeWhere(std::type_identity<CommunicationEntry>{},
                    [&](const CommunicationEntry &x) { return x.projectId == id; });
        removeWhere(std::type_identity<SatisfactionRating>{},
                    [&](const SatisfactionRating &x) { return x.projectId == id; });
        removeWhere(std::type_identity<LessonLearned>{}, [&](const LessonLearned &x) { return x.projectId == id; });
        break;
    }
    default:
        break;
    }
    c.remove(type, id);
    return e;
}

// --- The plan -----------------------------------------------------------------------------------

Edit EditService::plan(const TaskEdits::Result &edit) const
{
    if (!edit.ok())
        return Edit::refused(edit.error);
    Edit e = complete(edit.changes);
    e.id = edit.taskId;
    return e;
}

Edit EditService::setConstraint(const Id &taskId, ConstraintType type, Minutes date) const
{
    const Task *t = m_ws.get<Task>(taskId);
    if (!t)
        return Edit::refused(tr("The task no longer exists."));
    const bool dated = type != ConstraintType::Asap && type != ConstraintType::Alap;
    if (dated && date == kNoTime)
        return Edit::refused(tr("%1: the constraint “%2” needs a date.").arg(who(EntityType::Task, taskId), enumName(type)),
                             "constraint_date");
    ChangeSet c(tr("Change constraint"));
    if (t->constraint != type)
        c.update(EntityType::Task, taskId, "constraint_type", enumName(type));
    const Minutes newDate = dated ? date : kNoTime;
    if (t->constraintDate != newDate)
        c.update(EntityType::Task, taskId, "constraint_date", QVariant::fromValue(newDate));
    return complete(std::move(c));
}

Edit EditService::setAssignments(const Id &taskId, const QList<AssignmentSpec> &specs, Minutes duration) const
{
    ChangeSet c(tr("Assign resources"));
    if (const QString error = appendAssignments(c, taskId, specs, duration); !error.isEmpty())
        return Edit::refused(error, "resource_id");
    return complete(std::move(c));
}

QString EditService::appendAssignments(ChangeSet &c, const Id &taskId, const QList<AssignmentSpec> &specs,
                                       Minutes duration) const
{
    const Task *t = m_ws.get<Task>(taskId);
    if (!t)
        return tr("The task no longer exists.");
    if (duration == kNoTime)
        duration = t->duration;
    QSet<Id> seen;
    for (const AssignmentSpec &s : specs) {
        if (!m_ws.get<Resource>(s.resource))
            return tr("%1: a resource to assign does not exist.").arg(who(EntityType::Task, taskId));
        if (seen.contains(s.resource))
            return tr("%1 is assigned to %2 twice.").arg(who(EntityType::Resource, s.resource),
                                                                         who(EntityType::Task, taskId));
        if (!(s.units > 0) || s.units > 100)
            return tr("%1: units must be more than 0 % and at most 10,000 %.").arg(who(EntityType::Resource, s.resource));
        seen.insert(s.resource);
    }
    QHash<Id, const Assignment *> existing;
    for (const Assignment &a : m_ws.table<Assignment>()) {
        if (a.taskId == taskId)
            existing.insert(a.resourceId, &a);
    }
    Minutes totalWork = 0;
    for (const AssignmentSpec &s : specs) {
        const Minutes work = Minutes(std::llround(double(duration) * s.units));
        totalWork += work;
        if (const Assignment *a = existing.value(s.resource)) {
            if (!qFuzzyCompare(a->units + 1.0, s.units + 1.0))
                c.update(EntityType::Assignment, a->id, "units", s.units);
            if (a->work != work)
                c.update(EntityType::Assignment, a->id, "work", QVariant::fromValue(work));
            continue;
        }
        Assignment a;
        a.id = newId();
        a.taskId = taskId;
        a.resourceId = s.resource;
        a.units = s.units;
        a.work = work;
        c.insert(a);
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (seen.contains(it.key()))
            continue;
        if (it.value()->actualWork > 0)
            return tr("%1 has recorded work on %2 and cannot be unassigned.")
                .arg(who(EntityType::Resource, it.key()), who(EntityType::Task, taskId));
        for (const SkillRequirement &s : m_ws.table<SkillRequirement>()) {
            if (s.filledBy == it.value()->id)
                c.update(EntityType::SkillRequirement, s.id, "filled_by", QVariant::fromValue(Id()));
        }
        c.remove(EntityType::Assignment, it.value()->id);
    }
    if (t->work != totalWork)
        c.update(EntityType::Task, taskId, "work", QVariant::fromValue(totalWork));
    return {};
}

Edit EditService::assign(const Id &taskId, const Id &resource, double units) const
{
    QList<AssignmentSpec> specs;
    bool found = false;
    for (const Assignment &a : m_ws.table<Assignment>()) {
        if (a.taskId != taskId)
            continue;
        found = found || a.resourceId == resource;
        specs.append({a.resourceId, a.resourceId == resource ? units : a.units});
    }
    if (!found)
        specs.append({resource, units});
    return setAssignments(taskId, specs);
}

// --- Baselines and progress ---------------------------------------------------------------------

Edit EditService::setBaseline(const Id &projectId, int number, const QList<Id> &tasks) const
{
    const Project *p = m_ws.get<Project>(projectId);
    if (!p)
        return Edit::refused(tr("There is no project with id %1.").arg(projectId.toString(QUuid::WithoutBraces)));
    if (number < 0 || number > 10)
        return Edit::refused(tr("A baseline number is from 0 to 10 (it is %1).").arg(number), "number");
    const QList<Id> all = m_ws.projectTasks(projectId);
    const QList<Id> chosen = tasks.isEmpty() ? all : tasks;
    for (const Id &t : chosen) {
        const Task *task = m_ws.get<Task>(t);
        if (!task || task->projectId != projectId)
            return Edit::refused(tr("A task to save in the baseline is not in %1.").arg(who(EntityType::Project, projectId)));
    }
    const Baseline *existing = nullptr;
    for (const Baseline &b : m_ws.table<Baseline>()) {
        if (b.projectId == projectId && b.number == number)
            existing = &b;
    }
    ChangeSet c(number == 0 ? tr("Set baseline") : tr("Set baseline %1").arg(number));
    Id baselineId;
    QHash<Id, const BaselineTask *> saved;
    if (existing) {
        baselineId = existing->id;
        c.update(EntityType::Baseline, baselineId, "saved_utc_ms", QDateTime::currentMSecsSinceEpoch());
        for (const BaselineTask &bt : m_ws.table<BaselineTask>()) {
            if (bt.baselineId == baselineId)
                saved.insert(bt.taskId, &bt);
        }
    } else {
        Baseline b;
        b.id = baselineId = newId();
        b.projectId = projectId;
        b.number = number;
        b.name = number == 0 ? tr("Baseline") : tr("Baseline %1").arg(number);
        b.savedUtcMs = QDateTime::currentMSecsSinceEpoch();
        c.insert(b);
    }
    const WorkspaceIndex index(m_ws);
    for (const Id &t : chosen) {
        const Task *task = m_ws.get<Task>(t);
        BaselineTask bt;
        bt.baselineId = baselineId;
        bt.taskId = t;
        bt.start = task->start;
        bt.finish = task->finish;
        bt.duration = task->duration;
        bt.work = task->work;
        bt.cost = qint64(std::llround(Costing::plannedCost(index, *task)));
        if (const BaselineTask *old = saved.value(t)) {
            bt.id = old->id;
            const QVariantList before = m_ws.table(EntityType::BaselineTask).record(old->id);
            const EntityMeta &meta = entityMeta(EntityType::BaselineTask);
            for (qsizetype i = 1; i < meta.fields.size(); ++i) {
                const QVariant v = meta.fields[i].get(&bt);
                if (v != before[i])
                    c.update(EntityType::BaselineTask, bt.id, meta.fields[i].name, v);
            }
        } else {
            bt.id = newId();
            c.insert(bt);
        }
    }
    // A whole-project baseline drops what it saved of tasks that no longer exist.
    if (tasks.isEmpty()) {
        const QSet<Id> present(all.cbegin(), all.cend());
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            if (!present.contains(it.key()))
                c.remove(EntityType::BaselineTask, it.value()->id);
        }
    }
    Edit e = complete(std::move(c));
    e.id = baselineId;
    return e;
}

Edit EditService::clearBaseline(const Id &projectId, int number) const
{
    for (const Baseline &b : m_ws.table<Baseline>()) {
        if (b.projectId == projectId && b.number == number) {
            Edit e = removeCascade(EntityType::Baseline, b.id);
            e.changes.setDescription(number == 0 ? tr("Clear baseline") : tr("Clear baseline %1").arg(number));
            return complete(std::move(e.changes));
        }
    }
    return Edit::refused(tr("%1 has no baseline %2.").arg(who(EntityType::Project, projectId)).arg(number), "number");
}

namespace {

/// The assignments of each task.
QHash<Id, QList<const Assignment *>> assignmentsByTask(const Workspace &ws)
{
    QHash<Id, QList<const Assignment *>> byTask;
    for (const Assignment &a : ws.table<Assignment>())
        byTask[a.taskId].append(&a);
    return byTask;
}

} // namespace

QString EditService::appendProgress(ChangeSet &c, const Id &taskId, const Progress &progress,
                                    const QList<const Assignment *> &assignments, QByteArray *field) const
{
    const Task *t = m_ws.get<Task>(taskId);
    if (!t)
        return tr("The task no longer exists.");
    const QString name = who(EntityType::Task, taskId);
    if (m_ws.isSummary(taskId) && (progress.percentComplete || progress.remainingDuration || progress.percentWorkComplete)) {
        *field = "percent_complete";
        return tr("%1 is a summary task: its progress comes from its subtasks.").arg(name);
    }
    int percent = progress.percentComplete.value_or(t->percentComplete);
    if (percent < 0 || percent > 100) {
        *field = "percent_complete";
        return tr("%1: percent complete must be from 0 to 100 (it is %2).").arg(name).arg(percent);
    }
    Minutes duration = t->duration;
    if (progress.remainingDuration) {
        const Minutes remaining = *progress.remainingDuration;
        if (remaining < 0) {
            *field = "remaining_duration";
            return tr("%1: the remaining duration must not be negative.").arg(name);
        }
        // What is done stays done; the duration is what is done plus what remains.
        const Minutes done = t->duration * percent / 100;
        duration = done + remaining;
        percent = duration > 0 ? int(std::lround(100.0 * double(done) / double(duration))) : (percent > 0 ? 100 : 0);
        if (remaining == 0 && (done > 0 || percent > 0))
            percent = 100;
        if (remaining > 0 && percent == 100)
            percent = 99;
    }
    const int workPercent = progress.percentWorkComplete.value_or(-1);
    if (progress.percentWorkComplete && (workPercent < 0 || workPercent > 100)) {
        *field = "percent_work_complete";
        return tr("%1: percent work complete must be from 0 to 100 (it is %2).").arg(name).arg(workPercent);
    }
    if (progress.percentWorkComplete && assignments.isEmpty() && workPercent > 0) {
        *field = "percent_work_complete";
        return tr("%1 has no one assigned, so it has no work to complete.").arg(name);
    }
    Minutes actualStart = progress.actualStart.value_or(t->actualStart);
    Minutes actualFinish = progress.actualFinish.value_or(t->actualFinish);
    if (percent > 0 && actualStart == kNoTime)
        actualStart = t->start;
    if (percent == 100 && actualFinish == kNoTime)
        actualFinish = t->finish;
    if (actualFinish != kNoTime && percent < 100 && progress.actualFinish && *progress.actualFinish != kNoTime) {
        *field = "actual_finish";
        return tr("%1: a task with an actual finish is 100 % complete.").arg(name);
    }
    if (percent < 100 && !progress.actualFinish)
        actualFinish = kNoTime;
    if (percent == 0 && !progress.actualStart)
        actualStart = kNoTime;
    if (actualStart != kNoTime && actualFinish != kNoTime && actualFinish < actualStart) {
        *field = "actual_finish";
        return tr("%1: the actual finish is before the actual start.").arg(name);
    }
    if (duration != t->duration)
        c.update(EntityType::Task, taskId, "duration", QVariant::fromValue(duration));
    if (percent != t->percentComplete)
        c.update(EntityType::Task, taskId, "percent_complete", percent);
    if (actualStart != t->actualStart)
        c.update(EntityType::Task, taskId, "actual_start", QVariant::fromValue(actualStart));
    if (actualFinish != t->actualFinish)
        c.update(EntityType::Task, taskId, "actual_finish", QVariant::fromValue(actualFinish));
    if (progress.percentWorkComplete) {
        for (const Assignment *a : assignments) {
            const Minutes actual = a->work * workPercent / 100;
            if (actual != a->actualWork)
                c.update(EntityType::Assignment, a->id, "actual_work", QVariant::fromValue(actual));
        }
    }
    return {};
}

Edit EditService::recordProgress(const Id &taskId, const Progress &progress) const
{
    return recordProgress(QList<Id>{taskId}, progress);
}

Edit EditService::recordProgress(const QList<Id> &tasks, const Progress &progress) const
{
    if (tasks.isEmpty())
        return Edit::refused(tr("Select the tasks to update."));
    const QHash<Id, QList<const Assignment *>> assignments = assignmentsByTask(m_ws);
    ChangeSet c(tasks.size() == 1 ? tr("Record progress") : tr("Record progress of %n task(s)", nullptr, int(tasks.size())));
    for (const Id &task : tasks) {
        QByteArray field;
        const QString error = appendProgress(c, task, progress, assignments.value(task), &field);
        if (!error.isEmpty())
            return Edit::refused(error, field);
    }
    return complete(std::move(c));
}

Edit EditService::updateProjectAsOf(const Id &projectId, const QDate &statusDay, ProgressRule rule) const
{
    const Project *p = m_ws.get<Project>(projectId);
    if (!p)
        return Edit::refused(tr("The project no longer exists."));
    if (p->phase == Phase::Closed)
        return Edit::refused(tr("Project “%1” is closed and archived, so it is read-only. Reopen it to make changes.").arg(p->name));
    if (!statusDay.isValid())
        return Edit::refused(tr("Give the status date to update the project to."), "status_date");
    const Minutes statusDate = toMinutes(statusDay);
    const Minutes through = toMinutes(statusDay.addDays(1));   // the work of the status day counts as done
    ChangeSet c(tr("Update %1 as of %2").arg(p->name, QLocale().toString(statusDay, QLocale::ShortFormat)));
    if (p->statusDate != statusDate)
        c.update(EntityType::Project, projectId, "status_date", QVariant::fromValue(statusDate));
    CalendarCache calendars(m_ws);
    const QHash<Id, QList<const Assignment *>> assignments = assignmentsByTask(m_ws);
    for (const Id &taskId : m_ws.projectTasks(projectId)) {
        const Task *t = m_ws.get<Task>(taskId);
        if (!t || m_ws.isSummary(taskId) || t->actualFinish != kNoTime || t->percentComplete >= 100)
            continue;
        if (t->start == kNoTime || t->finish == kNoTime || t->start >= through)
            continue;
        Progress progress;
        if (t->finish <= through) {
            progress.percentComplete = 100;
            progress.percentWorkComplete = assignments.value(taskId).isEmpty() ? std::optional<int>() : 100;
        } else if (rule == ProgressRule::Proportional) {
            const WorkCalendar &calendar = t->calendarId.isNull() ? calendars.projectCalendar(*p) : calendars.calendar(t->calendarId);
            const Minutes done = calendar.workBetween(t->start, through);
            const int percent = t->duration > 0 ? int(std::clamp<qint64>(done * 100 / t->duration, 0, 99)) : 0;
            if (percent <= t->percentComplete) {
                if (t->actualStart == kNoTime)
                    progress.actualStart = t->start;
                else
                    continue;
            } else {
                progress.percentComplete = percent;
                if (!assignments.value(taskId).isEmpty())
                    progress.percentWorkComplete = percent;
            }
        } else {
            continue;
        }
        QByteArray field;
        const QString error = appendProgress(c, taskId, progress, assignments.value(taskId), &field);
        if (!error.isEmpty())
            return Edit::refused(error, field);
    }
    return complete(std::move(c));
}

// --- Time and expenses --------------------------------------------------------------------------

Edit EditService::saveExpense(const Expense &given, const DocumentFile *receipt, const QString &author) const
{
    Expense x = given;
    const Project *p = m_ws.get<Project>(x.projectId);
    if (!p)
        return Edit::refused(tr("Choose the project the expense belongs to."), "project_id");
    if (p->phase == Phase::Closed)
        return Edit::refused(tr("Project “%1” is closed and archived, so it is read-only. Reopen it to make changes.").arg(p->name),
                             "project_id");
    if (x.date == kNoTime)
        return Edit::refused(tr("Give the date of the expense."), "date");
    x.category = x.category.trimmed();
    if (x.category.isEmpty())
        return Edit::refused(tr("Give the expense a category, such as Travel."), "category");
    x.currency = x.currency.trimmed().toUpper();
    if (!Currency::isKnown(x.currency))
        return Edit::refused(tr("“%1” is not an ISO 4217 currency code such as EUR or CNY.").arg(x.currency), "currency");
    if (x.amount <= 0)
        return Edit::refused(tr("The amount of an expense must be more than 0."), "amount");
    if (!x.taskId.isNull()) {
        const Task *t = m_ws.get<Task>(x.taskId);
        if (!t || t->projectId != x.projectId)
            return Edit::refused(tr("The task of the expense must belong to project “%1”.").arg(p->name), "task_id");
    }
    if (!x.receiptDocumentId.isNull()) {
        const Document *d = m_ws.get<Document>(x.receiptDocumentId);
        if (!d || d->projectId != x.projectId)
            return Edit::refused(tr("The receipt must be a document of project “%1”.").arg(p->name), "receipt_document_id");
    }
    const Expense *old = x.id.isNull() ? nullptr : m_ws.get<Expense>(x.id);
    const QString label = x.description.trimmed().isEmpty() ? x.category : x.description.trimmed();
    ChangeSet c(old ? tr("Edit expense “%1”").arg(label) : tr("Add expense “%1”").arg(label));
    if (receipt) {
        QString error;
        Id document;
        const ChangeSet attach = attachDocumentChanges(m_ws, x.projectId, *receipt, {author, tr("Receipt"), 0}, &document, &error);
        if (attach.isEmpty())
            return Edit::refused(error, "receipt_document_id");
        for (const Change &change : attach.changes())
            c.append(change);
        x.receiptDocumentId = document;
    }
    if (x.id.isNull())
        x.id = newId();
    if (old)
        appendUpdates(c, m_ws, x);
    else
        c.insert(x);
    Edit e = complete(std::move(c));
    e.id = x.id;
    return e;
}

QStringList EditService::expenseCategories() const
{
    QStringList categories = {tr("Travel"), tr("Accommodation"), tr("Meals"), tr("Software"), tr("Hardware"),
                              tr("Subcontractor"), tr("Other")};
    QStringList used;
    for (const Expense &x : m_ws.table<Expense>())
        if (!categories.contains(x.category) && !used.contains(x.category) && !x.category.isEmpty())
            used.append(x.category);
    used.sort(Qt::CaseInsensitive);
    return categories + used;
}

Edit EditService::logTime(const Id &resource, const Id &taskId, Minutes day, Minutes minutes, bool billable,
                          const QString &note) const
{
    const Resource *r = m_ws.get<Resource>(resource);
    if (!r)
        return Edit::refused(tr("The person to log time for does not exist."), "resource_id");
    const Task *t = m_ws.get<Task>(taskId);
    if (!t)
        return Edit::refused(tr("The task to log time on does not exist."), "task_id");
    if (m_ws.isSummary(taskId))
        return Edit::refused(tr("%1 is a summary task; log time on one of its subtasks.").arg(who(EntityType::Task, taskId)),
                             "task_id");
    if (day == kNoTime)
        return Edit::refused(tr("Give the day the time was worked."), "date");
    if (minutes <= 0 || minutes > kMinutesPerDay)
        return Edit::refused(tr("Time logged in one day must be more than 0 and at most 24 hours."), "minutes");
    const Minutes midnight = toMinutes(toDate(day));
    // A week with an approved entry is locked; a day holds at most 24 hours.
    const Minutes week = weekStartOf(midnight);
    Minutes thatDay = 0;
    for (const TimeEntry &e : m_ws.table<TimeEntry>()) {
        if (e.resourceId != resource)
            continue;
        if (e.approval == ApprovalState::Approved && weekStartOf(e.date) == week)
            return Edit::refused(tr("The week of %1 for %2 is approved and locked.")
                                     .arg(formatIso(midnight).left(10), r->name),
                                 "date");
        if (toMinutes(toDate(e.date)) == midnight)
            thatDay += e.minutes;
    }
    if (thatDay + minutes > kMinutesPerDay)
        return Edit::refused(tr("%1 would have more than 24 hours logged on %2.").arg(r->name, formatIso(midnight).left(10)),
                             "minutes");
    TimeEntry e;
    e.id = newId();
    e.resourceId = resource;
    e.taskId = taskId;
    e.date = midnight;
    e.minutes = minutes;
    e.billable = billable;
    e.note = tidy(note);
    ChangeSet c(tr("Log time"));
    c.insert(e);
    Edit result = complete(std::move(c));
    result.id = e.id;
    return result;
}

Edit EditService::setWeekTime(const Id &resource, Minutes weekDay, const QList<WeekCell> &cells) const
{
    const Resource *r = m_ws.get<Resource>(resource);
    if (!r)
        return Edit::refused(tr("The person to log time for does not exist."), "resource_id");
    if (weekDay == kNoTime)
        return Edit::refused(tr("Give a day of the week."), "week");
    const TimesheetWeek week = TimesheetWeek::of(m_ws, resource, weekDay);
    const QString weekText = formatIso(week.weekStart).left(10);
    if (week.state == TimesheetWeek::State::Approved)
        return Edit::refused(tr("The week of %1 for %2 is approved and locked.").arg(weekText, r->name), "week");
    if (week.state == TimesheetWeek::State::Submitted)
        return Edit::refused(tr("The week of %1 for %2 is submitted; it can be changed again once it is rejected.")
                                 .arg(weekText, r->name),
                             "week");

    // The person's entries of the week by task and day.
    const Minutes weekEnd = week.weekStart + 7 * kMinutesPerDay;
    QHash<QPair<Id, int>, QList<const TimeEntry *>> entries;
    for (const TimeEntry &e : m_ws.table<TimeEntry>()) {
        if (e.resourceId == resource && e.date >= week.weekStart && e.date < weekEnd)
            entries[{e.taskId, int((e.date - week.weekStart) / kMinutesPerDay)}].append(&e);
    }
    std::array<Minutes, 7> dayTotals = week.dayTotals();
    QSet<QPair<Id, int>> seen;
    QSet<Id> touched;
    ChangeSet c(tr("Timesheet of %1 for the week of %2").arg(r->name, weekText));
    for (const WeekCell &cell : cells) {
        if (cell.day < 0 || cell.day > 6)
            return Edit::refused(tr("A day of the week must be 0 (Monday) to 6 (Sunday), not %1.").arg(cell.day), "day");
        const QString dayText = formatIso(week.weekStart + cell.day * kMinutesPerDay).left(10);
        if (cell.minutes < 0 || cell.minutes > kMinutesPerDay)
            return Edit::refused(tr("The time on %1 must be from 0 to 24 hours.").arg(dayText), "minutes");
        if (seen.contains({cell.task, cell.day}))
            return Edit::refused(tr("%1 is given twice for %2.").arg(who(EntityType::Task, cell.task), dayText), "task_id");
        seen.insert({cell.task, cell.day});
        const QList<const TimeEntry *> existing = entries.value({cell.task, cell.day});
        Minutes before = 0;
        for (const TimeEntry *e : existing)
            before += e->minutes;
        if (before == cell.minutes)
            continue;
        if (cell.minutes > 0) {
            const Task *t = m_ws.get<Task>(cell.task);
            if (!t)
                return Edit::refused(tr("The task to log time on does not exist."), "task_id");
            if (m_ws.isSummary(cell.task))
                return Edit::refused(
                    tr("%1 is a summary task; log time on one of its subtasks.").arg(who(EntityType::Task, cell.task)),
                    "task_id");
            const Project *p = m_ws.get<Project>(t->projectId);
            if (p && p->phase == Phase::Closed)
                return Edit::refused(tr("%1 is closed; no more time can be logged on it.").arg(who(EntityType::Project, p->id)),
                                     "task_id");
        }
        dayTotals[size_t(cell.day)] += cell.minutes - before;
        if (dayTotals[size_t(cell.day)] > kMinutesPerDay)
            return Edit::refused(tr("%1 would have more than 24 hours logged on %2.").arg(r->name, dayText), "minutes");
        // The first entry keeps the day's time (and its note); any others go.
        for (qsizetype i = 0; i < existing.size(); ++i) {
            touched.insert(existing[i]->id);
            if (i == 0 && cell.minutes > 0) {
                c.update(EntityType::TimeEntry, existing[i]->id, "minutes", cell.minutes);
                if (existing[i]->approval != ApprovalState::Draft)
                    c.update(EntityType::TimeEntry, existing[i]->id, "approval", enumName(ApprovalState::Draft));
            } else {
                c.remove(EntityType::TimeEntry, existing[i]->id);
            }
        }
        if (existing.isEmpty() && cell.minutes > 0) {
            TimeEntry e;
            e.id = newId();
            e.resourceId = resource;
            e.taskId = cell.task;
            e.date = week.weekStart + cell.day * kMinutesPerDay;
            e.minutes = cell.minutes;
            c.insert(e);
        }
    }
    // A rejected week that is changed is a draft again: all its entries, to be submitted anew.
    if (!c.isEmpty() && week.state == TimesheetWeek::State::Rejected) {
        for (const auto &list : std::as_const(entries)) {
            for (const TimeEntry *e : list) {
                if (e->approval == ApprovalState::Rejected && !touched.contains(e->id))
                    c.update(EntityType::TimeEntry, e->id, "approval", enumName(ApprovalState::Draft));
            }
        }
    }
    return complete(std::move(c));
}

Edit EditService::timesheet(const Id &resource, Minutes day, TimesheetAction action, const QString &comment) const
{
    const Resource *r = m_ws.get<Resource>(resource);
    if (!r)
        return Edit::refused(tr("There is no such person."), "resource_id");
    if (day == kNoTime)
        return Edit::refused(tr("Give a day of the week."), "week");
    if (action == TimesheetAction::Reject && comment.trimmed().isEmpty())
        return Edit::refused(tr("Say why the week is rejected."), "comment");
    const Minutes from = weekStartOf(day);
    const Minutes to = from + 7 * kMinutesPerDay;
    const ApprovalState target = action == TimesheetAction::Submit    ? ApprovalState::Submitted
                                 : action == TimesheetAction::Approve ? ApprovalState::Approved
                                                                      : ApprovalState::Rejected;
    const QString week = formatIso(from).left(10);
    ChangeSet c(action == TimesheetAction::Submit    ? tr("Submit timesheet of %1 for the week of %2").arg(r->name, week)
                : action == TimesheetAction::Approve ? tr("Approve timesheet of %1 for the week of %2").arg(r->name, week)
                                                     : tr("Reject timesheet of %1 for the week of %2").arg(r->name, week));
    int entries = 0;
    QSet<Id> projects;
    for (const TimeEntry &e : m_ws.table<TimeEntry>()) {
        if (e.resourceId != resource || e.date < from || e.date >= to)
            continue;
        ++entries;
        const bool allowed = action == TimesheetAction::Submit
            ? (e.approval == ApprovalState::Draft || e.approval == ApprovalState::Rejected)
            : e.approval == ApprovalState::Submitted;
        if (!allowed)
            continue;
        c.update(EntityType::TimeEntry, e.id, "approval", enumName(target));
        const QString review = action == TimesheetAction::Submit ? QString() : comment.trimmed();
        if (review != e.reviewComment)
            c.update(EntityType::TimeEntry, e.id, "review_comment", review);
        if (const Task *t = m_ws.get<Task>(e.taskId))
            projects.insert(t->projectId);
    }
    if (entries == 0)
        return Edit::refused(tr("%1 has no time logged in the week of %2.").arg(r->name, week), "week");
    if (c.isEmpty())
        return Edit::refused(action == TimesheetAction::Submit
                                 ? tr("The week of %2 for %1 has already been submitted.").arg(r->name, week)
                                 : tr("The week of %2 for %1 has nothing submitted to approve or reject.").arg(r->name, week),
                             "week");
    if (action == TimesheetAction::Reject) {
        for (const Id &p : std::as_const(projects)) {
            const Project *project = m_ws.get<Project>(p);
            CommunicationEntry note;
            note.id = newId();
            note.projectId = p;
            note.clientId = project ? project->clientId : Id();
            note.kind = CommunicationKind::Note;
            note.participants = r->name;
            note.subject = tr("Timesheet of %1 for the week of %2 rejected").arg(r->name, week);
            note.summary = comment.trimmed();
            note.timeUtcMs = QDateTime::currentMSecsSinceEpoch();
            c.insert(note);
        }
    }
    return complete(std::move(c));
}

// --- Lifecycle ----------------------------------------------------------------------------------

Edit EditService::advanceGate(const Id &projectId, const QString &overrideReason) const
{
    AdvanceResult r = PhaseGate::advance(m_ws, projectId);
    if (!r.error.isEmpty())
        return Edit::refused(r.error, "phase");
    const Project *p = m_ws.get<Project>(projectId);
    if (!r.unmet.isEmpty()) {
        if (overrideReason.trimmed().isEmpty()) {
            QStringList missing;
            for (const GateItem &i : std::as_const(r.unmet))
                missing << QStringLiteral("%1 (%2)").arg(i.title, i.reason);
            return Edit::refused(tr("%1 cannot leave %2: %3. A manager can pass the gate with a written reason.")
                                     .arg(who(EntityType::Project, projectId), PhaseGate::phaseName(p->phase),
                                          missing.join(QStringLiteral("; "))),
                                 "phase");
        }
        const std::optional<Phase> to = PhaseGate::next(p->phase);
        QStringList missing;
        for (const GateItem &i : std::as_const(r.unmet))
            missing << i.title;
        r.changes = ChangeSet(tr("Pass the gate of %1 to %2 by override").arg(p->name, PhaseGate::phaseName(*to)));
        r.changes.update(EntityType::Project, projectId, "phase", enumName(*to));
        CommunicationEntry note;
        note.id = newId();
        note.projectId = projectId;
        note.clientId = p->clientId;
        note.kind = CommunicationKind::Note;
        note.subject = tr("Gate %1 → %2 passed by override").arg(PhaseGate::phaseName(p->phase), PhaseGate::phaseName(*to));
        note.summary = tr("Reason: %1\nNot met: %2").arg(overrideReason.trimmed(), missing.join(QStringLiteral(", ")));
        note.timeUtcMs = QDateTime::currentMSecsSinceEpoch();
        r.changes.insert(note);
    }
    return complete(std::move(r.changes));
}

Edit EditService::closeProject(const Id &projectId, const QString &overrideReason) const
{
    const Project *p = m_ws.get<Project>(projectId);
    if (!p)
        return Edit::refused(tr("There is no project with id %1.").arg(projectId.toString(QUuid::WithoutBraces)));
    if (p->phase == Phase::Closed)
        return Edit::refused(tr("%1 is already closed.").arg(who(EntityType::Project, projectId)), "phase");
    if (p->phase != Phase::Closing)
        return Edit::refused(tr("%1 is in %2; a project is closed from its closing phase.")
                                 .arg(who(EntityType::Project, projectId), PhaseGate::phaseName(p->phase)),
                             "phase");
    return advanceGate(projectId, overrideReason);
}

Edit EditService::createProject(const QString &templateKey, const QString &name, const QString &code,
                                const Id &client, QDate start, bool chinese) const
{
    NewProjectSpec spec;
    spec.name = name.trimmed();
    spec.code = code.trimmed();
    spec.clientId = client;
    spec.start = start;
    spec.language = chinese ? TemplateLanguage::Chinese : TemplateLanguage::English;
    if (!client.isNull() && !m_ws.get<Client>(client))
        return Edit::refused(tr("The client of the new project does not exist."), "client_id");
    Id projectId;
    QString error;
    std::optional<ChangeSet> changes;
    if (templateKey.isEmpty()) {
        changes = TemplateInstantiator::blank(m_ws, spec, &projectId, &error);
    } else {
        const std::optional<ProcessTemplate> found = ProcessTemplate::find(m_ws, templateKey);
        if (!found) {
            QStringList keys;
            for (const ProcessTemplate &t : ProcessTemplate::available(m_ws))
                keys << t.key;
            return Edit::refused(tr("There is no process template “%1”; the templates are %2.")
                                     .arg(templateKey, keys.join(QStringLiteral(", "))),
                                 "template");
        }
        changes = TemplateInstantiator::instantiate(*found, m_ws, spec, &projectId, &error);
    }
    if (!changes)
        return Edit::refused(error);
    Edit e = complete(std::move(*changes));
    e.id = projectId;
    return e;
}

Edit EditService::createProject(const NewProjectSpec &spec, const ProcessTemplate *processTemplate,
                                const std::optional<Calendar> &newCalendar) const
{
    if (!spec.clientId.isNull() && !m_ws.get<Client>(spec.clientId))
        return Edit::refused(tr("The client of the new project does not exist."), "client_id");
    Id projectId;
    QString error;
    const std::optional<ChangeSet> changes = processTemplate
                                                 ? TemplateInstantiator::instantiate(*processTemplate, m_ws, spec, &projectId, &error)
                                                 : TemplateInstantiator::blank(m_ws, spec, &projectId, &error);
    if (!changes)
        return Edit::refused(error);
    Edit e = newCalendar ? addCalendarWith(*newCalendar, *changes) : complete(*changes);
    if (e.ok()) {
        e.changes.setDescription(changes->description());
        e.id = projectId;
    }
    return e;
}

Edit EditService::signOff(const Id &projectId, const QString &signedBy, const QString &statement) const
{
    if (!m_ws.get<Project>(projectId))
        return Edit::refused(tr("There is no project with id %1.").arg(projectId.toString(QUuid::WithoutBraces)), "project_id");
    if (signedBy.trimmed().isEmpty())
        return Edit::refused(tr("A sign-off needs the name of the person who signs."), "signed_by");
    if (statement.trimmed().isEmpty())
        return Edit::refused(tr("A sign-off needs the statement that is signed."), "statement");
    ChangeSet c(tr("Record client sign-off"));
    SignOff::record(c, m_ws, projectId, signedBy.trimmed(), statement.trimmed(), QDateTime::currentDateTimeUtc());
    return complete(std::move(c));
}

Edit EditService::addRequirement(const Id &projectId, const QString &title) const
{
    if (!m_ws.get<Project>(projectId))
        return Edit::refused(tr("There is no project with id %1.").arg(projectId.toString(QUuid::WithoutBraces)), "project_id");
    if (title.trimmed().isEmpty())
        return Edit::refused(tr("A requirement needs a title."), "title");
    int highest = 0;
    for (const Requirement &r : m_ws.table<Requirement>()) {
        if (r.projectId == projectId && r.code.startsWith(QLatin1String("R-")))
            highest = std::max(highest, r.code.mid(2).toInt());
    }
    Requirement r;
    r.id = newId();
    r.projectId = projectId;
    r.code = QStringLiteral("R-%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
    r.title = title.trimmed();
    ChangeSet c(tr("Add requirement %1").arg(r.code));
    c.insert(r);
    Edit e = complete(std::move(c));
    e.id = r.id;
    return e;
}

// --- The resource pool ---------------------------------------------------------------------------

Edit EditService::saveResource(const Resource &resource, const QList<SkillLevel> &skills,
                               const std::optional<Calendar> &ownCalendar) const
{
    if (resource.id.isNull())
        return Edit::refused(tr("A resource needs an id."), "id");
    if (resource.name.trimmed().isEmpty())
        return Edit::refused(tr("A resource needs a name."), "name");
    const Resource *stored = m_ws.get<Resource>(resource.id);
    Resource r = resource;
    r.name = r.name.trimmed();
    std::sort(r.rates.begin(), r.rates.end(),
              [](const RateEntry &a, const RateEntry &b) { return a.effectiveFrom < b.effectiveFrom; });
    for (qsizetype i = 1; i < r.rates.size(); ++i) {
        if (r.rates[i].effectiveFrom == r.rates[i - 1].effectiveFrom)
            return Edit::refused(tr("%1: two rates start on the same day; keep one.").arg(r.name), "rates");
    }
    std::sort(r.availability.begin(), r.availability.end(),
              [](const UnitsEntry &a, const UnitsEntry &b) { return a.effectiveFrom < b.effectiveFrom; });
    for (qsizetype i = 0; i < r.availability.size(); ++i) {
        if (r.availability[i].effectiveFrom == kNoTime)
            return Edit::refused(tr("%1: each change of the maximum units needs the date it takes effect.").arg(r.name),
                                 "availability");
        if (i > 0 && r.availability[i].effectiveFrom == r.availability[i - 1].effectiveFrom)
            return Edit::refused(tr("%1: the maximum units change twice on %2; keep one.")
                                     .arg(r.name, toDate(r.availability[i].effectiveFrom).toString(Qt::ISODate)),
                                 "availability");
    }
    ChangeSet c(stored ? tr("Edit “%1”").arg(r.name) : tr("Add “%1” to the pool").arg(r.name));
    if (ownCalendar && !stored)
        r.calendarId = Id();
    else if (ownCalendar)
        r.calendarId = stored->calendarId;
    if (stored)
        appendUpdates(c, m_ws, r);
    else
        c.insert(r);
    if (ownCalendar) {
        // The resource exists before its calendar names it, and then takes the calendar.
        Calendar own = *ownCalendar;
        if (own.id.isNull() || m_ws.get<Calendar>(own.id))
            own.id = newId();
        own.resourceId = r.id;
        if (own.name.trimmed().isEmpty())
            own.name = tr("%1 (own calendar)").arg(r.name);
        c.insert(own);
        c.update(EntityType::Resource, r.id, "calendar_id", QVariant::fromValue(own.id));
        r.calendarId = own.id;
    }

    QHash<Id, const ResourceSkill *> had;
    for (const ResourceSkill &s : m_ws.table<ResourceSkill>()) {
        if (s.resourceId == r.id)
            had.insert(s.skillId, &s);
    }
    QSet<Id> wanted;
    for (const SkillLevel &k : skills) {
        const Skill *skill = m_ws.get<Skill>(k.skill);
        if (!skill)
            return Edit::refused(tr("%1: a skill that is not in the catalogue was given.").arg(r.name), "skill_id");
        if (wanted.contains(k.skill))
            return Edit::refused(tr("%1: the skill “%2” is listed twice.").arg(r.name, skill->name), "skill_id");
        if (k.level < 1 || k.level > 5)
            return Edit::refused(tr("%1: the level of “%2” must be from 1 to 5 (it is %3).").arg(r.name, skill->name).arg(k.level),
                                 "level");
        wanted.insert(k.skill);
        if (const ResourceSkill *old = had.value(k.skill)) {
            if (old->level != k.level)
                c.update(EntityType::ResourceSkill, old->id, "level", k.level);
        } else {
            ResourceSkill s;
            s.id = newId();
            s.resourceId = r.id;
            s.skillId = k.skill;
            s.level = k.level;
            c.insert(s);
        }
    }
    for (auto it = had.cbegin(); it != had.cend(); ++it) {
        if (!wanted.contains(it.key()))
            c.remove(EntityType::ResourceSkill, it.value()->id);
    }
    Edit e = complete(std::move(c));
    e.id = r.id;
    return e;
}

// --- Consequences -------------------------------------------------------------------------------

Edit EditService::complete(ChangeSet primary, QList<Scheduled> *scheduled) const
{
    if (primary.isEmpty())
        return Edit{std::move(primary), {}, {}, {}};

    // Which projects' dates the change can move, and whether it reaches every project.
    const QSet<Id> modeChanged = schedulingChanged(primary);
    const ScheduleInputs::Reach reach
        = ScheduleInputs::reach(m_ws, primary, [&](const Change &c) { return isDerivedUpdate(c, modeChanged); });

    // A project's computed end that the new start (or computed start that the new finish) passes
    // is stale; it is cleared here and computed again below.
    QList<Change> stale;
    for (const Change &c : primary.changes()) {
        if (c.type != EntityType::Project || c.op != Change::Op::Update || isDerivedUpdate(c, modeChanged))
            continue;
        const Project *p = m_ws.get<Project>(c.id);
        const qint64 value = c.newValue.toLongLong();
        if (!p || value == kNoTime)
            continue;
        if (c.field == "start" && p->scheduleFrom == ScheduleFrom::Start && p->finish != kNoTime && p->finish < value)
            stale.append(Change{Change::Op::Update, EntityType::Project, c.id, "finish", {}, QVariant::fromValue(kNoTime), {}});
        if (c.field == "finish" && p->scheduleFrom == ScheduleFrom::Finish && p->start != kNoTime && p->start > value)
            stale.append(Change{Change::Op::Update, EntityType::Project, c.id, "start", {}, QVariant::fromValue(kNoTime), {}});
    }
    for (const Change &c : std::as_const(stale))
        primary.append(c);

    if (m_cache && !reach.all && !reach.projects.isEmpty()) {
        std::optional<Edit> fast = completeIncrementally(primary, reach.projects);
        if (fast)
            return std::move(*fast);
    }

    // Checked as the store will check it, so that a refusal comes before anything is applied.
    QString error;
    const std::unique_ptr<Workspace> after = m_ws.withChanges(primary, &error);
    if (!after)
        return Edit::refused(error);
    if (!reach.all && reach.projects.isEmpty())
        return Edit{std::move(primary), {}, {}, {}};
    QSet<Id> projects = reach.projects;
    if (reach.all) {
        for (const Project &p : after->projects())
            projects.insert(p.id);
    }
    ChangeSet completed = std::move(primary);
    std::vector<std::pair<Id, PlanCache::Entry>> built;
    for (const Id &projectId : std::as_const(projects)) {
        if (!after->get<Project>(projectId))
            continue; // deleted by this change
        PlanCache::Entry entry;
        entry.snapshot = ProjectSnapshot::build(*after, projectId);
        if (entry.snapshot.taskIds().empty()) {
            entry.snapshot.appendProjectDates(completed, *after, ScheduleResult());
            continue;
        }
        entry.scheduler = std::make_unique<CpmScheduler>(entry.snapshot.snapshot());
        const ScheduleResult &result = entry.scheduler->schedule();
        completed.append(entry.snapshot.changes(*after, result));
        if (scheduled)
            scheduled->append({projectId, std::make_shared<ProjectSnapshot>(entry.snapshot),
                               std::make_shared<ScheduleResult>(result)});
        if (m_cache)
            built.emplace_back(projectId, std::move(entry));
    }
    for (auto &[projectId, entry] : built)
        m_cache->keepPending(projectId, std::move(entry), completed, false);
    return Edit{std::move(completed), {}, {}, {}};
}

std::optional<Edit> EditService::completeIncrementally(const ChangeSet &primary, const QSet<Id> &projects) const
{
    // Only edits of tasks' own inputs (and of what moves nothing) are patched into the schedule.
    for (const Change &c : primary.changes()) {
        if (c.type != EntityType::Task || c.op != Change::Op::Update)
            return std::nullopt;
        if (!ScheduleInputs::movesNothing(c.type, c.field) && !ScheduleInputs::patchable(c.field))
            return std::nullopt;
    }
    for (const Id &p : projects) {
        if (!m_cache->current(p))
            return std::nullopt;
    }

    // Checked as the store will check it: each task edited, as it will be.
    if (const QString locked = closedProjectProblem(m_ws, primary); !locked.isEmpty())
        return Edit::refused(locked);
    const EntityMeta &meta = entityMeta(EntityType::Task);
    QHash<Id, Task> edited;
    QList<Id> order;
    for (const Change &c : primary.changes()) {
        auto it = edited.find(c.id);
        if (it == edited.end()) {
            const Task *t = m_ws.get<Task>(c.id);
            if (!t)
                return Edit::refused(tr("There is no %1 with id %2.")
                                         .arg(entityTypeDisplayName(EntityType::Task), c.id.toString(QUuid::WithoutBraces)));
            it = edited.insert(c.id, *t);
            order.append(c.id);
        }
        const int f = meta.indexOf(c.field);
        if (f <= 0 || !meta.fields[f].set(&*it, c.newValue))
            return Edit::refused(tr("%1: the value “%2” does not fit field “%3”.")
                                     .arg(who(EntityType::Task, c.id), c.newValue.toString(), QString::fromLatin1(c.field)),
                                 c.field);
    }
    for (const Id &id : std::as_const(order)) {
        if (const QString problem = meta.validate(&edited[id], m_ws); !problem.isEmpty())
            return Edit::refused(problem);
    }

    ChangeSet completed = primary;
    QList<Id> patched;
    for (const Id &projectId : projects) {
        PlanCache::Entry *e = m_cache->current(projectId);
        const ScheduleResult &before = e->result();
        std::vector<std::pair<Minutes, Minutes>> dates;
        dates.reserve(before.tasks.size());
        for (const TaskSchedule &t : before.tasks)
            dates.emplace_back(t.start, t.finish);
        for (const Id &id : std::as_const(order)) {
            const Task &t = edited[id];
            if (t.projectId != projectId)
                continue;
            SnapshotTask st;
            if (!e->snapshot.patchTask(t, &st)) {
                // Beyond what the cached snapshot covers: it is dropped and built anew.
                m_cache->expect(patched + QList<Id>{projectId}, ChangeSet());
                return std::nullopt;
            }
            e->scheduler->updateTask(e->snapshot.indexOf(id), st);
        }
        patched.append(projectId);
        const ScheduleResult &result = e->scheduler->reschedule();
        if (e->fullDiff) {
            completed.append(e->snapshot.changes(m_ws, result));
        } else {
            const std::vector<Id> &ids = e->snapshot.taskIds();
            const size_t n = std::min(result.tasks.size(), ids.size());
            for (size_t i = 0; i < n; ++i) {
                const TaskSchedule &r = result.tasks[i];
                // What the edit itself set is compared too: the engine may put an edited task
                // elsewhere than the edit said (a manual task with actual dates).
                const auto own = edited.constFind(ids[i]);
                if (own == edited.cend() && i < dates.size() && r.start == dates[i].first && r.finish == dates[i].second)
                    continue;
                const Task *t = own != edited.cend() ? &*own : m_ws.get<Task>(ids[i]);
                if (!t)
                    continue;
                if (r.start != t->start)
                    completed.update(EntityType::Task, t->id, "start", QVariant::fromValue<qint64>(r.start));
                if (r.finish != t->finish)
                    completed.update(EntityType::Task, t->id, "finish", QVariant::fromValue<qint64>(r.finish));
            }
            e->snapshot.appendProjectDates(completed, m_ws, result);
        }
    }
    m_cache->expect(patched, completed);
    return Edit{std::move(completed), {}, {}, {}};
}

QSet<Id> EditService::schedulingChanged(const ChangeSet &changes)
{
    QSet<Id> ids;
    for (const Change &c : changes.changes()) {
        if (c.type == EntityType::Task && c.op == Change::Op::Update && c.field == "scheduling")
            ids.insert(c.id);
    }
    return ids;
}

bool EditService::isDerivedUpdate(const Change &c, const QSet<Id> &modeChanged) const
{
    if (c.op != Change::Op::Update)
        return false;
    const EntityMeta &meta = entityMeta(c.type);
    const int f = meta.indexOf(c.field);
    if (f <= 0 || !meta.fields[f].derived)
        return false;
    if (c.type == EntityType::Task) {
        // A manually scheduled task's dates are the user's.
        const Task *t = m_ws.get<Task>(c.id);
        return t && t->scheduling == SchedulingMode::Auto && !modeChanged.contains(c.id);
    }
    if (c.type == EntityType::Project) {
        // A project's start is an input when it is scheduled from its start; its finish when
        // it is scheduled from its finish.
        const Project *p = m_ws.get<Project>(c.id);
        return p && ((c.field == "finish" && p->scheduleFrom == ScheduleFrom::Start)
                     || (c.field == "start" && p->scheduleFrom == ScheduleFrom::Finish));
    }
    return true;
}

ChangeSet EditService::withoutDerived(const ChangeSet &changes) const
{
    const QSet<Id> modeChanged = schedulingChanged(changes);
    ChangeSet kept(changes.description());
    for (const Change &c : changes.changes()) {
        if (!isDerivedUpdate(c, modeChanged))
            kept.append(c);
    }
    return kept;
}

Edit EditService::undo(const ChangeSet &applied) const
{
    return complete(withoutDerived(applied.inverse()));
}

Edit EditService::redo(const ChangeSet &applied) const
{
    return complete(withoutDerived(applied));
}

} // namespace Keel
