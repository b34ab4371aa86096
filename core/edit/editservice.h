#pragma once
// EditService: the rules of changing a workspace, one function per user intent. Each looks at the
// Workspace as it is and returns one Edit: the ChangeSet that makes the change with every
// consequence already in it — the automatically scheduled dates the CPM engine computes after it,
// the renumbering of siblings and requirements, the records a delete takes with it — or the
// translated reason it is refused (nothing is applied here). One user action is one ChangeSet,
// one change-log entry and one undo step, whoever calls it: a widget, keel-cli, later the server,
// the REST API, the portal or a rule.
//
// Derived values (FieldDef::derived: the scheduled start and finish of automatically scheduled
// tasks, a project's computed finish) are never restored from history: undo() and redo() give the
// inputs of a recorded ChangeSet back and recompute the derived values from them, as a sync pull
// will.
//
// The service holds a reference to the workspace and no other state; make one per edit.

#include "edit.h"

#include <model/documentimport.h>
#include <model/entityedit.h>
#include <model/enums.h>
#include <model/workspace.h>
#include <model/timeutil.h>
#include <schedule/taskedits.h>
#include <workflow/processtemplate.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QDate>
#include <QList>
#include <QSet>

#include <memory>
#include <optional>

namespace Keel {

class PlanCache;
class ProjectSnapshot;
class Workspace;
struct ScheduleResult;

class EditService
{
    Q_DECLARE_TR_FUNCTIONS(Keel::EditService)
public:
    /// With a @p cache, edits of tasks' own inputs reschedule incrementally (see PlanCache).
    explicit EditService(const Workspace &ws, PlanCache *cache = nullptr) : m_ws(ws), m_cache(cache) {}

    const Workspace &workspace() const { return m_ws; }

    // --- Any record -----------------------------------------------------------------------------

    /// A new record of @p type with the fields in @p fields (RecordJson's shape); fields not given
    /// keep their defaults. An "id" may be given (a UUID), else one is made.
    Edit add(EntityType type, const QJsonObject &fields) const;
    /// Sets the fields in @p fields of record @p id.
    Edit set(EntityType type, const Id &id, const QJsonObject &fields) const;
    /// Deletes record @p id with what belongs only to it (a client's contacts, a project's plan,
    /// a task's subtasks and links); refused while other records still need it.
    Edit remove(EntityType type, const Id &id) const;
    /// A new record from an entity value (a dialog's result).
    template<class T> Edit addRecord(const T &entity) const
    {
        ChangeSet changes(tr("Add %1").arg(entityTypeDisplayName(EntityTraits<T>::type)));
        changes.insert(entity);
        Edit e = complete(std::move(changes));
        e.id = entity.id;
        return e;
    }
    /// The field updates that make the stored record equal to @p edited.
    Edit updateRecord(EntityType type, const Id &id, const QVariantList &edited) const;
    /// The field updates that make the stored entity with @p edited's id equal to it (a dialog's
    /// result); refused when it no longer exists.
    template<class T> Edit updateEntity(const T &edited) const
    {
        ChangeSet changes;
        appendUpdates(changes, m_ws, edited);
        return completeUpdate(EntityTraits<T>::type, edited.id, std::move(changes));
    }

    // --- The plan -------------------------------------------------------------------------------

    /// Completes a TaskEdits rule's ChangeSet (insert, indent, link, durations…) with the dates.
    Edit plan(const TaskEdits::Result &edit) const;
    /// The task's constraint; the date is kept only for the types that have one.
    Edit setConstraint(const Id &task, ConstraintType type, Minutes date) const;

    struct AssignmentSpec
    {
        Id resource;
        double units = 1.0;
    };
    /// Makes @p assignments the task's assignments; each one's planned work is the task's
    /// @p duration × its units (the task's own duration when kNoTime). Changes the task's work.
    Edit setAssignments(const Id &task, const QList<AssignmentSpec> &assignments, Minutes duration = kNoTime) const;
    /// The changes setAssignments() makes, appended to @p changes (for a dialog that edits a task
    /// and its assignments as one step); returns the reason they are refused, else empty.
    QString appendAssignments(ChangeSet &changes, const Id &task, const QList<AssignmentSpec> &assignments,
                              Minutes duration = kNoTime) const;
    /// Adds (or changes the units of) one resource's assignment to the task.
    Edit assign(const Id &task, const Id &resource, double units = 1.0) const;

