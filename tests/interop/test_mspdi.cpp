// MSPDI (Microsoft Project XML): the real-file corpus imports with the expected counts, export →
// import keeps the content, the export follows Microsoft's element order, malformed files are
// refused with their line and import nothing.

#include "interoptest.h"

#include <interop/exporter.h>
#include <interop/mspdireader.h>
#include <interop/mspdiwriter.h>
#include <interop/xmltree.h>

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstring>

using namespace Keel;
using namespace KeelTest;

namespace {

struct Expected
{
    const char *file;
    int tasks;
    int links;
    int resources;   ///< -1: not checked
    int assignments; ///< -1: not checked
};

// From the corpus's SOURCES.md (tasks exclude IsNull rows and the UID 0 project task).
const Expected kCorpus[] = {
    {"mpxj__legacy_sample.xml", 19, 6, 2, 2},
    {"mpxj__legacy_sample1.xml", 22, 6, 2, 4},
    {"mpxj__task-links-project2003-mspdi.xml", 16, 8, 0, 0},
    {"mpxj__task-links-project2010-mspdi.xml", 16, 8, 0, 0},
    {"mpxj__task-links-project2019-mspdi.xml", 16, 8, 0, 0},
    {"mpxj__calendar-recurring-exceptions-project2016-mspdi.xml", 0, 0, 0, 0},
    {"mpxj__calendar-calendars-project2019-mspdi.xml", 0, 0, 2, 0},
    {"mpxj__mspditimephasedsegments.xml", 20, 0, 6, 20},
    {"mpxj__mspdiresource.xml", 3, 1, 4, 5},
    {"mpxj__mspdinulltasks.xml", 5, 0, 0, 0},
    {"mpxj__task-durations-project2019-mspdi.xml", 110, 0, 0, 0},
    {"mpxj__task-dates-project2019-mspdi.xml", 10, 0, 0, 0},
    {"mpxj__assignment-assignments-project2019-mspdi.xml", 3, 0, 3, 3},
    {"mpxj__mspdiduration.xml", 10, 0, 0, 0},
    // Two of its four assignments are budget assignments on the project summary task (UID 0),
    // which is the project itself in Keel, not a task.
    {"mpxj__mspdiassignmentfields.xml", 1, 0, 4, 2},
    {"mpxj__DefaultDurationFormat.xml", 1, 0, 0, 0},
    {"aspose-net__CopyToProjectEmpty.xml", 1, 0, -1, -1},
    {"ganttproject__issue2659.xml", 1, 0, -1, -1},
    {"ganttproject__issue1520.xml", 0, 0, -1, -1},
    {"schependomlaan__Uitvoering_Schependomlaan_18-02-2015.xml", 157, 48, 0, 0},
};

template<class T> int countOf(const Workspace &ws, const Id &projectId)
{
    int n = 0;
    for (const T &e : ws.table<T>()) {
        if constexpr (std::is_same_v<T, Task>)
            n += e.projectId == projectId;
        else
            ++n;
    }
    return n;
}

std::optional<ProjectBundle> bundleOf(const QByteArray &data, QString *error = nullptr)
{
    ImportError e;
    std::optional<ProjectBundle> b = MspdiReader::readBundle(data, {}, &e, nullptr);
    if (!b && error)
        *error = e.message();
    return b;
}

/// Element names of Microsoft's schema in their order (mspdi_pj12 plus the Project 2010 additions).
const QStringList kTaskOrder{
    QStringLiteral("UID"), QStringLiteral("GUID"), QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Active"),
    QStringLiteral("Manual"), QStringLiteral("Type"), QStringLiteral("IsNull"), QStringLiteral("CreateDate"),
    QStringLiteral("Contact"), QStringLiteral("WBS"), QStringLiteral("WBSLevel"), QStringLiteral("OutlineNumber"),
    QStringLiteral("OutlineLevel"), QStringLiteral("Priority"), QStringLiteral("Start"), QStringLiteral("Finish"),
    QStringLiteral("Duration"), QStringLiteral("ManualStart"), QStringLiteral("ManualFinish"),
    QStringLiteral("ManualDuration"), QStringLiteral("DurationFormat"), QStringLiteral("Work"), QStringLiteral("Stop"),
    QStringLiteral("Resume"), QStringLiteral("ResumeValid"), QStringLiteral("EffortDriven"), QStringLiteral("Recurring"),
    QStringLiteral("OverAllocated"), QStringLiteral("Estimated"), QStringLiteral("Milestone"), QStringLiteral("Summary"),
    QStringLiteral("Critical"), QStringLiteral("IsSubproject"), QStringLiteral("IsSubprojectReadOnly"),
    QStringLiteral("SubprojectName"), QStringLiteral("ExternalTask"), QStringLiteral("ExternalTaskProject"),
    QStringLiteral("EarlyStart"), QStringLiteral("EarlyFinish"), QStringLiteral("LateStart"), QStringLiteral("LateFinish"),
    QStringLiteral("StartVariance"), QStringLiteral("FinishVariance"), QStringLiteral("WorkVariance"),
    QStringLiteral("FreeSlack"), QStringLiteral("TotalSlack"), QStringLiteral("FixedCost"),
    QStringLiteral("FixedCostAccrual"), QStringLiteral("PercentComplete"), QStringLiteral("PercentWorkComplete"),
    QStringLiteral("Cost"), QStringLiteral("OvertimeCost"), QStringLiteral("OvertimeWork"), QStringLiteral("ActualStart"),
    QStringLiteral("ActualFinish"), QStringLiteral("ActualDuration"), QStringLiteral("ActualCost"),
    QStringLiteral("ActualOvertimeCost"), QStringLiteral("ActualWork"), QStringLiteral("ActualOvertimeWork"),
    QStringLiteral("RegularWork"), QStringLiteral("RemainingDuration"), QStringLiteral("RemainingCost"),
    QStringLiteral("RemainingWork"), QStringLiteral("RemainingOvertimeCost"), QStringLiteral("RemainingOvertimeWork"),
    QStringLiteral("ACWP"), QStringLiteral("CV"), QStringLiteral("ConstraintType"), QStringLiteral("CalendarUID"),
    QStringLiteral("ConstraintDate"), QStringLiteral("Deadline"), QStringLiteral("LevelAssignments"),
    QStringLiteral("LevelingCanSplit"), QStringLiteral("LevelingDelay"), QStringLiteral("LevelingDelayFormat"),
    QStringLiteral("PreLeveledStart"), QStringLiteral("PreLeveledFinish"), QStringLiteral("Hyperlink"),
    QStringLiteral("HyperlinkAddress"), QStringLiteral("HyperlinkSubAddress"), QStringLiteral("IgnoreResourceCalendar"),
    QStringLiteral("Notes"), QStringLiteral("HideBar"), QStringLiteral("Rollup"), QStringLiteral("BCWS"),
    QStringLiteral("BCWP"), QStringLiteral("PhysicalPercentComplete"), QStringLiteral("EarnedValueMethod"),
    QStringLiteral("PredecessorLink"), QStringLiteral("ActualWorkProtected"), QStringLiteral("ActualOvertimeWorkProtected"),
    QStringLiteral("ExtendedAttribute"), QStringLiteral("Baseline"), QStringLiteral("OutlineCode"),
};
const QStringList kProjectOrder{
    QStringLiteral("SaveVersion"), QStringLiteral("UID"), QStringLiteral("Name"), QStringLiteral("Title"),
    QStringLiteral("Subject"), QStringLiteral("Category"), QStringLiteral("Company"), QStringLiteral("Manager"),
    QStringLiteral("Author"), QStringLiteral("CreationDate"), QStringLiteral("Revision"), QStringLiteral("LastSaved"),
    QStringLiteral("ScheduleFromStart"), QStringLiteral("StartDate"), QStringLiteral("FinishDate"),
    QStringLiteral("FYStartDate"), QStringLiteral("CriticalSlackLimit"), QStringLiteral("CurrencyDigits"),
    QStringLiteral("CurrencySymbol"), QStringLiteral("CurrencyCode"), QStringLiteral("CurrencySymbolPosition"),
    QStringLiteral("CalendarUID"), QStringLiteral("DefaultStartTime"), QStringLiteral("DefaultFinishTime"),
    QStringLiteral("MinutesPerDay"), QStringLiteral("MinutesPerWeek"), QStringLiteral("DaysPerMonth"),
    QStringLiteral("DefaultTaskType"), QStringLiteral("DefaultFixedCostAccrual"), QStringLiteral("DefaultStandardRate"),
    QStringLiteral("DefaultOvertimeRate"), QStringLiteral("DurationFormat"), QStringLiteral("WorkFormat"),
    QStringLiteral("EditableActualCosts"), QStringLiteral("HonorConstraints"), QStringLiteral("EarnedValueMethod"),
    QStringLiteral("InsertedProjectsLikeSummary"), QStringLiteral("MultipleCriticalPaths"),
    QStringLiteral("NewTasksEffortDriven"), QStringLiteral("NewTasksEstimated"), QStringLiteral("SplitsInProgressTasks"),
    QStringLiteral("SpreadActualCost"), QStringLiteral("SpreadPercentComplete"), QStringLiteral("TaskUpdatesResource"),
    QStringLiteral("FiscalYearStart"), QStringLiteral("WeekStartDay"), QStringLiteral("MoveCompletedEndsBack"),
    QStringLiteral("MoveRemainingStartsBack"), QStringLiteral("MoveRemainingStartsForward"),
    QStringLiteral("MoveCompletedEndsForward"), QStringLiteral("BaselineForEarnedValue"),
    QStringLiteral("AutoAddNewResourcesAndTasks"), QStringLiteral("StatusDate"), QStringLiteral("CurrentDate"),
    QStringLiteral("MicrosoftProjectServerURL"), QStringLiteral("Autolink"), QStringLiteral("NewTaskStartDate"),
    QStringLiteral("DefaultTaskEVMethod"), QStringLiteral("ProjectExternallyEdited"), QStringLiteral("ExtendedCreationDate"),
    QStringLiteral("ActualsInSync"), QStringLiteral("RemoveFileProperties"), QStringLiteral("AdminProject"),
    QStringLiteral("OutlineCodes"), QStringLiteral("WBSMasks"), QStringLiteral("ExtendedAttributes"),
    QStringLiteral("Calendars"), QStringLiteral("Tasks"), QStringLiteral("Resources"), QStringLiteral("Assignments"),
};
const QStringList kCalendarOrder{QStringLiteral("UID"), QStringLiteral("Name"), QStringLiteral("IsBaseCalendar"),
                                 QStringLiteral("BaseCalendarUID"), QStringLiteral("WeekDays"),
                                 QStringLiteral("Exceptions"), QStringLiteral("WorkWeeks")};
const QStringList kExceptionOrder{
    QStringLiteral("EnteredByOccurrences"), QStringLiteral("TimePeriod"), QStringLiteral("Occurrences"),
    QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("Period"), QStringLiteral("DaysOfWeek"),
    QStringLiteral("MonthItem"), QStringLiteral("MonthPosition"), QStringLiteral("Month"), QStringLiteral("MonthDay"),
    QStringLiteral("DayWorking"), QStringLiteral("WorkingTimes")};
const QStringList kResourceOrder{
    QStringLiteral("UID"), QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("IsNull"),
    QStringLiteral("Initials"), QStringLiteral("Phonetics"), QStringLiteral("NTAccount"), QStringLiteral("MaterialLabel"),
    QStringLiteral("Code"), QStringLiteral("Group"), QStringLiteral("WorkGroup"), QStringLiteral("EmailAddress"),
    QStringLiteral("Hyperlink"), QStringLiteral("HyperlinkAddress"), QStringLiteral("HyperlinkSubAddress"),
    QStringLiteral("MaxUnits"), QStringLiteral("PeakUnits"), QStringLiteral("OverAllocated"),
    QStringLiteral("AvailableFrom"), QStringLiteral("AvailableTo"), QStringLiteral("Start"), QStringLiteral("Finish"),
    QStringLiteral("CanLevel"), QStringLiteral("AccrueAt"), QStringLiteral("Work"), QStringLiteral("RegularWork"),
    QStringLiteral("OvertimeWork"), QStringLiteral("ActualWork"), QStringLiteral("RemainingWork"),
    QStringLiteral("ActualOvertimeWork"), QStringLiteral("RemainingOvertimeWork"), QStringLiteral("PercentWorkComplete"),
    QStringLiteral("StandardRate"), QStringLiteral("StandardRateFormat"), QStringLiteral("Cost"),
    QStringLiteral("OvertimeRate"), QStringLiteral("OvertimeRateFormat"), QStringLiteral("OvertimeCost"),
    QStringLiteral("CostPerUse"), QStringLiteral("ActualCost"), QStringLiteral("ActualOvertimeCost"),
    QStringLiteral("RemainingCost"), QStringLiteral("RemainingOvertimeCost"), QStringLiteral("WorkVariance"),
    QStringLiteral("CostVariance"), QStringLiteral("SV"), QStringLiteral("CV"), QStringLiteral("ACWP"),
    QStringLiteral("CalendarUID"), QStringLiteral("Notes"), QStringLiteral("BCWS"), QStringLiteral("BCWP"),
    QStringLiteral("IsGeneric"), QStringLiteral("IsInactive"), QStringLiteral("IsEnterprise"),
    QStringLiteral("BookingType"), QStringLiteral("ActualWorkProtected"), QStringLiteral("ActualOvertimeWorkProtected"),
    QStringLiteral("ActiveDirectoryGUID"), QStringLiteral("CreationDate"), QStringLiteral("ExtendedAttribute"),
    QStringLiteral("Baseline"), QStringLiteral("OutlineCode"), QStringLiteral("IsCostResource"),
    QStringLiteral("AssnOwner"), QStringLiteral("AssnOwnerGuid"), QStringLiteral("IsBudget"),
    QStringLiteral("AvailabilityPeriods"), QStringLiteral("Rates"), QStringLiteral("TimephasedData"),
};
const QStringList kAssignmentOrder{
    QStringLiteral("UID"), QStringLiteral("TaskUID"), QStringLiteral("ResourceUID"), QStringLiteral("PercentWorkComplete"),
    QStringLiteral("ActualCost"), QStringLiteral("ActualFinish"), QStringLiteral("ActualOvertimeCost"),
    QStringLiteral("ActualOvertimeWork"), QStringLiteral("ActualStart"), QStringLiteral("ActualWork"),
    QStringLiteral("ACWP"), QStringLiteral("Confirmed"), QStringLiteral("Cost"), QStringLiteral("CostRateTable"),
    QStringLiteral("CostVariance"), QStringLiteral("CV"), QStringLiteral("Delay"), QStringLiteral("Finish"),
    QStringLiteral("FinishVariance"), QStringLiteral("Hyperlink"), QStringLiteral("HyperlinkAddress"),
    QStringLiteral("HyperlinkSubAddress"), QStringLiteral("WorkVariance"), QStringLiteral("HasFixedRateUnits"),
    QStringLiteral("FixedMaterial"), QStringLiteral("LevelingDelay"), QStringLiteral("LevelingDelayFormat"),
    QStringLiteral("LinkedFields"), QStringLiteral("Milestone"), QStringLiteral("Notes"), QStringLiteral("Overallocated"),
    QStringLiteral("OvertimeCost"), QStringLiteral("OvertimeWork"), QStringLiteral("PeakUnits"),
    QStringLiteral("RegularWork"), QStringLiteral("RemainingCost"), QStringLiteral("RemainingOvertimeCost"),
    QStringLiteral("RemainingOvertimeWork"), QStringLiteral("RemainingWork"), QStringLiteral("ResponsePending"),
    QStringLiteral("Start"), QStringLiteral("Stop"), QStringLiteral("Resume"), QStringLiteral("StartVariance"),
    QStringLiteral("Units"), QStringLiteral("UpdateNeeded"), QStringLiteral("VAC"), QStringLiteral("Work"),
};

/// The children of every element named @p parent follow @p order (names not listed are errors).
void checkOrder(const XmlTree &tree, const XmlTree::Node &node, const QString &parent, const QStringList &order)
{
    if (node.name == parent) {
        int last = -1;
        for (const XmlTree::Node *c : tree.children(node)) {
            const int position = int(order.indexOf(c->name));
            INFO(parent.toStdString() << " child " << c->name.toStdString() << " at line " << c->line);
            REQUIRE(position >= 0);
            REQUIRE(position >= last);
            last = position;
        }
    }
    for (const XmlTree::Node *c : tree.children(node))
        checkOrder(tree, *c, parent, order);
}

} // namespace

