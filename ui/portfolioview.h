#pragma once
// The Portfolio view: every project in a sortable, filterable table (PortfolioModel through
// PortfolioFilterModel). Code, name and health are edited in place; each edit is one undo step. The
// phase is not: a project moves through its phase gates on its Lifecycle tab, which a double-click
// (or Enter) on a row opens.
// "New Project…" (Ctrl+Shift+N) creates a project, blank or from a process template, in one step.

#include "firststepsview.h"

#include <model/ids.h>

#include <QWidget>

class QAction;
class QComboBox;
class QPushButton;
class QStackedWidget;

namespace Keel {

class PageHeader;
class PlaceholderTreeView;
class PortfolioFilterModel;
class PortfolioModel;
class SearchField;
class WorkspaceDocument;

class PortfolioView : public QWidget
{
    Q_OBJECT
public:
    explicit PortfolioView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~PortfolioView() override;

    PortfolioModel *model() const { return m_model; }
    PortfolioFilterModel *filterModel() const { return m_filter; }
    PlaceholderTreeView *view() const { return m_view; }
    SearchField *searchField() const { return m_search; }
    QComboBox *phaseFilter() const { return m_phase; }
    QAction *newProjectAction() const { return m_newProject; }

    /// Opens the New Project dialog and applies its ChangeSet; returns the new project's id.
    Id newProject();
    /// Opens the properties of the current project (Alt+Return) and saves them as one undo step.
    void editProperties();
    QAction *propertiesAction() const { return m_properties; }
    /// Deletes the current project with its plan, after asking (Shift+Delete); one undo step.
    /// Refused with the reason for a closed project or one with time recorded on it.
    void deleteProject();
    QAction *deleteAction() const { return m_delete; }
    /// What an empty workspace shows instead of the table: the first steps to set it up.
    FirstStepsView *firstSteps() const { return m_firstSteps; }

Q_SIGNALS:
    /// A row was activated (double-click or Enter outside an editor): open the project, on its
    /// Lifecycle tab when the phase cell was activated.
    void projectActivated(const Keel::Id &projectId, bool lifecycle);
    /// A first step other than creating a project (which the portfolio does itself) was chosen.
    void firstStepRequested(Keel::FirstStepsView::Step step);

private:
    void updateSummary();
    void applyPhaseFilter();
    void selectProject(const Id &projectId);

    PortfolioModel *m_model;
    PortfolioFilterModel *m_filter;
    PageHeader *m_header;
    SearchField *m_search;
    QComboBox *m_phase;
    PlaceholderTreeView *m_view;
    FirstStepsView *m_firstSteps;
    QStackedWidget *m_stack;
    QAction *m_newProject;
    QAction *m_properties = nullptr;
    QAction *m_delete = nullptr;
    QPushButton *m_newProjectButton;
    WorkspaceDocument *m_document;
};

} // namespace Keel
