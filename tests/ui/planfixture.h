#pragma once
// A project plan for the task tree and plan view tests: the sample portfolio plus a project
// "PLAN" with summaries, subtasks, a milestone, links, assignments and a baseline, scheduled.

#include <model/ids.h>

#include <QString>

#include <memory>

namespace Keel {
class WorkspaceDocument;
} // namespace Keel

namespace KeelTest {

struct PlanFixture
{
    std::unique_ptr<Keel::WorkspaceDocument> document;
    Keel::Id project;
    /// Tasks by name: "Discovery", "Interviews", "Requirements", "Build", "Backend", "Frontend",
    /// "Integration", "Go-live" (a milestone), "Support".
    Keel::Id task(const QString &name) const;
};

PlanFixture planFixture();

} // namespace KeelTest