TEST_CASE("Every MSPDI file of the corpus imports with the expected counts", "[interop][mspdi][corpus]")
{
    for (const Expected &e : kCorpus) {
        const QString path = corpusPath(QStringLiteral("mspdi/") + QString::fromLatin1(e.file));
        INFO(e.file);
        const QByteArray data = readFile(path);
        REQUIRE(!data.isEmpty());
        Imported imported = importInto(data, InteropFormat::Mspdi, path);
        INFO(imported.error.toStdString());
        REQUIRE(imported.error.isEmpty());
        const Workspace &ws = imported.store->workspace();
        CHECK(countOf<Task>(ws, imported.projectId) == e.tasks);
        CHECK(countOf<Dependency>(ws, imported.projectId) == e.links);
        if (e.resources >= 0)
            CHECK(countOf<Resource>(ws, imported.projectId) == e.resources);
        if (e.assignments >= 0)
            CHECK(countOf<Assignment>(ws, imported.projectId) == e.assignments);
        // Every task keeps the UID it had in the file.
        for (const Task &t : ws.tasks())
            CHECK(!t.sourceUid.isEmpty());
    }
    // And nothing in the folder is missed by the table above.
    CHECK(corpusFiles(QStringLiteral("mspdi"), QStringLiteral(".xml")).size() >= qsizetype(std::size(kCorpus)));
}

