// The edit service without any UI: each intent applied, undone and redone through the store's one
// change path, with the derived values (scheduled dates) recomputed on undo and redo.

#include "edit/editservice.h"
#include "edit/plancache.h"

#include "analytics/baselinevariance.h"
#include "analytics/calendarcache.h"
#include "analytics/schedulenetwork.h"
#include "analytics/workspaceindex.h"
#include "model/documentimport.h"
#include "model/money.h"
#include "model/recordjson.h"
#include "schedule/resourceload.h"
#include "schedule/staffing.h"
#include "store/store.h"
#include "workflow/timesheetweek.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <functional>
#include <random>

using namespace Keel;

namespace {

constexpr Minutes D = 480;

Minutes at(int y, int m, int d, int h = 8)
{
    return toMinutes(QDate(y, m, d), h * 60);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

/// Every record of the workspace as text, for comparing whole states.
QString dump(const Workspace &ws)
{
    QStringList lines;
    for (int t = 0; t < kEntityTypeCount; ++t) {
        const EntityType type = EntityType(t);
        for (const Id &id : ws.table(type).ids()) {
            QJsonObject o = RecordJson::toJson(ws, type, id);
            if (type == EntityType::Baseline)
                o.remove(QStringLiteral("saved_utc_ms"));
            lines << QString::fromLatin1(entityMeta(type).name) + u' '
                    + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
    }
    lines.sort();
    return lines.join(u'\n');
}

/// The lines of two dumps that differ, for a failure message.
std::string difference(const QString &a, const QString &b)
{
    const QStringList la = a.split(u'\n');
    const QStringList lb = b.split(u'\n');
    QStringList out;
    for (const QString &l : la)
        if (!lb.contains(l))
            out << QStringLiteral("- ") + l;
    for (const QString &l : lb)
        if (!la.contains(l))
            out << QStringLiteral("+ ") + l;
    return out.join(u'\n').toStdString();
}

/// A workspace with a calendar-less project starting Monday 2024-01-08, three tasks A → B → C,
/// two people and a client.
struct Fixture
{
    std::unique_ptr<Store> store = Store::createInMemory(QStringLiteral("Edit"));
    Id client, project, a, b, c, ann, bob;

    Fixture()
    {
        client = add(EntityType::Client, R"({"name": "Northwind", "code": "NW"})");
        ann = add(EntityType::Resource, R"({"name": "Ann", "email": "ann@example.com",
                  "rates": [{"from": null, "cost": 6000, "bill": 12000}]})");
        bob = add(EntityType::Resource, R"({"name": "Bob"})");
        const Edit p = EditService(ws()).createProject({}, QStringLiteral("Portal"), QStringLiteral("P1"), client,
                                                       QDate(2024, 1, 8));
        REQUIRE(p.ok());
        REQUIRE(store->apply(p.changes));
        project = p.id;
        a = task("A", 2 * D);
        b = task("B", 3 * D);
        c = task("C", D);
        REQUIRE(apply(EditService(ws()).plan(TaskEdits::link(ws(), a, b))));
        REQUIRE(apply(EditService(ws()).plan(TaskEdits::link(ws(), b, c))));
    }
    const Workspace &ws() const { return store->workspace(); }
    const Task &get(const Id &id) const { return *ws().get<Task>(id); }
    Id add(EntityType type, const char *fields)
    {
        const Edit e = EditService(ws()).add(type, json(fields));
        INFO(e.error.toStdString());
        REQUIRE(e.ok());
        REQUIRE(store->apply(e.changes));
        return e.id;
    }
    Id task(const char *name, Minutes duration)
    {
        QJsonObject o;
        o.insert(QStringLiteral("project_id"), project.toString(QUuid::WithoutBraces));
        o.insert(QStringLiteral("name"), QString::fromUtf8(name));
        o.insert(QStringLiteral("duration"), duration);
        const Edit e = EditService(ws()).add(EntityType::Task, o);
        INFO(e.error.toStdString());
        REQUIRE(e.ok());
        REQUIRE(store->apply(e.changes));
        return e.id;
    }
    std::optional<ChangeSet> apply(const Edit &e)
    {
        INFO(e.error.toStdString());
        REQUIRE(e.ok());
        QString error;
        auto applied = store->apply(e.changes, &error);
        INFO(error.toStdString());
        REQUIRE(applied);
        return applied;
    }
    /// Applies @p e, then undoes and redoes it through the edit service, checking the workspace
    /// after each step and that every step is one change-log entry.
    void roundTrip(const Edit &e)
    {
        const QString before = dump(ws());
        const qint64 entries = store->changeSetCount();
        const std::optional<ChangeSet> applied = apply(e);
        CHECK(store->changeSetCount() == entries + 1);
        const QString after = dump(ws());
        CHECK(after != before);
        const Edit undo = EditService(ws()).undo(*applied);
        const std::optional<ChangeSet> undone = apply(undo);
        CHECK(store->changeSetCount() == entries + 2);
        CHECK(dump(ws()) == before);
        const Edit redo = EditService(ws()).redo(*applied);
        apply(redo);
        CHECK(dump(ws()) == after);
    }
};

} // namespace

TEST_CASE("Adding a task through the edit service schedules it in the same ChangeSet", "[edit]")
{
    Fixture f;
    CHECK(f.get(f.a).start == at(2024, 1, 8));
    CHECK(f.get(f.b).start == at(2024, 1, 10));
    CHECK(f.get(f.c).start == at(2024, 1, 15));
    CHECK(f.get(f.c).finish == at(2024, 1, 15, 17));
}

TEST_CASE("A duration set as a field reschedules in one log entry, and undo recomputes the dates", "[edit]")
{
    Fixture f;
    const Edit e = EditService(f.ws()).set(EntityType::Task, f.a, json(R"({"duration": 2400})"));
    REQUIRE(e.ok());
    bool datesIncluded = false;
    for (const Change &c : e.changes.changes())
        datesIncluded = datesIncluded || (c.id == f.c && c.field == "start");
    CHECK(datesIncluded);
    f.roundTrip(e);
    CHECK(f.get(f.c).start == at(2024, 1, 18));

    // Undo gives back the duration and recomputes the dates instead of restoring the old ones.
    const Edit again = EditService(f.ws()).set(EntityType::Task, f.b, json(R"({"duration": 480})"));
    const std::optional<ChangeSet> applied = f.apply(again);
    const ChangeSet inputs = EditService(f.ws()).withoutDerived(applied->inverse());
    for (const Change &c : inputs.changes())
        CHECK_FALSE((c.type == EntityType::Task && (c.field == "start" || c.field == "finish")));
    const Edit undo = EditService(f.ws()).undo(*applied);
    f.apply(undo);
    CHECK(f.get(f.c).start == at(2024, 1, 18));
}

TEST_CASE("Record edits from JSON are refused with the field named and nothing applied", "[edit]")
{
    Fixture f;
    const QString before = dump(f.ws());
    const EditService edits(f.ws());
    Edit e = edits.set(EntityType::Task, f.a, json(R"({"duration": "long"})"));
    CHECK_FALSE(e.ok());
    CHECK(e.field == "duration");
    e = edits.set(EntityType::Task, f.a, json(R"({"colour": "red"})"));
    CHECK(e.field == "colour");
    e = edits.add(EntityType::Resource, json(R"({"name": "Cy", "kind": "robot"})"));
    CHECK(e.field == "kind");
    CHECK(e.error.contains(QStringLiteral("person")));
    e = edits.set(EntityType::Project, f.project, json(R"({"budget": {"minor": 100, "currency": "USD"}})"));
    CHECK(e.field == "budget");
    e = edits.add(EntityType::Contact, json(R"({"name": "Dee"})"));
    CHECK_FALSE(e.ok());
    e = edits.set(EntityType::Task, f.a, json(R"({"percent_complete": 140})"));
    CHECK_FALSE(e.ok());
    CHECK(e.error.contains(QStringLiteral("140")));
    CHECK(dump(f.ws()) == before);
}

TEST_CASE("Money in JSON is minor units with the record's currency", "[edit]")
{
    Fixture f;
    const Edit e = EditService(f.ws()).set(EntityType::Project, f.project,
                                           json(R"({"budget": {"minor": 5000000, "currency": "EUR"}, "currency": "EUR"})"));
    f.roundTrip(e);
    const QJsonObject o = RecordJson::toJson(f.ws(), EntityType::Project, f.project);
    CHECK(o.value(QStringLiteral("budget")).toObject().value(QStringLiteral("minor")).toInteger() == 5000000);
    CHECK(o.value(QStringLiteral("budget")).toObject().value(QStringLiteral("currency")).toString() == u"EUR");
    CHECK(o.value(QStringLiteral("client_id")).toString() == f.client.toString(QUuid::WithoutBraces));
    CHECK(o.value(QStringLiteral("start")).toString().startsWith(QStringLiteral("2024-01-08T")));
}

TEST_CASE("Every plan intent applies, undoes and redoes", "[edit]")
{
    Fixture f;
    SECTION("insert") { f.roundTrip(EditService(f.ws()).plan(TaskEdits::insertTask(f.ws(), f.project, f.a, TaskEdits::Position::After))); }
    SECTION("indent") {
        const Id d = f.task("D", D);
        f.roundTrip(EditService(f.ws()).plan(TaskEdits::indent(f.ws(), d)));
    }
    SECTION("unlink") { f.roundTrip(EditService(f.ws()).plan(TaskEdits::unlink(f.ws(), f.a, f.b))); }
    SECTION("delete a task") { f.roundTrip(EditService(f.ws()).remove(EntityType::Task, f.b)); }
    SECTION("constraint") { f.roundTrip(EditService(f.ws()).setConstraint(f.c, ConstraintType::Snet, at(2024, 2, 1))); }
    SECTION("assign") {
        const Edit e = EditService(f.ws()).assign(f.a, f.ann, 0.5);
        f.roundTrip(e);
        CHECK(f.get(f.a).work == D);
    }
    SECTION("progress") {
        EditService::Progress p;
        p.percentComplete = 100;
        f.roundTrip(EditService(f.ws()).recordProgress(f.a, p));
        CHECK(f.get(f.a).actualStart == at(2024, 1, 8));
        CHECK(f.get(f.a).actualFinish == f.get(f.a).finish);
    }
    SECTION("the project's start") {
        f.roundTrip(EditService(f.ws()).set(EntityType::Project, f.project, json(R"({"start": "2024-02-05"})")));
        CHECK(f.get(f.a).start == at(2024, 2, 5));
    }
}

TEST_CASE("Setting a constraint to ASAP clears its date", "[edit]")
{
    Fixture f;
    f.apply(EditService(f.ws()).setConstraint(f.c, ConstraintType::Snet, at(2024, 2, 1)));
    CHECK(f.get(f.c).constraintDate == at(2024, 2, 1));
    f.apply(EditService(f.ws()).set(EntityType::Task, f.c, json(R"({"constraint_type": "asap"})")));
    CHECK(f.get(f.c).constraintDate == kNoTime);
    CHECK(f.get(f.c).start == at(2024, 1, 15));
}

TEST_CASE("Baselines are saved, replaced, cleared and undone", "[edit]")
{
    Fixture f;
    f.apply(EditService(f.ws()).assign(f.a, f.ann));
    f.roundTrip(EditService(f.ws()).setBaseline(f.project, 0));
    REQUIRE(f.ws().table<Baseline>().size() == 1);
    const BaselineTask *saved = nullptr;
    for (const BaselineTask &bt : f.ws().table<BaselineTask>())
        saved = bt.taskId == f.a ? &bt : saved;
    REQUIRE(saved);
    CHECK(saved->cost == 2 * 8 * 6000);
    CHECK(saved->finish == f.get(f.a).finish);
    f.apply(EditService(f.ws()).set(EntityType::Task, f.a, json(R"({"duration": 1440})")));
    f.roundTrip(EditService(f.ws()).setBaseline(f.project, 0, {f.a}));
    CHECK(f.ws().table<BaselineTask>().size() == 3);
    CHECK(!EditService(f.ws()).setBaseline(f.project, 11).ok());
    f.roundTrip(EditService(f.ws()).clearBaseline(f.project, 0));
    CHECK(f.ws().table<Baseline>().size() == 0);
}

TEST_CASE("Time is logged, submitted, approved and then locked; a rejection needs a reason", "[edit]")
{
    Fixture f;
    const EditService edits(f.ws());
    f.roundTrip(EditService(f.ws()).logTime(f.ann, f.a, at(2024, 1, 8, 0), 6 * 60));
    f.apply(EditService(f.ws()).logTime(f.ann, f.a, at(2024, 1, 9, 0), 8 * 60));
    CHECK(EditService(f.ws()).logTime(f.ann, f.a, at(2024, 1, 9, 0), 17 * 60).field == "minutes");
    CHECK(EditService(f.ws()).timesheet(f.ann, at(2024, 1, 10), EditService::TimesheetAction::Approve).field == "week");
    f.roundTrip(EditService(f.ws()).timesheet(f.ann, at(2024, 1, 10), EditService::TimesheetAction::Submit));
    CHECK(EditService(f.ws()).timesheet(f.ann, at(2024, 1, 10), EditService::TimesheetAction::Reject).field == "comment");
    f.roundTrip(EditService(f.ws()).timesheet(f.ann, at(2024, 1, 10), EditService::TimesheetAction::Reject,
                                              QStringLiteral("Wrong task")));
    f.apply(EditService(f.ws()).timesheet(f.ann, at(2024, 1, 10), EditService::TimesheetAction::Submit));
    f.roundTrip(EditService(f.ws()).timesheet(f.ann, at(2024, 1, 10), EditService::TimesheetAction::Approve));
    for (const TimeEntry &e : f.ws().table<TimeEntry>()) {
        CHECK(e.approval == ApprovalState::Approved);
        CHECK_FALSE(EditService(f.ws()).set(EntityType::TimeEntry, e.id, json(R"({"minutes": 60})")).ok());
        CHECK_FALSE(EditService(f.ws()).remove(EntityType::TimeEntry, e.id).ok());
    }
    CHECK_FALSE(EditService(f.ws()).logTime(f.ann, f.a, at(2024, 1, 9, 0), 60).ok());
    // The task with time on it cannot be deleted.
    CHECK_FALSE(EditService(f.ws()).remove(EntityType::Task, f.a).ok());
}

TEST_CASE("A week grid sets a person's hours per task and day as one step", "[edit][timesheet]")
{
    Fixture f;
    f.apply(EditService(f.ws()).assign(f.b, f.ann, 1.0));
    // Ann is assigned to B (10–12 January); A appears once she logs time on it.
    TimesheetWeek week = TimesheetWeek::of(f.ws(), f.ann, at(2024, 1, 10));
    CHECK(week.weekStart == at(2024, 1, 8, 0));
    REQUIRE(week.rows.size() == 1);
    CHECK(week.rows[0].task == f.b);
    CHECK(week.rows[0].assigned);
    CHECK(week.state == TimesheetWeek::State::Empty);

    using Cell = EditService::WeekCell;
    f.roundTrip(EditService(f.ws()).setWeekTime(f.ann, at(2024, 1, 12),
                                                {Cell{f.a, 0, 8 * 60}, Cell{f.b, 2, 7 * 60 + 30}, Cell{f.b, 3, 4 * 60}}));
    week = TimesheetWeek::of(f.ws(), f.ann, at(2024, 1, 8));
    REQUIRE(week.rows.size() == 2);
    CHECK(week.rows[0].task == f.a);   // WBS order
    CHECK_FALSE(week.rows[0].assigned);
    CHECK(week.row(f.b)->minutes[2] == 450);
    CHECK(week.total() == 8 * 60 + 450 + 240);
    CHECK(week.state == TimesheetWeek::State::Draft);
    CHECK(f.ws().table<TimeEntry>().size() == 3);

    // Changing a cell updates its entry; 0 removes it; an unchanged cell changes nothing.
    f.roundTrip(EditService(f.ws()).setWeekTime(f.ann, at(2024, 1, 8), {Cell{f.b, 2, 6 * 60}, Cell{f.b, 3, 0}, Cell{f.a, 0, 8 * 60}}));
    CHECK(f.ws().table<TimeEntry>().size() == 2);
    CHECK(TimesheetWeek::of(f.ws(), f.ann, at(2024, 1, 8)).row(f.b)->minutes[2] == 360);
    CHECK(EditService(f.ws()).setWeekTime(f.ann, at(2024, 1, 8), {Cell{f.a, 0, 8 * 60}}).changes.isEmpty());

    // Refusals name the field: over 24 hours in a day, a bad day, a summary task, twice the same cell.
    CHECK(EditService(f.ws()).setWeekTime(f.ann, at(2024, 1, 8), {Cell{f.b, 0, 17 * 60}}).field == "minutes");
    CHECK(EditService(f.ws()).setWeekTime(f.ann, at(2024, 1, 8), {Cell{f.b, 7, 60}}).field == "day");
    CHECK(EditService(f.ws()).setWeekTime(f.ann, at(2024, 1, 8), {Cell{f.b, 1, 60}, Cell{f.b, 1, 120}}).field == "task_id");
    CHECK(EditService(f.ws()).setWeekTime(f.bob, at(2024, 1, 8), {Cell{Id(), 1, 60}}).field == "task_id");

    // Submitted weeks wait for the approver; a rejection's comment is kept and the week is a
    // draft again once changed; approved weeks are locked.
    f.apply(EditService(f.ws()).timesheet(f.ann, at(2024, 1, 8), EditService::TimesheetAction::Submit));
    CHECK(TimesheetWeek::of(f.ws(), f.ann, at(2024, 1, 8)).state == TimesheetWeek::State::Submitted);
    CHECK(EditService(f.ws()).setWeekTime(f.ann, at(2024, 1, 8), {Cell{f.b, 1, 60}}).field == "week");
    f.apply(EditService(f.ws()).timesheet(f.ann, at(2024, 1, 8), EditService::TimesheetAction::Reject,
                                          QStringLiteral("Wednesday belongs to C")));
    week = TimesheetWeek::of(f.ws(), f.ann, at(2024, 1, 8));
    CHECK(week.state == TimesheetWeek::State::Rejected);
    CHECK(week.reviewComment == QStringLiteral("Wednesday belongs to C"));
    CHECK(week.editable());
    f.roundTrip(EditService(f.ws()).setWeekTime(f.ann, at(2024, 1, 8), {Cell{f.b, 2, 0}, Cell{f.c, 2, 6 * 60}}));
    CHECK(TimesheetWeek::of(f.ws(), f.ann, at(2024, 1, 8)).state == TimesheetWeek::State::Draft);
    f.apply(EditService(f.ws()).timesheet(f.ann, at(2024, 1, 8), EditService::TimesheetAction::Submit));
    CHECK(TimesheetWeek::of(f.ws(), f.ann, at(2024, 1, 8)).reviewComment.isEmpty());
    f.apply(EditService(f.ws()).timesheet(f.ann, at(2024, 1, 8), EditService::TimesheetAction::Approve,
                                          QStringLiteral("Thanks")));
    week = TimesheetWeek::of(f.ws(), f.ann, at(2024, 1, 8));
    CHECK(week.locked());
    CHECK(week.reviewComment == QStringLiteral("Thanks"));
    CHECK(EditService(f.ws()).setWeekTime(f.ann, at(2024, 1, 8), {Cell{f.c, 3, 60}}).field == "week");
}

TEST_CASE("Gates refuse what is missing unless a manager overrides with a reason", "[edit]")
{
    Fixture f;
    const Edit refused = EditService(f.ws()).advanceGate(f.project);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(QStringLiteral("Scope statement")));
    CHECK_FALSE(EditService(f.ws()).closeProject(f.project).ok());
    const qsizetype notes = f.ws().table<CommunicationEntry>().size();
    f.roundTrip(EditService(f.ws()).advanceGate(f.project, QStringLiteral("Scope agreed by phone")));
    CHECK(f.ws().get<Project>(f.project)->phase == Phase::Planning);
    CHECK(f.ws().table<CommunicationEntry>().size() == notes + 1);
    for (int i = 0; i < 3; ++i)
        f.apply(EditService(f.ws()).advanceGate(f.project, QStringLiteral("Test")));
    CHECK(f.ws().get<Project>(f.project)->phase == Phase::Closing);
    f.apply(EditService(f.ws()).closeProject(f.project, QStringLiteral("Client accepted")));
    CHECK(f.ws().get<Project>(f.project)->phase == Phase::Closed);
}

