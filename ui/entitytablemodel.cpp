#include "entitytablemodel.h"

#include <model/workspace.h>

#include <algorithm>

namespace Keel {

EntityTableModel::EntityTableModel(const Workspace &workspace, EntityType type, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
    , m_type(type)
{
    loadRows();
    connect(&workspace, &Workspace::entitiesInserted, this, &EntityTableModel::onInserted);
    connect(&workspace, &Workspace::entitiesRemoved, this, &EntityTableModel::onRemoved);
    connect(&workspace, &Workspace::entitiesChanged, this, &EntityTableModel::onChanged);
    connect(&workspace, &Workspace::reset, this, &EntityTableModel::onReset);
}

int EntityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> EntityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "entityId");
    names.insert(SortRole, "sortValue");
    return names;
}

Id EntityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : Id();
}

int EntityTableModel::rowOf(const Id &id) const
{
    return m_rowOf.value(id, -1);
}

QModelIndex EntityTableModel::indexOf(const Id &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QList<int> EntityTableModel::columnsForFields(const QList<QByteArray> &) const
{
    QList<int> all;
    for (int c = 0; c < columnCount(); ++c)
        all.append(c);
    return all;
}

void EntityTableModel::relatedEntitiesChanged(EntityType, const QList<Id> &, const QList<QByteArray> &) {}

void EntityTableModel::reloadRelated() {}

void EntityTableModel::emitColumnsChanged(const QList<int> &columns)
{
    if (m_rows.isEmpty() || columns.isEmpty())
        return;
    const auto [low, high] = std::minmax_element(columns.begin(), columns.end());
    Q_EMIT dataChanged(index(0, *low), index(int(m_rows.size()) - 1, *high));
}

void EntityTableModel::emitRowsChanged(QList<int> rows, const QList<int> &columns)
{
    if (rows.isEmpty() || columns.isEmpty())
        return;
    const auto [low, high] = std::minmax_element(columns.begin(), columns.end());
    std::sort(rows.begin(), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] <= rows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(rows[i], *low), index(rows[j], *high));
        i = j + 1;
    }
}

void EntityTableModel::onInserted(EntityType type, const QList<Id> &ids)
{
    if (type != m_type) {
        relatedEntitiesChanged(type, ids, {});
        return;
    }
    QList<Id> fresh;
    for (const Id &id : ids) {
        if (!m_rowOf.contains(id) && m_workspace.table(m_type).contains(id))
            fresh.append(id);
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Id &id : fresh) {
        m_rowOf.insert(id, int(m_rows.size()));
        m_rows.append(id);
    }
    endInsertRows();
}

void EntityTableModel::onRemoved(EntityType type, const QList<Id> &ids)
{
    if (type != m_type) {
        relatedEntitiesChanged(type, ids, {});
        return;
    }
    QList<int> rows;
    for (const Id &id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    // From the bottom up, one signal per run of adjacent rows, so earlier row numbers stay valid.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
            ++j;
        const int first = rows[j];
        const int last = rows[i];
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    reindex();
}

void EntityTableModel::onChanged(EntityType type, const QList<Id> &ids, const QList<QByteArray> &fields)
{
    if (type != m_type) {
        relatedEntitiesChanged(type, ids, fields);
        return;
    }
    QList<int> rows;
    for (const Id &id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.append(row);
    }
    emitRowsChanged(rows, columnsForFields(fields));
}

void EntityTableModel::onReset()
{
    beginResetModel();
    loadRows();
    reloadRelated();
    endResetModel();
}

void EntityTableModel::loadRows()
{
    m_rows = m_workspace.table(m_type).ids();
    reindex();
}

void EntityTableModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows[row], row);
}

} // namespace Keel