    // --- Baselines and progress -----------------------------------------------------------------

    /// Saves baseline @p number (0..10) of the project: every task's dates, duration, work and
    /// planned cost; only @p tasks (and keeping the other tasks' saved values) when given.
    Edit setBaseline(const Id &project, int number, const QList<Id> &tasks = {}) const;
    Edit clearBaseline(const Id &project, int number) const;

    struct Progress
    {
        std::optional<int> percentComplete;
        std::optional<Minutes> actualStart;   ///< kNoTime clears it
        std::optional<Minutes> actualFinish;  ///< kNoTime clears it
        /// Share of the planned work done, 0..100: each assignment's actual work becomes that
        /// share of its work.
        std::optional<int> percentWorkComplete;
        /// Working minutes still to go. As in Microsoft Project the time already done (duration ×
        /// % complete) stays: the duration becomes done + remaining and % complete follows.
        std::optional<Minutes> remainingDuration;
    };
    /// Records progress on a task. 100 % sets the actual finish to the scheduled one when none is
    /// given; any progress sets the actual start to the scheduled one when none is given.
    Edit recordProgress(const Id &task, const Progress &progress) const;
    /// Records the progress of several tasks as one step (each as recordProgress would).
    Edit recordProgress(const QList<Id> &tasks, const Progress &progress) const;

    enum class ProgressRule {
        Proportional,   ///< a task under way is as complete as its working time elapsed
        ZeroOrHundred,  ///< only tasks finished by then become 100 %; the rest keep their progress
    };
    /// "Update the project as of the status date", as one step: sets the project's status date to
    /// @p statusDay and marks the work scheduled through the end of that day as done — a task
    /// that should have finished becomes 100 % with its scheduled dates as actuals; one under way
    /// gets its actual start and, with ProgressRule::Proportional, the share of its working time
    /// elapsed (its assignments' actual work follows). Progress already recorded is never lowered.
    Edit updateProjectAsOf(const Id &project, const QDate &statusDay, ProgressRule rule) const;

    // --- Time and expenses ----------------------------------------------------------------------

    /// Logs @p minutes of @p resource on @p task on @p day (a date at 00:00), as a draft entry.
    Edit logTime(const Id &resource, const Id &task, Minutes day, Minutes minutes, bool billable = true,
                 const QString &note = {}) const;
    /// One cell of a person's week: the hours on @p task on day @p day (0 Monday … 6 Sunday).
    struct WeekCell
    {
        Id task;
        int day = 0;
        Minutes minutes = 0;   ///< 0 removes the time of that task and day
    };
    /// Sets the person's time in the week that contains @p weekDay to the given cells, as one
    /// step: each cell's task and day then holds exactly its minutes (cells not given keep theirs).
    /// Refused while the week is submitted or approved, for a summary task, a task of a closed
    /// project, or a day over 24 hours; a rejected week becomes a draft again.
    Edit setWeekTime(const Id &resource, Minutes weekDay, const QList<WeekCell> &cells) const;
    enum class TimesheetAction { Submit, Approve, Reject };
    /// Submits, approves or rejects the person's entries of the week that contains @p day.
    /// Rejecting needs @p comment; an approver's comment is kept on the week's entries (and a
    /// rejection's also in the projects' logs). Submitting clears the previous comment.
    Edit timesheet(const Id &resource, Minutes day, TimesheetAction action, const QString &comment = {}) const;
    /// Adds @p expense, or saves it when one with its id exists: date, category, an amount of
    /// more than 0 in a known currency, optionally a task of the same project. A @p receipt file
    /// is attached in the same step as a new document of the project and becomes the expense's
    /// receipt. Refused, with the field named, for a closed project.
    Edit saveExpense(const Expense &expense, const DocumentFile *receipt = nullptr, const QString &author = {}) const;
    /// The expense categories in use in the workspace, with the usual ones first.
    QStringList expenseCategories() const;

