#include "schedule/taskedits.h"

#include "store/store.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace Keel;

namespace {

constexpr Minutes D = 480;

Minutes at(int y, int m, int d, int h = 8)
{
    return toMinutes(QDate(y, m, d), h * 60);
}

/// A project starting Monday 2024-01-08 with "Design" (summary of "Sketch", "Review") and "Build".
struct Plan
{
    std::unique_ptr<Store> store = Store::createInMemory(QStringLiteral("Edits"));
    Id project = newId();
    Id design, sketch, review, build;

    Plan()
    {
        Project p;
        p.id = project;
        p.code = QStringLiteral("P1");
        p.name = QStringLiteral("Plan");
        p.start = at(2024, 1, 8);
        ChangeSet c;
        c.insert(p);
        design = add(c, QStringLiteral("Design"), {}, 0, 0);
        sketch = add(c, QStringLiteral("Sketch"), design, 0, 2 * D);
        review = add(c, QStringLiteral("Review"), design, 1, D);
        build = add(c, QStringLiteral("Build"), {}, 1, 3 * D);
        QString error;
        REQUIRE(store->apply(c, &error));
        REQUIRE(apply(TaskEdits::link(ws(), sketch, review).changes));
        REQUIRE(apply(TaskEdits::reschedule(ws(), project)));
    }
    Id add(ChangeSet &c, const QString &name, const Id &parent, int order, Minutes duration)
    {
        Task t;
        t.id = newId();
        t.projectId = project;
        t.parentId = parent;
        t.order = order;
        t.name = name;
        t.duration = duration;
        c.insert(t);
        return t.id;
    }
    const Workspace &ws() const { return store->workspace(); }
    const Task &task(const Id &id) const { return *ws().get<Task>(id); }
    std::optional<ChangeSet> apply(const ChangeSet &c)
    {
        QString error;
        auto applied = store->apply(c, &error);
        INFO(error.toStdString());
        return applied;
    }
    QStringList names() const
    {
        QStringList list;
        for (const Id &id : ws().projectTasks(project))
            list << ws().wbsCode(id) + QLatin1Char(' ') + task(id).name;
        return list;
    }

    /// Applies the edit and its reschedule, checks `after`, undoes both (the plan is as before),
    /// redoes them and checks `after` again.
    void roundTrip(const TaskEdits::Result &edit, const std::function<void()> &after)
    {
        INFO(edit.error.toStdString());
        REQUIRE(edit.ok());
        const QStringList before = names();
        const Minutes buildFinish = task(build).finish;
        const auto applied = apply(edit.changes);
        REQUIRE(applied);
        const auto dates = apply(TaskEdits::reschedule(ws(), project));
        REQUIRE(dates);
        after();
        REQUIRE(apply(dates->inverse()));
        REQUIRE(apply(applied->inverse()));
        CHECK(names() == before);
        CHECK(task(build).finish == buildFinish);
        CHECK(TaskEdits::reschedule(ws(), project).isEmpty());
        REQUIRE(apply(*applied));
        REQUIRE(apply(*dates));
        after();
    }
};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList l;
    for (const char *i : items)
        l << QString::fromUtf8(i);
    return l;
}

} // namespace

TEST_CASE("the fixture plan is scheduled", "[taskedits]")
{
    Plan p;
    CHECK(p.names() == list({"1 Design", "1.1 Sketch", "1.2 Review", "2 Build"}));
    CHECK(p.task(p.review).start == at(2024, 1, 10));
    CHECK(p.task(p.design).finish == at(2024, 1, 10, 17));
}

TEST_CASE("insert a task after another, as a first subtask, at the end", "[taskedits]")
{
    Plan p;
    auto r = TaskEdits::insertTask(p.ws(), p.project, p.sketch, TaskEdits::Position::After, QStringLiteral("Mock-up"));
    p.roundTrip(r, [&] {
        CHECK(p.names() == list({"1 Design", "1.1 Sketch", "1.2 Mock-up", "1.3 Review", "2 Build"}));
        CHECK(p.task(r.taskId).duration == D);
        CHECK(p.task(r.taskId).start == at(2024, 1, 8));
    });
    r = TaskEdits::insertTask(p.ws(), p.project, p.build, TaskEdits::Position::FirstChild);
    p.roundTrip(r, [&] { CHECK(p.names().last() == QStringLiteral("2.1 New task")); });
    r = TaskEdits::insertTask(p.ws(), p.project, {}, TaskEdits::Position::After, QStringLiteral("Close"));
    p.roundTrip(r, [&] { CHECK(p.names().last() == QStringLiteral("3 Close")); });
    CHECK_FALSE(TaskEdits::insertTask(p.ws(), p.project, {}, TaskEdits::Position::FirstChild).ok());
}

