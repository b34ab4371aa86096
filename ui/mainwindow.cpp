#include "mainwindow.h"

#include "audittrailview.h"
#include "calendardialog.h"
#include "clientsview.h"
#include "emptystateview.h"
#include "exchangeratesdialog.h"
#include "expensesdialog.h"
#include "icons.h"
#include "inboxmodel.h"
#include "inboxview.h"
#include "languagemanager.h"
#include "lessonsview.h"
#include "navigationbar.h"
#include "portfolioview.h"
#include "projectplanview.h"
#include "projectsview.h"
#include "recentfiles.h"
#include "reportsview.h"
#include "resourcesview.h"
#include "templatesdialog.h"
#include "traynotifier.h"
#include "welcomeview.h"
#include "workspacedocument.h"

#include <model/workspace.h>
#include <store/store.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace Keel {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kSideBarKey = QStringLiteral("mainWindow/sideBarVisible");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kDirectoryKey = QStringLiteral("lastDirectory");

QString fileFilter()
{
    return MainWindow::tr("Keel workspaces (*.keel);;All files (*)");
}
} // namespace

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_recent(new RecentFiles(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_splitter(new QSplitter(this))
    , m_navigation(new NavigationBar(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_welcome(new WelcomeView(m_recent, m_stack))
    , m_pathLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->addWidget(m_welcome);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    setCentralWidget(m_splitter);

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    createActions();
    createMenus();

    connect(m_navigation, &NavigationBar::pageSelected, this, &MainWindow::setCurrentPage);
    connect(m_welcome, &WelcomeView::newRequested, this, &MainWindow::newWorkspace);
    connect(m_welcome, &WelcomeView::openRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_welcome, &WelcomeView::openFileRequested, this, &MainWindow::openWorkspaceInteractive);

    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
        resize(qMin(1360, available.width() * 9 / 10), qMin(860, available.height() * 9 / 10));
    }
    restoreState(settings.value(kStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({m_navigation->sizeHint().width(), width() - m_navigation->sizeHint().width()});
    m_toggleSideBar->setChecked(settings.value(kSideBarKey, true).toBool());
    m_page = Page(qBound(0, settings.value(kPageKey, 0).toInt(), kPageCount - 1));

    closeWorkspace();
}

MainWindow::~MainWindow()
{
    removePages();
}

void MainWindow::createActions()
{
    m_new = new QAction(tr("&New Workspace…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Create a new workspace file"));
    connect(m_new, &QAction::triggered, this, &MainWindow::newWorkspace);

    m_open = new QAction(tr("&Open…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a workspace file"));
    connect(m_open, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_close = new QAction(tr("&Close Workspace"), this);
    m_close->setShortcut(QKeySequence::Close);
    connect(m_close, &QAction::triggered, this, &MainWindow::closeWorkspace);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_undo = m_undoGroup->createUndoAction(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this);
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    m_redo->setShortcuts(redoKeys);

    m_timesheet = new QAction(tr("&Timesheet…"), this);
    m_timesheet->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_timesheet->setEnabled(false);
    connect(m_timesheet, &QAction::triggered, this, [this] {
        if (auto *resources = static_cast<ResourcesView *>(m_pages[size_t(Page::Resources)]))
            resources->openTimesheet();
    });

    m_expenses = new QAction(tr("E&xpenses…"), this);
    m_expenses->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_expenses->setStatusTip(tr("Record what a project spent, with receipts (Ctrl+E)"));
    m_expenses->setEnabled(false);
    connect(m_expenses, &QAction::triggered, this, &MainWindow::openExpenses);
    m_calendars = new QAction(tr("&Calendars…"), this);
    m_calendars->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_calendars->setToolTip(tr("Working weeks, holidays and exceptions of the workspace's calendars"));
    m_calendars->setEnabled(false);
    connect(m_calendars, &QAction::triggered, this, [this] {
        if (m_document) {
            CalendarDialog dialog(m_document.get(), this);
            dialog.exec();
        }
    });

    m_exchangeRates = new QAction(tr("C&urrencies and Exchange Rates…"), this);
    m_exchangeRates->setStatusTip(tr("The reporting currency of portfolio totals and the exchange rates between currencies"));
    m_exchangeRates->setObjectName(QStringLiteral("exchangeRatesAction"));
    m_exchangeRates->setEnabled(false);
    connect(m_exchangeRates, &QAction::triggered, this, [this] {
        if (m_document)
            ExchangeRatesDialog(m_document.get(), this).exec();
    });

    m_pageActions = new QActionGroup(this);
    m_pageActions->setExclusive(true);
    for (int i = 0; i < kPageCount; ++i) {
        auto *action = new QAction(Icons::page(Page(i)), NavigationBar::title(Page(i)), m_pageActions);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(QKeyCombination(Qt::ControlModifier, Qt::Key(Qt::Key_1 + i))));
        action->setData(i);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentPage(Page(i)); });
    }

    m_toggleSideBar = new QAction(tr("Show &Side Bar"), this);
    m_toggleSideBar->setCheckable(true);
    m_toggleSideBar->setChecked(true);
    connect(m_toggleSideBar, &QAction::toggled, this,
            [this](bool on) { m_navigation->setVisible(on && m_document); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    file->addSeparator();
    file->addAction(m_close);
    file->addSeparator();
    file->addAction(m_quit);
    populateRecentMenu();
    connect(m_recent, &RecentFiles::changed, this, &MainWindow::populateRecentMenu);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_timesheet);
    edit->addAction(m_expenses);
    edit->addAction(m_calendars);
    edit->addAction(m_exchangeRates);
    edit->addSeparator();
    QAction *templates = edit->addAction(tr("Process &Templates…"), this, [this] {
        if (m_document)
            TemplatesDialog(m_document.get(), this).exec();
    });
    templates->setObjectName(QStringLiteral("processTemplatesAction"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_pageActions->actions());
    view->addSeparator();
    view->addAction(m_toggleSideBar);
    // The project plan's view choices (variance columns, the baseline compared), while a
    // workspace is open.
    QMenu *plan = view->addMenu(tr("Project &Plan"));
    connect(plan, &QMenu::aboutToShow, this, [this, plan] {
        plan->clear();
        const auto *projects = m_document ? static_cast<ProjectsView *>(m_pages[size_t(Page::Projects)]) : nullptr;
        if (projects && projects->plan())
            plan->addActions(projects->plan()->viewActions());
        else
            plan->addAction(tr("No workspace is open"))->setEnabled(false);
    });
    view->addSeparator();
    QAction *auditTrail = view->addAction(tr("&Audit Trail…"), this, [this] {
        if (m_document)
            AuditTrailView::open(m_document.get(), this);
    });
    auditTrail->setObjectName(QStringLiteral("auditTrailAction"));
    auditTrail->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction *lessons = view->addAction(tr("&Lessons Learned…"), this, [this] {
        if (m_document)
            LessonsView::open(m_document.get(), this);
    });
    lessons->setObjectName(QStringLiteral("lessonsAction"));
    lessons->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L));   // Ctrl+Shift+L: the project list
    if (m_languages) {
        view->addSeparator();
        m_languageMenu = view->addMenu(tr("&Language"));
        populateLanguageMenu();
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Keel"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::populateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        // The first nine get a mnemonic digit; "&&" keeps ampersands in names literal.
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', QStringLiteral("&&"));
        const QString text = i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(name) : name;
        QAction *action =
            m_recentMenu->addAction(text, this, [this, path] { openWorkspaceInteractive(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No Recent Workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Menu"), m_recent, &RecentFiles::clear);
    clear->setEnabled(!files.isEmpty());
}

void MainWindow::populateLanguageMenu()
{
    auto *group = new QActionGroup(m_languageMenu);
    group->setExclusive(true);
    const QString preferred = m_languages->preferredLanguage();
    auto add = [&](const QString &text, const QString &code) {
        QAction *action = m_languageMenu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == preferred);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    };
    add(tr("System Language"), QString());
    m_languageMenu->addSeparator();
    const QList<LanguageManager::Language> languages = LanguageManager::availableLanguages();
    for (const LanguageManager::Language &l : languages)
        add(l.nativeName, l.code);
}

void MainWindow::chooseLanguage(const QString &code)
{
    m_languages->setPreferredLanguage(code);
    const QString next = m_languages->resolvedLanguage();
    if (next == m_languages->installedLanguage())
        return;
    QString text = tr("Keel will use the new language the next time it starts.");
    if (!qEnvironmentVariableIsEmpty("KEEL_LANG"))
        text += QStringLiteral("\n\n") +
                tr("The KEEL_LANG environment variable is set and takes precedence over this choice.");
    QMessageBox::information(this, tr("Language"), text);
}

void MainWindow::setCurrentPage(Page page)
{
    m_page = page;
    const int i = int(page);
    if (QAction *action = m_pageActions->actions().value(i))
        action->setChecked(true);
    if (!m_document)
        return;
    if (m_navigation->currentRow() != i)
        m_navigation->setCurrentRow(i);
    m_stack->setCurrentWidget(m_pages[size_t(i)]);
}

bool MainWindow::openWorkspace(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_document && QFileInfo(m_document->filePath()) == QFileInfo(absolute)) {
        m_recent->add(absolute);
        return true;
    }
    QString why;
    std::unique_ptr<WorkspaceDocument> document = WorkspaceDocument::openOrCreate(absolute, &why);
    if (!document) {
        if (error)
            *error = why;
        return false;
    }
    removePages();
    m_document = std::move(document);
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &WorkspaceDocument::changeRefused, this, &MainWindow::showRefusal);
    const Workspace &ws = m_document->workspace();
    connect(&ws, &Workspace::changeSetApplied, this, &MainWindow::updateStatus);
    connect(&ws, &Workspace::reset, this, &MainWindow::updateStatus);
    connect(&ws, &Workspace::entitiesChanged, this, [this](EntityType type) {
        if (type == EntityType::Settings)
            updateTitle();
    });
    buildPages();
    m_recent->add(absolute);
    rememberDirectory(absolute);
    return true;
}

bool MainWindow::openWorkspaceInteractive(const QString &path)
{
    QString error;
    if (openWorkspace(path, &error))
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open Workspace"),
                    tr("The workspace could not be opened."), QMessageBox::Ok, this);
    box.setInformativeText(error);
    box.exec();
    return false;
}

void MainWindow::closeWorkspace()
{
    removePages();
    m_document.reset();
    m_stack->setCurrentWidget(m_welcome);
    updateTitle();
    updateStatus();
}

void MainWindow::buildPages()
{
    WorkspaceDocument *doc = m_document.get();
    m_pages[size_t(Page::Portfolio)] = new PortfolioView(doc, m_stack);
    m_pages[size_t(Page::Projects)] = new ProjectsView(doc, m_stack);
    m_pages[size_t(Page::Resources)] = new ResourcesView(doc, m_stack);
    m_pages[size_t(Page::Clients)] = new ClientsView(doc, m_stack);
    m_pages[size_t(Page::Reports)] = new ReportsView(doc, m_stack);
    connect(static_cast<PortfolioView *>(m_pages[size_t(Page::Portfolio)]), &PortfolioView::firstStepRequested, this,
            [this](FirstStepsView::Step step) {
                switch (step) {
                case FirstStepsView::Step::Calendar: m_calendars->trigger(); break;
                case FirstStepsView::Step::People:
                    setCurrentPage(Page::Resources);
                    static_cast<ResourcesView *>(m_pages[size_t(Page::Resources)])->addResource();
                    break;
                case FirstStepsView::Step::Client:
                    setCurrentPage(Page::Clients);
                    static_cast<ClientsView *>(m_pages[size_t(Page::Clients)])->newClient();
                    break;
                case FirstStepsView::Step::Project: break;   // the portfolio's own
                }
            });
    connect(static_cast<PortfolioView *>(m_pages[size_t(Page::Portfolio)]), &PortfolioView::projectActivated,
            this, [this](const Id &projectId, bool lifecycle) {
                auto *projects = static_cast<ProjectsView *>(m_pages[size_t(Page::Projects)]);
                projects->showProject(projectId);
                if (lifecycle)
                    projects->showLifecycle();
                setCurrentPage(Page::Projects);
            });
    auto *inbox = new InboxView(doc, m_stack);
    m_pages[size_t(Page::Inbox)] = inbox;
    auto *tray = new TrayNotifier(inbox);
    const auto showUnread = [this, tray](int unread) {
        m_navigation->item(int(Page::Inbox))->setText(
            unread > 0 ? tr("%1 (%2)").arg(NavigationBar::title(Page::Inbox)).arg(unread) : NavigationBar::title(Page::Inbox));
        tray->setUnreadCount(unread);
    };
    connect(inbox->model(), &InboxModel::unreadCountChanged, this, showUnread);
    connect(inbox->model(), &InboxModel::newItemsArrived, tray, &TrayNotifier::announce);
    connect(tray, &TrayNotifier::activated, this, [this] {
        showNormal();
        activateWindow();
        setCurrentPage(Page::Inbox);
    });
    connect(inbox, &InboxView::openRequested, this, [this](const Id &, EntityType type) {
        setCurrentPage(type == EntityType::Resource ? Page::Resources : Page::Projects);
    });
    showUnread(inbox->model()->unreadCount());
    tray->announce(inbox->model()->unreadCount(), inbox->model()->firstUnreadTitle());
    for (QWidget *page : m_pages)
        m_stack->addWidget(page);
    m_navigation->setEnabled(true);
    m_navigation->setVisible(m_toggleSideBar->isChecked());
    for (QAction *action : m_pageActions->actions())
        action->setEnabled(true);
    m_close->setEnabled(true);
    m_timesheet->setEnabled(true);
    m_expenses->setEnabled(true);
    m_calendars->setEnabled(true);
    m_exchangeRates->setEnabled(true);
    setCurrentPage(m_page);
    m_stack->currentWidget()->setFocus();
    updateTitle();
    updateStatus();
}

void MainWindow::removePages()
{
    for (QWidget *&page : m_pages) {
        delete page;
        page = nullptr;
    }
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_navigation->setVisible(false);
    for (QAction *action : m_pageActions->actions())
        action->setEnabled(false);
    m_close->setEnabled(false);
    m_timesheet->setEnabled(false);
    m_calendars->setEnabled(false);
    m_expenses->setEnabled(false);
    m_exchangeRates->setEnabled(false);
}

void MainWindow::openExpenses()
{
    if (!m_document)
        return;
    const auto *projects = static_cast<ProjectsView *>(m_pages[size_t(Page::Projects)]);
    ExpensesDialog dialog(m_document.get(), projects ? projects->currentProjectId() : Id(), this);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_document ? m_document->displayName() : QString());
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_pathLabel->clear();
        m_countsLabel->clear();
        return;
    }
    const Workspace &ws = m_document->workspace();
    m_pathLabel->setText(QDir::toNativeSeparators(m_document->filePath()));
    m_countsLabel->setText(tr("%1 · %2 · %3")
                               .arg(tr("%n project(s)", nullptr, int(ws.projects().size())),
                                    tr("%n resource(s)", nullptr, int(ws.resources().size())),
                                    tr("%n client(s)", nullptr, int(ws.clients().size()))));
}

void MainWindow::newWorkspace()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"),
                                                lastDirectory() + QDir::separator() + tr("Untitled.keel"),
                                                fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".keel");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Workspace"),
                             tr("%1 already exists. Choose another name, or open it with File → Open.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openWorkspaceInteractive(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workspace"), lastDirectory(), fileFilter());
    if (!path.isEmpty())
        openWorkspaceInteractive(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Keel"),
        tr("<h3>Keel %1</h3><p>Project service management for service organisations: plan, staff, "
           "track and report client projects, offline or with a shared server.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::showRefusal(const QString &message)
{
    QMessageBox::warning(this, tr("Change Not Made"), message);
}

QString MainWindow::lastDirectory() const
{
    const QString dir = QSettings().value(kDirectoryKey).toString();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::rememberDirectory(const QString &file)
{
    QSettings().setValue(kDirectoryKey, QFileInfo(file).absolutePath());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kSideBarKey, m_toggleSideBar->isChecked());
    settings.setValue(kPageKey, int(m_page));
    removePages();
    m_document.reset();
    event->accept();
}

} // namespace Keel