    // --- Lifecycle ------------------------------------------------------------------------------

    /// Moves the project to its next phase when its gate is met; with a non-empty @p overrideReason
    /// a manager passes a gate that is not met, and the reason is kept in the project's log.
    Edit advanceGate(const Id &project, const QString &overrideReason = {}) const;
    /// Closes a project that is in its closing phase (its gate must be met, or overridden).
    Edit closeProject(const Id &project, const QString &overrideReason = {}) const;
    /// A new project from a process template (its key or name), or blank when @p templateKey is
    /// empty; scheduled from its start.
    /// A new project from @p spec, from @p processTemplate or blank when it is null, scheduled
    /// from its start; with @p newCalendar (e.g. a built-in holiday calendar, spec.calendarId
    /// naming it) added in the same step.
    Edit createProject(const NewProjectSpec &spec, const ProcessTemplate *processTemplate,
                       const std::optional<Calendar> &newCalendar = {}) const;
    Edit createProject(const QString &templateKey, const QString &name, const QString &code, const Id &client,
                       QDate start, bool chinese = false) const;
    /// A new process template of the workspace named @p name from the plan of @p project: its
    /// WBS, durations, links, milestones, three-point estimates and skill needs, never its dates,
    /// actuals, people or money (see ProcessTemplate::fromProject).
    Edit saveProjectAsTemplate(const Id &project, const QString &name, const QString &description = {}) const;
    /// A new workspace template named @p name with one phase and one task to start from.
    Edit newTemplate(const QString &name, const QString &description = {}) const;
    /// A workspace copy, named @p name, of the template @p key (built-in or the workspace's own),
    /// with @p description, else the original's.
    Edit copyTemplate(const QString &key, const QString &name,
                      const std::optional<QString> &description = std::nullopt) const;
    /// Adds @p record (an id not in the workspace) or saves an existing workspace template. The
    /// name must be given and differ from every other template's; the body must be a template
    /// ProcessTemplate::fromJson() reads (the error names the task and the field). Built-in
    /// templates cannot be changed: copy one. An empty key is made from the name.
    Edit saveTemplate(const ProcessTemplateRecord &record) const;
    /// Deletes the workspace template @p key; refused, with the reason, for a built-in one.
    Edit deleteTemplate(const QString &key) const;
    /// Records the client's sign-off of the project by @p signedBy with @p statement.
    Edit signOff(const Id &project, const QString &signedBy, const QString &statement) const;
    /// A requirement numbered after the project's highest ("R-004").
    Edit addRequirement(const Id &project, const QString &title) const;

    // --- The resource pool ----------------------------------------------------------------------

    /// A skill a person has, at a level 1 (novice) to 5 (expert).
    struct SkillLevel
    {
        Id skill;
        int level = 3;
    };
    /// Adds @p resource (its id not yet in the pool) or saves the changes of an existing one,
    /// with exactly @p skills: levels changed, skills added and dropped. Refused with the field
    /// named when the record or a skill is invalid (a skill listed twice, an unknown skill).
    /// @p ownCalendar, when given, is a new calendar of the resource's own (its resourceId is set
    /// to the resource) added in the same edit and made the resource's calendar.
    Edit saveResource(const Resource &resource, const QList<SkillLevel> &skills,
                      const std::optional<Calendar> &ownCalendar = std::nullopt) const;

    // --- Calendars ------------------------------------------------------------------------------

