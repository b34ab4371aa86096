#pragma once
// ResourceModel: the shared resource pool, one row per resource (name, role, team, maximum units).
// Inactive resources are shown greyed. Live through the Workspace's signals.

#include "entitytablemodel.h"

namespace Keel {

struct Resource;

class ResourceModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, TeamColumn, MaxUnitsColumn, ColumnCount };

    explicit ResourceModel(const Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Resource *resourceAt(int row) const;

protected:
    QList<int> columnsForFields(const QList<QByteArray> &fields) const override;
};

} // namespace Keel
