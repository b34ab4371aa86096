// GanttProject (.gan): the corpus imports with the expected counts and semantics (weekends,
// holidays, dependencies, earliest starts, vacations, baselines); export → import keeps the
// content; malformed files are refused with their line.

#include "interoptest.h"

#include <interop/exporter.h>
#include <interop/ganreader.h>
#include <interop/ganwriter.h>
#include <interop/mspdireader.h>
#include <interop/mspdiwriter.h>
#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>

#include <catch2/catch.hpp>

#include <QDate>
#include <QRandomGenerator>

using namespace Keel;
using namespace KeelTest;

namespace {

struct Expected
{
    const char *file;
    int tasks;
    int links;
    int resources;
    int allocations;
};

// From the corpus's SOURCES.md.
const Expected kCorpus[] = {
    {"ganttproject__HouseBuildingSample.gan", 20, 17, 7, 30},
    {"calligraplan__testdata_ganttproject.gan", 8, 2, 2, 4},
    {"blyoa__task__task-with-dependencies.gan", 5, 4, 0, 0},
    {"blyoa__task__task-with-expanded-subtasks.gan", 6, 0, 0, 0},
    {"blyoa__task__task-with-collapsed-subtasks.gan", 6, 0, 0, 0},
    {"blyoa__task__endDate__task-crossing-one-off-holiday.gan", 1, 0, 0, 0},
    {"blyoa__task__endDate__task-crossing-recurring-holiday.gan", 1, 0, 0, 0},
    {"blyoa__task__endDate__task-crossing-weekends-and-no-tasks-can-run-on-weekends.gan", 1, 0, 0, 0},
    {"blyoa__task__endDate__task-crossing-weekends-and-tasks-can-run-on-weekends.gan", 1, 0, 0, 0},
    {"blyoa__task__task-with-earliest-start-date.gan", 1, 0, 0, 0},
    {"blyoa__task__milestone-task.gan", 1, 0, 0, 0},
    {"blyoa__vacation__resource-with-vacation.gan", 0, 0, 1, 0},
    {"blyoa__allocation__task-with-basic-assignee.gan", 1, 0, 1, 1},
    {"blyoa__baseline__baseline-with-subtasks.gan", 2, 0, 0, 0},
};

std::optional<ProjectBundle> bundleOf(const QByteArray &data, QString *error = nullptr)
{
    ImportError e;
    std::optional<ProjectBundle> b = GanReader::readBundle(data, {}, &e, nullptr);
    if (!b && error)
        *error = e.message();
    return b;
}

std::optional<ProjectBundle> corpusBundle(const char *file)
{
    return bundleOf(readFile(corpusPath(QStringLiteral("gan/") + QString::fromLatin1(file))));
}

/// The scheduled finish of the only task of a one-task file.
Minutes scheduledFinish(const char *file)
{
    Imported imported = importInto(readFile(corpusPath(QStringLiteral("gan/") + QString::fromLatin1(file))), InteropFormat::Gan);
    REQUIRE(imported.error.isEmpty());
    const ProjectSnapshot s = ProjectSnapshot::build(imported.store->workspace(), imported.projectId);
    const ScheduleResult r = CpmScheduler::run(s.snapshot());
    REQUIRE(r.tasks.size() == 1);
    return r.tasks[0].finish;
}

Minutes at(int y, int m, int d, int h)
{
    return toMinutes(QDate(y, m, d), h * 60);
}

} // namespace

TEST_CASE("Every GanttProject file of the corpus imports with the expected counts", "[interop][gan][corpus]")
{
    for (const Expected &e : kCorpus) {
        INFO(e.file);
        const QString path = corpusPath(QStringLiteral("gan/") + QString::fromLatin1(e.file));
        Imported imported = importInto(readFile(path), InteropFormat::Gan, path);
        INFO(imported.error.toStdString());
        REQUIRE(imported.error.isEmpty());
        const Workspace &ws = imported.store->workspace();
        int tasks = 0;
        for (const Task &t : ws.tasks())
            tasks += t.projectId == imported.projectId;
        CHECK(tasks == e.tasks);
        CHECK(ws.dependencies().size() == e.links);
        CHECK(ws.resources().size() == e.resources);
        CHECK(ws.table<Assignment>().size() == e.allocations);
    }
    CHECK(corpusFiles(QStringLiteral("gan"), QStringLiteral(".gan")).size() >= qsizetype(std::size(kCorpus)));
}