TEST_CASE("Requirements are numbered by the edit service", "[edit]")
{
    Fixture f;
    f.apply(EditService(f.ws()).addRequirement(f.project, QStringLiteral("Single sign-on")));
    const Edit second = EditService(f.ws()).addRequirement(f.project, QStringLiteral("Audit log"));
    f.roundTrip(second);
    CHECK(f.ws().get<Requirement>(second.id)->code == u"R-002");
    CHECK_FALSE(EditService(f.ws()).addRequirement(f.project, QStringLiteral("  ")).ok());
}

TEST_CASE("A resource is saved with its skills in one step: added, levels changed, skills dropped", "[edit]")
{
    Fixture f;
    const Id sql = f.add(EntityType::Skill, R"({"name": "SQL"})");
    const Id pm = f.add(EntityType::Skill, R"({"name": "PM"})");
    Resource r;
    r.id = newId();
    r.name = QStringLiteral("  Cleo ");
    r.currency = QStringLiteral("EUR");
    r.rates = {{toMinutes(QDate(2026, 7, 1)), 7000, 14000}, {kNoTime, 6000, 12000}};
    const Edit added = EditService(f.ws()).saveResource(r, {{sql, 4}, {pm, 2}});
    f.roundTrip(added);
    const Resource *cleo = f.ws().get<Resource>(r.id);
    REQUIRE(cleo);
    CHECK(cleo->name == u"Cleo");
    REQUIRE(cleo->rates.size() == 2);
    CHECK(cleo->rates[0].effectiveFrom == kNoTime); // sorted by date
    auto levels = [&] {
        std::map<Id, int> m;
        for (const ResourceSkill &s : f.ws().table<ResourceSkill>())
            if (s.resourceId == r.id)
                m[s.skillId] = s.level;
        return m;
    };
    CHECK(levels() == std::map<Id, int>{{sql, 4}, {pm, 2}});

    Resource edited = *cleo;
    edited.team = QStringLiteral("Data");
    f.roundTrip(EditService(f.ws()).saveResource(edited, {{sql, 5}}));
    CHECK(f.ws().get<Resource>(r.id)->team == u"Data");
    CHECK(levels() == std::map<Id, int>{{sql, 5}});

    // Refused, with the field named.
    CHECK(EditService(f.ws()).saveResource(edited, {{sql, 3}, {sql, 4}}).field == "skill_id");
    CHECK(EditService(f.ws()).saveResource(edited, {{sql, 6}}).field == "level");
    CHECK(EditService(f.ws()).saveResource(edited, {{newId(), 3}}).field == "skill_id");
    Resource twice = edited;
    twice.rates = {{kNoTime, 1, 2}, {kNoTime, 3, 4}};
    CHECK(EditService(f.ws()).saveResource(twice, {}).field == "rates");
    Resource nameless = edited;
    nameless.name = QStringLiteral(" ");
    CHECK_FALSE(EditService(f.ws()).saveResource(nameless, {}).ok());
    Resource badMail = edited;
    badMail.email = QStringLiteral("not an address");
    CHECK_FALSE(EditService(f.ws()).saveResource(badMail, {}).ok());
}