    /// Adds @p calendar (its id not yet in the workspace) or saves the changes of an existing one;
    /// the projects whose dates it moves are rescheduled in the same edit. Refused with the field
    /// named ("name", "base_calendar_id", "week", "exceptions") and nothing changed when a working
    /// interval does not lie within one day, ends before it starts or overlaps another, the base
    /// calendar is unknown or leads back to the calendar, or an exception ends before it starts or
    /// has a recurrence the engine cannot repeat (a period below 1, no weekday, a day, week or
    /// month out of range).
    Edit saveCalendar(const Calendar &calendar) const;
    /// Adds the new @p calendar (judged as saveCalendar() does) together with @p with: edits that
    /// may refer to it, such as a project or the workspace's settings taking it as their calendar;
    /// one edit with the consequences of both.
    Edit addCalendarWith(const Calendar &calendar, const ChangeSet &with) const;
    /// @p wanted, or "@p wanted 2", "… 3" when a calendar has that name already.
    QString unusedCalendarName(const QString &wanted) const;
    /// What still uses calendar @p id (the workspace's default, a project, a task, a resource, a
    /// calendar based on it), named for a message; empty when nothing does.
    QString calendarUse(const Id &id) const;

    // --- Currencies ------------------------------------------------------------------------------

    /// Makes @p code (an ISO 4217 code, any case) the workspace's reporting currency.
    Edit setReportingCurrency(const QString &code) const;
    /// Adds @p rate, or saves it when one with its id exists: two known, different currencies, a
    /// rate above 0 and the day it applies from (any time of day counts as that day). Refused
    /// when another rate between the same two currencies (either way round) starts that day.
    Edit saveExchangeRate(const ExchangeRate &rate) const;
    Edit removeExchangeRate(const Id &rate) const;

    // --- Consequences, undo and redo ------------------------------------------------------------

    /// The schedule run an Edit's dates came from, for views that show floats and the critical
    /// path without running the engine again.
    struct Scheduled
    {
        Id project;
        std::shared_ptr<ProjectSnapshot> snapshot;
        std::shared_ptr<ScheduleResult> result;
    };
    /// Adds the consequences of @p primary: the dates of every project whose schedule it changes.
    /// Refused when the workspace would refuse @p primary. @p scheduled, when given, receives the
    /// runs of the rescheduled projects.
    Edit complete(ChangeSet primary, QList<Scheduled> *scheduled = nullptr) const;
    /// The ChangeSet that undoes an applied one: its inputs restored, derived values recomputed.
    Edit undo(const ChangeSet &applied) const;
    /// The ChangeSet that makes an undone one again: its inputs, derived values recomputed.
    Edit redo(const ChangeSet &applied) const;
    /// @p changes without the updates of derived values that will be recomputed.
    ChangeSet withoutDerived(const ChangeSet &changes) const;

private:
    QString who(EntityType type, const Id &id) const;
    /// Reads @p fields (RecordJson's shape) into @p record; an "id" is skipped, or refused.
    Edit readFields(EntityType type, const QJsonObject &fields, QVariantList *record, bool refuseId) const;
    Edit removeCascade(EntityType type, const Id &id) const;
    /// updateEntity's checks (the record exists, its time is not locked) and its description.
    Edit completeUpdate(EntityType type, const Id &id, ChangeSet changes) const;
    /// Adds the changes that record @p progress on one task; the error (and *field) when refused.
    QString appendProgress(ChangeSet &changes, const Id &task, const Progress &progress,
                           const QList<const Assignment *> &assignments, QByteArray *field) const;
    Edit refuseLockedTime(EntityType type, const Id &id) const;
    /// Tasks whose scheduling mode @p changes sets.
    static QSet<Id> schedulingChanged(const ChangeSet &changes);
    /// Whether @p c updates a value the engine computes for that record (see FieldDef::derived).
    bool isDerivedUpdate(const Change &c, const QSet<Id> &modeChanged) const;

    /// complete() by patching the cached schedules of @p projects; nullopt when the change is
    /// more than tasks' own inputs or a project is not cached.
    std::optional<Edit> completeIncrementally(const ChangeSet &primary, const QSet<Id> &projects) const;

    const Workspace &m_ws;
    PlanCache *m_cache = nullptr;
};

} // namespace Keel
