#pragma once
// TaskEdits: the rules of editing a project plan, without widgets. Each function looks at the
// Workspace as it is and returns the ChangeSet that makes the edit (nothing is applied here), or a
// translated error naming the task and what is wrong. Callers apply the ChangeSet through the one
// change path (Store::apply, WorkspaceDocument::apply) and then apply reschedule() so that the
// automatically scheduled tasks get their new dates; the desktop wraps both in one undo step.
//
// Rules follow Microsoft Project: a summary's duration and dates come from its subtasks; moving an
// automatically scheduled task gives it a "start no earlier than" constraint; a duration of zero
// makes a milestone; outdenting a task makes its following siblings its subtasks (rows keep their
// order); links never form a cycle and never join a task to its own summary.

#include "model/changeset.h"
#include "model/enums.h"
#include "model/ids.h"
#include "model/timeutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keel {

class ProjectSnapshot;
class Workspace;
struct ScheduleResult;

class TaskEdits
{
    Q_DECLARE_TR_FUNCTIONS(Keel::TaskEdits)
public:
    /// The ChangeSet of an edit, or the reason it cannot be made. `taskId` names the task an
    /// insert creates.
    struct Result
    {
        ChangeSet changes;
        QString error;
        Id taskId;
        bool ok() const { return error.isEmpty(); }
    };

    enum class Position {
        After,      ///< a sibling right after the reference task (at the end when it is null)
        FirstChild, ///< the first subtask of the reference task
    };

    /// A new automatically scheduled task of one day named @p name (or "New task").
    static Result insertTask(const Workspace &ws, const Id &projectId, const Id &reference,
                             Position position, const QString &name = {});
    /// Removes @p tasks with their subtasks, links, assignments and baseline records. Refused when
    /// time has been recorded on one of them.
    static Result removeTasks(const Workspace &ws, const QList<Id> &tasks);
    /// Makes the task a subtask of the sibling above it.
    static Result indent(const Workspace &ws, const Id &task);
    /// Moves the task up one level, right after its summary; its following siblings become its
    /// subtasks.
    static Result outdent(const Workspace &ws, const Id &task);
    /// Swaps the task with the sibling above (@p up) or below it.
    static Result move(const Workspace &ws, const Id &task, bool up);

    static Result rename(const Workspace &ws, const Id &task, const QString &name);
    /// Working (or elapsed) minutes; zero makes a milestone. Refused for summary tasks.
    static Result setDuration(const Workspace &ws, const Id &task, Minutes duration);
    /// Manual tasks move (their length kept); automatic ones get "start no earlier than" @p start.
    static Result setStart(const Workspace &ws, const Id &task, Minutes start);
    /// Changes the duration so that the task finishes at @p finish (manual tasks: their finish).
    static Result setFinish(const Workspace &ws, const Id &task, Minutes finish);
    static Result setPercentComplete(const Workspace &ws, const Id &task, int percent);

    /// Links @p from → @p to. Refused for a duplicate, a cycle or a link to the task's own summary.
    static Result link(const Workspace &ws, const Id &from, const Id &to,
                       DependencyType type = DependencyType::FinishStart, qint64 lag = 0,
                       LagUnit unit = LagUnit::Working);
    static Result unlink(const Workspace &ws, const Id &from, const Id &to);

    /// One predecessor as a task dialog or the Predecessors column states it.
    struct Predecessor
    {
        Id task;
        DependencyType type = DependencyType::FinishStart;
        qint64 lag = 0;
        LagUnit unit = LagUnit::Working;
    };
    /// Makes @p predecessors exactly the task's predecessors: links are added, changed and removed.
    static Result setPredecessors(const Workspace &ws, const Id &task, const QList<Predecessor> &predecessors);
    /// As above from text such as "3FS+2d;5SS;1.2FF-4h;7SS+50%": each item names a task by its WBS
    /// code (with a dot) or its row number in the project, then an optional type and lag.
    static Result setPredecessorsText(const Workspace &ws, const Id &task, const QString &text);
    /// Parses such text without changing anything; *error says which item is wrong.
    static QList<Predecessor> parsePredecessors(const Workspace &ws, const Id &task, const QString &text,
                                                QString *error);
    /// The task's predecessors as text, by row number ("3FS+2d;5SS"), the way parsing reads it.
    static QString predecessorsText(const Workspace &ws, const Id &task, const QHash<Id, int> &rowNumbers);
    /// "FS", "SS", "FF", "SF".
    static QString typeText(DependencyType type);
    /// "+2d", "-4h", "+50%", "+3ed"; empty for no lag.
    static QString lagText(qint64 lag, LagUnit unit, const Workspace &ws);

    /// A task's three-point estimate in working minutes, read by the Monte Carlo forecast
    /// (analytics/schedulenetwork.cpp); all three zero means none (the forecast then spreads the
    /// task's own duration).
    struct Estimate
    {
        Minutes optimistic = 0;
        Minutes mostLikely = 0;
        Minutes pessimistic = 0;
    };
    /// Sets the task's estimate. Refused for a summary task, a negative value, or unless
    /// optimistic ≤ most likely ≤ pessimistic; the error names the estimates that are out of order.
    static Result setEstimate(const Workspace &ws, const Id &task, const Estimate &estimate);
    /// As above from text as the duration column reads it ("3d", "4h", "2w"); three empty texts
    /// clear the estimate. The error names the estimate that is missing or not a working duration.
    static Result setEstimateText(const Workspace &ws, const Id &task, const QString &optimistic,
                                  const QString &mostLikely, const QString &pessimistic);
    /// An estimate as the task dialog shows it: three empty texts when the task has none.
    static QStringList estimateTexts(const Workspace &ws, const Id &task);

    /// One skill requirement as the task dialog states it; the staffing recommendation
    /// (schedule/staffing.h) ranks people for each.
    struct SkillNeed
    {
        Id requirement;                ///< the requirement it edits; null: a new one
        Id skill;
        int minLevel = 1;              ///< 1..5
        Minutes work = kNoTime;        ///< working minutes; kNoTime: the task's duration
    };
    /// Makes @p needs exactly the task's skill requirements: the listed ones changed, new ones
    /// added, the others removed (a person already assigned to fill one stays assigned). A skill
    /// may be asked for more than once (two people). Refused for a summary task, a skill not in
    /// the workspace's catalogue, a level outside 1–5 or negative work; the error names the row.
    static Result setSkillRequirements(const Workspace &ws, const Id &task, const QList<SkillNeed> &needs);

    /// The Task start/finish (and project date) updates the CPM engine computes for the project as
    /// the workspace now holds it; empty when nothing moves.
    static ChangeSet reschedule(const Workspace &ws, const Id &projectId);
    /// The same, keeping in @p snapshot and @p result what it computed. Applying the ChangeSet
    /// changes only dates the engine computes, never one it reads, so both stay true of the
    /// workspace after it (floats and the critical path with no second run).
    static ChangeSet reschedule(const Workspace &ws, const Id &projectId, ProjectSnapshot *snapshot,
                                ScheduleResult *result);

private:
    static bool reaches(const Workspace &ws, const Id &from, const Id &to);
    static bool isAncestor(const Workspace &ws, const Id &ancestor, const Id &task);
    static QString who(const Workspace &ws, const Id &task);
};

} // namespace Keel
