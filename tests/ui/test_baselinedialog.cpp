// Baselines from the plan: saved for the whole project or the selected tasks, replaced, cleared,
// each one undo step through the edit service.

#include "fixtures.h"
#include "planfixture.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <ui/baselinedialog.h>
#include <ui/projectplanview.h>
#include <ui/workspacedocument.h>

#include <QRadioButton>
#include <QSpinBox>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

int baselineRows(const Workspace &ws, const Id &project, int number)
{
    Id baseline;
    for (const Baseline &b : ws.table<Baseline>())
        if (b.projectId == project && b.number == number)
            baseline = b.id;
    if (baseline.isNull())
        return -1;
    int rows = 0;
    for (const BaselineTask &bt : ws.table<BaselineTask>())
        rows += bt.baselineId == baseline ? 1 : 0;
    return rows;
}

} // namespace

TEST_CASE("Baseline dialog: save baseline 0 and 3 of the selected tasks, clear, undo", "[planview][baseline]")
{
    PlanFixture f = planFixture();
    const Workspace &ws = f.document->workspace();
    ProjectPlanView view(f.document.get());
    view.setProjectId(f.project);
    const int tasks = int(ws.projectTasks(f.project).size());
    REQUIRE(tasks >= 2);
    const int steps = f.document->undoStack()->count();
    const int before = baselineRows(ws, f.project, 0); // the fixture may hold one already

    whenModal([](QWidget *w) {
        auto *d = qobject_cast<BaselineDialog *>(w);
        REQUIRE(d);
        d->save(); // baseline 0, the whole project
    });
    view.baseline();
    CHECK(baselineRows(ws, f.project, 0) == tasks);
    CHECK(f.document->undoStack()->count() == steps + 1);

    // Baseline 3 of two tasks only, from the dialog itself.
    const QList<Id> two = ws.projectTasks(f.project).mid(0, 2);
    BaselineDialog d(ws, f.project, two);
    d.numberBox()->setValue(3);
    d.selectedOnly()->setChecked(true);
    d.save();
    REQUIRE(d.result() == QDialog::Accepted);
    REQUIRE(f.document->apply(d.edit().changes));
    CHECK(baselineRows(ws, f.project, 3) == 2);

    BaselineDialog c(ws, f.project, {});
    c.numberBox()->setValue(3);
    c.clear();
    REQUIRE(f.document->apply(c.edit().changes));
    CHECK(baselineRows(ws, f.project, 3) == -1);
    f.document->undoStack()->undo();
    CHECK(baselineRows(ws, f.project, 3) == 2);
    f.document->undoStack()->undo();
    CHECK(baselineRows(ws, f.project, 3) == -1);
    f.document->undoStack()->undo();
    CHECK(baselineRows(ws, f.project, 0) == before);
    CHECK(f.document->undoStack()->count() == steps + 3); // undone steps stay for redo
}
