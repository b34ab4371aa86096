// Process templates of the workspace through the edit service: a project saved as a template,
// a project made from it, names refused when taken, built-in templates read-only, undo.

#include "edit/editservice.h"
#include "store/store.h"
#include "workflow/processtemplate.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace Keel;

namespace {

constexpr Minutes D = 480;

struct TemplateFixture
{
    std::unique_ptr<Store> store = Store::createInMemory(QStringLiteral("Templates"));
    Id project, design, build, a, b, m, c, ann, skill;

    TemplateFixture()
    {
        const Edit p = EditService(ws()).createProject({}, QStringLiteral("Portal"), QStringLiteral("P1"), {},
                                                       QDate(2024, 1, 8));
        apply(p);
        project = p.id;
        ann = add(EntityType::Resource, QJsonObject{{QStringLiteral("name"), QStringLiteral("Ann")}});
        skill = add(EntityType::Skill, QJsonObject{{QStringLiteral("name"), QStringLiteral("Testing")},
                                                   {QStringLiteral("category"), QStringLiteral("QA")}});
        design = task("Design", 0, {});
        a = task("Specify", 2 * D, design);
        b = task("Prototype", 3 * D, design);
        m = task("Design approved", 0, design, true);
        build = task("Build", 0, {});
        c = task("Code", D, build);
        link(a, b, QStringLiteral("ss"), D);
        link(b, m);
        link(m, c);
        set(EntityType::Task, a, QJsonObject{{QStringLiteral("optimistic"), D}, {QStringLiteral("most_likely"), 2 * D},
                                             {QStringLiteral("pessimistic"), 4 * D}});
        add(EntityType::SkillRequirement, QJsonObject{{QStringLiteral("task_id"), str(c)}, {QStringLiteral("skill_id"), str(skill)},
                                                      {QStringLiteral("min_level"), 3}, {QStringLiteral("work"), 8 * 60}});
        apply(EditService(ws()).assign(c, ann));
    }
    static QString str(const Id &id) { return id.toString(QUuid::WithoutBraces); }
    const Workspace &ws() const { return store->workspace(); }
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
    Id add(EntityType type, const QJsonObject &fields)
    {
        const Edit e = EditService(ws()).add(type, fields);
        apply(e);
        return e.id;
    }
    void set(EntityType type, const Id &id, const QJsonObject &fields) { apply(EditService(ws()).set(type, id, fields)); }
    Id task(const char *name, Minutes duration, const Id &parent, bool milestone = false)
    {
        QJsonObject o{{QStringLiteral("project_id"), str(project)}, {QStringLiteral("name"), QString::fromUtf8(name)},
                      {QStringLiteral("duration"), duration}, {QStringLiteral("milestone"), milestone}};
        if (!parent.isNull())
            o.insert(QStringLiteral("parent_id"), str(parent));
        return add(EntityType::Task, o);
    }
    void link(const Id &from, const Id &to, const QString &type = QStringLiteral("fs"), Minutes lag = 0)
    {
        add(EntityType::Dependency, QJsonObject{{QStringLiteral("predecessor_id"), str(from)}, {QStringLiteral("successor_id"), str(to)},
                                                {QStringLiteral("type"), type}, {QStringLiteral("lag"), lag}});
    }
    /// "WBS name duration milestone" of each task of @p p, and its links as "pred -> succ type lag".
    QStringList outline(const Id &p) const
    {
        QStringList lines;
        for (const Id &id : ws().projectTasks(p)) {
            const Task *t = ws().get<Task>(id);
            lines << QStringLiteral("%1 %2 %3 %4 %5/%6/%7")
                         .arg(ws().wbsCode(id), t->name)
                         .arg(ws().isSummary(id) ? 0 : t->duration)
                         .arg(int(t->milestone))
                         .arg(t->optimistic)
                         .arg(t->mostLikely)
                         .arg(t->pessimistic);
            for (const Id &l : ws().taskDependencies(id)) {
                const Dependency *d = ws().get<Dependency>(l);
                if (d->successorId == id)
                    lines << QStringLiteral("  %1 -> %2 %3 %4")
                                 .arg(ws().wbsCode(d->predecessorId), ws().wbsCode(id), enumName(d->type))
                                 .arg(d->lag);
            }
        }
        return lines;
    }
};

} // namespace