TEST_CASE("MSPDI calendars: recurring exceptions, derived calendars, the old exception form", "[interop][mspdi]")
{
    SECTION("27 exceptions (165 days), recurrences kept")
    {
        const auto b = bundleOf(readFile(corpusPath(QStringLiteral("mspdi/mpxj__calendar-recurring-exceptions-project2016-mspdi.xml"))));
        REQUIRE(b);
        REQUIRE(b->calendars.size() == 1);
        const Calendar &c = b->calendars.front();
        // 27 <Exception> definitions; the 165 expanded DayType 0 days of the old form are ignored.
        CHECK(c.exceptions.size() == 27);
        int recurring = 0;
        for (const CalendarException &x : c.exceptions)
            recurring += x.recurrence != Recurrence::None;
        CHECK(recurring > 20);
        // "Yearly Absolute 1": every year on 1 February (Month is 0-based in MSPDI), three times.
        const auto it = std::find_if(c.exceptions.begin(), c.exceptions.end(),
                                     [](const CalendarException &x) { return x.name == u"Yearly Absolute 1"; });
        REQUIRE(it != c.exceptions.end());
        CHECK(it->recurrence == Recurrence::YearlyByDate);
        CHECK(it->month == 2);
        CHECK(it->monthDay == 1);
        CHECK(it->occurrences == 3);
        // "Weekly 1 Monday": DaysOfWeek 2 is Monday.
        const auto weekly = std::find_if(c.exceptions.begin(), c.exceptions.end(),
                                         [](const CalendarException &x) { return x.name == u"Weekly 1 Monday"; });
        REQUIRE(weekly != c.exceptions.end());
        CHECK(weekly->recurrence == Recurrence::Weekly);
        CHECK(weekly->weekdayMask == 1);
    }
    SECTION("resource calendars derive from base calendars")
    {
        const auto b = bundleOf(readFile(corpusPath(QStringLiteral("mspdi/mpxj__mspdiresource.xml"))));
        REQUIRE(b);
        int derived = 0;
        for (const Calendar &c : b->calendars)
            derived += !c.baseCalendarId.isNull();
        CHECK(derived >= 4);
        for (const Resource &r : b->resources) {
            if (r.calendarId.isNull())
                continue;
            const Calendar *c = b->calendar(r.calendarId);
            REQUIRE(c);
            CHECK(c->resourceId == r.id);
        }
    }
    SECTION("the DayType 0 exceptions of a file without <Exceptions>")
    {
        const auto b = bundleOf(readFile(corpusPath(QStringLiteral("mspdi/schependomlaan__Uitvoering_Schependomlaan_18-02-2015.xml"))));
        REQUIRE(b);
        int exceptions = 0;
        for (const Calendar &c : b->calendars)
            exceptions += int(c.exceptions.size());
        CHECK(exceptions == 1921);
        CHECK(b->project.name == u"Schependomlaan Nijmegen");
        // 146 start-no-earlier-than constraints.
        int snet = 0;
        for (const Task &t : b->tasks)
            snet += t.constraint == ConstraintType::Snet;
        CHECK(snet == 146);
    }
}

