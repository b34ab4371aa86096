#pragma once
// The main window is a thin shell: a navigation side bar, a stack of views, menus and a status
// bar around one open WorkspaceDocument. The views own their models and their own actions; the
// window only opens and closes workspaces, switches views and hosts the shared undo actions.

#include "page.h"

#include <QMainWindow>

#include <array>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace Keel {

class LanguageManager;
class NavigationBar;
class RecentFiles;
class WelcomeView;
class WorkspaceDocument;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `languages` offers View → Language; without it the menu is left out.
    explicit MainWindow(LanguageManager *languages = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the workspace at `path`, creating it if it does not exist, in place of the current
    /// one. No dialogs: on failure returns false with *error set, and the current workspace stays.
    bool openWorkspace(const QString &path, QString *error);
    void closeWorkspace();
    WorkspaceDocument *document() const { return m_document.get(); }

    Page currentPage() const { return m_page; }
    void setCurrentPage(Page page);
    /// The view of a page; nullptr while no workspace is open.
    QWidget *pageWidget(Page page) const { return m_pages[size_t(page)]; }
    NavigationBar *navigationBar() const { return m_navigation; }
    RecentFiles *recentFiles() const { return m_recent; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

public Q_SLOTS:
    /// Asks for a new file name and creates the workspace.
    void newWorkspace();
    /// Asks for a workspace file and opens it.
    void openWorkspaceDialog();
    /// Opens `path`, telling the user in a message box if it cannot be opened.
    bool openWorkspaceInteractive(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void buildPages();
    void removePages();
    void updateTitle();
    void openExpenses();
    void updateStatus();
    void populateRecentMenu();
    void populateLanguageMenu();
    void chooseLanguage(const QString &code);
    void showAbout();
    void showRefusal(const QString &message);
    QString lastDirectory() const;
    void rememberDirectory(const QString &file);

    LanguageManager *m_languages;
    RecentFiles *m_recent;
    std::unique_ptr<WorkspaceDocument> m_document;
    QUndoGroup *m_undoGroup;
    QSplitter *m_splitter;
    NavigationBar *m_navigation;
    QStackedWidget *m_stack;
    WelcomeView *m_welcome;
    std::array<QWidget *, kPageCount> m_pages{};
    Page m_page = Page::Portfolio;
    QLabel *m_pathLabel;
    QLabel *m_countsLabel;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_timesheet = nullptr;
    QAction *m_expenses = nullptr;
    QAction *m_calendars = nullptr;
    QAction *m_exchangeRates = nullptr;
    QAction *m_toggleSideBar = nullptr;
    QActionGroup *m_pageActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
};

} // namespace Keel