TEST_CASE("A project saved as a template makes a project with the same plan", "[edit][templates]")
{
    TemplateFixture f;
    const qint64 entries = f.store->changeSetCount();
    const Edit saved = EditService(f.ws()).saveProjectAsTemplate(f.project, QStringLiteral("Portal delivery"),
                                                                QStringLiteral("Our portal way"));
    f.apply(saved);
    CHECK(f.store->changeSetCount() == entries + 1);
    const ProcessTemplateRecord *record = f.ws().get<ProcessTemplateRecord>(saved.id);
    REQUIRE(record);
    CHECK(record->name == QStringLiteral("Portal delivery"));
    CHECK(record->key == QStringLiteral("portal-delivery"));
    CHECK_FALSE(record->body.contains(QStringLiteral("Ann")));
    CHECK_FALSE(record->body.contains(QStringLiteral("2024")));

    const std::optional<ProcessTemplate> t = ProcessTemplate::find(f.ws(), QStringLiteral("Portal delivery"));
    REQUIRE(t);
    CHECK_FALSE(t->isBuiltIn());
    CHECK(t->phases.size() == 2);
    CHECK(t->taskCount() == 4);
    CHECK(t->roles.size() == 1);

    const Edit made = EditService(f.ws()).createProject(record->key, QStringLiteral("Portal 2"), QStringLiteral("P2"), {},
                                                        QDate(2025, 3, 3));
    f.apply(made);
    CHECK(f.outline(made.id) == f.outline(f.project));
    const QList<Id> tasks = f.ws().projectTasks(made.id);
    REQUIRE(tasks.size() == 6);
    for (const Id &id : tasks) {
        CHECK(f.ws().get<Task>(id)->start >= toMinutes(QDate(2025, 3, 3)));
        CHECK(f.ws().get<Task>(id)->percentComplete == 0);
    }
    int needs = 0, people = 0;
    for (const SkillRequirement &r : f.ws().table<SkillRequirement>())
        needs += r.taskId == tasks[5] && r.skillId == f.skill && r.minLevel == 3 && r.work == 8 * 60;
    for (const Assignment &a : f.ws().table<Assignment>())
        people += tasks.contains(a.taskId);
    CHECK(needs == 1);
    CHECK(people == 0);
}