TEST_CASE("Deletes take what belongs only to the record and refuse what is still needed", "[edit]")
{
    Fixture f;
    f.add(EntityType::Contact, QStringLiteral(R"({"name": "Dee", "client_id": "%1"})")
                                   .arg(f.client.toString(QUuid::WithoutBraces)).toUtf8().constData());
    f.apply(EditService(f.ws()).assign(f.b, f.bob));
    const Edit client = EditService(f.ws()).remove(EntityType::Client, f.client);
    CHECK_FALSE(client.ok());
    CHECK(client.error.contains(QStringLiteral("Portal")));
    const Edit bob = EditService(f.ws()).remove(EntityType::Resource, f.bob);
    CHECK_FALSE(bob.ok());
    CHECK(bob.error.contains(QStringLiteral("assigned")));
    f.roundTrip(EditService(f.ws()).remove(EntityType::Project, f.project));
    CHECK(f.ws().tasks().size() == 0);
    f.roundTrip(EditService(f.ws()).remove(EntityType::Client, f.client));
    CHECK(f.ws().table<Contact>().size() == 0);
    f.roundTrip(EditService(f.ws()).remove(EntityType::Resource, f.bob));
}

TEST_CASE("A project from a template is one scheduled ChangeSet", "[edit]")
{
    std::unique_ptr<Store> store = Store::createInMemory();
    const Edit e = EditService(store->workspace())
                       .createProject(QStringLiteral("consulting-engagement"), QStringLiteral("Strategy"),
                                      QStringLiteral("S1"), {}, QDate(2025, 3, 3));
    REQUIRE(e.ok());
    const qint64 entries = store->changeSetCount();
    REQUIRE(store->apply(e.changes));
    CHECK(store->changeSetCount() == entries + 1);
    const QList<Id> tasks = store->workspace().projectTasks(e.id);
    REQUIRE(tasks.size() > 5);
    for (const Id &t : tasks)
        CHECK(store->workspace().get<Task>(t)->start != kNoTime);
    CHECK(EditService(store->workspace()).createProject(QStringLiteral("nope"), QStringLiteral("X"), {}, {}, QDate(2025, 3, 3)).field
          == "template");
}

