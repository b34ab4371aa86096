#include "clientmodel.h"

#include "workspacedocument.h"

#include <edit/editservice.h>
#include <model/workspace.h>

#include <QJsonObject>

namespace Keel {

ClientModel::ClientModel(const Workspace &workspace, QObject *parent)
    : EntityTableModel(workspace, EntityType::Client, parent)
{
    reloadRelated();
}

ClientModel::ClientModel(WorkspaceDocument *document, QObject *parent)
    : EntityTableModel(document->workspace(), EntityType::Client, parent)
    , m_document(document)
{
    reloadRelated();
}

void ClientModel::reloadRelated()
{
    countContacts();
    countProjects();
}

int ClientModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Client *ClientModel::clientAt(int row) const
{
    return workspace().get<Client>(idAt(row));
}

QVariant ClientModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Client *c = clientAt(index.row());
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (Column(index.column())) {
        case CodeColumn:
            return c->code;
        case NameColumn:
            return c->name;
        case IndustryColumn:
            return c->industry;
        case ContactsColumn:
            return contactCount(c->id);
        case ProjectsColumn:
            return projectCount(c->id);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !c->website.isEmpty())
            return c->website;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ContactsColumn || index.column() == ProjectsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return QVariant::fromValue(c->id);
    default:
        return {};
    }
}

QVariant ClientModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == ContactsColumn || section == ProjectsColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case IndustryColumn:
        return tr("Industry");
    case ContactsColumn:
        return tr("Contacts");
    case ProjectsColumn:
        return tr("Projects");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags ClientModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EntityTableModel::flags(index);
    if (m_document && index.isValid() && index.column() <= IndustryColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ClientModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Client *c = clientAt(index.row());
    if (!c)
        return false;
    static const QByteArray fields[] = {"code", "name", "industry"};
    if (index.column() > IndustryColumn)
        return false;
    const QString text = value.toString().trimmed();
    if (text == data(index, Qt::EditRole).toString())
        return true;
    const Edit edit = EditService(m_document->workspace())
                          .set(EntityType::Client, c->id, QJsonObject{{QString::fromLatin1(fields[index.column()]), text}});
    return edit.ok() && m_document->apply(edit.changes);
}

QList<int> ClientModel::columnsForFields(const QList<QByteArray> &fields) const
{
    QList<int> columns;
    if (fields.contains("code"))
        columns.append(CodeColumn);
    if (fields.contains("name"))
        columns.append(NameColumn);
    if (fields.contains("industry"))
        columns.append(IndustryColumn);
    if (fields.contains("website"))
        columns.append(NameColumn);
    return columns;
}

void ClientModel::relatedEntitiesChanged(EntityType type, const QList<Id> &, const QList<QByteArray> &fields)
{
    // Inserts and removals come with empty `fields`; changes matter only when they move an
    // entity to another client.
    const bool moved = fields.isEmpty() || fields.contains("client_id");
    if (type == EntityType::Contact && moved) {
        countContacts();
        emitColumnsChanged({ContactsColumn});
    } else if (type == EntityType::Project && moved) {
        countProjects();
        emitColumnsChanged({ProjectsColumn});
    }
}

void ClientModel::countContacts()
{
    m_contacts.clear();
    for (const Contact &c : workspace().table<Contact>())
        ++m_contacts[c.clientId];
}

void ClientModel::countProjects()
{
    m_projects.clear();
    for (const Project &p : workspace().projects())
        ++m_projects[p.clientId];
}

} // namespace Keel
