#pragma once
// ContactModel: the contact people of every client, one row per contact (name, role, e-mail,
// phone, portal access); views show one client's through a proxy filtering on ClientIdRole.
// Live through the Workspace's signals.

#include "entitytablemodel.h"

namespace Keel {

struct Contact;

class ContactModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, EmailColumn, PhoneColumn, PortalColumn, ColumnCount };
    enum Role { ClientIdRole = FirstCustomRole };

    explicit ContactModel(const Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Contact *contactAt(int row) const;
};

} // namespace Keel
