#include "fixtures.h"

#include <catch2/catch.hpp>

#include <model/workspace.h>
#include <store/store.h>
#include <ui/emptystateview.h>
#include <ui/inboxview.h>
#include <ui/lifecycleview.h>
#include <ui/mainwindow.h>
#include <ui/navigationbar.h>
#include <ui/placeholdertreeview.h>
#include <ui/portfoliofiltermodel.h>
#include <ui/portfoliomodel.h>
#include <ui/portfolioview.h>
#include <ui/projectsview.h>
#include <ui/recentfiles.h>
#include <ui/reportsview.h>
#include <ui/workspacedocument.h>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Keel;
using namespace KeelTest;

namespace {

/// Writes the sample portfolio into a new workspace file.
QString writeSampleFile(const QTemporaryDir &dir, const QString &name = QStringLiteral("sample.keel"))
{
    const QString path = dir.filePath(name);
    QString error;
    auto store = Store::create(path, &error);
    REQUIRE(store);
    REQUIRE(store->apply(samplePortfolio(), &error));
    return path;
}

QAction *findAction(QWidget &window, const QKeySequence &shortcut)
{
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->shortcuts().contains(shortcut))
            return a;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The main window opens a workspace offscreen and shows its views", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = writeSampleFile(dir);
    RecentFiles(nullptr).clear();

    MainWindow window;
    window.show();
    CHECK(window.document() == nullptr);
    CHECK(window.pageWidget(Page::Portfolio) == nullptr);

    QString error;
    REQUIRE(window.openWorkspace(path, &error));
    CHECK(error.isEmpty());
    REQUIRE(window.document());
    CHECK(window.windowTitle() == QStringLiteral("sample"));
    CHECK(window.recentFiles()->files().value(0) == QFileInfo(path).canonicalFilePath());

    window.setCurrentPage(Page::Portfolio);
    auto *portfolio = qobject_cast<PortfolioView *>(window.pageWidget(Page::Portfolio));
    REQUIRE(portfolio);
    CHECK(portfolio->isVisible());
    CHECK(portfolio->view()->model()->rowCount() == 12);
    CHECK(portfolio->view()->isSortingEnabled());

    // The phase filter and search narrow the table.
    portfolio->phaseFilter()->setCurrentIndex(1 + int(Phase::Execution));
    CHECK(portfolio->view()->model()->rowCount() == 5);
    portfolio->phaseFilter()->setCurrentIndex(0);

    // Activating a row's phase opens the project on its Lifecycle tab, where the gate is.
    {
        const QModelIndex phase = portfolio->view()->model()->index(2, PortfolioModel::PhaseColumn);
        const Id id = phase.data(PortfolioModel::IdRole).value<Id>();
        Q_EMIT portfolio->view()->activated(phase);
        CHECK(window.currentPage() == Page::Projects);
        auto *projects = qobject_cast<ProjectsView *>(window.pageWidget(Page::Projects));
        REQUIRE(projects);
        auto *lifecycle = projects->findChild<LifecycleView *>();
        REQUIRE(lifecycle);
        CHECK(lifecycle->isVisible());
        CHECK(projects->currentProjectId() == id);
        window.setCurrentPage(Page::Portfolio);
    }

    // The status bar names the file and counts the workspace.
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    QStringList texts;
    for (QLabel *l : labels)
        texts << l->text();
    CHECK(texts.join(u'|').contains(QStringLiteral("12 projects")));
    CHECK(texts.join(u'|').contains(QStringLiteral("sample.keel")));

    // Ctrl+1…6 and the side bar switch views.
    QAction *clients = findAction(window, QKeySequence(Qt::CTRL | Qt::Key_4));
    REQUIRE(clients);
    clients->trigger();
    CHECK(window.currentPage() == Page::Clients);
    CHECK(window.navigationBar()->currentPage() == Page::Clients);
    CHECK(window.pageWidget(Page::Clients)->isVisible());
    window.navigationBar()->setCurrentPage(Page::Inbox);
    CHECK(window.currentPage() == Page::Inbox);
    auto *inbox = qobject_cast<InboxView *>(window.pageWidget(Page::Inbox));
    REQUIRE(inbox);
    CHECK(inbox->isVisible());
    CHECK(qobject_cast<ReportsView *>(window.pageWidget(Page::Reports)));

