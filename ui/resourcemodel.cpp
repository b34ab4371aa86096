#include "resourcemodel.h"

#include "enumtext.h"
#include "formatting.h"

#include <model/workspace.h>

#include <QGuiApplication>
#include <QPalette>

namespace Keel {

ResourceModel::ResourceModel(const Workspace &workspace, QObject *parent)
    : EntityTableModel(workspace, EntityType::Resource, parent)
{
}

int ResourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Resource *ResourceModel::resourceAt(int row) const
{
    return workspace().get<Resource>(idAt(row));
}

QVariant ResourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Resource *r = resourceAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return r->name;
        case RoleColumn:
            return r->role;
        case TeamColumn:
            return r->team;
        case MaxUnitsColumn:
            return Format::units(r->maxUnits);
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        if (index.column() == MaxUnitsColumn)
            return r->maxUnits;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            QString tip = EnumText::resourceKind(r->kind);
            if (!r->email.isEmpty())
                tip += u'\n' + r->email;
            if (!r->active)
                tip += u'\n' + tr("Inactive");
            return tip;
        }
        return {};
    case Qt::ForegroundRole:
        if (!r->active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MaxUnitsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return QVariant::fromValue(r->id);
    default:
        return {};
    }
}

QVariant ResourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == MaxUnitsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case TeamColumn:
        return tr("Team");
    case MaxUnitsColumn:
        return tr("Max. units");
    case ColumnCount:
        break;
    }
    return {};
}

QList<int> ResourceModel::columnsForFields(const QList<QByteArray> &fields) const
{
    if (fields.contains("active") || fields.contains("kind") || fields.contains("email"))
        return EntityTableModel::columnsForFields(fields);
    QList<int> columns;
    if (fields.contains("name"))
        columns.append(NameColumn);
    if (fields.contains("role"))
        columns.append(RoleColumn);
    if (fields.contains("team"))
        columns.append(TeamColumn);
    if (fields.contains("max_units"))
        columns.append(MaxUnitsColumn);
    return columns;
}

} // namespace Keel
