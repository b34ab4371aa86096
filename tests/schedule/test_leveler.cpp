#include <catch2/catch.hpp>

#include <schedule/cpmscheduler.h>
#include <schedule/leveler.h>
#include <schedule/projectsnapshot.h>
#include <store/store.h>

#include <QDate>

using namespace Keel;

namespace {

struct Fixture
{
    std::unique_ptr<Store> store = Store::createInMemory();
    Project project;
    Resource ann;
    QString error;

    Fixture()
    {
        project.id = newId();
        project.code = QStringLiteral("LV");
        project.name = QStringLiteral("Leveling");
        project.start = toMinutes(QDate(2026, 3, 2), 8 * 60); // a Monday
        ann.id = newId();
        ann.name = QStringLiteral("Ann");
        REQUIRE(store->apply(ChangeSet().insert(project).insert(ann), &error));
    }

    const Workspace &ws() const { return store->workspace(); }
    const Task &task(const Id &id) const { return *ws().get<Task>(id); }

    /// A task of `days` working days, with Ann at `units` when units > 0.
    Id add(const QString &name, int days, double units = 1.0, int priority = 500)
    {
        Task t;
        t.id = newId();
        t.projectId = project.id;
        t.name = name;
        t.order = int(ws().tasks().size());
        t.duration = Minutes(days) * 480;
        t.priority = priority;
        ChangeSet cs;
        cs.insert(t);
        if (units > 0) {
            Assignment a;
            a.id = newId();
            a.taskId = t.id;
            a.resourceId = ann.id;
            a.units = units;
            cs.insert(a);
        }
        REQUIRE(store->apply(cs, &error));
        return t.id;
    }

    void link(const Id &from, const Id &to)
    {
        Dependency d;
        d.id = newId();
        d.predecessorId = from;
        d.successorId = to;
        REQUIRE(store->apply(ChangeSet().insert(d), &error));
    }

    /// Schedules the project with CPM and stores the dates.
    void schedule()
    {
        LevelingPreview p;
        REQUIRE(Leveler::clear(ws(), project.id, &p, &error));
        if (!p.changes.isEmpty())
            REQUIRE(store->apply(p.changes, &error));
    }

    LevelingPreview level(bool withinSlack = false, std::uint64_t seed = 1)
    {
        LevelingOptions o;
        o.projectId = project.id;
        o.withinSlack = withinSlack;
        o.timeLimit = 0;
        o.scheduleLimit = 2000;
        o.seed = seed;
        LevelingPreview p;
        REQUIRE(Leveler::level(ws(), o, &p, &error));
        return p;
    }

    /// Ann's units at every working hour never exceed her max units.
    bool annFits() const
    {
        for (qint64 day = 0; day < 60; ++day) {
            for (int hour = 8; hour < 17; ++hour) {
                const Minutes t = toMinutes(QDate(2026, 3, 2).addDays(day), hour * 60);
                double units = 0;
                for (const Assignment &a : ws().table<Assignment>()) {
                    const Task *task = ws().get<Task>(a.taskId);
                    if (task && task->start <= t && t < task->finish)
                        units += a.units;
                }
                if (units > ann.maxUnits + 1e-9)
                    return false;
            }
        }
        return true;
    }
};

} // namespace

TEST_CASE("the leveling delay moves a task in CPM and survives a reschedule", "[schedule][leveler]")
{
    Fixture f;
    const Id a = f.add(QStringLiteral("A"), 2, 0);
    f.schedule();
    CHECK(f.task(a).start == toMinutes(QDate(2026, 3, 2), 8 * 60));
    ChangeSet cs;
    cs.update(EntityType::Task, a, "leveling_delay", QVariant::fromValue<qint64>(kMinutesPerDay)); // one elapsed day
    REQUIRE(f.store->apply(cs, &f.error));
    LevelingOptions o;
    o.projectId = f.project.id;
    o.timeLimit = 0;
    LevelingPreview p;
    // Nothing to level (no over-allocation): the delay is cleared again.
    REQUIRE(Leveler::level(f.ws(), o, &p, &f.error));
    REQUIRE(p.moved.size() == 1);
    CHECK(p.moved[0].oldStart == toMinutes(QDate(2026, 3, 3), 8 * 60));
    CHECK(p.moved[0].newStart == toMinutes(QDate(2026, 3, 2), 8 * 60));
    CHECK(p.moved[0].newDelay == 0);
}