TEST_CASE("GanttProject semantics", "[interop][gan]")
{
    SECTION("dependency types and lags")
    {
        const auto b = corpusBundle("blyoa__task__task-with-dependencies.gan");
        REQUIRE(b);
        REQUIRE(b->dependencies.size() == 4);
        int types[4] = {0, 0, 0, 0};
        for (const Dependency &d : b->dependencies)
            ++types[int(d.type)];
        for (int n : types)
            CHECK(n == 1);
        CHECK(std::any_of(b->dependencies.begin(), b->dependencies.end(), [](const Dependency &d) {
            return d.type == DependencyType::FinishFinish && d.lag == -480;
        }));
    }
    SECTION("a one-off holiday, a recurring holiday, weekends")
    {
        // A two-day task from Tuesday 2 January 2024 over the holiday on the 3rd ends on the 4th.
        CHECK(scheduledFinish("blyoa__task__endDate__task-crossing-one-off-holiday.gan") == at(2024, 1, 4, 17));
        CHECK(scheduledFinish("blyoa__task__endDate__task-crossing-recurring-holiday.gan") == at(2024, 1, 4, 17));
        // From Friday 29 December 2023: over the weekend to Monday, unless weekends are worked.
        CHECK(scheduledFinish("blyoa__task__endDate__task-crossing-weekends-and-no-tasks-can-run-on-weekends.gan")
              == at(2024, 1, 1, 17));
        CHECK(scheduledFinish("blyoa__task__endDate__task-crossing-weekends-and-tasks-can-run-on-weekends.gan")
              == at(2023, 12, 30, 17));
    }
    SECTION("the earliest start is a constraint")
    {
        const auto b = corpusBundle("blyoa__task__task-with-earliest-start-date.gan");
        REQUIRE(b);
        REQUIRE(b->tasks.size() == 1);
        CHECK(b->tasks[0].constraint == ConstraintType::Snet);
        CHECK(b->tasks[0].constraintDate == at(2024, 1, 4, 8));
    }
    SECTION("milestones, subtasks, notes, priorities")
    {
        const auto b = corpusBundle("calligraplan__testdata_ganttproject.gan");
        REQUIRE(b);
        const auto m1 = std::find_if(b->tasks.begin(), b->tasks.end(), [](const Task &t) { return t.name == u"M1"; });
        REQUIRE(m1 != b->tasks.end());
        CHECK(m1->milestone);
        CHECK(m1->duration == 0);
        CHECK(m1->notes == u"This is a description.");
        const auto sub = std::find_if(b->tasks.begin(), b->tasks.end(), [](const Task &t) { return t.name == u"S1.1-T1"; });
        REQUIRE(sub != b->tasks.end());
        const Task *parent = b->task(sub->parentId);
        REQUIRE(parent);
        CHECK(parent->name == u"S1.1");
        CHECK(b->task(parent->parentId)->name == u"S1");
        const auto t2 = std::find_if(b->tasks.begin(), b->tasks.end(), [](const Task &t) { return t.name == u"Task 2"; });
        CHECK(t2->percentComplete == 30);
    }
    SECTION("resources, roles, rates, vacations")
    {
        const auto b = corpusBundle("ganttproject__HouseBuildingSample.gan");
        REQUIRE(b);
        const auto black = std::find_if(b->resources.begin(), b->resources.end(), [](const Resource &r) { return r.name == u"John Black"; });
        REQUIRE(black != b->resources.end());
        CHECK(black->role == u"Excavator operator");
        REQUIRE(black->rates.size() == 1);
        CHECK(black->rates[0].costPerHour == 500); // 40 a day of 8 h = 5.00 an hour
        const auto house = std::find_if(b->resources.begin(), b->resources.end(), [](const Resource &r) { return r.name == u"Jack House"; });
        REQUIRE(house != b->resources.end());
        const Calendar *own = b->calendar(house->calendarId);
        REQUIRE(own);
        CHECK(own->resourceId == house->id);
        REQUIRE(own->exceptions.size() == 1);
        CHECK(own->exceptions[0].fromDay == dayNumber(QDate(2009, 2, 2)));
    }
    SECTION("baselines")
    {
        const auto b = corpusBundle("blyoa__baseline__baseline-with-subtasks.gan");
        REQUIRE(b);
        REQUIRE(b->baselines.size() == 1);
        CHECK(b->baselines[0].name == u"baseline A");
        REQUIRE(b->baselineTasks.size() == 2);
        CHECK(b->baselineTasks[0].start == at(2024, 1, 4, 8));
    }
}

