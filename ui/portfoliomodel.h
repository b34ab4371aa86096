#pragma once
// PortfolioModel: every project of the workspace, one row each, with its client, phase, health,
// dates and budget. Live: it follows the Workspace's signals (projects and clients). Editing a
// cell builds a ChangeSet and applies it through the WorkspaceDocument, which records the undo step.

#include "entitytablemodel.h"

#include <model/enums.h>

namespace Keel {

class WorkspaceDocument;
struct Project;

class PortfolioModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        ClientColumn,
        PhaseColumn,
        HealthColumn,
        StartColumn,
        FinishColumn,
        BudgetColumn,
        ColumnCount
    };
    enum Role {
        PhaseRole = EntityTableModel::FirstCustomRole, ///< int(Phase)
        HealthRole,                                    ///< int(Health)
        ClientIdRole,                                  ///< QUuid; null when the project has no client
        SearchTextRole,                                ///< code, name and client in one string, for filtering
    };

    explicit PortfolioModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Code and name take text; phase and health take an int of the enum (EditRole) or its stable name.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QHash<int, QByteArray> roleNames() const override;

    const Project *projectAt(int row) const;

protected:
    QList<int> columnsForFields(const QList<QByteArray> &fields) const override;
    void relatedEntitiesChanged(EntityType type, const QList<Id> &ids,
                                const QList<QByteArray> &fields) override;

private:
    QString clientName(const Project &project) const;
    QVariant displayData(const Project &project, int column) const;
    QVariant sortData(const Project &project, int column) const;

    WorkspaceDocument *m_document;
};

} // namespace Keel
