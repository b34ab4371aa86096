#include <catch2/catch.hpp>

#include <schedule/staffing.h>
#include <store/store.h>

using namespace Keel;

namespace {

struct Pool
{
    std::unique_ptr<Store> store = Store::createInMemory();
    QString error;
    Project project;
    Skill java;
    QHash<QString, Id> people;

    Pool()
    {
        project.id = newId();
        project.code = QStringLiteral("S");
        project.name = QStringLiteral("Staffing");
        java.id = newId();
        java.name = QStringLiteral("Java");
        REQUIRE(store->apply(ChangeSet().insert(project).insert(java), &error));
    }

    Id person(const QString &name, int level, qint64 costPerHour)
    {
        Resource r;
        r.id = newId();
        r.name = name;
        r.rates = {{kNoTime, costPerHour, costPerHour * 2}};
        ResourceSkill s;
        s.id = newId();
        s.resourceId = r.id;
        s.skillId = java.id;
        s.level = level;
        REQUIRE(store->apply(ChangeSet().insert(r).insert(s), &error));
        people.insert(name, r.id);
        return r.id;
    }

    Id task(const QString &name, QDate from, QDate to)
    {
        Task t;
        t.id = newId();
        t.projectId = project.id;
        t.name = name;
        t.start = toMinutes(from, 8 * 60);
        t.finish = toMinutes(to, 17 * 60);
        t.duration = (dayNumber(to) - dayNumber(from) + 1) * 480;
        REQUIRE(store->apply(ChangeSet().insert(t), &error));
        return t.id;
    }

    Id require(const Id &task, int level, Minutes work)
    {
        SkillRequirement r;
        r.id = newId();
        r.taskId = task;
        r.skillId = java.id;
        r.minLevel = level;
        r.work = work;
        REQUIRE(store->apply(ChangeSet().insert(r), &error));
        return r.id;
    }

    void book(const Id &person, const Id &task)
    {
        Assignment a;
        a.id = newId();
        a.taskId = task;
        a.resourceId = person;
        REQUIRE(store->apply(ChangeSet().insert(a), &error));
    }
};

} // namespace

TEST_CASE("candidates are ranked by fit, availability and cost, with reasons", "[schedule][staffing]")
{
    Pool pool;
    const Id busy = pool.person(QStringLiteral("Busy Expert"), 4, 6000);
    pool.person(QStringLiteral("Free Junior"), 3, 4000);
    pool.person(QStringLiteral("Free Senior"), 5, 9000);
    pool.person(QStringLiteral("Novice"), 2, 2000);
    const Id other = pool.task(QStringLiteral("Other work"), QDate(2026, 3, 2), QDate(2026, 3, 6));
    pool.book(busy, other);
    const Id build = pool.task(QStringLiteral("Build API"), QDate(2026, 3, 2), QDate(2026, 3, 6));
    const Id req = pool.require(build, 3, 40 * 60);

    const Workspace &ws = pool.store->workspace();
    const LoadReport load = computeLoad(ws, LoadOptions{});
    const QList<Candidate> ranked = rankCandidates(ws, *ws.get<SkillRequirement>(req), load);
    REQUIRE(ranked.size() == 3); // the novice lacks the level
    CHECK(ws.get<Resource>(ranked[0].resourceId)->name == QStringLiteral("Free Junior"));
    CHECK(ranked[0].availability == Approx(1.0));
    CHECK(ranked.last().resourceId == busy);
    CHECK(ranked.last().availability == Approx(0.0));
    CHECK(ranked[0].reason.contains(QStringLiteral("level 3, 3 needed")));
    CHECK(ranked[0].reason.contains(QStringLiteral("100% free")));
    CHECK(ranked[0].reason.contains(QStringLiteral("40/h")));
}

TEST_CASE("staffing a project fills requirements without over-allocating anyone", "[schedule][staffing]")
{
    Pool pool;
    pool.person(QStringLiteral("Ann"), 4, 5000);
    pool.person(QStringLiteral("Bob"), 4, 5000);
    const Id a = pool.task(QStringLiteral("Backend"), QDate(2026, 3, 2), QDate(2026, 3, 6));
    const Id b = pool.task(QStringLiteral("Frontend"), QDate(2026, 3, 2), QDate(2026, 3, 6));
    const Id c = pool.task(QStringLiteral("Mobile"), QDate(2026, 3, 2), QDate(2026, 3, 6));
    pool.require(a, 3, 40 * 60);
    pool.require(b, 3, 40 * 60);
    const Id third = pool.require(c, 3, 40 * 60);
    Q_UNUSED(third);

    const StaffingPlan plan = staffProject(pool.store->workspace(), pool.project.id);
    REQUIRE(plan.choices.size() == 2);
    CHECK(plan.unfilled.size() == 1);
    CHECK(plan.choices[0].candidate.resourceId != plan.choices[1].candidate.resourceId);

    // Applying is one undoable ChangeSet that leaves no one over-allocated.
    auto applied = pool.store->apply(plan.changes, &pool.error);
    REQUIRE(applied);
    const Workspace &ws = pool.store->workspace();
    CHECK(ws.table<Assignment>().size() == 2);
    CHECK(computeLoad(ws, LoadOptions{}).overAllocations.isEmpty());
    int filled = 0;
    for (const SkillRequirement &r : ws.table<SkillRequirement>())
        filled += r.filledBy.isNull() ? 0 : 1;
    CHECK(filled == 2);
    REQUIRE(pool.store->apply(applied->inverse(), &pool.error));
    CHECK(ws.table<Assignment>().size() == 0);
    CHECK(staffProject(ws, pool.project.id).choices.size() == 2);
}