TEST_CASE("Template names are unique, built-in templates are read-only, and undo brings a delete back",
          "[edit][templates]")
{
    TemplateFixture f;
    const Edit saved = EditService(f.ws()).saveProjectAsTemplate(f.project, QStringLiteral("Portal delivery"), {});
    f.apply(saved);
    const qint64 entries = f.store->changeSetCount();

    Edit again = EditService(f.ws()).saveProjectAsTemplate(f.project, QStringLiteral("portal DELIVERY"), {});
    CHECK(again.field == "name");
    CHECK(again.error.contains(QStringLiteral("already")));
    again = EditService(f.ws()).newTemplate(QStringLiteral("Consulting engagement"));
    CHECK(again.field == "name");
    CHECK(EditService(f.ws()).newTemplate(QStringLiteral("  ")).field == "name");

    const Edit builtIn = EditService(f.ws()).deleteTemplate(QStringLiteral("it-outsourcing"));
    CHECK_FALSE(builtIn.ok());
    CHECK(builtIn.error.contains(QStringLiteral("built-in")));
    CHECK(builtIn.error.contains(QStringLiteral("copy")));
    ProcessTemplateRecord hijack;
    hijack.key = QStringLiteral("it-outsourcing");
    hijack.name = QStringLiteral("Mine");
    hijack.body = f.ws().get<ProcessTemplateRecord>(saved.id)->body;
    CHECK(EditService(f.ws()).saveTemplate(hijack).field == "key");
    CHECK(f.store->changeSetCount() == entries);

    ProcessTemplateRecord broken = *f.ws().get<ProcessTemplateRecord>(saved.id);
    broken.body.replace(QStringLiteral("\"days\": 3"), QStringLiteral("\"days\": -3"));
    const Edit bad = EditService(f.ws()).saveTemplate(broken);
    CHECK(bad.field == "body");
    CHECK(bad.error.contains(QStringLiteral("Prototype")));
    CHECK(bad.error.contains(QStringLiteral("days")));

    const Edit copy = EditService(f.ws()).copyTemplate(QStringLiteral("it-outsourcing"), QStringLiteral("Our outsourcing"));
    f.apply(copy);
    ProcessTemplateRecord renamed = *f.ws().get<ProcessTemplateRecord>(copy.id);
    CHECK(renamed.key == QStringLiteral("our-outsourcing"));
    renamed.name = QStringLiteral("Our service desk");
    renamed.description = QStringLiteral("Edited");
    const std::optional<ChangeSet> renaming = f.apply(EditService(f.ws()).saveTemplate(renamed));
    CHECK(ProcessTemplate::find(f.ws(), QStringLiteral("our-outsourcing"))->name == QStringLiteral("Our service desk"));
    f.apply(EditService(f.ws()).undo(*renaming));
    CHECK(ProcessTemplate::find(f.ws(), QStringLiteral("our-outsourcing"))->name == QStringLiteral("Our outsourcing"));
    CHECK(ProcessTemplate::available(f.ws()).size() == 5);

    const std::optional<ChangeSet> deleted = f.apply(EditService(f.ws()).deleteTemplate(QStringLiteral("portal-delivery")));
    CHECK_FALSE(ProcessTemplate::find(f.ws(), QStringLiteral("portal-delivery")));
    CHECK(EditService(f.ws()).createProject(QStringLiteral("portal-delivery"), QStringLiteral("X"), {}, {}, QDate(2025, 3, 3)).field
          == "template");
    f.apply(EditService(f.ws()).undo(*deleted));
    REQUIRE(ProcessTemplate::find(f.ws(), QStringLiteral("portal-delivery")));
    CHECK(ProcessTemplate::find(f.ws(), QStringLiteral("portal-delivery"))->taskCount() == 4);
}

TEST_CASE("A template's outline edits: rows become phases and tasks, errors name the row", "[edit][templates]")
{
    const ProcessTemplate t = ProcessTemplate::builtIn().constFirst();
    QList<TemplateOutlineRow> rows = t.outline();
    REQUIRE(rows.size() == t.phases.size() + t.taskCount());
    QString error;
    std::optional<ProcessTemplate> same = t.withOutline(rows, &error);
    INFO(error.toStdString());
    REQUIRE(same);
    CHECK(QString::fromUtf8(same->toJson()).toStdString() == QString::fromUtf8(t.toJson()).toStdString());

    for (TemplateOutlineRow &row : rows) {
        for (int &p : row.predecessors)
            p += p >= 3 ? 1 : 0;
    }
    rows.insert(2, TemplateOutlineRow{1, {}, QStringLiteral("Extra check"), 2, false, {2}});
    std::optional<ProcessTemplate> more = t.withOutline(rows, &error);
    INFO(error.toStdString());
    REQUIRE(more);
    CHECK(more->taskCount() == t.taskCount() + 1);
    CHECK(more->phases[0].tasks[1].name == QStringLiteral("Extra check"));
    CHECK(more->phases[0].tasks[1].after.constFirst().task == t.phases[0].tasks[0].key);

    rows[2].predecessors = {4};
    CHECK_FALSE(t.withOutline(rows, &error));
    CHECK(error.contains(QStringLiteral("Row 3")));
    CHECK(error.contains(QStringLiteral("Extra check")));
    rows[2].predecessors = {1};
    CHECK_FALSE(t.withOutline(rows, &error));
    CHECK(error.contains(QStringLiteral("phase")));
    rows[2].predecessors = {};
    rows[2].days = 0;
    CHECK_FALSE(t.withOutline(rows, &error));
    CHECK(error.contains(QStringLiteral("duration")));
    rows[0].level = 1;
    CHECK_FALSE(t.withOutline(rows, &error));
    CHECK(error.contains(QStringLiteral("first row")));
}