TEST_CASE("leveling resolves two over-allocated tasks, and undo restores the plan", "[schedule][leveler]")
{
    Fixture f;
    const Id a = f.add(QStringLiteral("A"), 3);
    const Id b = f.add(QStringLiteral("B"), 2);
    f.schedule();
    REQUIRE_FALSE(f.annFits());
    const Minutes aStart = f.task(a).start;
    const Minutes bStart = f.task(b).start;

    const LevelingPreview p = f.level();
    REQUIRE(p.moved.size() == 1);
    REQUIRE(p.resources.size() == 1);
    CHECK(p.resources[0].oldPeakPercent == 200);
    CHECK(p.resources[0].newPeakPercent == 100);
    CHECK(p.resources[0].oldOverload == 2 * 480);
    CHECK(p.resources[0].newOverload == 0);
    REQUIRE(p.projects.size() == 1);
    CHECK(p.projects[0].newFinish > p.projects[0].oldFinish);
    CHECK(p.moved[0].newDelay > 0);
    CHECK(p.moved[0].newStart > p.moved[0].oldStart);

    const auto applied = f.store->apply(p.changes, &f.error);
    REQUIRE(applied);
    CHECK(f.annFits());
    CHECK(f.task(p.moved[0].taskId).levelingDelay == p.moved[0].newDelay);
    CHECK(f.task(p.moved[0].taskId).start == p.moved[0].newStart);

    // The delay is an input of CPM: rescheduling keeps the leveled dates.
    ProjectSnapshot ps = ProjectSnapshot::build(f.ws(), f.project.id);
    CHECK(ps.changes(f.ws(), CpmScheduler::run(ps.snapshot())).isEmpty());

    // One undo restores every date and delay.
    REQUIRE(f.store->apply(applied->inverse(), &f.error));
    CHECK(f.task(a).start == aStart);
    CHECK(f.task(b).start == bStart);
    CHECK(f.task(a).levelingDelay == 0);
    CHECK(f.task(b).levelingDelay == 0);
}

TEST_CASE("leveling never moves priority 1000 or manual tasks", "[schedule][leveler]")
{
    Fixture f;
    const Id low = f.add(QStringLiteral("Low"), 2, 1.0, 0);
    const Id top = f.add(QStringLiteral("Top"), 2, 1.0, 1000);
    f.schedule();
    LevelingPreview p = f.level();
    REQUIRE(p.moved.size() == 1);
    CHECK(p.moved[0].taskId == low);
    REQUIRE(f.store->apply(p.changes, &f.error));
    CHECK(f.task(top).start == toMinutes(QDate(2026, 3, 2), 8 * 60));
    CHECK(f.annFits());

    Fixture g;
    const Id manual = g.add(QStringLiteral("Manual"), 2);
    const Id other = g.add(QStringLiteral("Other"), 2);
    ChangeSet cs;
    cs.update(EntityType::Task, manual, "scheduling", QStringLiteral("manual"));
    cs.update(EntityType::Task, manual, "start", QVariant::fromValue<qint64>(toMinutes(QDate(2026, 3, 3), 8 * 60)));
    cs.update(EntityType::Task, manual, "finish", QVariant::fromValue<qint64>(toMinutes(QDate(2026, 3, 4), 17 * 60)));
    REQUIRE(g.store->apply(cs, &g.error));
    g.schedule();
    p = g.level();
    REQUIRE(p.moved.size() == 1);
    CHECK(p.moved[0].taskId == other);
    REQUIRE(g.store->apply(p.changes, &g.error));
    CHECK(g.task(manual).start == toMinutes(QDate(2026, 3, 3), 8 * 60));
    CHECK(g.annFits());
}

TEST_CASE("leveling within slack keeps the project finish", "[schedule][leveler]")
{
    Fixture f;
    f.add(QStringLiteral("Long"), 10, 0);           // drives the finish, no resource
    f.add(QStringLiteral("A"), 3);                  // 7 days of slack
    f.add(QStringLiteral("B"), 2);                  // 8 days of slack
    const Id e = f.add(QStringLiteral("E"), 2);     // critical: E then F make 10 days
    const Id fTask = f.add(QStringLiteral("F"), 8, 0);
    f.link(e, fTask);
    f.schedule();
    const Minutes finish = f.ws().get<Project>(f.project.id)->finish;

    const LevelingPreview inside = f.level(true);
    REQUIRE(inside.projects.size() == 1);
    CHECK(inside.projects[0].newFinish == finish);
    CHECK_FALSE(inside.moved.isEmpty());
    for (const LeveledTask &t : inside.moved)
        CHECK(t.taskId != e);

    const LevelingPreview free = f.level(false);
    CHECK(free.resources[0].newPeakPercent <= 100);
    REQUIRE(f.store->apply(free.changes, &f.error));
    CHECK(f.annFits());
}

