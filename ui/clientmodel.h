#pragma once
// ClientModel: the clients of the workspace with how many contacts and projects each has. Live:
// follows clients, and contacts and projects moving between clients. Built on a
// WorkspaceDocument, code, name and industry are editable; each edit is a ChangeSet.

#include "entitytablemodel.h"

namespace Keel {

struct Client;
class WorkspaceDocument;

class ClientModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, IndustryColumn, ContactsColumn, ProjectsColumn, ColumnCount };

    /// A read-only list.
    explicit ClientModel(const Workspace &workspace, QObject *parent = nullptr);
    /// An editable list: edits go through `document`.
    explicit ClientModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

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

    WorkspaceDocument *m_document = nullptr;
    QHash<Id, int> m_contacts;
    QHash<Id, int> m_projects;
};

} // namespace Keel