TEST_CASE("The ISO 4217 table gives the standard's minor units", "[money]")
{
    CHECK(Currency::minorDigits(u"EUR") == 2);
    CHECK(Currency::minorDigits(u"JPY") == 0);
    CHECK(Currency::minorDigits(u"XPF") == 0);
    CHECK(Currency::minorDigits(u"BIF") == 0);
    CHECK(Currency::minorDigits(u"RWF") == 0);
    CHECK(Currency::minorDigits(u"DJF") == 0);
    CHECK(Currency::minorDigits(u"KWD") == 3);
    // Where CLDR/ICU differ from the standard, the standard wins.
    CHECK(Currency::minorDigits(u"IQD") == 3);
    CHECK(Currency::minorDigits(u"IRR") == 2);
    CHECK(Currency::minorDigits(u"LAK") == 2);
    CHECK(Currency::minorDigits(u"RSD") == 2);
    CHECK(Currency::minorDigits(u"CLF") == 4);
    CHECK(Currency::minorDigits(u"XAU") == 0);
    CHECK(Currency::isKnown(u"CNY"));
    CHECK(Currency::isKnown(u"xcg"));
    CHECK_FALSE(Currency::isKnown(u"ZZZ"));
    CHECK(Currency::codes().size() > 170);
    CHECK(Currency::parse(QStringLiteral("1250.50"), u"EUR") == 125050);
    CHECK(Currency::parse(QStringLiteral("1250"), u"JPY") == 1250);
    CHECK_FALSE(Currency::parse(QStringLiteral("12.5"), u"JPY"));
    CHECK_FALSE(Currency::parse(QStringLiteral("abc"), u"EUR"));
}