TEST_CASE("MSPDI tasks: outline, durations, links, manual tasks", "[interop][mspdi]")
{
    SECTION("blank rows are skipped and the outline gives parents")
    {
        const auto b = bundleOf(readFile(corpusPath(QStringLiteral("mspdi/mpxj__mspdinulltasks.xml"))));
        REQUIRE(b);
        REQUIRE(b->tasks.size() == 5);
        const QHash<Id, QList<int>> children = b->childIndex();
        CHECK(children.value(Id()).size() == 2);
    }
    SECTION("elapsed durations")
    {
        const auto b = bundleOf(readFile(corpusPath(QStringLiteral("mspdi/mpxj__mspdiduration.xml"))));
        REQUIRE(b);
        int elapsed = 0;
        for (const Task &t : b->tasks)
            elapsed += t.elapsed;
        CHECK(elapsed == 5);
        CHECK(b->tasks[7].duration == 24 * 60); // "Task 8": PT24H0M0S in format 8 (ed)
        CHECK(b->tasks[7].elapsed);
    }
    SECTION("link types and lags")
    {
        const auto b = bundleOf(readFile(corpusPath(QStringLiteral("mspdi/mpxj__task-links-project2003-mspdi.xml"))));
        REQUIRE(b);
        REQUIRE(b->dependencies.size() == 8);
        int types[4] = {0, 0, 0, 0};
        for (const Dependency &d : b->dependencies)
            ++types[int(d.type)];
        CHECK(types[int(DependencyType::FinishStart)] == 5);
        CHECK(types[int(DependencyType::StartStart)] == 1);
        CHECK(types[int(DependencyType::FinishFinish)] == 1);
        CHECK(types[int(DependencyType::StartFinish)] == 1);
        // LinkLag 48000 tenths of a minute = 10 working days of 8 h.
        CHECK(std::any_of(b->dependencies.begin(), b->dependencies.end(),
                          [](const Dependency &d) { return d.lag == 4800 && d.lagUnit == LagUnit::Working; }));
    }
    SECTION("percent lags keep the percentage")
    {
        const QByteArray xml = R"(<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project"><Name>p</Name><StartDate>2024-01-01T08:00:00</StartDate>
<Tasks>
<Task><UID>1</UID><ID>1</ID><Name>A</Name><OutlineLevel>1</OutlineLevel><Duration>PT80H0M0S</Duration></Task>
<Task><UID>2</UID><ID>2</ID><Name>B</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration>
<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>3</Type><LinkLag>50</LinkLag><LagFormat>19</LagFormat></PredecessorLink>
<PredecessorLink><PredecessorUID>1</PredecessorUID><Type>0</Type><LinkLag>14400</LinkLag><LagFormat>8</LagFormat></PredecessorLink></Task>
</Tasks></Project>)";
        ImportError error;
        const auto b = MspdiReader::readBundle(xml, {}, &error, nullptr);
        REQUIRE(b);
        // The second link joins the same pair and is dropped with a warning; the first is kept.
        REQUIRE(b->dependencies.size() == 1);
        CHECK(b->dependencies[0].lagUnit == LagUnit::Percent);
        CHECK(b->dependencies[0].lag == 50);
    }
    SECTION("manual tasks keep their dates")
    {
        const auto b = bundleOf(readFile(corpusPath(QStringLiteral("mspdi/mpxj__task-links-project2019-mspdi.xml"))));
        REQUIRE(b);
        int manual = 0;
        for (const Task &t : b->tasks) {
            if (t.scheduling == SchedulingMode::Manual) {
                ++manual;
                CHECK(t.start != kNoTime);
            }
        }
        CHECK(manual == 16);
    }
}

