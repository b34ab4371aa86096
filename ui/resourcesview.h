#pragma once
// The Resources view: the shared pool as an editable table (name, role, team, skills, rates in
// effect today, calendar, maximum units) above the pool's load — a person × period heat map with
// over-allocated cells in red — and a histogram of the selected person's load against capacity.

#include "tablepage.h"

#include <model/ids.h>
#include <model/resource.h>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QToolBar;

namespace Keel {

class LoadHeatmapModel;
class LoadHeatmapView;
class LoadHistogram;
class ResourceModel;
class WorkspaceDocument;

class ResourcesView : public TablePage
{
    Q_OBJECT
public:
    explicit ResourcesView(WorkspaceDocument *document, QWidget *parent = nullptr);

    LoadHeatmapModel *loadModel() const { return m_loadModel; }
    LoadHeatmapView *heatmap() const { return m_heatmap; }
    LoadHistogram *histogram() const { return m_histogram; }
    /// The tool bar above the load: the period selector, and room for pool-wide actions.
    QToolBar *loadToolBar() const { return m_toolBar; }

    /// The pool's editors (Insert, Return on a row, Delete): a new person through ResourceDialog,
    /// the current one edited or deleted; each one undoable step through the edit service.
    void addResource();
    void editResource();
    void deleteResource();
    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    /// The week grid of the selected person (else the first), this week.
    void openTimesheet();

protected:
    QString summaryText(int total) const override;
    QString emptyText() const override;

private:
    void selectInTable(const Id &resourceId);
    void onTableCurrentChanged();
    void updateLoadSummary();
    /// Selects the most over-allocated (else the busiest) person, so the histogram shows something.
    void selectBusiestPerson();
    Id currentResource() const;
    /// Runs ResourceDialog on @p resource (new or stored) and applies what it saved.
    void editInDialog(const Resource &resource);
    void updateActions();

    WorkspaceDocument *m_document;
    LoadHeatmapModel *m_loadModel;
    QToolBar *m_toolBar;
    QComboBox *m_period;
    QDateEdit *m_from;
    QLabel *m_loadSummary;
    LoadHeatmapView *m_heatmap;
    LoadHistogram *m_histogram;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace Keel
