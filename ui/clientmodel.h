#pragma once
// ClientModel: the clients of the workspace with how many contacts and projects each has. Live:
// follows clients, and contacts and projects moving between clients.

#include "entitytablemodel.h"

namespace Keel {

struct Client;

class ClientModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, IndustryColumn, ContactsColumn, ProjectsColumn, ColumnCount };

    explicit ClientModel(const Workspace &workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Client *clientAt(int row) const;
    int contactCount(const Id &clientId) const { return m_contacts.value(clientId); }
    int projectCount(const Id &clientId) const { return m_projects.value(clientId); }

protected:
    QList<int> columnsForFields(const QList<QByteArray> &fields) const override;
    void relatedEntitiesChanged(EntityType type, const QList<Id> &ids,
                                const QList<QByteArray> &fields) override;
    void reloadRelated() override;

private:
    void countContacts();
    void countProjects();

    QHash<Id, int> m_contacts;
    QHash<Id, int> m_projects;
};

} // namespace Keel
