#include "lifecyclefixture.h"

#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>
#include <workflow/processtemplate.h>

using namespace Keel;
using namespace KeelWorkflowTest;

namespace {

NewProjectSpec spec(const QString &code, TemplateLanguage language = TemplateLanguage::English)
{
    NewProjectSpec s;
    s.name = QStringLiteral("Template project ") + code;
    s.code = code;
    s.start = QDate(2025, 4, 7);
    s.language = language;
    return s;
}

} // namespace

TEST_CASE("The three built-in templates load", "[workflow][template]")
{
    const QList<ProcessTemplate> templates = ProcessTemplate::builtIn();
    REQUIRE(templates.size() == 3);
    CHECK(templates[0].key == QStringLiteral("it-outsourcing"));
    CHECK(templates[1].key == QStringLiteral("consulting-engagement"));
    CHECK(templates[2].key == QStringLiteral("engineering-design"));
    for (const ProcessTemplate &t : templates) {
        INFO(t.key.toStdString());
        CHECK(t.phases.size() >= 4);
        CHECK(t.taskCount() >= 12);
        CHECK_FALSE(t.nameZh.isEmpty());
        CHECK_FALSE(t.roles.isEmpty());
        for (const TemplatePhase &p : t.phases) {
            CHECK_FALSE(p.nameZh.isEmpty());
            for (const TemplateTask &task : p.tasks)
                CHECK_FALSE(task.nameZh.isEmpty());
        }
    }
}

TEST_CASE("Every template instantiates as one ChangeSet that schedules cleanly", "[workflow][template]")
{
    LifecycleFixture f;
    int n = 0;
    for (const ProcessTemplate &t : ProcessTemplate::builtIn()) {
        INFO(t.key.toStdString());
        Id projectId;
        QString error;
        const std::optional<ChangeSet> cs = TemplateInstantiator::instantiate(t, f.ws(), spec(QStringLiteral("T-%1").arg(++n)),
                                                                              &projectId, &error);
        REQUIRE(cs);
        f.apply(*cs);
        const Project *p = f.ws().get<Project>(projectId);
        REQUIRE(p);
        CHECK(p->phase == Phase::Initiation);
        CHECK(p->billingModel == t.billingModel);
        CHECK(f.ws().rootTasks(projectId).size() == t.phases.size());
        CHECK(f.ws().projectTasks(projectId).size() == t.phases.size() + t.taskCount());

        int requirements = 0;
        for (const SkillRequirement &r : f.ws().table<SkillRequirement>()) {
            const Task *task = f.ws().get<Task>(r.taskId);
            requirements += task && task->projectId == projectId ? 1 : 0;
        }
        CHECK(requirements > t.taskCount());

        const ProjectSnapshot snapshot = ProjectSnapshot::build(f.ws(), projectId);
        const ScheduleResult result = CpmScheduler::run(snapshot.snapshot());
        CHECK_FALSE(result.hasErrors());
        REQUIRE(result.projectStart != kNoTime);
        CHECK(toDate(result.projectStart) == QDate(2025, 4, 7));
        CHECK(result.projectFinish > result.projectStart + 20 * 24 * 60);
        const ChangeSet dates = snapshot.changes(f.ws(), result);
        CHECK_FALSE(dates.isEmpty());
        f.apply(dates);
    }
    // Roles become skills once: the second use of a role's name reuses the skill.
    const qsizetype skills = f.ws().table<Skill>().size();
    const ProcessTemplate again = ProcessTemplate::builtIn().constFirst();
    const std::optional<ChangeSet> cs = TemplateInstantiator::instantiate(again, f.ws(), spec(QStringLiteral("T-9")));
    REQUIRE(cs);
    f.apply(*cs);
    CHECK(f.ws().table<Skill>().size() == skills);
}

