#pragma once
// The Portfolio view: every project in a sortable, filterable table (PortfolioModel through
// PortfolioFilterModel). Code, name, phase and health are edited in place; each edit is one undo step.

#include <QWidget>

class QComboBox;

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

private:
    void updateSummary();
    void applyPhaseFilter();

    PortfolioModel *m_model;
    PortfolioFilterModel *m_filter;
    PageHeader *m_header;
    SearchField *m_search;
    QComboBox *m_phase;
    PlaceholderTreeView *m_view;
};

} // namespace Keel
