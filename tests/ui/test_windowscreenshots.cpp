// Not run by default: `KEEL_SCREENSHOT_WORKSPACE=demo.keel KEEL_SCREENSHOT_DIR=out test_ui
// "[.screenshots-window]"` opens the workspace in the main window at 1600×1000 and saves each page
// (window-<page>.png) and the plan of the first open project (window-plan.png), for looking at
// the program as its users see it. KEEL_LANG=zh_CN gives the Chinese desktop.

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <ui/languagemanager.h>
#include <ui/mainwindow.h>
#include <ui/page.h>
#include <ui/projectsview.h>
#include <ui/workspacedocument.h>

#include <QCoreApplication>
#include <QDir>

using namespace Keel;

TEST_CASE("Main window pages of a workspace file", "[.screenshots-window]")
{
    const QString path = qEnvironmentVariable("KEEL_SCREENSHOT_WORKSPACE");
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    REQUIRE_FALSE(path.isEmpty());
    LanguageManager languages;
    languages.install(qEnvironmentVariable("KEEL_LANG", QStringLiteral("en")));
    MainWindow window(&languages);
    QString error;
    REQUIRE(window.openWorkspace(path, &error));
    window.resize(1600, 1000);
    window.show();
    const auto save = [&](const QString &name) {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        CHECK(window.grab().save(QDir(dir).filePath(QStringLiteral("window-%1.png").arg(name))));
    };
    for (int p = 0; p < kPageCount; ++p) {
        window.setCurrentPage(Page(p));
        save(QString::number(p));
    }
    Id project;
    for (const Project &p : window.document()->workspace().projects())
        if (p.phase == Phase::Execution && project.isNull())
            project = p.id;
    if (!project.isNull()) {
        window.setCurrentPage(Page::Projects);
        static_cast<ProjectsView *>(window.pageWidget(Page::Projects))->showProject(project);
        save(QStringLiteral("plan"));
    }
}