TEST_CASE("remove tasks with their subtasks, links and assignments", "[taskedits]")
{
    Plan p;
    Resource res;
    res.id = newId();
    res.name = QStringLiteral("Ann");
    Assignment a;
    a.id = newId();
    a.taskId = p.sketch;
    a.resourceId = res.id;
    ChangeSet c;
    c.insert(res).insert(a);
    REQUIRE(p.apply(c));
    REQUIRE(p.apply(TaskEdits::link(p.ws(), p.design, p.build).changes));
    REQUIRE(p.apply(TaskEdits::reschedule(p.ws(), p.project)));

    Plan q;
    q.roundTrip(TaskEdits::removeTasks(q.ws(), {q.sketch}), [&] {
        CHECK(q.names() == list({"1 Design", "1.1 Review", "2 Build"}));
    });
    p.roundTrip(TaskEdits::removeTasks(p.ws(), {p.design}), [&] {
        CHECK(p.names() == list({"1 Build"}));
        CHECK(p.ws().dependencies().size() == 0);
        CHECK(p.ws().table<Assignment>().size() == 0);
        CHECK(p.task(p.build).start == at(2024, 1, 8));
    });

    TimeEntry e;
    e.id = newId();
    e.taskId = p.build;
    e.resourceId = res.id;
    e.date = at(2024, 1, 8, 0);
    e.minutes = 60;
    ChangeSet time;
    time.insert(e);
    REQUIRE(p.apply(time));
    const auto refused = TaskEdits::removeTasks(p.ws(), {p.build});
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(QStringLiteral("Build")));
}

TEST_CASE("indent, outdent and move", "[taskedits]")
{
    Plan p;
    CHECK_FALSE(TaskEdits::indent(p.ws(), p.design).ok());
    CHECK_FALSE(TaskEdits::indent(p.ws(), p.sketch).ok());
    CHECK_FALSE(TaskEdits::outdent(p.ws(), p.build).ok());
    CHECK_FALSE(TaskEdits::move(p.ws(), p.build, false).ok());
    CHECK_FALSE(TaskEdits::move(p.ws(), p.sketch, true).ok());
    // Review is linked to Sketch: it cannot go under it, nor Sketch over it.
    const auto linked = TaskEdits::indent(p.ws(), p.review);
    CHECK_FALSE(linked.ok());
    CHECK(linked.error.contains(QStringLiteral("Sketch")));
    CHECK_FALSE(TaskEdits::outdent(p.ws(), p.sketch).ok());

    p.roundTrip(TaskEdits::indent(p.ws(), p.build), [&] {
        CHECK(p.names() == list({"1 Design", "1.1 Sketch", "1.2 Review", "1.3 Build"}));
    });
    p.roundTrip(TaskEdits::outdent(p.ws(), p.build), [&] {
        CHECK(p.names() == list({"1 Design", "1.1 Sketch", "1.2 Review", "2 Build"}));
    });
    p.roundTrip(TaskEdits::move(p.ws(), p.build, true), [&] {
        CHECK(p.names() == list({"1 Build", "2 Design", "2.1 Sketch", "2.2 Review"}));
    });
    p.roundTrip(TaskEdits::move(p.ws(), p.sketch, false), [&] {
        CHECK(p.names() == list({"1 Build", "2 Design", "2.1 Review", "2.2 Sketch"}));
    });
}

TEST_CASE("outdenting makes the following siblings subtasks", "[taskedits]")
{
    Plan p;
    REQUIRE(p.apply(TaskEdits::unlink(p.ws(), p.sketch, p.review).changes));
    REQUIRE(p.apply(TaskEdits::reschedule(p.ws(), p.project)));
    p.roundTrip(TaskEdits::outdent(p.ws(), p.sketch), [&] {
        CHECK(p.names() == list({"1 Design", "2 Sketch", "2.1 Review", "3 Build"}));
        CHECK(p.task(p.review).parentId == p.sketch);
    });
}

TEST_CASE("rename, duration, start, finish, percent complete", "[taskedits]")
{
    Plan p;
    p.roundTrip(TaskEdits::rename(p.ws(), p.build, QStringLiteral("  Build it ")),
                [&] { CHECK(p.task(p.build).name == QStringLiteral("Build it")); });
    CHECK_FALSE(TaskEdits::rename(p.ws(), p.build, QStringLiteral("  ")).ok());

    p.roundTrip(TaskEdits::setDuration(p.ws(), p.sketch, 4 * D), [&] {
        CHECK(p.task(p.review).start == at(2024, 1, 12));
        CHECK(p.task(p.design).finish == at(2024, 1, 12, 17));
    });
    p.roundTrip(TaskEdits::setDuration(p.ws(), p.build, 0), [&] { CHECK(p.task(p.build).milestone); });
    CHECK_FALSE(TaskEdits::setDuration(p.ws(), p.design, D).ok());
    CHECK_FALSE(TaskEdits::setDuration(p.ws(), p.build, -1).ok());

    p.roundTrip(TaskEdits::setFinish(p.ws(), p.build, at(2024, 1, 12, 17)), [&] {
        CHECK(p.task(p.build).duration == 5 * D);
        CHECK_FALSE(p.task(p.build).milestone);
    });
    p.roundTrip(TaskEdits::setStart(p.ws(), p.build, at(2024, 1, 15)), [&] {
        CHECK(p.task(p.build).constraint == ConstraintType::Snet);
        CHECK(p.task(p.build).start == at(2024, 1, 15));
        CHECK(p.task(p.build).finish == at(2024, 1, 19, 17));
    });
    CHECK_FALSE(TaskEdits::setFinish(p.ws(), p.build, at(2023, 1, 1)).ok());

    REQUIRE(p.apply(ChangeSet().update(EntityType::Task, p.build, "scheduling", QStringLiteral("manual"))));
    p.roundTrip(TaskEdits::setStart(p.ws(), p.build, at(2024, 2, 5)), [&] {
        CHECK(p.task(p.build).start == at(2024, 2, 5));
        CHECK(p.task(p.build).finish == at(2024, 2, 9, 17));
    });

    p.roundTrip(TaskEdits::setPercentComplete(p.ws(), p.sketch, 50),
                [&] { CHECK(p.task(p.sketch).percentComplete == 50); });
    CHECK_FALSE(TaskEdits::setPercentComplete(p.ws(), p.sketch, 101).ok());
}

