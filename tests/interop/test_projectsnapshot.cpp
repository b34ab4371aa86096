// ProjectSnapshot, the adapter between a workspace project and the CPM engine: what it copies
// (calendar chains, task and resource calendars, manual tasks, actuals, links, the project's
// start) and the ChangeSet it makes from the result (only what changed). Also what an import does
// to an existing workspace: resources reused by name, settings adopted only when asked.

#include "interoptest.h"

#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>

#include <catch2/catch.hpp>

#include <QDate>

using namespace Keel;
using namespace KeelTest;

namespace {

Minutes at(int y, int m, int d, int h, int min = 0)
{
    return toMinutes(QDate(y, m, d), h * 60 + min);
}

struct Fixture
{
    std::unique_ptr<Store> store = Store::createInMemory();
    Calendar base = Calendar::standard(QStringLiteral("Company"));
    Calendar derived;
    Calendar nights;
    Resource nightOwl;
    Project project;
    Task design;
    Task build;
    Task fixed;
    Task started;
    Task phase;

    Fixture()
    {
        // 2024-03-06 is a company holiday; the derived calendar also works Saturday mornings.
        CalendarException holiday;
        holiday.name = QStringLiteral("Holiday");
        holiday.fromDay = holiday.toDay = dayNumber(QDate(2024, 3, 6));
        base.exceptions.append(holiday);
        derived.id = newId();
        derived.name = QStringLiteral("Six days");
        derived.baseCalendarId = base.id;
        for (CalendarWeekDay &d : derived.week)
            d.inherited = true;
        derived.week[5] = {false, {{8 * 60, 12 * 60}}};
        nights.id = newId();
        nights.name = QStringLiteral("Nights");
        for (int i = 0; i < 7; ++i)
            nights.week[size_t(i)].intervals = i < 5 ? QList<TimeInterval>{{20 * 60, 24 * 60}} : QList<TimeInterval>{};
        nightOwl.id = newId();
        nightOwl.name = QStringLiteral("Night owl");
        nightOwl.calendarId = nights.id;

        project.id = newId();
        project.name = QStringLiteral("Adapter");
        project.start = at(2024, 3, 4, 8);
        project.calendarId = derived.id;

        phase.id = newId();
        phase.projectId = project.id;
        phase.name = QStringLiteral("Phase");
        design.id = newId();
        design.projectId = project.id;
        design.parentId = phase.id;
        design.name = QStringLiteral("Design");
        design.duration = 3 * 480;
        design.start = at(2000, 1, 1, 8); // stored dates of auto tasks are outputs, never read
        design.finish = at(2000, 1, 1, 17);
        build.id = newId();
        build.projectId = project.id;
        build.parentId = phase.id;
        build.order = 1;
        build.name = QStringLiteral("Build");
        build.duration = 240;
        fixed.id = newId();
        fixed.projectId = project.id;
        fixed.order = 1;
        fixed.name = QStringLiteral("Fixed");
        fixed.scheduling = SchedulingMode::Manual;
        fixed.duration = 480;
        fixed.start = at(2024, 4, 1, 9);
        fixed.finish = at(2024, 4, 1, 15);
        started.id = newId();
        started.projectId = project.id;
        started.order = 2;
        started.name = QStringLiteral("Started");
        started.duration = 2 * 480;
        started.actualStart = at(2024, 3, 5, 10);
        started.percentComplete = 50;
        started.calendarId = base.id;

        Dependency link;
        link.id = newId();
        link.predecessorId = design.id;
        link.successorId = build.id;
        link.lag = 60;
        Assignment night;
        night.id = newId();
        night.taskId = build.id;
        night.resourceId = nightOwl.id;

        ChangeSet cs;
        cs.insert(base).insert(derived).insert(nights).insert(nightOwl).insert(project);
        cs.insert(phase).insert(design).insert(build).insert(fixed).insert(started).insert(link).insert(night);
        QString error;
        REQUIRE(store->apply(cs, &error));
    }
};

} // namespace

