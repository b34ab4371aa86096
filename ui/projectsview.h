#pragma once
// The Projects view: the list of projects beside a summary of the selected one. The project's
// plan (tree-table and Gantt) will take the summary's place.

#include <QWidget>

class QListView;

namespace Keel {

class PageHeader;
class PortfolioFilterModel;
class PortfolioModel;
class ProjectSummary;
class SearchField;
class WorkspaceDocument;

class ProjectsView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectsView(WorkspaceDocument *document, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    ProjectSummary *summary() const { return m_summary; }

private:
    void updateSummaryLine();
    void showCurrent();

    PortfolioModel *m_model;
    PortfolioFilterModel *m_filter;
    PageHeader *m_header;
    SearchField *m_search;
    QListView *m_list;
    ProjectSummary *m_summary;
};

} // namespace Keel