TEST_CASE("Lags are read by the one duration parser, in Chinese too", "[edit]")
{
    Fixture f;
    QString error;
    const QList<Id> rows = f.ws().projectTasks(f.project);
    const qsizetype rowOfA = rows.indexOf(f.a) + 1;
    QList<TaskEdits::Predecessor> list = TaskEdits::parsePredecessors(f.ws(), f.c, QStringLiteral("%1FS+3 天").arg(rowOfA), &error);
    INFO(error.toStdString());
    REQUIRE(list.size() == 1);
    CHECK(list[0].lag == 3 * D);
    CHECK(list[0].unit == LagUnit::Working);
    list = TaskEdits::parsePredecessors(f.ws(), f.c, QStringLiteral("%1SS-4h;%1FF+2ed").arg(rowOfA), &error);
    REQUIRE(list.size() == 2);
    CHECK(list[0].lag == -240);
    CHECK(list[1].unit == LagUnit::Elapsed);
    CHECK(list[1].lag == 2 * 1440);
    list = TaskEdits::parsePredecessors(f.ws(), f.c, QStringLiteral("%1FS+50%").arg(rowOfA), &error);
    REQUIRE(list.size() == 1);
    CHECK(list[0].unit == LagUnit::Percent);
    CHECK(list[0].lag == 50);
    error.clear();
    TaskEdits::parsePredecessors(f.ws(), f.c, QStringLiteral("%1FS+soon").arg(rowOfA), &error);
    CHECK(error.contains(QStringLiteral("soon")));
}

