#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <schedule/leveler.h>
#include <store/store.h>
#include <ui/languagemanager.h>
#include <ui/levelingdialog.h>
#include <ui/staffingdialog.h>
#include <ui/workspacedocument.h>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Keel;

namespace {

/// A project whose two tasks both need Ann full time in the same week, and a design task that
/// asks for a skill instead of a person.
struct Sample
{
    std::unique_ptr<WorkspaceDocument> doc = std::make_unique<WorkspaceDocument>(Store::createInMemory());
    Id project = newId();
    Id ann = newId();
    Id first = newId();
    Id second = newId();

    explicit Sample(bool chinese = false)
    {
        const auto text = [chinese](const char *en, const char *zh) {
            return chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
        };
        Project p;
        p.id = project;
        p.code = QStringLiteral("WEB");
        p.name = text("Website relaunch", "官网改版");
        p.start = toMinutes(QDate(2026, 3, 2), 8 * 60);
        Resource r;
        r.id = ann;
        r.name = text("Ann Baker", "王安");
        Resource bob;
        bob.id = newId();
        bob.name = text("Bob Chen", "陈波");
        Skill skill;
        skill.id = newId();
        skill.name = text("Interaction design", "交互设计");
        ResourceSkill rs;
        rs.id = newId();
        rs.resourceId = bob.id;
        rs.skillId = skill.id;
        rs.level = 4;
        ChangeSet cs;
        cs.insert(p).insert(r).insert(bob).insert(skill).insert(rs);
        int order = 0;
        for (const auto &[id, name, days] : {std::tuple{first, text("Content migration", "内容迁移"), 3},
                                             std::tuple{second, text("Search integration", "搜索集成"), 2}}) {
            Task t;
            t.id = id;
            t.projectId = project;
            t.name = name;
            t.order = order++;
            t.duration = days * 480;
            Assignment a;
            a.id = newId();
            a.taskId = id;
            a.resourceId = ann;
            cs.insert(t).insert(a);
        }
        Task design;
        design.id = newId();
        design.projectId = project;
        design.name = text("Page design", "页面设计");
        design.order = order++;
        design.duration = 5 * 480;
        SkillRequirement need;
        need.id = newId();
        need.taskId = design.id;
        need.skillId = skill.id;
        need.minLevel = 3;
        need.work = 20 * 60;
        cs.insert(design).insert(need);
        REQUIRE(doc->apply(cs));
        LevelingPreview scheduled;
        REQUIRE(Leveler::clear(doc->workspace(), project, &scheduled));
        REQUIRE(doc->apply(scheduled.changes));
        doc->undoStack()->clear();
    }

    const Task &task(const Id &id) const { return *doc->workspace().get<Task>(id); }
};

} // namespace

TEST_CASE("the leveling dialog previews the moved task and applies it as one undo step", "[ui][leveling]")
{
    Sample s;
    LevelingDialog dialog(s.doc.get());
    dialog.setProject(s.project);
    dialog.setTimeLimit(1.0);
    CHECK_FALSE(dialog.applyButton()->isEnabled());
    dialog.run();
    REQUIRE(dialog.waitForFinished());
    REQUIRE(dialog.preview());
    REQUIRE(dialog.movesTable()->rowCount() == 1);
    const QString moved = dialog.movesTable()->item(0, 0)->text();
    CHECK((moved == s.task(s.first).name || moved == s.task(s.second).name));
    REQUIRE(dialog.peaksTable()->rowCount() == 1);
    CHECK(dialog.peaksTable()->item(0, 1)->text() == QStringLiteral("200%"));
    CHECK(dialog.peaksTable()->item(0, 2)->text() == QStringLiteral("100%"));
    CHECK(dialog.applyButton()->isEnabled());

    const Minutes firstStart = s.task(s.first).start;
    const Minutes secondStart = s.task(s.second).start;
    REQUIRE(dialog.applyPreview());
    CHECK(s.doc->undoStack()->count() == 1);
    CHECK(s.task(s.first).levelingDelay + s.task(s.second).levelingDelay > 0);
    CHECK(s.task(s.first).start != s.task(s.second).start);
    s.doc->undoStack()->undo();
    CHECK(s.task(s.first).start == firstStart);
    CHECK(s.task(s.second).start == secondStart);
    CHECK(s.task(s.first).levelingDelay == 0);
    CHECK(s.task(s.second).levelingDelay == 0);
}

