// First steps: an empty workspace shows what to set up, each step's button does it, a step done is
// ticked, and the portfolio table takes over with the first project.

#include "fixtures.h"

#include <catch2/catch.hpp>

#include <edit/editservice.h>
#include <model/workspace.h>
#include <ui/calendardialog.h>
#include <ui/clientsview.h>
#include <ui/firststepsview.h>
#include <ui/languagemanager.h>
#include <ui/mainwindow.h>
#include <ui/page.h>
#include <ui/portfolioview.h>
#include <ui/recentfiles.h>
#include <ui/workspacedocument.h>

#include <QCoreApplication>
#include <QDir>
#include <QInputDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>

using namespace Keel;
using namespace KeelTest;

TEST_CASE("First steps: an empty workspace says what to set up and each button does it", "[firststeps]")
{
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QString error;
    REQUIRE(window.openWorkspace(dir.filePath(QStringLiteral("new.keel")), &error));
    RecentFiles(nullptr).clear();
    window.setCurrentPage(Page::Portfolio);
    auto *portfolio = qobject_cast<PortfolioView *>(window.pageWidget(Page::Portfolio));
    REQUIRE(portfolio);
    FirstStepsView *steps = portfolio->firstSteps();
    CHECK(steps->isVisible());
    for (int i = 0; i < FirstStepsView::kStepCount; ++i)
        CHECK_FALSE(steps->isDone(FirstStepsView::Step(i)));
    CHECK(steps->button(FirstStepsView::Step::Calendar)->isDefault());

    // The calendar step opens the calendars.
    bool calendars = false;
    whenModal([&calendars](QWidget *w) {
        calendars = qobject_cast<CalendarDialog *>(w) != nullptr;
        w->close();
    });
    steps->button(FirstStepsView::Step::Calendar)->click();
    CHECK(calendars);

    // The client step asks for a name on the Clients page; the step is then ticked.
    whenModal([](QWidget *w) {
        auto *input = qobject_cast<QInputDialog *>(w);
        REQUIRE(input);
        input->setTextValue(QStringLiteral("Northwind"));
        input->accept();
    });
    steps->button(FirstStepsView::Step::Client)->click();
    CHECK(window.currentPage() == Page::Clients);
    REQUIRE(window.document()->workspace().clients().size() == 1);
    CHECK(steps->isDone(FirstStepsView::Step::Client));

    // With a project, the portfolio table is back.
    const WorkspaceDocument &doc = *window.document();
    const Edit p = EditService(doc.workspace()).createProject({}, QStringLiteral("Portal"), QStringLiteral("P1"), Id(),
                                                             QDate(2026, 1, 5));
    REQUIRE(window.document()->apply(p.changes));
    window.setCurrentPage(Page::Portfolio);
    CHECK_FALSE(steps->isVisible());
    CHECK(steps->isDone(FirstStepsView::Step::Project));
}

TEST_CASE("First steps screenshots", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("KEEL_SCREENSHOT_DIR", QDir::tempPath());
    for (const bool chinese : {false, true}) {
        LanguageManager languages;
        languages.install(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
        QTemporaryDir tmp;
        MainWindow window(&languages);
        QString error;
        REQUIRE(window.openWorkspace(tmp.filePath(QStringLiteral("new.keel")), &error));
        RecentFiles(nullptr).clear();
        Resource r;
        r.id = newId();
        r.name = chinese ? QStringLiteral("王芳") : QStringLiteral("Ann Lee");
        REQUIRE(window.document()->apply(ChangeSet().insert(r)));
        window.resize(1280, 760);
        window.show();
        window.setCurrentPage(Page::Portfolio);
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        CHECK(window.grab().save(QDir(dir).filePath(QStringLiteral("first-steps-%1.png").arg(chinese ? u"zh" : u"en"))));
        languages.install(QStringLiteral("en"));
    }
}
