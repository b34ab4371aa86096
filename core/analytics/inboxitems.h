#pragma once
// The Inbox: what needs a project manager's attention at a given moment, across the workspace —
// tasks past their finish and not done (judged at the project's status date when it has one;
// more than a few of one project become one item), milestones due within a few days, people over-allocated in
// the coming weeks, risks past their due date and still open, new client requests, and the early
// warnings (earlywarning.h) of projects forecast to miss a deadline or overrun a budget.
//
// inboxItems() is a pure function of the workspace, the moment and the settings: the same inputs
// give the same items in the same order (severity, then date, then kind, then title). Each item has
// a stable key, so that a reader can remember what was read. Texts are translated in the context
// "Keel::Inbox"; early warning reasons keep theirs ("Keel::EarlyWarning").

#include "earlywarning.h"

#include <model/workspace.h>

#include <QString>

#include <vector>

namespace Keel {

enum class InboxKind { OverdueTask, MilestoneDue, OverAllocation, RiskOverdue, NewRequest, DeadlineWarning, BudgetWarning };
inline constexpr int kInboxKindCount = 7;

enum class InboxSeverity { Info, Warning, Critical };

struct InboxSettings
{
    int milestoneDays = 7;          ///< milestones due within this many calendar days
    int overdueCriticalDays = 7;    ///< a task this many calendar days overdue is critical
    /// Up to this many overdue tasks of a project are listed one by one; more become one item of
    /// the project.
    int overdueTasksListed = 3;
    int overAllocationWeeks = 4;    ///< weeks looked ahead (from the current week) for over-allocation
    double overAllocationCritical = 1.5; ///< assigned / available at or above this is critical
    bool earlyWarnings = true;      ///< run the forecasts (Monte Carlo per open project)
    EarlyWarningOptions warnings = defaultWarnings();

    /// Any forecast deadline miss (one working day or more), budget overruns above 10 %.
    static EarlyWarningOptions defaultWarnings()
    {
        EarlyWarningOptions o;
        o.lateDays = 1;
        o.overrun = 0.10;
        o.iterations = 1000;
        return o;
    }
};

struct InboxItem
{
    InboxKind kind = InboxKind::OverdueTask;
    InboxSeverity severity = InboxSeverity::Info;
    Id projectId;                   ///< null for an over-allocation spread over no project
    EntityType entityType = EntityType::Task;
    Id entityId;                    ///< the task, resource, risk, request or project
    QString title;                  ///< what: "Design review", "Ann Lee"
    QString reason;                 ///< why it is here, in words
    Minutes date = kNoTime;         ///< when it was due, falls due, or starts
    /// Identity across refreshes: kind and entity (and the week for an over-allocation).
    QString key;
};

/// Every inbox item of the workspace at @p now (wall-clock minutes).
std::vector<InboxItem> inboxItems(const Workspace &ws, Minutes now, const InboxSettings &settings = {});
/// The early-warning items alone: the slow part (a Monte Carlo forecast per open project), which
/// a UI runs on another thread over a Workspace::clone(). Unsorted; settings.earlyWarnings is
/// not consulted.
std::vector<InboxItem> inboxWarningItems(const Workspace &ws, Minutes now, const InboxSettings &settings = {});
/// Puts items in the order inboxItems() gives them.
void sortInboxItems(std::vector<InboxItem> &items);

/// Display name of a kind ("Overdue tasks"), translated.
QString inboxKindName(InboxKind kind);
/// Display name of a severity ("Critical"), translated.
QString inboxSeverityName(InboxSeverity severity);

} // namespace Keel
