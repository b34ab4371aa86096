#pragma once
// ResourceModel: the shared resource pool, one row per resource: name, role, team, skills with
// their levels, the cost and bill rates in effect today, the calendar and the maximum units.
// Inactive resources are shown greyed. Live through the Workspace's signals. Built on a
// WorkspaceDocument, name, role, team and maximum units are editable; each edit is a ChangeSet.

#include "entitytablemodel.h"

namespace Keel {

struct Resource;
class WorkspaceDocument;

class ResourceModel : public EntityTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        RoleColumn,
        TeamColumn,
        MaxUnitsColumn,
        CostRateColumn,
        BillRateColumn,
        CalendarColumn,
        SkillsColumn,
        ColumnCount
    };

    /// A read-only pool.
    explicit ResourceModel(const Workspace &workspace, QObject *parent = nullptr);
    /// An editable pool: edits go through `document`.
    explicit ResourceModel(WorkspaceDocument *document, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Resource *resourceAt(int row) const;
    /// "Java 4, SQL 3, Go 2, +1": a resource's strongest skills (all of them in the tooltip).
    QString skillsText(const Id &resourceId) const { return m_skills.value(resourceId); }

protected:
    QList<int> columnsForFields(const QList<QByteArray> &fields) const override;
    void relatedEntitiesChanged(EntityType type, const QList<Id> &ids,
                                const QList<QByteArray> &fields) override;
    void reloadRelated() override;

private:
    void collectSkills();
    QString calendarName(const Resource &r) const;

    WorkspaceDocument *m_document = nullptr;
    QHash<Id, QString> m_skills;
    QHash<Id, QString> m_skillsFull;
};

} // namespace Keel
