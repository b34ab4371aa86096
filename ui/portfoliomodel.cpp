#include "portfoliomodel.h"

#include "enumtext.h"
#include "formatting.h"
#include "icons.h"
#include "workspacedocument.h"

#include <model/workspace.h>

namespace Keel {

namespace {

template <class E> std::optional<E> enumFromEdit(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return enumFromName<E>(value.toString());
    bool ok = false;
    const int i = value.toInt(&ok);
    if (!ok || i < 0 || i >= int(EnumNames<E>::names.size()))
        return std::nullopt;
    return E(i);
}

} // namespace

PortfolioModel::PortfolioModel(WorkspaceDocument *document, QObject *parent)
    : EntityTableModel(document->workspace(), EntityType::Project, parent)
    , m_document(document)
{
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Project *PortfolioModel::projectAt(int row) const
{
    return workspace().get<Project>(idAt(row));
}

QString PortfolioModel::clientName(const Project &project) const
{
    const Client *client = workspace().get<Client>(project.clientId);
    return client ? client->name : QString();
}

QVariant PortfolioModel::displayData(const Project &p, int column) const
{
    switch (Column(column)) {
    case CodeColumn:
        return p.code;
    case NameColumn:
        return p.name;
    case ClientColumn:
        return clientName(p);
    case PhaseColumn:
        return EnumText::phase(p.phase);
    case HealthColumn:
        return EnumText::health(p.health);
    case StartColumn:
        return Format::date(p.start);
    case FinishColumn:
        return Format::date(p.finish);
    case BudgetColumn:
        return Format::moneyWhole(p.budget, p.currency);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PortfolioModel::sortData(const Project &p, int column) const
{
    switch (Column(column)) {
    case PhaseColumn:
        return int(p.phase);
    case HealthColumn:
        return int(p.health);
    case StartColumn:
        return p.start;
    case FinishColumn:
        return p.finish;
    case BudgetColumn:
        return p.budget;
    default:
        return displayData(p, column);
    }
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Project *p = projectAt(index.row());
    if (!p)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*p, column);
    case Qt::EditRole:
        if (column == PhaseColumn)
            return int(p->phase);
        if (column == HealthColumn)
            return int(p->health);
        return displayData(*p, column);
    case Qt::DecorationRole:
        if (column == HealthColumn)
            return Icons::health(p->health);
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn && !p->description.isEmpty())
            return p->description.left(400);
        if (column == BudgetColumn)
            return Format::money(p->budget, p->currency);
        if (column == PhaseColumn)
            return tr("A project moves through its phase gates on its Lifecycle tab: double-click to open it.");
        return {};
    case Qt::TextAlignmentRole:
        if (column == BudgetColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return QVariant::fromValue(p->id);
    case SortRole:
        return sortData(*p, column);
    case PhaseRole:
        return int(p->phase);
    case HealthRole:
        return int(p->health);
    case ClientIdRole:
        return QVariant::fromValue(p->clientId);
    case SearchTextRole:
        return QStringList{p->code, p->name, clientName(*p)}.join(u'\n');
    default:
        return {};
    }
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == BudgetColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case ClientColumn:
        return tr("Client");
    case PhaseColumn:
        return tr("Phase");
    case HealthColumn:
        return tr("Health");
    case StartColumn:
        return tr("Start");
    case FinishColumn:
        return tr("Finish");
    case BudgetColumn:
        return tr("Budget");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags PortfolioModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = EntityTableModel::flags(index);
    if (!index.isValid())
        return f;
    switch (index.column()) {
    case CodeColumn:
    case NameColumn:
    case HealthColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool PortfolioModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Project *p = projectAt(index.row());
    if (!p)
        return false;
    const QString label = p->name.isEmpty() ? p->code : p->name;
    ChangeSet changes;
    switch (index.column()) {
    case CodeColumn: {
        const QString code = value.toString().trimmed();
        if (code == p->code)
            return true;
        changes.setDescription(tr("Change code of “%1”").arg(label));
        changes.update(EntityType::Project, p->id, "code", code);
        break;
    }
    case NameColumn: {
        const QString name = value.toString().trimmed();
        if (name == p->name)
            return true;
        changes.setDescription(tr("Rename “%1”").arg(label));
        changes.update(EntityType::Project, p->id, "name", name);
        break;
    }
    case HealthColumn: {
        const auto health = enumFromEdit<Health>(value);
        if (!health)
            return false;
        if (*health == p->health)
            return true;
        changes.setDescription(tr("Set health of “%1” to %2").arg(label, EnumText::health(*health)));
        changes.update(EntityType::Project, p->id, "health", enumName(*health));
        break;
    }
    default:
        return false;
    }
    // The Workspace's entitiesChanged signal updates the row; nothing to emit here.
    return m_document->apply(changes);
}

QHash<int, QByteArray> PortfolioModel::roleNames() const
{
    QHash<int, QByteArray> names = EntityTableModel::roleNames();
    names.insert(PhaseRole, "phase");
    names.insert(HealthRole, "health");
    names.insert(ClientIdRole, "clientId");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QList<int> PortfolioModel::columnsForFields(const QList<QByteArray> &fields) const
{
    QList<int> columns;
    auto add = [&columns](int c) {
        if (!columns.contains(c))
            columns.append(c);
    };
    for (const QByteArray &f : fields) {
        if (f == "code")
            add(CodeColumn);
        else if (f == "name")
            add(NameColumn);
        else if (f == "client_id")
            add(ClientColumn);
        else if (f == "phase")
            add(PhaseColumn);
        else if (f == "health")
            add(HealthColumn);
        else if (f == "start")
            add(StartColumn);
        else if (f == "finish")
            add(FinishColumn);
        else if (f == "budget" || f == "currency")
            add(BudgetColumn);
        else if (f == "description")
            add(NameColumn);
    }
    return columns;
}

void PortfolioModel::relatedEntitiesChanged(EntityType type, const QList<Id> &,
                                            const QList<QByteArray> &fields)
{
    // A client's name shows in the Client column; inserts and removals of clients only matter
    // together with project changes, which arrive on their own.
    if (type == EntityType::Client && fields.contains("name"))
        emitColumnsChanged({ClientColumn});
}

} // namespace Keel