TEST_CASE("link and unlink; cycles and duplicates are refused by name", "[taskedits]")
{
    Plan p;
    p.roundTrip(TaskEdits::link(p.ws(), p.review, p.build, DependencyType::FinishStart, D), [&] {
        CHECK(p.task(p.build).start == at(2024, 1, 12));
    });
    const auto duplicate = TaskEdits::link(p.ws(), p.sketch, p.review);
    CHECK_FALSE(duplicate.ok());
    CHECK(duplicate.error.contains(QStringLiteral("Sketch")));
    const auto loop = TaskEdits::link(p.ws(), p.build, p.sketch);
    CHECK_FALSE(loop.ok());
    CHECK(loop.error.contains(QStringLiteral("Build")));
    CHECK(loop.error.contains(QStringLiteral("Sketch")));
    // A summary and its own subtask.
    CHECK_FALSE(TaskEdits::link(p.ws(), p.design, p.sketch).ok());
    CHECK_FALSE(TaskEdits::link(p.ws(), p.build, p.build).ok());

    p.roundTrip(TaskEdits::unlink(p.ws(), p.sketch, p.review), [&] {
        CHECK(p.task(p.review).start == at(2024, 1, 8));
    });
    CHECK_FALSE(TaskEdits::unlink(p.ws(), p.build, p.review).ok());
}

TEST_CASE("predecessors from text", "[taskedits]")
{
    Plan p;
    QHash<Id, int> rows;
    const QList<Id> all = p.ws().projectTasks(p.project);
    for (int i = 0; i < all.size(); ++i)
        rows.insert(all[i], i + 1);
    CHECK(TaskEdits::predecessorsText(p.ws(), p.review, rows) == QStringLiteral("1.1"));

    p.roundTrip(TaskEdits::setPredecessorsText(p.ws(), p.build, QStringLiteral("1.1SS+2d; 3")), [&] {
        CHECK(TaskEdits::predecessorsText(p.ws(), p.build, rows) == QStringLiteral("1.1SS+2d;1.2"));
        CHECK(p.task(p.build).start == at(2024, 1, 11));
    });
    p.roundTrip(TaskEdits::setPredecessorsText(p.ws(), p.build, QStringLiteral("1.2FF-4h")), [&] {
        CHECK(TaskEdits::predecessorsText(p.ws(), p.build, rows) == QStringLiteral("1.2FF-4h"));
    });
    p.roundTrip(TaskEdits::setPredecessorsText(p.ws(), p.review, QString()), [&] {
        CHECK(TaskEdits::predecessorsText(p.ws(), p.review, rows).isEmpty());
        CHECK(p.ws().dependencies().size() == 1);
    });

    QString error;
    CHECK(TaskEdits::parsePredecessors(p.ws(), p.build, QStringLiteral("2FS+50%;1.1ss+3ed"), &error).size() == 2);
    CHECK(error.isEmpty());
    const auto percent = TaskEdits::parsePredecessors(p.ws(), p.build, QStringLiteral("2FS+50%"), &error);
    CHECK(percent.value(0).unit == LagUnit::Percent);
    CHECK(percent.value(0).lag == 50);
    CHECK(TaskEdits::parsePredecessors(p.ws(), p.build, QStringLiteral("9"), &error).isEmpty());
    CHECK(error.contains(QStringLiteral("9")));
    CHECK(TaskEdits::parsePredecessors(p.ws(), p.build, QStringLiteral("2XX"), &error).isEmpty());
    CHECK(error.contains(QStringLiteral("2XX")));
    CHECK_FALSE(TaskEdits::setPredecessorsText(p.ws(), p.sketch, QStringLiteral("1")).ok());
    CHECK_FALSE(TaskEdits::setPredecessorsText(p.ws(), p.build, QStringLiteral("1.1;1.1")).ok());
}