TEST_CASE("A template instantiates in Chinese", "[workflow][template]")
{
    LifecycleFixture f;
    const ProcessTemplate t = ProcessTemplate::builtIn().value(2);
    Id projectId;
    const std::optional<ChangeSet> cs =
        TemplateInstantiator::instantiate(t, f.ws(), spec(QStringLiteral("ZH-1"), TemplateLanguage::Chinese), &projectId);
    REQUIRE(cs);
    f.apply(*cs);
    const QList<Id> roots = f.ws().rootTasks(projectId);
    REQUIRE_FALSE(roots.isEmpty());
    CHECK(f.ws().get<Task>(roots.constFirst())->name == t.phases.constFirst().nameZh);
    bool chineseSkill = false;
    for (const Skill &s : f.ws().table<Skill>())
        chineseSkill |= s.name == QStringLiteral("BIM 建模");
    CHECK(chineseSkill);
}

TEST_CASE("New projects: bad input is refused with a clear message", "[workflow][template]")
{
    LifecycleFixture f;
    const ProcessTemplate t = ProcessTemplate::builtIn().constFirst();
    QString error;
    NewProjectSpec s = spec(QStringLiteral("LC-001"));
    CHECK_FALSE(TemplateInstantiator::instantiate(t, f.ws(), s, nullptr, &error));
    CHECK(error.contains(QStringLiteral("LC-001")));
    s.code = QStringLiteral("X-1");
    s.name = QStringLiteral("  ");
    CHECK_FALSE(TemplateInstantiator::blank(f.ws(), s, nullptr, &error));
    CHECK(error.contains(QStringLiteral("name")));
    s.name = QStringLiteral("Blank");
    s.start = QDate();
    CHECK_FALSE(TemplateInstantiator::blank(f.ws(), s, nullptr, &error));
    CHECK(error.contains(QStringLiteral("start")));
    s.start = QDate(2025, 1, 6);
    Id id;
    const std::optional<ChangeSet> blank = TemplateInstantiator::blank(f.ws(), s, &id, &error);
    REQUIRE(blank);
    f.apply(*blank);
    CHECK(f.ws().projectTasks(id).isEmpty());
}

TEST_CASE("Template files: errors name the file and the element", "[workflow][template]")
{
    QString error;
    CHECK_FALSE(ProcessTemplate::fromJson("{", QStringLiteral("broken.json"), &error));
    CHECK(error.contains(QStringLiteral("broken.json")));
    CHECK_FALSE(ProcessTemplate::fromJson("{\"format\":\"other\"}", QStringLiteral("x.json"), &error));
    CHECK(error.contains(QStringLiteral("keel-process-template")));

    const QByteArray unknownPredecessor = R"({"format":"keel-process-template","key":"k","name":"K",
        "phases":[{"name":"P","tasks":[{"key":"a","name":"A","days":1,"after":["zz"]}]}]})";
    CHECK_FALSE(ProcessTemplate::fromJson(unknownPredecessor, QStringLiteral("t.json"), &error));
    CHECK(error.contains(QStringLiteral("zz")));

    const QByteArray unknownRole = R"({"format":"keel-process-template","key":"k","name":"K",
        "phases":[{"name":"P","tasks":[{"key":"a","name":"A","days":1,"roles":[{"role":"pm","level":3,"hours":8}]}]}]})";
    CHECK_FALSE(ProcessTemplate::fromJson(unknownRole, QStringLiteral("t.json"), &error));
    CHECK(error.contains(QStringLiteral("pm")));

    const QByteArray noDays = R"({"format":"keel-process-template","key":"k","name":"K",
        "phases":[{"name":"P","tasks":[{"key":"a","name":"A"}]}]})";
    CHECK_FALSE(ProcessTemplate::fromJson(noDays, QStringLiteral("t.json"), &error));
    CHECK(error.contains(QStringLiteral("days")));

    CHECK_FALSE(ProcessTemplate::load(QStringLiteral("/nonexistent/t.json"), &error));
    CHECK(error.contains(QStringLiteral("/nonexistent/t.json")));
}