    // An edit through the portfolio is undone by Edit → Undo and redone by Edit → Redo.
    PortfolioModel *model = portfolio->model();
    const Id id = projectId(*window.document(), QStringLiteral("NGU-008"));
    REQUIRE(model->setData(model->indexOf(id, PortfolioModel::NameColumn), QStringLiteral("Grid survey")));
    CHECK(window.undoAction()->isEnabled());
    window.undoAction()->trigger();
    CHECK(window.document()->workspace().get<Project>(id)->name == QStringLiteral("Grid asset survey"));
    window.redoAction()->trigger();
    CHECK(window.document()->workspace().get<Project>(id)->name == QStringLiteral("Grid survey"));
    CHECK(window.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));

    window.close();
    QSettings settings;
    CHECK_FALSE(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    CHECK(settings.value(QStringLiteral("mainWindow/page")).toInt() == int(Page::Inbox));
}

TEST_CASE("The main window creates a workspace that does not exist yet", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.keel"));
    MainWindow window;
    QString error;
    REQUIRE(window.openWorkspace(path, &error));
    CHECK(QFile::exists(path));
    CHECK(window.document()->workspace().projects().size() == 0);
    auto *portfolio = qobject_cast<PortfolioView *>(window.pageWidget(Page::Portfolio));
    REQUIRE(portfolio);
    CHECK(portfolio->view()->placeholderText() == QStringLiteral("No projects yet."));

    // A project arriving through the store shows up at once.
    REQUIRE(window.document()->store().apply(
        insertProject(newId(), QStringLiteral("F-1"), QStringLiteral("First"))));
    CHECK(portfolio->view()->model()->rowCount() == 1);
}

TEST_CASE("The main window reports files it cannot open and keeps the open workspace", "[mainwindow]")
{
    QTemporaryDir dir;
    const QString good = writeSampleFile(dir);
    const QString bogus = dir.filePath(QStringLiteral("notes.keel"));
    {
        QFile f(bogus);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("These are not the workspaces you are looking for.\n");
    }
    MainWindow window;
    QString error;
    REQUIRE(window.openWorkspace(good, &error));

    CHECK_FALSE(window.openWorkspace(bogus, &error));
    CHECK(error.contains(QStringLiteral("notes.keel")));
    REQUIRE(window.document());
    CHECK(window.document()->filePath() == QFileInfo(good).absoluteFilePath());
    CHECK(window.pageWidget(Page::Portfolio) != nullptr);

    error.clear();
    CHECK_FALSE(window.openWorkspace(dir.filePath(QStringLiteral("missing/folder/x.keel")), &error));
    CHECK(error.contains(QStringLiteral("x.keel")));

    // Opening the file that is already open is not an error (it is locked by this window).
    CHECK(window.openWorkspace(good, &error));

    window.closeWorkspace();
    CHECK(window.document() == nullptr);
    CHECK(window.pageWidget(Page::Portfolio) == nullptr);
    CHECK_FALSE(window.undoAction()->isEnabled());
}

TEST_CASE("Recent files keep the newest ten, newest first", "[recent]")
{
    QTemporaryDir dir;
    RecentFiles recent;
    recent.clear();
    for (int i = 0; i < 12; ++i)
        recent.add(dir.filePath(QStringLiteral("w%1.keel").arg(i)));
    QStringList files = recent.files();
    REQUIRE(files.size() == RecentFiles::kMaximum);
    CHECK(files.first().endsWith(QStringLiteral("w11.keel")));
    CHECK(files.last().endsWith(QStringLiteral("w2.keel")));
    recent.add(dir.filePath(QStringLiteral("w5.keel")));
    files = recent.files();
    CHECK(files.first().endsWith(QStringLiteral("w5.keel")));
    CHECK(files.size() == RecentFiles::kMaximum);
    recent.remove(dir.filePath(QStringLiteral("w5.keel")));
    CHECK(recent.files().size() == RecentFiles::kMaximum - 1);
    recent.clear();
    CHECK(recent.files().isEmpty());
}

// Not run by default: `KEEL_SAMPLE_FILE=/tmp/sample.keel test_ui "[.sample]"` writes the sample
// portfolio to a workspace file, for looking at the program (docs/screenshots); with
// KEEL_SAMPLE_LANG=zh_CN its names are Chinese.
TEST_CASE("Write the sample portfolio to KEEL_SAMPLE_FILE", "[.sample]")
{
    const QString path = qEnvironmentVariable("KEEL_SAMPLE_FILE");
    REQUIRE_FALSE(path.isEmpty());
    QString error;
    const bool chinese = qEnvironmentVariable("KEEL_SAMPLE_LANG").startsWith(QStringLiteral("zh"));
    auto store = Store::create(path, &error,
                               chinese ? QStringLiteral("海港咨询") : QStringLiteral("Harbour Consulting"));
    INFO(error.toStdString());
    REQUIRE(store);
    REQUIRE(store->apply(samplePortfolio(chinese), &error));
}
