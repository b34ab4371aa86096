#pragma once
// The Risks tab of a project: the risk register as a table (title, probability, impact, score,
// owner, status, due date; past-due open risks in red), add/edit/delete through ChangeSets, and a
// probability × impact matrix counting the risks that are not closed in each cell.

#include <model/ids.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace Keel {

class PlaceholderTreeView;
class RiskMatrix;
class RiskModel;
class WorkspaceDocument;

class RiskRegisterView : public QWidget
{
    Q_OBJECT
public:
    explicit RiskRegisterView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~RiskRegisterView() override;

    /// Shows the risks of project `projectId` (a null id shows none).
    void setProjectId(const Id &projectId);
    Id projectId() const { return m_projectId; }

    RiskModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    PlaceholderTreeView *table() const { return m_table; }
    RiskMatrix *matrix() const { return m_matrix; }

    /// Adds a new open risk to the project as one undo step; returns its id (null if refused).
    Id addRisk(const QString &title, int probability = 3, int impact = 3);
    /// Deletes the selected risks as one undo step.
    void deleteSelected();
    /// Opens the edit dialog for the current risk.
    void editCurrent();

private:
    void onAdd();
    void updateState();
    Id currentId() const;

    WorkspaceDocument *m_document;
    Id m_projectId;
    RiskModel *m_model;
    QSortFilterProxyModel *m_proxy;
    PlaceholderTreeView *m_table;
    RiskMatrix *m_matrix;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace Keel
