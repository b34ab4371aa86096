// The field lists and rules of every entity type. The database schema (core/store/migrations.cpp)
// has one column per field here, in the same names; a test keeps the two in step.

#include "money.h"
#include "workspace.h"

#include <QCoreApplication>

#include <cmath>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Validation", text);
}

QString outOfRange(const QString &who, const QString &what, qint64 value, qint64 low, qint64 high)
{
    return tr("%1: %2 must be between %3 and %4 (it is %5).").arg(who, what).arg(low).arg(high).arg(value);
}

/// `who` is called only when there is something to report: naming an entity costs a lookup.
template<class Who> QString requireText(const Who &who, const char *what, const QString &value)
{
    return value.trimmed().isEmpty() ? tr("%1: %2 must not be empty.").arg(who(), tr(what)) : QString();
}

template<class E> std::function<std::unique_ptr<AnyTable>()> tableOf()
{
    return [] { return std::make_unique<Table<E>>(); };
}

QString validateIntervals(const QString &who, const QList<TimeInterval> &list)
{
    int previousEnd = -1;
    for (const TimeInterval &i : list) {
        if (i.start < 0 || i.end > kMinutesPerDay || i.start >= i.end)
            return tr("%1: a working interval must lie within one day and end after it starts.").arg(who);
        if (i.start < previousEnd)
            return tr("%1: working intervals must be in order and must not overlap.").arg(who);
        previousEnd = i.end;
    }
    return {};
}

