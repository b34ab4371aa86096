#pragma once
// EntityTableModel maps the entities of one type onto table rows and keeps them live: it turns
// the Workspace's entitiesInserted/Removed/Changed and reset signals into beginInsertRows,
// beginRemoveRows, dataChanged and model resets. Rows keep the order entities arrived in; views
// sort through a proxy. Subclasses supply the columns and data, and say which columns a field
// change or a change to a related entity type (a client's name) affects.

#include <model/entitytype.h>
#include <model/ids.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Keel {

class Workspace;

class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QUuid of the row's entity
        SortRole,                  ///< a value that sorts naturally (numbers as numbers)
        FirstCustomRole,
    };

    EntityTableModel(const Workspace &workspace, EntityType type, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QHash<int, QByteArray> roleNames() const override;

    EntityType entityType() const { return m_type; }
    const Workspace &workspace() const { return m_workspace; }
    /// The entity shown in `row`; a null id when out of range.
    Id idAt(int row) const;
    /// The row of an entity; -1 if not shown.
    int rowOf(const Id &id) const;
    QModelIndex indexOf(const Id &id, int column = 0) const;

protected:
    /// Columns that show `fields` of a row's own entity. Default: every column.
    virtual QList<int> columnsForFields(const QList<QByteArray> &fields) const;
    /// Entities of another type were inserted, removed or changed (`fields` empty unless changed).
    /// Default: nothing. Use emitColumnsChanged() for what the model shows of them.
    virtual void relatedEntitiesChanged(EntityType type, const QList<Id> &ids,
                                        const QList<QByteArray> &fields);
    /// The workspace was reset: recompute what the model caches about other entities. Runs inside
    /// the model reset. Default: nothing.
    virtual void reloadRelated();
    /// Emits dataChanged for `columns` of every row.
    void emitColumnsChanged(const QList<int> &columns);
    /// Emits dataChanged for `columns` of the given rows, one signal per run of adjacent rows.
    void emitRowsChanged(QList<int> rows, const QList<int> &columns);

private:
    void onInserted(EntityType type, const QList<Id> &ids);
    void onRemoved(EntityType type, const QList<Id> &ids);
    void onChanged(EntityType type, const QList<Id> &ids, const QList<QByteArray> &fields);
    void onReset();
    void loadRows();
    void reindex();

    const Workspace &m_workspace;
    const EntityType m_type;
    QList<Id> m_rows;
    QHash<Id, int> m_rowOf;
};

} // namespace Keel