TEST_CASE("MSPDI export follows Microsoft's element order", "[interop][mspdi]")
{
    for (const QString &path : corpusFiles(QStringLiteral("mspdi"), QStringLiteral(".xml"))) {
        INFO(path.toStdString());
        const auto b = bundleOf(readFile(path));
        REQUIRE(b);
        const QByteArray out = MspdiWriter::write(*b);
        QString message;
        qint64 line = 0;
        qint64 column = 0;
        const std::optional<XmlTree> tree = XmlTree::parse(out, &message, &line, &column);
        REQUIRE(tree);
        CHECK(tree->root().name == u"Project");
        CHECK(tree->root().namespaceUri == u"http://schemas.microsoft.com/project");
        checkOrder(*tree, tree->root(), QStringLiteral("Project"), kProjectOrder);
        checkOrder(*tree, tree->root(), QStringLiteral("Task"), kTaskOrder);
        checkOrder(*tree, tree->root(), QStringLiteral("Calendar"), kCalendarOrder);
        checkOrder(*tree, tree->root(), QStringLiteral("Exception"), kExceptionOrder);
        checkOrder(*tree, tree->root(), QStringLiteral("Resource"), kResourceOrder);
        checkOrder(*tree, tree->root(), QStringLiteral("Assignment"), kAssignmentOrder);
        // SaveVersion is required and comes first.
        REQUIRE(!tree->root().children.empty());
        CHECK(tree->node(tree->root().children.front()).name == u"SaveVersion");
    }
}