TEST_CASE("Edits rescheduled incrementally through the PlanCache equal full reschedules", "[edit][cache]")
{
    // Two identical workspaces take the same random edits, one with a cache and one without;
    // after every edit, and after undoing and redoing it, they hold the same state.
    QTemporaryDir dir;
    const QString pathA = dir.filePath(QStringLiteral("a.keel"));
    const QString pathB = dir.filePath(QStringLiteral("b.keel"));
    std::unique_ptr<Store> plain = Store::create(pathA, nullptr);
    REQUIRE(plain);
    const Edit p = EditService(plain->workspace()).createProject({}, QStringLiteral("Net"), QStringLiteral("N"), {},
                                                                 QDate(2025, 1, 6));
    REQUIRE(plain->apply(p.changes));
    std::mt19937 rng(7);
    auto pick = [&rng](int n) { return int(rng() % unsigned(n)); };
    // Three summaries of eight tasks, chained in lanes, a few links across.
    ChangeSet plan;
    std::vector<Id> leaves;
    for (int g = 0; g < 3; ++g) {
        Task s;
        s.id = newId();
        s.projectId = p.id;
        s.order = g;
        s.name = QStringLiteral("S%1").arg(g);
        plan.insert(s);
        for (int i = 0; i < 8; ++i) {
            Task t;
            t.id = newId();
            t.projectId = p.id;
            t.parentId = s.id;
            t.order = i;
            t.name = QStringLiteral("T%1.%2").arg(g).arg(i);
            t.duration = D * (1 + pick(4));
            plan.insert(t);
            if (i >= 2) {
                Dependency d;
                d.id = newId();
                d.predecessorId = leaves[leaves.size() - 2];
                d.successorId = t.id;
                d.type = DependencyType(pick(4));
                d.lag = pick(3) == 0 ? 240 : 0;
                plan.insert(d);
            }
            leaves.push_back(t.id);
        }
    }
    const Edit scheduled = EditService(plain->workspace()).complete(plan);
    REQUIRE(plain->apply(scheduled.changes));
    plain.reset();
    REQUIRE(QFile::copy(pathA, pathB));
    plain = Store::open(pathA, nullptr);
    std::unique_ptr<Store> cached = Store::open(pathB, nullptr);
    REQUIRE(plain);
    REQUIRE(cached);
    PlanCache cache(cached->workspace());
    REQUIRE(dump(plain->workspace()) == dump(cached->workspace()));

    auto both = [&](const std::function<Edit(const EditService &)> &make) {
        const Edit a = make(EditService(plain->workspace()));
        const Edit b = make(EditService(cached->workspace(), &cache));
        REQUIRE(a.ok() == b.ok());
        if (!a.ok())
            return;
        const auto appliedA = plain->apply(a.changes);
        const auto appliedB = cached->apply(b.changes);
        REQUIRE(appliedA.has_value() == appliedB.has_value());
        INFO(difference(dump(plain->workspace()), dump(cached->workspace())));
        REQUIRE(dump(plain->workspace()) == dump(cached->workspace()));
        if (!appliedA || pick(3) != 0)
            return;
        const auto undoneA = plain->apply(EditService(plain->workspace()).undo(*appliedA).changes);
        const auto undoneB = cached->apply(EditService(cached->workspace(), &cache).undo(*appliedB).changes);
        INFO(difference(dump(plain->workspace()), dump(cached->workspace())));
        REQUIRE(dump(plain->workspace()) == dump(cached->workspace()));
        plain->apply(EditService(plain->workspace()).redo(*appliedA).changes);
        cached->apply(EditService(cached->workspace(), &cache).redo(*appliedB).changes);
        REQUIRE(dump(plain->workspace()) == dump(cached->workspace()));
    };
    auto taskJson = [](const char *field, const QJsonValue &v) { return QJsonObject{{QString::fromLatin1(field), v}}; };
    for (int step = 0; step < 1000; ++step) {
        INFO("step " << step);
        const Id t = leaves[size_t(pick(int(leaves.size())))];
        const Id u = leaves[size_t(pick(int(leaves.size())))];
        const Minutes day = toMinutes(QDate(2025, 1, 6).addDays(pick(60)), 8 * 60);
        const int n = pick(8);   // the same value for both workspaces
        switch (pick(11)) {
        case 0:
        case 1:
        case 2: both([&](const EditService &e) { return e.set(EntityType::Task, t, taskJson("duration", D * (n % 6))); }); break;
        case 3: both([&](const EditService &e) { return e.setConstraint(t, ConstraintType(n), day); }); break;
        case 4: {
            EditService::Progress pr;
            pr.percentComplete = (n % 3) * 50;
            both([&](const EditService &e) { return e.recordProgress(t, pr); });
            break;
        }
        case 5: both([&](const EditService &e) { return e.set(EntityType::Task, t, taskJson("deadline", formatIso(day))); }); break;
        case 6: both([&](const EditService &e) { return e.set(EntityType::Task, t, taskJson("scheduling", n % 2 ? QStringLiteral("manual") : QStringLiteral("auto"))); }); break;
        case 7: {
            const TaskEdits::Result link = TaskEdits::link(plain->workspace(), t, u); // one new id for both
            both([&](const EditService &e) { return e.plan(link); });
            break;
        }
        case 8: both([&](const EditService &e) { return e.set(EntityType::Task, t, taskJson("name", QStringLiteral("R%1").arg(step))); }); break;
        case 9: both([&](const EditService &e) { return e.plan(TaskEdits::setStart(e.workspace(), t, day)); }); break;
        case 10: both([&](const EditService &e) { return e.set(EntityType::Project, p.id, taskJson("status_date", formatIso(day))); }); break;
        }
    }
    // Structural edits (links, the status date) rebuild; the rest are incremental.
    CHECK(cache.builds() < 500);
}

TEST_CASE("Progress: remaining duration, % work complete, several tasks in one step", "[edit][progress]")
{
    Fixture f;
    REQUIRE(f.apply(EditService(f.ws()).assign(f.a, f.ann, 1.0)));
    const EditService edits(f.ws());
    EditService::Progress half;
    half.percentComplete = 50;
    f.roundTrip(edits.recordProgress(f.a, half));   // one day of two done
    CHECK(f.get(f.a).actualStart == at(2024, 1, 8));

    // Three more days to go: what is done stays, the duration grows and % complete follows.
    EditService::Progress remaining;
    remaining.remainingDuration = 3 * D;
    f.roundTrip(EditService(f.ws()).recordProgress(f.a, remaining));
    CHECK(f.get(f.a).duration == 4 * D);
    CHECK(f.get(f.a).percentComplete == 25);
    CHECK(f.get(f.b).start == at(2024, 1, 12));   // the successors move with it

    // % work complete sets each assignment's actual work.
    EditService::Progress work;
    work.percentWorkComplete = 50;
    f.roundTrip(EditService(f.ws()).recordProgress(f.a, work));
    const Assignment &assignment = *f.ws().table<Assignment>().begin();
    CHECK(assignment.actualWork == assignment.work / 2);

    // Refused with the field named, nothing applied.
    EditService::Progress bad;
    bad.remainingDuration = -D;
    Edit e = EditService(f.ws()).recordProgress(f.a, bad);
    CHECK(e.field == "remaining_duration");
    bad = {};
    bad.percentWorkComplete = 30;
    e = EditService(f.ws()).recordProgress(f.c, bad);   // nobody assigned
    CHECK(e.field == "percent_work_complete");
    CHECK(e.error.contains(u"no one assigned"));

    // Several tasks as one step; one refusal refuses all.
    EditService::Progress done;
    done.percentComplete = 100;
    const qint64 entries = f.store->changeSetCount();
    f.roundTrip(EditService(f.ws()).recordProgress(QList<Id>{f.b, f.c}, done));
    CHECK(f.store->changeSetCount() == entries + 3);
    CHECK(f.get(f.b).actualFinish == f.get(f.b).finish);
    CHECK(f.get(f.c).percentComplete == 100);
}

TEST_CASE("Update the project as of the status date", "[edit][progress]")
{
    Fixture f;   // A Mon 8–Tue 9, B Wed 10–Fri 12, C Mon 15 (January 2024)
    REQUIRE(f.apply(EditService(f.ws()).assign(f.b, f.bob, 1.0)));

    SECTION("work through the status day is done, a task under way in proportion") {
        const Edit e = EditService(f.ws()).updateProjectAsOf(f.project, QDate(2024, 1, 10), EditService::ProgressRule::Proportional);
        f.roundTrip(e);
        CHECK(f.ws().get<Project>(f.project)->statusDate == toMinutes(QDate(2024, 1, 10)));
        CHECK(f.get(f.a).percentComplete == 100);
        CHECK(f.get(f.a).actualStart == at(2024, 1, 8));
        CHECK(f.get(f.a).actualFinish == at(2024, 1, 9, 17));
        CHECK(f.get(f.b).percentComplete == 33);   // one working day of three
        CHECK(f.get(f.b).actualStart == at(2024, 1, 10));
        CHECK(f.get(f.b).actualFinish == kNoTime);
        const Assignment &bob = *f.ws().table<Assignment>().begin();
        CHECK(bob.actualWork == bob.work * 33 / 100);
        CHECK(f.get(f.c).percentComplete == 0);
        CHECK(f.get(f.c).actualStart == kNoTime);
    }
    SECTION("0 % or 100 %: only what should have finished") {
        f.roundTrip(EditService(f.ws()).updateProjectAsOf(f.project, QDate(2024, 1, 11), EditService::ProgressRule::ZeroOrHundred));
        CHECK(f.get(f.a).percentComplete == 100);
        CHECK(f.get(f.b).percentComplete == 0);
    }
    SECTION("recorded progress is never lowered") {
        EditService::Progress p;
        p.percentComplete = 80;
        REQUIRE(f.apply(EditService(f.ws()).recordProgress(f.b, p)));
        REQUIRE(f.apply(EditService(f.ws()).updateProjectAsOf(f.project, QDate(2024, 1, 10), EditService::ProgressRule::Proportional)));
        CHECK(f.get(f.b).percentComplete == 80);
        CHECK(f.get(f.a).percentComplete == 100);
    }
    SECTION("refused without a date") {
        const Edit e = EditService(f.ws()).updateProjectAsOf(f.project, QDate(), EditService::ProgressRule::Proportional);
        CHECK(e.field == "status_date");
    }
}

