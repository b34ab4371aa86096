#pragma once
// RequirementModel: the requirements (scope items) of the workspace as a table — code, title,
// priority (must/should/could), acceptance state and whether it is in scope. The lifecycle view
// shows one project's through a proxy on ProjectRole. Every edit is one ChangeSet.

#include "entitytablemodel.h"

#include <model/enums.h>

namespace Keel {

struct Requirement;
class WorkspaceDocument;

class RequirementModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, TitleColumn, PriorityColumn, AcceptanceColumn, InScopeColumn, ColumnCount };
    enum Role { ProjectRole = FirstCustomRole };

    explicit RequirementModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Requirement *requirementAt(int row) const;
    /// While read-only (an archived project), nothing is editable.
    void setReadOnly(bool readOnly);

    static QString acceptanceName(AcceptanceState state);
    static QStringList acceptanceNames();
    /// "Must", "Should", "Could" for priorities 1, 2, 3.
    static QStringList priorityNames();

protected:
    QList<int> columnsForFields(const QList<QByteArray> &fields) const override;

private:
    WorkspaceDocument *m_document;
    bool m_readOnly = false;
};

} // namespace Keel