TEST_CASE("the leveling dialog can be cancelled and closed while it runs", "[ui][leveling]")
{
    Sample s;
    auto dialog = std::make_unique<LevelingDialog>(s.doc.get());
    dialog->setTimeLimit(5.0);
    dialog->run();
    dialog->cancel();
    REQUIRE(dialog->waitForFinished());
    dialog->run();
    dialog.reset(); // destroying it while the worker runs cancels and waits
    SUCCEED();
}

TEST_CASE("the staffing dialog explains its choice and applies it as one undo step", "[ui][staffing]")
{
    Sample s;
    StaffingDialog dialog(s.doc.get());
    dialog.setProject(s.project);
    REQUIRE(dialog.planView()->topLevelItemCount() == 1);
    const QTreeWidgetItem *row = dialog.planView()->topLevelItem(0);
    CHECK(row->text(1) == QStringLiteral("Bob Chen"));
    CHECK_FALSE(row->text(3).isEmpty());
    REQUIRE(dialog.applyButton()->isEnabled());
    const qsizetype before = s.doc->workspace().table<Assignment>().size();
    REQUIRE(dialog.applyPlan());
    CHECK(s.doc->workspace().table<Assignment>().size() == before + 1);
    CHECK(s.doc->undoStack()->count() == 1);
    s.doc->undoStack()->undo();
    CHECK(s.doc->workspace().table<Assignment>().size() == before);
}

TEST_CASE("Leveling and staffing dialog screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        const QString suffix = chinese ? QStringLiteral("zh") : QStringLiteral("en");
        Sample s(chinese);
        LevelingDialog leveling(s.doc.get());
        leveling.show();
        leveling.run();
        REQUIRE(leveling.waitForFinished());
        QCoreApplication::processEvents();
        CHECK(leveling.grab().save(QDir(dir).filePath(QStringLiteral("leveling-%1.png").arg(suffix))));
        leveling.findChild<QTabWidget *>()->setCurrentIndex(1);
        QCoreApplication::processEvents();
        CHECK(leveling.grab().save(QDir(dir).filePath(QStringLiteral("leveling-peaks-%1.png").arg(suffix))));
        StaffingDialog staffing(s.doc.get());
        staffing.setProject(s.project);
        staffing.show();
        QCoreApplication::processEvents();
        CHECK(staffing.grab().save(QDir(dir).filePath(QStringLiteral("staffing-%1.png").arg(suffix))));
        languages.install(QStringLiteral("en"));
    }
}

TEST_CASE("Leveling dialog screenshot on a real workspace", "[.screenshots]")
{
    // KEEL_LEVEL_WORKSPACE: a copy of a workspace to level, e.g. one made by `keel-cli demo`.
    const QString path = qEnvironmentVariable("KEEL_LEVEL_WORKSPACE");
    if (path.isEmpty())
        return;
    QString error;
    const std::unique_ptr<WorkspaceDocument> doc = WorkspaceDocument::openOrCreate(path, &error);
    REQUIRE(doc);
    LevelingDialog leveling(doc.get());
    leveling.show();
    leveling.run();
    REQUIRE(leveling.waitForFinished(120000));
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    CHECK(leveling.grab().save(QDir(dir).filePath(QStringLiteral("leveling-workspace.png"))));
    leveling.findChild<QTabWidget *>()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    CHECK(leveling.grab().save(QDir(dir).filePath(QStringLiteral("leveling-workspace-peaks.png"))));
}
