#pragma once
// DemoPlan: the work breakdown of one demo project before it becomes entities — phases,
// deliverables and tasks with planned durations, the roles that do them, and the links between
// them. buildDemoPlan() holds the templates of the four kinds of project the demo company runs.

#include "democatalog.h"

#include <model/enums.h>
#include <model/timeutil.h>

#include <QList>
#include <QString>

namespace Keel {

class DemoRandom;
class DemoWorkTime;

namespace Demo {

struct PlanNode
{
    int parent = -1;
    QString name;
    QString category;           ///< leaves: Analysis, Design, Build, Test, Deploy, PM, Support
    bool milestone = false;
    /// Lasts from the project's first task to its last (management, governance).
    bool span = false;
    /// Calendar-bound work (a month of support): actuals keep the planned duration.
    bool fixedDuration = false;
    Role role = Role::None;
    double units = 1.0;
    Role role2 = Role::None;    ///< a second person on the task
    double units2 = 0.5;
    int module = -1;            ///< index of the module, discipline or domain the task belongs to
    Minutes duration = 0;       ///< planned, working minutes
    Minutes notBefore = kNoTime; ///< wall clock: a start-no-earlier-than constraint
    bool clientVisible = false;
    bool billable = true;
    qint64 fixedCostEur = 0;    ///< minor units of EUR
    QString notes;
};

struct PlanLink
{
    int pred = -1;
    int succ = -1;
    DependencyType type = DependencyType::FinishStart;
    Minutes lag = 0;
};

struct DemoPlan
{
    QList<PlanNode> nodes;
    QList<PlanLink> links;
    int goLive = -1;            ///< the milestone that carries the contract deadline
};

struct PlanInput
{
    ProjectKind kind = ProjectKind::ItImplementation;
    bool chinese = false;
    QList<ModuleSeed> modules;
    /// Managed services: the first day of the transition month; months follow it.
    QDate start;
    /// Managed services: the project calendar, to size each month of service.
    const DemoWorkTime *work = nullptr;
};

DemoPlan buildDemoPlan(const PlanInput &input, DemoRandom &rng);

} // namespace Demo

} // namespace Keel