TEST_CASE("Expenses: added with a receipt in one step, edited, refused with the field named", "[edit][expenses]")
{
    Fixture f;
    Expense x;
    x.projectId = f.project;
    x.taskId = f.b;
    x.date = toMinutes(QDate(2024, 1, 11));
    x.category = QStringLiteral("Travel");
    x.description = QStringLiteral("Train to the client");
    x.amount = 12850;
    x.currency = QStringLiteral("eur");
    x.billable = true;
    const DocumentFile receipt{QStringLiteral("ticket.pdf"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.4 ticket")};
    const Edit added = EditService(f.ws()).saveExpense(x, &receipt, QStringLiteral("Ann"));
    f.roundTrip(added);
    const Expense *stored = f.ws().get<Expense>(added.id);
    REQUIRE(stored);
    CHECK(stored->currency == QStringLiteral("EUR"));
    const Document *document = f.ws().get<Document>(stored->receiptDocumentId);
    REQUIRE(document);
    CHECK(document->name == QStringLiteral("ticket.pdf"));
    CHECK(document->projectId == f.project);
    REQUIRE(documentVersion(f.ws(), document->id));
    CHECK(documentVersion(f.ws(), document->id)->content == receipt.content);

    Expense edited = *stored;
    edited.amount = 13000;
    edited.billable = false;
    const Edit saved = EditService(f.ws()).saveExpense(edited);
    f.roundTrip(saved);
    CHECK(f.ws().get<Expense>(added.id)->amount == 13000);
    CHECK(f.ws().get<Expense>(added.id)->receiptDocumentId == document->id);
    CHECK(f.ws().table<Expense>().size() == 1);

    const QString before = dump(f.ws());
    Expense bad = edited;
    bad.amount = 0;
    CHECK(EditService(f.ws()).saveExpense(bad).field == "amount");
    bad = edited;
    bad.currency = QStringLiteral("XYZ");
    CHECK(EditService(f.ws()).saveExpense(bad).field == "currency");
    bad = edited;
    bad.category = QStringLiteral("  ");
    CHECK(EditService(f.ws()).saveExpense(bad).field == "category");
    bad = edited;
    bad.date = kNoTime;
    CHECK(EditService(f.ws()).saveExpense(bad).field == "date");
    bad = edited;
    bad.taskId = newId();
    CHECK(EditService(f.ws()).saveExpense(bad).field == "task_id");
    CHECK(dump(f.ws()) == before);
    CHECK(EditService(f.ws()).expenseCategories().first() == QStringLiteral("Travel"));

    f.roundTrip(EditService(f.ws()).remove(EntityType::Expense, added.id));
}

TEST_CASE("A task's three-point estimate is checked in order and read by the Monte Carlo network", "[edit][estimates]")
{
    Fixture f;
    const Workspace &ws = f.ws();
    const auto estimate = [&](const char *o, const char *m, const char *p) {
        return TaskEdits::setEstimateText(ws, f.b, QString::fromUtf8(o), QString::fromUtf8(m), QString::fromUtf8(p));
    };
    f.roundTrip(EditService(ws).plan(estimate("2d", "3d", "6d")));
    CHECK(f.get(f.b).optimistic == 2 * D);
    CHECK(f.get(f.b).mostLikely == 3 * D);
    CHECK(f.get(f.b).pessimistic == 6 * D);
    CHECK(TaskEdits::estimateTexts(ws, f.b) == QStringList{QStringLiteral("2d"), QStringLiteral("3d"), QStringLiteral("6d")});

    // The forecast draws B's length from the estimate, and A's (none) around its duration.
    const WorkspaceIndex index(ws);
    CalendarCache calendars(ws);
    NetworkOptions options;
    options.asPlanned = true;
    const ScheduleNetwork net = buildProjectNetwork(index, calendars, *ws.get<Project>(f.project), options);
    const auto node = [&](const Id &task) { return net.nodes[size_t(net.nodeOfTask[size_t(net.taskIds.indexOf(task))])]; };
    CHECK(node(f.b).low == Approx(2.0 * D));
    CHECK(node(f.b).mode == Approx(3.0 * D));
    CHECK(node(f.b).high == Approx(6.0 * D));
    CHECK(node(f.a).mode == Approx(2.0 * D));

    // Out of order: refused, naming the two estimates, and nothing changes.
    const TaskEdits::Result early = estimate("4d", "3d", "6d");
    CHECK_FALSE(early.ok());
    CHECK(early.error.contains(u"optimistic estimate (4d)"));
    CHECK(early.error.contains(u"most likely estimate (3d)"));
    const TaskEdits::Result late = estimate("2d", "7d", "6d");
    CHECK(late.error.contains(u"most likely estimate (7d)"));
    CHECK(late.error.contains(u"pessimistic estimate (6d)"));
    CHECK(estimate("2d", "", "6d").error.contains(u"most likely"));
    CHECK(estimate("2d", "3d", "soon").error.contains(u"pessimistic estimate “soon”"));
    CHECK(estimate("2ed", "3d", "4d").error.contains(u"optimistic"));
    CHECK(estimate("0d", "0d", "1d").error.contains(u"most likely"));
    CHECK_FALSE(TaskEdits::setEstimate(ws, f.b, {-1, 0, 0}).ok());
    CHECK(EditService(ws).plan(early).error == early.error);
    CHECK(f.get(f.b).optimistic == 2 * D);

    // Three empty texts clear it; a summary has none of its own.
    f.roundTrip(EditService(ws).plan(estimate("", " ", "")));
    CHECK(f.get(f.b).mostLikely == 0);
    const Id d = f.task("D", D);
    REQUIRE(f.apply(EditService(ws).plan(TaskEdits::indent(ws, d))));
    REQUIRE(ws.isSummary(f.c));
    CHECK(TaskEdits::setEstimate(ws, f.c, {D, 2 * D, 3 * D}).error.contains(u"summary"));
    CHECK(TaskEdits::setEstimate(ws, f.c, {}).ok());
}

TEST_CASE("A task's skill requirements are added, changed and removed in one step, and staffing reads them",
          "[edit][skillreq]")
{
    Fixture f;
    const Workspace &ws = f.ws();
    const Id sql = f.add(EntityType::Skill, R"({"name": "SQL"})");
    const Id pm = f.add(EntityType::Skill, R"({"name": "PM"})");
    REQUIRE(f.apply(EditService(ws).saveResource(*ws.get<Resource>(f.ann), {{sql, 4}})));
    const auto requirements = [&] {
        QList<const SkillRequirement *> list;
        for (const SkillRequirement &r : ws.table<SkillRequirement>())
            if (r.taskId == f.b)
                list.append(&r);
        return list;
    };

    // Added: the work defaults to the task's duration; the same skill may be asked twice.
    f.roundTrip(EditService(ws).plan(TaskEdits::setSkillRequirements(ws, f.b, {{{}, sql, 3, kNoTime}, {{}, pm, 2, 8 * 60}})));
    REQUIRE(requirements().size() == 2);
    const SkillRequirement *sqlNeed = requirements()[0]->skillId == sql ? requirements()[0] : requirements()[1];
    CHECK(sqlNeed->minLevel == 3);
    CHECK(sqlNeed->work == 3 * D);
    const Id sqlId = sqlNeed->id;

    // The staffing recommendation ranks Ann (SQL 4) for it.
    const QList<Candidate> ranked = rankCandidates(ws, *sqlNeed, computeLoad(ws, LoadOptions{}));
    REQUIRE(ranked.size() == 1);
    CHECK(ranked[0].resourceId == f.ann);

    // Changed and removed in one step: SQL raised to 5 (no one qualifies), PM dropped.
    const TaskEdits::Result changed = TaskEdits::setSkillRequirements(ws, f.b, {{sqlId, sql, 5, kNoTime}, {{}, sql, 1, D}});
    REQUIRE(changed.ok());
    f.roundTrip(EditService(ws).plan(changed));
    REQUIRE(requirements().size() == 2);
    CHECK(ws.get<SkillRequirement>(sqlId)->minLevel == 5);
    CHECK(rankCandidates(ws, *ws.get<SkillRequirement>(sqlId), computeLoad(ws, LoadOptions{})).isEmpty());
    for (const SkillRequirement *r : requirements())
        CHECK(r->skillId == sql);

    // Refused, with the row named; nothing is applied.
    CHECK(TaskEdits::setSkillRequirements(ws, f.b, {{{}, sql, 6, kNoTime}}).error.contains(u"Skill requirement 1 (SQL)"));
    CHECK(TaskEdits::setSkillRequirements(ws, f.b, {{{}, sql, 3, kNoTime}, {{}, newId(), 3, kNoTime}})
              .error.contains(u"Skill requirement 2"));
    CHECK_FALSE(TaskEdits::setSkillRequirements(ws, f.b, {{{}, sql, 0, kNoTime}}).ok());
    CHECK_FALSE(TaskEdits::setSkillRequirements(ws, f.b, {{{}, sql, 3, -1}}).ok());
    CHECK_FALSE(TaskEdits::setSkillRequirements(ws, f.b, {{sqlId, sql, 3, kNoTime}, {sqlId, sql, 4, kNoTime}}).ok());
    CHECK_FALSE(TaskEdits::setSkillRequirements(ws, f.c, {{sqlId, sql, 3, kNoTime}}).ok());
    CHECK(requirements().size() == 2);

    // An empty list removes them all.
    f.roundTrip(EditService(ws).plan(TaskEdits::setSkillRequirements(ws, f.b, {})));
    CHECK(requirements().isEmpty());
}

TEST_CASE("Baseline variance: a moved task's slip in working time, added work and cost rolled up", "[edit][variance]")
{
    Fixture f;
    const Workspace &ws = f.ws();
    const Id d = f.task("D", D);
    const Id e = f.task("E", 2 * D);
    f.apply(EditService(ws).plan(TaskEdits::indent(ws, e)));
    f.apply(EditService(ws).setBaseline(f.project, 0));
    CHECK(BaselineVariance::defaultNumber(ws, f.project) == 0);
    {
        CalendarCache calendars(ws);
        const QHash<Id, TaskVariance> none = BaselineVariance::compute(ws, f.project, 0, calendars);
        CHECK(none.value(f.c).startVariance == 0);
        CHECK(none.value(d).costVariance == Approx(0.0));
        CHECK(BaselineVariance::compute(ws, f.project, 1, calendars).isEmpty());
    }

    const Minutes cStart = f.get(f.c).start;
    REQUIRE(toDate(cStart).dayOfWeek() < 5);
    f.apply(EditService(ws).plan(TaskEdits::setStart(ws, f.c, cStart + kMinutesPerDay)));
    f.apply(EditService(ws).assign(e, f.ann));
    CalendarCache calendars(ws);
    const QHash<Id, TaskVariance> v = BaselineVariance::compute(ws, f.project, 0, calendars);
    CHECK(v.value(f.c).inBaseline);
    CHECK(v.value(f.c).baselineStart == cStart);
    CHECK(v.value(f.c).startVariance == D);
    CHECK(v.value(f.c).finishVariance == D);
    CHECK(v.value(f.c).durationVariance == 0);
    CHECK(v.value(f.a).startVariance == 0);
    // E's two days of Ann's work at 60.00 an hour, and D's above it.
    CHECK(v.value(e).workVariance == 2 * D);
    CHECK(v.value(e).costVariance == Approx(2 * D * 6000 / 60.0));
    CHECK(v.value(d).workVariance == 2 * D);
    CHECK(v.value(d).costVariance == Approx(2 * D * 6000 / 60.0));
    CHECK(v.value(d).durationVariance == 0);
}