TEST_CASE("MSPDI export → import gives the same content", "[interop][mspdi][roundtrip]")
{
    for (const QString &path : corpusFiles(QStringLiteral("mspdi"), QStringLiteral(".xml"))) {
        INFO(path.toStdString());
        // File → bundle → file → bundle.
        const auto first = bundleOf(readFile(path));
        REQUIRE(first);
        QString error;
        const auto second = bundleOf(MspdiWriter::write(*first), &error);
        INFO(error.toStdString());
        REQUIRE(second);
        const QStringList diff = differences(*first, *second);
        INFO(diff.join(u'\n').toStdString());
        CHECK(diff.isEmpty());

        // File → workspace → export → bundle, against the workspace's own view of the project.
        Imported imported = importInto(readFile(path), InteropFormat::Mspdi, path);
        REQUIRE(imported.error.isEmpty());
        const ProjectBundle stored = ProjectBundle::fromWorkspace(imported.store->workspace(), imported.projectId);
        const auto exported = bundleOf(Exporter::exportProject(imported.store->workspace(), imported.projectId, InteropFormat::Mspdi));
        REQUIRE(exported);
        const QStringList diff2 = differences(stored, *exported);
        INFO(diff2.join(u'\n').toStdString());
        CHECK(diff2.isEmpty());
    }
}

