#pragma once
// ProjectBundle: one project with everything it needs, as plain values — the common shape between
// the file formats and a workspace. Readers fill a bundle from a file and turn it into one
// ChangeSet of inserts; writers take a bundle collected from a workspace. Keeping both directions
// on one type is what makes export → import round trips exact and testable without a store.

#include "importoptions.h"

#include "model/assignment.h"
#include "model/baseline.h"
#include "model/baselinetask.h"
#include "model/calendar.h"
#include "model/changeset.h"
#include "model/dependency.h"
#include "model/project.h"
#include "model/resource.h"
#include "model/task.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace Keel {

class Workspace;

struct ProjectBundle
{
    Project project;
    std::vector<Calendar> calendars;       ///< base calendars before the calendars derived from them
    std::vector<Task> tasks;               ///< WBS order: a parent before its children
    std::vector<Dependency> dependencies;
    std::vector<Resource> resources;
    std::vector<Assignment> assignments;
    std::vector<Baseline> baselines;
    std::vector<BaselineTask> baselineTasks;
    int minutesPerDay = 480;
    int minutesPerWeek = 2400;
    int daysPerMonth = 20;

    /// Collects project @p projectId of @p ws: its tasks in WBS order, their links, the calendars
    /// they and the project use (with base chains; the workspace default when the project names
    /// none), the resources assigned to its tasks and their calendars, its baselines.
    static ProjectBundle fromWorkspace(const Workspace &ws, const Id &projectId);

    /// Brings every value within the workspace's rules (see model/schema.cpp): clamps ranges,
    /// orders and merges working intervals, drops self-links, breaks base-calendar loops, gives
    /// nameless resources a name. Each repair adds a sentence to @p warnings.
    void sanitize(QStringList *warnings);

    /// One ChangeSet inserting the bundle. With options.target, resources whose name (and kind)
    /// already exist there are reused; with options.adoptSettings, the workspace's duration
    /// settings are updated to the bundle's.
    ChangeSet toChangeSet(const ImportOptions &options, QStringList *warnings) const;

    const Calendar *calendar(const Id &id) const;
    const Task *task(const Id &id) const;
    /// The calendar the project schedules on (its own, else the first calendar), or nullptr.
    const Calendar *projectCalendar() const;
    /// Children of each task in order (key: parent id, null for top level).
    QHash<Id, QList<int>> childIndex() const;
};

} // namespace Keel