TEST_CASE("leveling is deterministic for a seed and its result fits the capacity", "[schedule][leveler]")
{
    Fixture f;
    QList<Id> tasks;
    for (int i = 0; i < 12; ++i)
        tasks.append(f.add(QStringLiteral("T%1").arg(i + 1), 1 + (i * 7) % 5, i % 3 == 0 ? 0.5 : 1.0, 300 + 50 * (i % 5)));
    f.link(tasks[0], tasks[3]);
    f.link(tasks[1], tasks[4]);
    f.link(tasks[4], tasks[7]);
    f.link(tasks[2], tasks[9]);
    f.schedule();
    const LevelingPreview one = f.level(false, 7);
    const LevelingPreview two = f.level(false, 7);
    REQUIRE(one.moved.size() == two.moved.size());
    for (qsizetype i = 0; i < one.moved.size(); ++i) {
        CHECK(one.moved[i].taskId == two.moved[i].taskId);
        CHECK(one.moved[i].newStart == two.moved[i].newStart);
    }
    CHECK(one.resources[0].newPeakPercent <= 100);
    REQUIRE(f.store->apply(one.changes, &f.error));
    CHECK(f.annFits());
    // Links still hold.
    for (const Dependency &d : f.ws().dependencies())
        CHECK(f.task(d.successorId).start >= f.task(d.predecessorId).finish);
}

TEST_CASE("leveling reports bad input", "[schedule][leveler]")
{
    Fixture f;
    LevelingOptions o;
    o.projectId = newId();
    LevelingPreview p;
    QString error;
    CHECK_FALSE(Leveler::level(f.ws(), o, &p, &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("CPM adds the leveling delay as elapsed time, then moves to the next working time", "[schedule][leveler]")
{
    ScheduleSnapshot s;
    s.calendars.emplace_back(); // Standard: Monday–Friday 08:00–12:00, 13:00–17:00
    s.projectStart = toMinutes(QDate(2026, 3, 6), 8 * 60); // a Friday
    s.tasks.resize(3);
    s.tasks[0].duration = 480;
    s.tasks[0].levelingDelay = kMinutesPerDay; // Saturday 08:00 → Monday 08:00
    s.tasks[1].duration = 480;
    s.tasks[2].duration = 480;
    s.tasks[2].manual = true; // manual tasks ignore it
    s.tasks[2].manualStart = s.projectStart;
    s.tasks[2].manualFinish = toMinutes(QDate(2026, 3, 6), 17 * 60);
    s.tasks[2].levelingDelay = kMinutesPerDay;
    s.links.push_back({0, 1});
    CpmScheduler cpm(s);
    const ScheduleResult &r = cpm.schedule();
    CHECK(r.tasks[0].start == toMinutes(QDate(2026, 3, 9), 8 * 60));
    CHECK(r.tasks[0].finish == toMinutes(QDate(2026, 3, 9), 17 * 60));
    CHECK(r.tasks[1].start == toMinutes(QDate(2026, 3, 10), 8 * 60));
    CHECK(r.tasks[2].start == s.projectStart);

    // An hour of delay inside a working day, through the incremental path.
    SnapshotTask t = cpm.snapshot().tasks[0];
    t.levelingDelay = 60;
    cpm.updateTask(0, t);
    const ScheduleResult &again = cpm.reschedule();
    CHECK(again.tasks[0].start == toMinutes(QDate(2026, 3, 6), 9 * 60));
    CHECK(again.tasks[1].start == toMinutes(QDate(2026, 3, 9), 9 * 60));
    CHECK(again.tasks[0].totalSlack == 0);
}

TEST_CASE("leveling holds a person to the units available at each time", "[schedule][leveler][availability]")
{
    Fixture f;
    // Ann is two people's worth until Wednesday 4 March, one from then on.
    Resource ann = f.ann;
    ann.maxUnits = 2.0;
    ann.availability = {{toMinutes(QDate(2026, 3, 4)), 1.0}};
    REQUIRE(f.store->apply(ChangeSet().update(ann, {"max_units", "availability"}), &f.error));
    f.ann = ann;
    const Id a = f.add(QStringLiteral("A"), 3);
    const Id b = f.add(QStringLiteral("B"), 3);
    f.schedule();
    REQUIRE(f.task(a).start == f.task(b).start); // both from Monday: Wednesday is over-allocated

    const LevelingPreview p = f.level();
    REQUIRE(p.resources.size() == 1);
    CHECK(p.resources[0].oldPeakPercent == 200);
    CHECK(p.resources[0].oldOverload == 480); // Wednesday only
    CHECK(p.resources[0].newPeakPercent <= 100);
    CHECK(p.resources[0].newOverload == 0);
    REQUIRE(p.moved.size() == 1);
    REQUIRE(f.store->apply(p.changes, &f.error));
    // From Wednesday only one of them runs at a time.
    const Task &first = f.task(f.task(a).start <= f.task(b).start ? a : b);
    const Task &second = f.task(f.task(a).start <= f.task(b).start ? b : a);
    CHECK(second.start >= first.finish);
}