std::array<EntityMeta, kEntityTypeCount> buildAll()
{
    std::array<EntityMeta, kEntityTypeCount> all;
    auto put = [&all](EntityMeta m) { all[size_t(m.type)] = std::move(m); };

    put(MetaBuilder<Settings>(EntityType::Settings, "settings", "settings")
            .field("name", &Settings::name)
            .field("currency", &Settings::currency)
            .field("minutes_per_day", &Settings::minutesPerDay)
            .field("minutes_per_week", &Settings::minutesPerWeek)
            .field("days_per_month", &Settings::daysPerMonth)
            .ref("default_calendar_id", &Settings::defaultCalendarId, EntityType::Calendar, false)
            .field("language", &Settings::language)
            .label("name")
            .validate([](const Settings &s, const Workspace &) -> QString {
                const auto who = [&] { return tr("Workspace settings"); };
                if (s.currency.size() != 3)
                    return tr("%1: the currency must be a three-letter ISO 4217 code.").arg(who());
                if (s.minutesPerDay <= 0 || s.minutesPerDay > 1440)
                    return outOfRange(who(), tr("minutes per day"), s.minutesPerDay, 1, 1440);
                if (s.minutesPerWeek <= 0 || s.minutesPerWeek > 10080)
                    return outOfRange(who(), tr("minutes per week"), s.minutesPerWeek, 1, 10080);
                if (s.daysPerMonth <= 0 || s.daysPerMonth > 31)
                    return outOfRange(who(), tr("days per month"), s.daysPerMonth, 1, 31);
                return {};
            })
            .build(tableOf<Settings>()));

    put(MetaBuilder<Calendar>(EntityType::Calendar, "calendar", "calendars")
            .field("name", &Calendar::name)
            .ref("base_calendar_id", &Calendar::baseCalendarId, EntityType::Calendar, false)
            .ref("resource_id", &Calendar::resourceId, EntityType::Resource, false)
            .field("week", &Calendar::week)
            .field("exceptions", &Calendar::exceptions)
            .label("name")
            .validate([](const Calendar &c, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Calendar, c.id); };
                if (QString e = requireText(who, QT_TRANSLATE_NOOP("Keel::Validation", "the name"), c.name); !e.isEmpty())
                    return e;
                if (c.baseCalendarId == c.id)
                    return tr("%1 cannot be its own base calendar.").arg(who());
                // A chain of base calendars must end.
                Id next = c.baseCalendarId;
                for (int depth = 0; !next.isNull(); ++depth) {
                    if (depth > 32 || next == c.id)
                        return tr("%1: its base calendars form a loop.").arg(who());
                    const Calendar *base = ws.get<Calendar>(next);
                    next = base ? base->baseCalendarId : Id();
                }
                for (const CalendarWeekDay &d : c.week) {
                    if (QString e = validateIntervals(who(), d.intervals); !e.isEmpty())
                        return e;
                }
                for (const CalendarException &x : c.exceptions) {
                    if (x.toDay < x.fromDay)
                        return tr("%1: the exception “%2” ends before it starts.").arg(who(), x.name);
                    if (QString e = validateIntervals(who(), x.intervals); !e.isEmpty())
                        return e;
                }
                return {};
            })
            .build(tableOf<Calendar>()));

    put(MetaBuilder<Skill>(EntityType::Skill, "skill", "skills")
            .field("name", &Skill::name)
            .field("category", &Skill::category)
            .label("name")
            .validate([](const Skill &s, const Workspace &ws) {
                return requireText([&] { return ws.describe(EntityType::Skill, s.id); }, QT_TRANSLATE_NOOP("Keel::Validation", "the name"), s.name);
            })
            .build(tableOf<Skill>()));

    put(MetaBuilder<Client>(EntityType::Client, "client", "clients")
            .field("code", &Client::code)
            .field("name", &Client::name)
            .field("industry", &Client::industry)
            .field("address", &Client::address)
            .field("website", &Client::website)
            .field("notes", &Client::notes)
            .label("name")
            .validate([](const Client &c, const Workspace &ws) {
                return requireText([&] { return ws.describe(EntityType::Client, c.id); }, QT_TRANSLATE_NOOP("Keel::Validation", "the name"), c.name);
            })
            .build(tableOf<Client>()));

    put(MetaBuilder<Contact>(EntityType::Contact, "contact", "contacts")
            .ref("client_id", &Contact::clientId, EntityType::Client, true)
            .field("name", &Contact::name)
            .field("email", &Contact::email)
            .field("phone", &Contact::phone)
            .field("role", &Contact::role)
            .field("portal_access", &Contact::portalAccess)
            .label("name")
            .validate([](const Contact &c, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Contact, c.id); };
                if (QString e = requireText(who, QT_TRANSLATE_NOOP("Keel::Validation", "the name"), c.name); !e.isEmpty())
                    return e;
                if (!c.email.isEmpty() && !c.email.contains(u'@'))
                    return tr("%1: “%2” is not an e-mail address.").arg(who(), c.email);
                return {};
            })
            .build(tableOf<Contact>()));

    put(MetaBuilder<Resource>(EntityType::Resource, "resource", "resources")
            .field("name", &Resource::name)
            .field("kind", &Resource::kind)
            .field("email", &Resource::email)
            .field("role", &Resource::role)
            .field("team", &Resource::team)
            .field("max_units", &Resource::maxUnits)
            .ref("calendar_id", &Resource::calendarId, EntityType::Calendar, false)
            .field("currency", &Resource::currency)
            .field("rates", &Resource::rates)
            .field("active", &Resource::active)
            .field("availability", &Resource::availability)
            .label("name")
            .validate([](const Resource &r, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Resource, r.id); };
                if (QString e = requireText(who, QT_TRANSLATE_NOOP("Keel::Validation", "the name"), r.name); !e.isEmpty())
                    return e;
                if (r.maxUnits < 0 || r.maxUnits > 100)
                    return tr("%1: maximum units must be between 0 and 100 (it is %2).").arg(who()).arg(r.maxUnits);
                if (!r.email.isEmpty() && !r.email.contains(u'@'))
                    return tr("%1: “%2” is not an e-mail address.").arg(who(), r.email);
                if (!r.currency.isEmpty() && r.currency.size() != 3)
                    return tr("%1: the currency must be a three-letter ISO 4217 code.").arg(who());
                for (const RateEntry &rate : r.rates) {
                    if (rate.costPerHour < 0 || rate.billPerHour < 0 || rate.overtimePerHour < 0)
                        return tr("%1: rates must not be negative.").arg(who());
                }
                for (qsizetype i = 0; i < r.availability.size(); ++i) {
                    const UnitsEntry &u = r.availability[i];
                    if (!(u.units >= 0 && u.units <= 100))
                        return tr("%1: maximum units must be between 0 and 100 (it is %2 from %3).")
                            .arg(who())
                            .arg(u.units)
                            .arg(formatIso(u.effectiveFrom));
                    if (u.effectiveFrom == kNoTime)
                        return tr("%1: each change of the maximum units needs the date it takes effect.").arg(who());
                    if (i > 0 && u.effectiveFrom <= r.availability[i - 1].effectiveFrom)
                        return tr("%1: the changes of the maximum units must be in date order, one per date (%2).")
                            .arg(who(), formatIso(u.effectiveFrom));
                }
                return {};
            })
            .build(tableOf<Resource>()));

    put(MetaBuilder<ResourceSkill>(EntityType::ResourceSkill, "resource_skill", "resource_skills")
            .ref("resource_id", &ResourceSkill::resourceId, EntityType::Resource, true)
            .ref("skill_id", &ResourceSkill::skillId, EntityType::Skill, true)
            .field("level", &ResourceSkill::level)
            .validate([](const ResourceSkill &s, const Workspace &ws) -> QString {
                if (s.level < 1 || s.level > 5)
                    return outOfRange(ws.describe(EntityType::Resource, s.resourceId), tr("a skill level"), s.level, 1, 5);
                return {};
            })
            .build(tableOf<ResourceSkill>()));

    put(MetaBuilder<Project>(EntityType::Project, "project", "projects")
            .field("code", &Project::code)
            .field("name", &Project::name)
            .ref("client_id", &Project::clientId, EntityType::Client, false)
            .ref("manager_id", &Project::managerId, EntityType::Resource, false)
            .field("phase", &Project::phase)
            .field("health", &Project::health)
            .field("schedule_from", &Project::scheduleFrom)
            .time("start", &Project::start).derived()
            .time("finish", &Project::finish).derived()
            .ref("calendar_id", &Project::calendarId, EntityType::Calendar, false)
            .field("currency", &Project::currency)
            .field("billing_model", &Project::billingModel)
            .money("contract_value", &Project::contractValue)
            .money("budget", &Project::budget)
            .money("retainer_per_month", &Project::retainerPerMonth)
            .field("priority", &Project::priority)
            .field("scope_statement", &Project::scopeStatement)
            .field("description", &Project::description)
            .time("status_date", &Project::statusDate)
            .label("name")
            .validate([](const Project &p, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Project, p.id); };
                if (QString e = requireText(who, QT_TRANSLATE_NOOP("Keel::Validation", "the name"), p.name); !e.isEmpty())
                    return e;
                if (p.currency.size() != 3)
                    return tr("%1: the currency must be a three-letter ISO 4217 code.").arg(who());
                if (p.priority < 0 || p.priority > 1000)
                    return outOfRange(who(), tr("the priority"), p.priority, 0, 1000);
                if (p.budget < 0 || p.contractValue < 0 || p.retainerPerMonth < 0)
                    return tr("%1: amounts must not be negative.").arg(who());
                if (p.start != kNoTime && p.finish != kNoTime && p.finish < p.start)
                    return tr("%1: the finish (%2) is before the start (%3).").arg(who(), formatIso(p.finish), formatIso(p.start));
                if (!p.code.isEmpty()) {
                    for (const Project &other : ws.projects()) {
                        if (other.id != p.id && other.code.compare(p.code, Qt::CaseInsensitive) == 0)
                            return tr("%1: the code “%2” is already used by %3.")
                                .arg(who(), p.code, ws.describe(EntityType::Project, other.id));
                    }
                }
                return {};
            })
            .build(tableOf<Project>()));

    put(MetaBuilder<Requirement>(EntityType::Requirement, "requirement", "requirements")
            .ref("project_id", &Requirement::projectId, EntityType::Project, true)
            .field("code", &Requirement::code)
            .field("title", &Requirement::title)
            .field("description", &Requirement::description)
            .field("acceptance", &Requirement::acceptance)
            .field("priority", &Requirement::priority)
            .field("in_scope", &Requirement::inScope)
            .label("title")
            .validate([](const Requirement &r, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Requirement, r.id); };
                if (QString e = requireText(who, QT_TRANSLATE_NOOP("Keel::Validation", "the title"), r.title); !e.isEmpty())
                    return e;
                if (r.priority < 1 || r.priority > 3)
                    return outOfRange(who(), tr("the priority"), r.priority, 1, 3);
                return {};
            })
            .build(tableOf<Requirement>()));

    put(MetaBuilder<Task>(EntityType::Task, "task", "tasks")
            .ref("project_id", &Task::projectId, EntityType::Project, true)
            .ref("parent_id", &Task::parentId, EntityType::Task, false)
            .field("sort_order", &Task::order)
            .field("name", &Task::name)
            .field("milestone", &Task::milestone)
            .field("duration", &Task::duration)
            .field("elapsed", &Task::elapsed)
            .field("work", &Task::work)
            .field("scheduling", &Task::scheduling)
            .field("constraint_type", &Task::constraint)
            .time("constraint_date", &Task::constraintDate)
            .time("deadline", &Task::deadline)
            .time("start", &Task::start).derived()
            .time("finish", &Task::finish).derived()
            .field("percent_complete", &Task::percentComplete)
            .time("actual_start", &Task::actualStart)
            .time("actual_finish", &Task::actualFinish)
            .field("optimistic", &Task::optimistic)
            .field("most_likely", &Task::mostLikely)
            .field("pessimistic", &Task::pessimistic)
            .field("priority", &Task::priority)
            .field("category", &Task::category)
            .field("client_visible", &Task::clientVisible)
            .field("notes", &Task::notes)
            .ref("calendar_id", &Task::calendarId, EntityType::Calendar, false)
            .money("fixed_cost", &Task::fixedCost)
            .field("source_uid", &Task::sourceUid)
            .field("leveling_delay", &Task::levelingDelay)
            .label("name")
            .validate([](const Task &t, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Task, t.id); };
                if (t.duration < 0)
                    return tr("%1: the duration must not be negative.").arg(who());
                if (t.levelingDelay < 0)
                    return tr("%1: the leveling delay must not be negative.").arg(who());
                if (t.work < 0)
                    return tr("%1: the work must not be negative.").arg(who());
                if (t.percentComplete < 0 || t.percentComplete > 100)
                    return outOfRange(who(), tr("percent complete"), t.percentComplete, 0, 100);
                if (t.priority < 0 || t.priority > 1000)
                    return outOfRange(who(), tr("the priority"), t.priority, 0, 1000);
                if (t.start != kNoTime && t.finish != kNoTime && t.finish < t.start)
                    return tr("%1: the finish (%2) is before the start (%3).").arg(who(), formatIso(t.finish), formatIso(t.start));
                if (t.actualStart != kNoTime && t.actualFinish != kNoTime && t.actualFinish < t.actualStart)
                    return tr("%1: the actual finish is before the actual start.").arg(who());
                const bool needsDate = t.constraint != ConstraintType::Asap && t.constraint != ConstraintType::Alap;
                if (needsDate && t.constraintDate == kNoTime)
                    return tr("%1: the constraint “%2” needs a date.").arg(who(), enumName(t.constraint));
                if (t.optimistic < 0 || t.mostLikely < 0 || t.pessimistic < 0)
                    return tr("%1: estimates must not be negative.").arg(who());
                if ((t.optimistic || t.mostLikely || t.pessimistic)
                    && !(t.optimistic <= t.mostLikely && t.mostLikely <= t.pessimistic))
                    return tr("%1: the estimates must satisfy optimistic ≤ most likely ≤ pessimistic.").arg(who());
                if (!t.parentId.isNull()) {
                    if (t.parentId == t.id)
                        return tr("%1 cannot be its own parent.").arg(who());
                    const Task *parent = ws.get<Task>(t.parentId);
                    if (parent && parent->projectId != t.projectId)
                        return tr("%1: its parent belongs to another project.").arg(who());
                    Id up = t.parentId;
                    for (int depth = 0; !up.isNull(); ++depth) {
                        if (up == t.id || depth > 10000)
                            return tr("%1 cannot be placed under one of its own subtasks.").arg(who());
                        const Task *p = ws.get<Task>(up);
                        up = p ? p->parentId : Id();
                    }
                }
                return {};
            })
            .build(tableOf<Task>()));

    put(MetaBuilder<Dependency>(EntityType::Dependency, "dependency", "dependencies")
            .ref("predecessor_id", &Dependency::predecessorId, EntityType::Task, true)
            .ref("successor_id", &Dependency::successorId, EntityType::Task, true)
            .field("type", &Dependency::type)
            .field("lag", &Dependency::lag)
            .field("lag_unit", &Dependency::lagUnit)
            .validate([](const Dependency &d, const Workspace &ws) -> QString {
                if (d.predecessorId == d.successorId)
                    return tr("%1 cannot depend on itself.").arg(ws.describe(EntityType::Task, d.successorId));
                const Task *a = ws.get<Task>(d.predecessorId);
                const Task *b = ws.get<Task>(d.successorId);
                if (a && b && a->projectId != b->projectId)
                    return tr("%1 and %2 belong to different projects; link tasks within one project.")
                        .arg(ws.describe(EntityType::Task, a->id), ws.describe(EntityType::Task, b->id));
                if (d.lagUnit == LagUnit::Percent && (d.lag < -10000 || d.lag > 10000))
                    return tr("A lag in percent must be between -10000 and 10000.");
                return {};
            })
            .build(tableOf<Dependency>()));

    put(MetaBuilder<SkillRequirement>(EntityType::SkillRequirement, "skill_requirement", "skill_requirements")
            .ref("task_id", &SkillRequirement::taskId, EntityType::Task, true)
            .ref("skill_id", &SkillRequirement::skillId, EntityType::Skill, true)
            .field("min_level", &SkillRequirement::minLevel)
            .field("work", &SkillRequirement::work)
            .ref("filled_by", &SkillRequirement::filledBy, EntityType::Assignment, false)
            .validate([](const SkillRequirement &s, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Task, s.taskId); };
                if (s.minLevel < 1 || s.minLevel > 5)
                    return outOfRange(who(), tr("the minimum skill level"), s.minLevel, 1, 5);
                if (s.work < 0)
                    return tr("%1: the work must not be negative.").arg(who());
                return {};
            })
            .build(tableOf<SkillRequirement>()));

    put(MetaBuilder<Assignment>(EntityType::Assignment, "assignment", "assignments")
            .ref("task_id", &Assignment::taskId, EntityType::Task, true)
            .ref("resource_id", &Assignment::resourceId, EntityType::Resource, true)
            .field("units", &Assignment::units)
            .field("work", &Assignment::work)
            .field("actual_work", &Assignment::actualWork)
            .validate([](const Assignment &a, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Task, a.taskId); };
                if (a.units < 0 || a.units > 100)
                    return tr("%1: assignment units must be between 0 and 100 (it is %2).").arg(who()).arg(a.units);
                if (a.work < 0 || a.actualWork < 0)
                    return tr("%1: the work must not be negative.").arg(who());
                return {};
            })
            .build(tableOf<Assignment>()));

    put(MetaBuilder<TimeEntry>(EntityType::TimeEntry, "time_entry", "time_entries")
            .ref("resource_id", &TimeEntry::resourceId, EntityType::Resource, true)
            .ref("task_id", &TimeEntry::taskId, EntityType::Task, true)
            .time("date", &TimeEntry::date)
            .field("minutes", &TimeEntry::minutes)
            .field("billable", &TimeEntry::billable)
            .field("note", &TimeEntry::note)
            .field("approval", &TimeEntry::approval)
            .field("review_comment", &TimeEntry::reviewComment)
            .validate([](const TimeEntry &e, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Resource, e.resourceId); };
                if (e.date == kNoTime)
                    return tr("%1: a time entry needs a date.").arg(who());
                if (e.minutes <= 0 || e.minutes > 24 * 60)
                    return outOfRange(who(), tr("the minutes of a time entry"), e.minutes, 1, 24 * 60);
                return {};
            })
            .build(tableOf<TimeEntry>()));

    put(MetaBuilder<Expense>(EntityType::Expense, "expense", "expenses")
            .ref("project_id", &Expense::projectId, EntityType::Project, true)
            .ref("task_id", &Expense::taskId, EntityType::Task, false)
            .time("date", &Expense::date)
            .money("amount", &Expense::amount)
            .field("currency", &Expense::currency)
            .field("category", &Expense::category)
            .field("description", &Expense::description)
            .field("billable", &Expense::billable)
            .ref("receipt_document_id", &Expense::receiptDocumentId, EntityType::Document, false)
            .label("description")
            .validate([](const Expense &e, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Project, e.projectId); };
                if (e.amount < 0)
                    return tr("%1: an expense must not be negative.").arg(who());
                if (e.currency.size() != 3)
                    return tr("%1: the currency must be a three-letter ISO 4217 code.").arg(who());
                return {};
            })
            .build(tableOf<Expense>()));

    put(MetaBuilder<Baseline>(EntityType::Baseline, "baseline", "baselines")
            .ref("project_id", &Baseline::projectId, EntityType::Project, true)
            .field("number", &Baseline::number)
            .field("name", &Baseline::name)
            .field("saved_utc_ms", &Baseline::savedUtcMs)
            .label("name")
            .validate([](const Baseline &b, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Project, b.projectId); };
                if (b.number < 0 || b.number > 10)
                    return outOfRange(who(), tr("the baseline number"), b.number, 0, 10);
                for (const Baseline &other : ws.table<Baseline>()) {
                    if (other.id != b.id && other.projectId == b.projectId && other.number == b.number)
                        return tr("%1 already has baseline %2.").arg(who()).arg(b.number);
                }
                return {};
            })
            .build(tableOf<Baseline>()));

    put(MetaBuilder<BaselineTask>(EntityType::BaselineTask, "baseline_task", "baseline_tasks")
            .ref("baseline_id", &BaselineTask::baselineId, EntityType::Baseline, true)
            .ref("task_id", &BaselineTask::taskId, EntityType::Task, true)
            .time("start", &BaselineTask::start)
            .time("finish", &BaselineTask::finish)
            .field("duration", &BaselineTask::duration)
            .field("work", &BaselineTask::work)
            .money("cost", &BaselineTask::cost)
            .build(tableOf<BaselineTask>()));

    put(MetaBuilder<Risk>(EntityType::Risk, "risk", "risks")
            .ref("project_id", &Risk::projectId, EntityType::Project, true)
            .field("title", &Risk::title)
            .field("description", &Risk::description)
            .field("probability", &Risk::probability)
            .field("impact", &Risk::impact)
            .ref("owner_id", &Risk::ownerId, EntityType::Resource, false)
            .field("mitigation", &Risk::mitigation)
            .field("status", &Risk::status)
            .time("due_date", &Risk::dueDate)
            .label("title")
            .validate([](const Risk &r, const Workspace &ws) -> QString {
                const auto who = [&] { return ws.describe(EntityType::Risk, r.id); };
                if (QString e = requireText(who, QT_TRANSLATE_NOOP("Keel::Validation", "the title"), r.title); !e.isEmpty())
                    return e;
                if (r.probability < 1 || r.probability > 5)
                    return outOfRange(who(), tr("the probability"), r.probability, 1, 5);
                if (r.impact < 1 || r.impact > 5)
                    return outOfRange(who(), tr("the impact"), r.impact, 1, 5);
                return {};
            })
            .build(tableOf<Risk>()));

    put(MetaBuilder<Request>(EntityType::Request, "request", "requests")
            .ref("project_id", &Request::projectId, EntityType::Project, true)
            .ref("contact_id", &Request::contactId, EntityType::Contact, false)
            .field("kind", &Request::kind)
            .field("title", &Request::title)
            .field("description", &Request::description)
            .field("status", &Request::status)
            .field("priority", &Request::priority)
            .time("due_date", &Request::dueDate)
            .field("created_utc_ms", &Request::createdUtcMs)
            .field("responded_utc_ms", &Request::respondedUtcMs)
            .field("resolved_utc_ms", &Request::resolvedUtcMs)
            .field("client_visible", &Request::clientVisible)
            .label("title")
            .validate([](const Request &r, const Workspace &ws) {
                return requireText([&] { return ws.describe(EntityType::Request, r.id); }, QT_TRANSLATE_NOOP("Keel::Validation", "the title"), r.title);
            })
            .build(tableOf<Request>()));

    put(MetaBuilder<Document>(EntityType::Document, "document", "documents")
            .ref("project_id", &Document::projectId, EntityType::Project, false)
            .ref("client_id", &Document::clientId, EntityType::Client, false)
            .field("name", &Document::name)
            .field("mime_type", &Document::mimeType)
            .field("current_version", &Document::currentVersion)
            .field("client_visible", &Document::clientVisible)
            .label("name")
            .validate([](const Document &d, const Workspace &ws) {
                return requireText([&] { return ws.describe(EntityType::Document, d.id); }, QT_TRANSLATE_NOOP("Keel::Validation", "the name"), d.name);
            })
            .build(tableOf<Document>()));

    put(MetaBuilder<DocumentVersion>(EntityType::DocumentVersion, "document_version", "document_versions")
            .ref("document_id", &DocumentVersion::documentId, EntityType::Document, true)
            .field("version", &DocumentVersion::version)
            .field("content", &DocumentVersion::content)
            .field("sha256", &DocumentVersion::sha256)
            .field("created_utc_ms", &DocumentVersion::createdUtcMs)
            .field("author", &DocumentVersion::author)
            .field("comment", &DocumentVersion::comment)
            .validate([](const DocumentVersion &v, const Workspace &ws) -> QString {
                if (v.sha256.size() != 64)
                    return tr("%1: a document version needs the SHA-256 of its content.")
                        .arg(ws.describe(EntityType::Document, v.documentId));
                return {};
            })
            .build(tableOf<DocumentVersion>()));

    put(MetaBuilder<CommunicationEntry>(EntityType::CommunicationEntry, "communication", "communications")
            .ref("project_id", &CommunicationEntry::projectId, EntityType::Project, false)
            .ref("client_id", &CommunicationEntry::clientId, EntityType::Client, false)
            .field("kind", &CommunicationEntry::kind)
            .field("participants", &CommunicationEntry::participants)
            .field("subject", &CommunicationEntry::subject)
            .field("summary", &CommunicationEntry::summary)
            .field("time_utc_ms", &CommunicationEntry::timeUtcMs)
            .label("subject")
            .build(tableOf<CommunicationEntry>()));

    put(MetaBuilder<SatisfactionRating>(EntityType::SatisfactionRating, "satisfaction_rating", "satisfaction_ratings")
            .ref("project_id", &SatisfactionRating::projectId, EntityType::Project, true)
            .ref("contact_id", &SatisfactionRating::contactId, EntityType::Contact, false)
            .field("score", &SatisfactionRating::score)
            .field("comment", &SatisfactionRating::comment)
            .field("time_utc_ms", &SatisfactionRating::timeUtcMs)
            .validate([](const SatisfactionRating &r, const Workspace &ws) -> QString {
                if (r.score < 1 || r.score > 5)
                    return outOfRange(ws.describe(EntityType::Project, r.projectId), tr("a rating"), r.score, 1, 5);
                return {};
            })
            .build(tableOf<SatisfactionRating>()));

    put(MetaBuilder<LessonLearned>(EntityType::LessonLearned, "lesson_learned", "lessons_learned")
            .ref("project_id", &LessonLearned::projectId, EntityType::Project, true)
            .field("title", &LessonLearned::title)
            .field("description", &LessonLearned::description)
            .field("category", &LessonLearned::category)
            .field("recommendation", &LessonLearned::recommendation)
            .label("title")
            .validate([](const LessonLearned &l, const Workspace &ws) {
                return requireText([&] { return ws.describe(EntityType::LessonLearned, l.id); }, QT_TRANSLATE_NOOP("Keel::Validation", "the title"), l.title);
            })
            .build(tableOf<LessonLearned>()));

    put(MetaBuilder<ExchangeRate>(EntityType::ExchangeRate, "exchange_rate", "exchange_rates")
            .field("from_currency", &ExchangeRate::fromCurrency)
            .field("to_currency", &ExchangeRate::toCurrency)
            .time("effective_from", &ExchangeRate::effectiveFrom)
            .field("rate", &ExchangeRate::rate)
            .validate([](const ExchangeRate &r, const Workspace &) -> QString {
                const QString who = tr("Exchange rate %1 → %2").arg(r.fromCurrency, r.toCurrency);
                if (!Currency::isKnown(r.fromCurrency) || !Currency::isKnown(r.toCurrency))
                    return tr("%1: both currencies must be ISO 4217 codes such as EUR or CNY.").arg(who);
                if (r.fromCurrency.compare(r.toCurrency, Qt::CaseInsensitive) == 0)
                    return tr("%1: the two currencies must differ.").arg(who);
                if (r.effectiveFrom == kNoTime)
                    return tr("%1: give the day the rate applies from.").arg(who);
                if (!(r.rate > 0) || !std::isfinite(r.rate))
                    return tr("%1: the rate must be a positive number (it is %2).").arg(who).arg(r.rate);
                return {};
            })
            .build(tableOf<ExchangeRate>()));

    put(MetaBuilder<ProcessTemplateRecord>(EntityType::ProcessTemplate, "process_template", "process_templates")
            .field("key", &ProcessTemplateRecord::key)
            .field("name", &ProcessTemplateRecord::name)
            .field("description", &ProcessTemplateRecord::description)
            .field("body", &ProcessTemplateRecord::body)
            .label("name")
            .validate([](const ProcessTemplateRecord &t, const Workspace &ws) {
                QString problem = requireText([&] { return ws.describe(EntityType::ProcessTemplate, t.id); }, QT_TRANSLATE_NOOP("Keel::Validation", "the name"), t.name);
                if (problem.isEmpty())
                    problem = requireText([&] { return ws.describe(EntityType::ProcessTemplate, t.id); }, QT_TRANSLATE_NOOP("Keel::Validation", "the key"), t.key);
                return problem;
            })
            .build(tableOf<ProcessTemplateRecord>()));

    return all;
}

} // namespace

const EntityMeta &entityMeta(EntityType type)
{
    static const std::array<EntityMeta, kEntityTypeCount> all = buildAll();
    return all[size_t(type)];
}

EntityType entityTypeFromName(QByteArrayView name)
{
    for (int t = 0; t < kEntityTypeCount; ++t) {
        if (entityMeta(EntityType(t)).name == name)
            return EntityType(t);
    }
    return EntityType::None;
}

QString entityTypeDisplayName(EntityType type)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Keel::EntityType", "settings"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "calendar"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "skill"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "client"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "contact"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "resource"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "resource skill"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "project"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "requirement"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "task"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "dependency"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "skill requirement"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "assignment"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "time entry"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "expense"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "baseline"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "baseline task"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "risk"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "request"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "document"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "document version"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "communication"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "satisfaction rating"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "lesson learned"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "exchange rate"),
        QT_TRANSLATE_NOOP("Keel::EntityType", "process template"),
    };
    static_assert(std::size(names) == kEntityTypeCount);
    if (int(type) < 0 || int(type) >= kEntityTypeCount)
        return {};
    return QCoreApplication::translate("Keel::EntityType", names[int(type)]);
}

} // namespace Keel