TEST_CASE("ProjectSnapshot copies a project for the engine", "[interop][adapter]")
{
    Fixture f;
    const Workspace &ws = f.store->workspace();
    const ProjectSnapshot ps = ProjectSnapshot::build(ws, f.project.id);
    const ScheduleSnapshot &s = ps.snapshot();
    REQUIRE(s.tasks.size() == 5);
    // WBS order: Phase, Design, Build, Fixed, Started.
    CHECK(ps.taskIds()[0] == f.phase.id);
    CHECK(ps.indexOf(f.build.id) == 2);
    CHECK(s.tasks[1].parent == 0);
    CHECK(s.tasks[2].parent == 0);
    CHECK(s.tasks[3].parent == -1);
    // The project calendar is the derived one, with its base's holiday and its own Saturday.
    CHECK(s.projectCalendar == 0);
    CHECK(s.calendars[0].workOnDay(dayNumber(QDate(2024, 3, 6))) == 0);
    CHECK(s.calendars[0].workOnDay(dayNumber(QDate(2024, 3, 9))) == 240);
    // The task calendar, and the night owl's calendar for the task only the night owl works on.
    REQUIRE(s.tasks[4].calendar > 0);
    CHECK(s.calendars[size_t(s.tasks[4].calendar)].workOnDay(dayNumber(QDate(2024, 3, 9))) == 0);
    REQUIRE(s.tasks[2].calendar > 0);
    CHECK(s.calendars[size_t(s.tasks[2].calendar)].intervalsOnDay(dayNumber(QDate(2024, 3, 4))).front().start == 20 * 60);
    CHECK(s.tasks[1].calendar == -1);
    // Manual tasks keep their dates; actuals and progress go through.
    CHECK(s.tasks[3].manual);
    CHECK(s.tasks[3].manualStart == f.fixed.start);
    CHECK(s.tasks[4].actualStart == f.started.actualStart);
    CHECK(s.tasks[4].percentComplete == 50);
    REQUIRE(s.links.size() == 1);
    CHECK(s.links[0].predecessor == 1);
    CHECK(s.links[0].successor == 2);
    CHECK(s.links[0].lag == 60);
    CHECK(s.projectStart == f.project.start);
}

TEST_CASE("ProjectSnapshot turns a schedule into the changes it makes", "[interop][adapter]")
{
    Fixture f;
    const Workspace &ws = f.store->workspace();
    const ProjectSnapshot ps = ProjectSnapshot::build(ws, f.project.id);
    const ScheduleResult r = CpmScheduler::run(ps.snapshot());
    REQUIRE(!r.hasErrors());
    // Design: three working days from Monday 4 March over the holiday on Wednesday 6 March.
    const TaskSchedule &design = r.tasks[size_t(ps.indexOf(f.design.id))];
    CHECK(design.start == at(2024, 3, 4, 8));
    CHECK(design.finish == at(2024, 3, 7, 17));
    // Build works nights after Design and the hour of lag.
    const TaskSchedule &build = r.tasks[size_t(ps.indexOf(f.build.id))];
    CHECK(build.start >= at(2024, 3, 7, 20));
    const ChangeSet changes = ps.changes(ws, r);
    // The manual task did not move, so it is not in the change.
    for (const Change &c : changes.changes())
        CHECK(c.id != f.fixed.id);
    QString error;
    REQUIRE(f.store->apply(changes, &error));
    CHECK(ws.get<Task>(f.design.id)->finish == at(2024, 3, 7, 17));
    CHECK(ws.get<Project>(f.project.id)->finish == r.projectFinish);
    const ProjectSnapshot again = ProjectSnapshot::build(ws, f.project.id);
    CHECK(again.changes(ws, CpmScheduler::run(again.snapshot())).isEmpty());
}

TEST_CASE("Importing into a workspace reuses its resources and keeps its settings", "[interop][adapter]")
{
    const QByteArray data = readFile(corpusPath(QStringLiteral("mspdi/mpxj__mspdiresource.xml")));
    auto store = Store::createInMemory();
    ImportOptions options;
    options.target = &store->workspace();
    QString error;
    for (int round = 0; round < 2; ++round) {
        const ImportResult r = Importer::importData(data, InteropFormat::Mspdi, options);
        REQUIRE(r.ok);
        REQUIRE(store->apply(r.changes, &error));
    }
    CHECK(store->workspace().projects().size() == 2);
    CHECK(store->workspace().resources().size() == 4);
    CHECK(store->workspace().table<Assignment>().size() == 10);

    // Adopting the file's conventions is asked for, not done by default.
    const QByteArray dutch = readFile(corpusPath(QStringLiteral("mspdi/schependomlaan__Uitvoering_Schependomlaan_18-02-2015.xml")));
    const ImportResult kept = Importer::importData(dutch, InteropFormat::Mspdi, options);
    REQUIRE(kept.ok);
    REQUIRE(store->apply(kept.changes, &error));
    CHECK(store->workspace().settings().daysPerMonth == 20);
    options.adoptSettings = true;
    const ImportResult adopted = Importer::importData(dutch, InteropFormat::Mspdi, options);
    REQUIRE(adopted.ok);
    REQUIRE(store->apply(adopted.changes, &error));
    CHECK(store->workspace().settings().daysPerMonth == 21);
}
