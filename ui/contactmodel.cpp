#include "contactmodel.h"

#include <model/workspace.h>

namespace Keel {

ContactModel::ContactModel(const Workspace &workspace, QObject *parent)
    : EntityTableModel(workspace, EntityType::Contact, parent)
{
}

int ContactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Contact *ContactModel::contactAt(int row) const
{
    return workspace().get<Contact>(idAt(row));
}

QVariant ContactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact *c = contactAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (Column(index.column())) {
        case NameColumn:
            return c->name;
        case RoleColumn:
            return c->role;
        case EmailColumn:
            return c->email;
        case PhoneColumn:
            return c->phone;
        case PortalColumn:
            return c->portalAccess ? tr("Yes") : QString();
        case ColumnCount:
            break;
        }
        return {};
    case IdRole:
        return QVariant::fromValue(c->id);
    case ClientIdRole:
        return c->clientId.toString();
    default:
        return {};
    }
}

QVariant ContactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("E-mail");
    case PhoneColumn:
        return tr("Phone");
    case PortalColumn:
        return tr("Portal");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ContactModel::roleNames() const
{
    QHash<int, QByteArray> names = EntityTableModel::roleNames();
    names.insert(ClientIdRole, "clientId");
    return names;
}

} // namespace Keel
