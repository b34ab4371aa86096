#pragma once
// The Projects page, master–detail: the list of projects (searchable, collapsible) beside the
// current project's pages in tabs — Plan (tree-table and Gantt), Lifecycle, Risks, Client
// (the timeline the client sees) and Summary. Each tab is a view constructed with the
// WorkspaceDocument that follows setProjectId().

#include <model/ids.h>

#include <QWidget>

class QListView;
class QSplitter;
class QTabWidget;
class QToolButton;

namespace Keel {

class LifecycleView;
class PageHeader;
class PortfolioFilterModel;
class PortfolioModel;
class ProjectPlanView;
class ProjectSummary;
class ProjectTimelineView;
class RiskRegisterView;
class SearchField;
class WorkspaceDocument;

class ProjectsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectsView(WorkspaceDocument *document, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    ProjectPlanView *plan() const { return m_plan; }
    ProjectSummary *summary() const { return m_summary; }
    /// The project shown in the tabs; null when none.
    Id currentProjectId() const { return m_projectId; }
    /// Makes @p projectId the current project (clears the search when it hides it).
    void showProject(const Id &projectId);
    /// Shows the current project's Lifecycle tab (its phase gate).
    void showLifecycle();
    /// Shows or hides the project list; the tabs take the whole width when it is hidden.
    void setListVisible(bool visible);

private:
    void updateSummaryLine();
    void showCurrent();

    WorkspaceDocument *m_document;
    PortfolioModel *m_model;
    PortfolioFilterModel *m_filter;
    PageHeader *m_header;
    SearchField *m_search;
    QToolButton *m_toggleList;
    QSplitter *m_splitter;
    QWidget *m_listPane;
    QListView *m_list;
    QTabWidget *m_tabs;
    ProjectPlanView *m_plan;
    LifecycleView *m_lifecycle;
    RiskRegisterView *m_risks;
    ProjectTimelineView *m_timeline;
    ProjectSummary *m_summary;
    Id m_projectId;
};

} // namespace Keel
