#include "requirementmodel.h"

#include "workspacedocument.h"

#include <model/workspace.h>

#include <QBrush>
#include <QColor>

namespace Keel {

RequirementModel::RequirementModel(WorkspaceDocument *document, QObject *parent)
    : EntityTableModel(document->workspace(), EntityType::Requirement, parent)
    , m_document(document)
{
}

int RequirementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Requirement *RequirementModel::requirementAt(int row) const
{
    return workspace().get<Requirement>(idAt(row));
}

void RequirementModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

QString RequirementModel::acceptanceName(AcceptanceState state)
{
    switch (state) {
    case AcceptanceState::Proposed:
        return tr("Proposed");
    case AcceptanceState::Approved:
        return tr("Approved");
    case AcceptanceState::Rejected:
        return tr("Rejected");
    case AcceptanceState::Delivered:
        return tr("Delivered");
    case AcceptanceState::Accepted:
        return tr("Accepted");
    }
    return {};
}

QStringList RequirementModel::acceptanceNames()
{
    QStringList names;
    for (int s = 0; s < int(EnumNames<AcceptanceState>::names.size()); ++s)
        names << acceptanceName(AcceptanceState(s));
    return names;
}

QStringList RequirementModel::priorityNames()
{
    return {tr("Must"), tr("Should"), tr("Could")};
}

QVariant RequirementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Requirement *r = requirementAt(index.row());
    if (!r)
        return {};
    const Column column = Column(index.column());
    const int priority = std::clamp(r->priority, 1, 3);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn:
            return r->code;
        case TitleColumn:
            return r->title;
        case PriorityColumn:
            return priorityNames().value(priority - 1);
        case AcceptanceColumn:
            return acceptanceName(r->acceptance);
        default:
            return {};
        }
    case Qt::EditRole:
        switch (column) {
        case CodeColumn:
            return r->code;
        case TitleColumn:
            return r->title;
        case PriorityColumn:
            return priority - 1;
        case AcceptanceColumn:
            return int(r->acceptance);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case PriorityColumn:
            return priority;
        case AcceptanceColumn:
            return int(r->acceptance);
        case InScopeColumn:
            return r->inScope;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::CheckStateRole:
        if (column == InScopeColumn)
            return r->inScope ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ForegroundRole:
        if (column == AcceptanceColumn && r->acceptance == AcceptanceState::Proposed)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (!r->inScope)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn && !r->description.isEmpty())
            return r->description;
        return {};
    case IdRole:
        return QVariant::fromValue(r->id);
    case ProjectRole:
        return r->projectId.toString(QUuid::WithoutBraces);
    default:
        return {};
    }
}

QVariant RequirementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CodeColumn:
        return tr("Code");
    case TitleColumn:
        return tr("Requirement");
    case PriorityColumn:
        return tr("Priority");
    case AcceptanceColumn:
        return tr("Acceptance");
    case InScopeColumn:
        return tr("In scope");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags RequirementModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EntityTableModel::flags(index);
    if (!index.isValid() || m_readOnly)
        return f;
    if (index.column() == InScopeColumn)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool RequirementModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (m_readOnly || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Requirement *r = requirementAt(index.row());
    if (!r)
        return false;
    const QString label = r->code.isEmpty() ? r->title : r->code;
    ChangeSet changes;
    const Column column = Column(index.column());
    if (role == Qt::CheckStateRole && column == InScopeColumn) {
        const bool inScope = value.toInt() == Qt::Checked;
        if (inScope == r->inScope)
            return true;
        changes.setDescription(inScope ? tr("Bring requirement %1 into scope").arg(label)
                                       : tr("Take requirement %1 out of scope").arg(label));
        changes.update(EntityType::Requirement, r->id, "in_scope", inScope);
        return m_document->apply(changes);
    }
    if (role != Qt::EditRole)
        return false;
    switch (column) {
    case CodeColumn:
    case TitleColumn: {
        const QString text = value.toString().trimmed();
        const bool code = column == CodeColumn;
        if (text == (code ? r->code : r->title))
            return true;
        changes.setDescription(tr("Edit requirement %1").arg(label));
        changes.update(EntityType::Requirement, r->id, code ? "code" : "title", text);
        break;
    }
    case PriorityColumn: {
        const int priority = value.toInt() + 1;
        if (priority < 1 || priority > 3)
            return false;
        if (priority == r->priority)
            return true;
        changes.setDescription(tr("Set priority of requirement %1").arg(label));
        changes.update(EntityType::Requirement, r->id, "priority", priority);
        break;
    }
    case AcceptanceColumn: {
        bool ok = false;
        const int s = value.toInt(&ok);
        if (!ok || s < 0 || s >= int(EnumNames<AcceptanceState>::names.size()))
            return false;
        if (AcceptanceState(s) == r->acceptance)
            return true;
        changes.setDescription(tr("Mark requirement %1 %2").arg(label, acceptanceName(AcceptanceState(s))));
        changes.update(EntityType::Requirement, r->id, "acceptance", enumName(AcceptanceState(s)));
        break;
    }
    default:
        return false;
    }
    return m_document->apply(changes);
}

QList<int> RequirementModel::columnsForFields(const QList<QByteArray> &fields) const
{
    QList<int> columns;
    if (fields.contains("code"))
        columns << CodeColumn;
    if (fields.contains("title") || fields.contains("description") || fields.contains("in_scope"))
        columns << TitleColumn;
    if (fields.contains("priority"))
        columns << PriorityColumn;
    if (fields.contains("acceptance"))
        columns << AcceptanceColumn;
    if (fields.contains("in_scope"))
        columns << InScopeColumn << CodeColumn << PriorityColumn << AcceptanceColumn;
    if (fields.contains("project_id"))
        columns << CodeColumn;
    return columns;
}

} // namespace Keel