TEST_CASE("GanttProject export → import gives the same content", "[interop][gan][roundtrip]")
{
    CompareOptions days;
    days.ganttProject = true;
    days.compareResourceCalendars = false;
    for (const QString &path : corpusFiles(QStringLiteral("gan"), QStringLiteral(".gan"))) {
        INFO(path.toStdString());
        Imported imported = importInto(readFile(path), InteropFormat::Gan, path);
        REQUIRE(imported.error.isEmpty());
        const ProjectBundle stored = ProjectBundle::fromWorkspace(imported.store->workspace(), imported.projectId);
        QString error;
        const auto again = bundleOf(Exporter::exportProject(imported.store->workspace(), imported.projectId, InteropFormat::Gan), &error);
        INFO(error.toStdString());
        REQUIRE(again);
        const QStringList diff = differences(stored, *again, days);
        INFO(diff.join(u'\n').toStdString());
        CHECK(diff.isEmpty());
        // Vacations come back as the resources' own calendars.
        int vacations = 0;
        int vacationsAgain = 0;
        for (const Calendar &c : stored.calendars)
            vacations += c.resourceId.isNull() ? 0 : int(c.exceptions.size());
        for (const Calendar &c : again->calendars)
            vacationsAgain += c.resourceId.isNull() ? 0 : int(c.exceptions.size());
        CHECK(vacations == vacationsAgain);

        // And a GanttProject project exports to MSPDI and back without loss (UIDs aside: UID 0
        // is the project summary task in MSPDI, so GanttProject's task 0 gets a new one).
        auto viaMspdi = MspdiReader::readBundle(MspdiWriter::write(stored), {}, nullptr, nullptr);
        REQUIRE(viaMspdi);
        ProjectBundle withoutUids = stored;
        for (Task &t : withoutUids.tasks)
            t.sourceUid.clear();
        for (Task &t : viaMspdi->tasks)
            t.sourceUid.clear();
        const QStringList diff2 = differences(withoutUids, *viaMspdi);
        INFO(diff2.join(u'\n').toStdString());
        CHECK(diff2.isEmpty());
    }
}

TEST_CASE("A malformed GanttProject file names the line and imports nothing", "[interop][gan][errors]")
{
    const QByteArray good = readFile(corpusPath(QStringLiteral("gan/ganttproject__HouseBuildingSample.gan")));
    REQUIRE(!good.isEmpty());
    ImportOptions options;
    options.fileName = QStringLiteral("house.gan");
    SECTION("truncated")
    {
        const ImportResult r = GanReader::read(good.left(good.size() / 3), options);
        CHECK(!r.ok);
        CHECK(r.changes.isEmpty());
        CHECK(r.error.line > 1);
    }
    SECTION("wrong root")
    {
        const ImportResult r = GanReader::read("<?xml version=\"1.0\"?>\n\n<Project/>", options);
        CHECK(!r.ok);
        CHECK(r.error.line == 3);
        CHECK(r.error.reason.contains(QStringLiteral("GanttProject")));
    }
    SECTION("a bad date and a bad duration")
    {
        for (const auto &[from, to] : std::vector<std::pair<QByteArray, QByteArray>>{
                 {"start=\"2024-06-10\"", "start=\"10.06.2024\""},
                 {"duration=\"15\"", "duration=\"fifteen\""},
                 {"type=\"2\" difference", "type=\"7\" difference"},
             }) {
            QByteArray bad = good;
            const qsizetype pos = bad.indexOf(from);
            REQUIRE(pos > 0);
            bad.replace(pos, from.size(), to);
            const ImportResult r = GanReader::read(bad, options);
            INFO(to.constData());
            CHECK(!r.ok);
            CHECK(r.changes.isEmpty());
            CHECK(r.error.line == bad.left(pos).count('\n') + 1);
        }
    }
}

TEST_CASE("Damaged GanttProject files never crash the reader", "[interop][gan][robustness]")
{
    QRandomGenerator rng(7);
    const QStringList files = corpusFiles(QStringLiteral("gan"), QStringLiteral(".gan"));
    REQUIRE(!files.isEmpty());
    for (int i = 0; i < 300; ++i) {
        QByteArray data = readFile(files[int(rng.bounded(qint64(files.size())))]);
        const int edits = 1 + int(rng.bounded(8));
        for (int e = 0; e < edits && !data.isEmpty(); ++e) {
            const qsizetype at = qsizetype(rng.bounded(qint64(data.size())));
            switch (rng.bounded(3)) {
            case 0: data[at] = char(rng.bounded(256)); break;
            case 1: data.remove(at, qsizetype(rng.bounded(64))); break;
            default: data.insert(at, data.mid(qsizetype(rng.bounded(qint64(data.size()))), 32)); break;
            }
        }
        const ImportResult r = GanReader::read(data);
        if (!r.ok)
            CHECK(r.changes.isEmpty());
    }
}
