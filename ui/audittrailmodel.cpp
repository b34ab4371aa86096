#include "audittrailmodel.h"

#include "workspacedocument.h"

#include <audit/auditexport.h>
#include <model/workspace.h>
#include <store/store.h>

#include <QTimer>

namespace Keel {

AuditTrailModel::AuditTrailModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_query(std::make_unique<AuditQuery>(document->store()))
    , m_formatter(std::make_unique<AuditFormatter>(document->store()))
{
    const auto queueReload = [this] {
        if (m_reloadQueued)
            return;
        m_reloadQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_reloadQueued = false;
            reload();
        });
    };
    connect(&document->workspace(), &Workspace::changeSetApplied, this, queueReload);
    connect(&document->workspace(), &Workspace::reset, this, queueReload);
    reload();
}

AuditTrailModel::~AuditTrailModel() = default;

void AuditTrailModel::setFilter(const AuditFilter &filter)
{
    m_query->setFilter(filter);
    reload();
}

void AuditTrailModel::reload()
{
    beginResetModel();
    m_query->setFilter(m_query->filter());
    m_formatter = std::make_unique<AuditFormatter>(m_document->store());
    m_rows = m_formatter->format(m_query->fetch(kPageSize));
    endResetModel();
}

QList<AuditRow> AuditTrailModel::allRows()
{
    AuditQuery query(m_document->store());
    query.setFilter(m_query->filter());
    return m_formatter->format(query.fetchAll());
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return QVariant::fromValue(r.recordId);
    if (role == SeqRole)
        return r.seq;
    if (role == SortRole && index.column() == WhenColumn)
        return r.seq;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case WhenColumn:
        return r.when;
    case WhoColumn:
        return r.who;
    case TypeColumn:
        return r.recordType;
    case RecordColumn:
        return r.record;
    case FieldColumn:
        return r.field;
    case OldColumn:
        return r.oldValue;
    case NewColumn:
        return r.newValue;
    case ActionColumn:
        return r.description;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QStringList titles = AuditExport::headers();
    return titles.value(section);
}

bool AuditTrailModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_query->hasMore();
}

void AuditTrailModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_query->hasMore())
        return;
    const QList<AuditRow> more = m_formatter->format(m_query->fetch(kPageSize));
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

} // namespace Keel