TEST_CASE("A malformed MSPDI file names the line and imports nothing", "[interop][mspdi][errors]")
{
    const QString path = corpusPath(QStringLiteral("mspdi/mpxj__task-links-project2010-mspdi.xml"));
    const QByteArray good = readFile(path);
    REQUIRE(!good.isEmpty());
    ImportOptions options;
    options.fileName = QStringLiteral("plan.xml");

    SECTION("truncated")
    {
        const QByteArray cut = good.left(good.size() / 2);
        const ImportResult r = MspdiReader::read(cut, options);
        CHECK(!r.ok);
        CHECK(r.changes.isEmpty());
        CHECK(r.error.line > 1);
        CHECK(r.error.message().startsWith(QStringLiteral("plan.xml:")));
    }
    SECTION("not XML")
    {
        const ImportResult r = MspdiReader::read("this is not xml", options);
        CHECK(!r.ok);
        CHECK(r.changes.isEmpty());
        CHECK(r.error.line == 1);
    }
    SECTION("wrong root element")
    {
        const ImportResult r = MspdiReader::read("<?xml version=\"1.0\"?>\n<Plan><Tasks/></Plan>", options);
        CHECK(!r.ok);
        CHECK(r.changes.isEmpty());
        CHECK(r.error.line == 2);
        CHECK(r.error.reason.contains(QStringLiteral("<Project>")));
    }
    SECTION("a bad duration names its element and line")
    {
        QByteArray bad = good;
        const qsizetype at = bad.indexOf("<Duration>PT8H0M0S</Duration>", bad.indexOf("<UID>3</UID>"));
        REQUIRE(at > 0);
        bad.replace(at, qsizetype(strlen("<Duration>PT8H0M0S</Duration>")), "<Duration>8 hours</Duration>");
        const qint64 line = bad.left(at).count('\n') + 1;
        const ImportResult r = MspdiReader::read(bad, options);
        CHECK(!r.ok);
        CHECK(r.changes.isEmpty());
        CHECK(r.error.line == line);
        CHECK(r.error.element == u"<Duration>");
        CHECK(r.error.reason.contains(QStringLiteral("8 hours")));
    }
    SECTION("a bad number, a bad date, a bad link type")
    {
        for (const auto &[from, to] : std::vector<std::pair<QByteArray, QByteArray>>{
                 {"<PercentComplete>0</PercentComplete>", "<PercentComplete>zero</PercentComplete>"},
                 {"<Start>2014-10-20T08:00:00</Start>", "<Start>20/10/2014</Start>"},
                 {"<Type>1</Type>\n\t\t\t\t<CrossProject>", "<Type>9</Type>\n\t\t\t\t<CrossProject>"},
             }) {
            QByteArray bad = good;
            // In a real task (UID 0, the project summary task, is not read).
            const qsizetype at = bad.indexOf(from, bad.indexOf("<UID>2</UID>"));
            REQUIRE(at > 0);
            bad.replace(at, from.size(), to);
            const ImportResult r = MspdiReader::read(bad, options);
            INFO(to.constData());
            CHECK(!r.ok);
            CHECK(r.changes.isEmpty());
            CHECK(r.error.line == bad.left(at).count('\n') + 1);
        }
    }
    SECTION("nothing reaches the workspace")
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("broken.xml"));
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(good.left(good.size() - 40));
        f.close();
        auto store = Store::createInMemory();
        const qsizetype before = store->workspace().tasks().size();
        ImportOptions o;
        o.target = &store->workspace();
        const ImportResult r = Importer::importFile(file, std::nullopt, o);
        CHECK(!r.ok);
        CHECK(r.error.file == file);
        CHECK(store->workspace().tasks().size() == before);
        CHECK(store->workspace().projects().size() == 0);
    }
}

TEST_CASE("Damaged MSPDI files never crash the reader", "[interop][mspdi][robustness]")
{
    QRandomGenerator rng(42);
    const QStringList files = corpusFiles(QStringLiteral("mspdi"), QStringLiteral(".xml"));
    REQUIRE(!files.isEmpty());
    for (int i = 0; i < 300; ++i) {
        QByteArray data = readFile(files[int(rng.bounded(qint64(files.size())))]);
        data = data.left(std::min<qsizetype>(data.size(), 60000));
        const int edits = 1 + int(rng.bounded(8));
        for (int e = 0; e < edits && !data.isEmpty(); ++e) {
            const qsizetype at = qsizetype(rng.bounded(qint64(data.size())));
            switch (rng.bounded(3)) {
            case 0: data[at] = char(rng.bounded(256)); break;
            case 1: data.remove(at, qsizetype(rng.bounded(64))); break;
            default: data.insert(at, data.mid(qsizetype(rng.bounded(qint64(data.size()))), 32)); break;
            }
        }
        const ImportResult r = MspdiReader::read(data);
        if (!r.ok)
            CHECK(r.changes.isEmpty());
    }
}
