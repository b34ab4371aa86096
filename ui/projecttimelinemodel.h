#pragma once
// ProjectTimelineModel: the client side of one project (or of every project of one client) as one
// chronological list, newest first — requests, documents, communication entries and satisfaction
// ratings. A document's versions are its child rows, newest first. Kinds can be hidden. Live: the
// model reloads when an entity it shows (or a contact or project it names) changes.

#include <model/entitytype.h>
#include <model/ids.h>

#include <QAbstractItemModel>
#include <QList>

namespace Keel {

class Workspace;

class ProjectTimelineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Request, Document, Communication, Rating };
    static constexpr int kKindCount = 4;

    enum Column { WhenColumn, KindColumn, TitleColumn, DetailsColumn, ProjectColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, ///< Kind as int; -1 on a version row
        IdRole,                      ///< the entity's id (a version row: its DocumentVersion)
        DocumentIdRole,              ///< document and version rows: the Document's id
        VersionRole,                 ///< version rows: the version number
        TimeRole,                    ///< UTC milliseconds since the epoch
        ProjectIdRole,
    };

    explicit ProjectTimelineModel(const Workspace &workspace, QObject *parent = nullptr);

    /// Shows one project; clears the client.
    void setProjectId(const Id &projectId);
    /// Shows every project of a client and its entries without a project; clears the project.
    void setClientId(const Id &clientId);
    Id projectId() const { return m_projectId; }
    Id clientId() const { return m_clientId; }
    /// The projects shown: the one project, or the client's projects.
    QList<Id> projectIds() const { return m_projects; }

    void setKindVisible(Kind kind, bool visible);
    bool isKindVisible(Kind kind) const { return m_visible[int(kind)]; }
    /// How many entries of `kind` the scope holds, shown or not.
    int count(Kind kind) const { return m_counts[int(kind)]; }

    /// The top-level row of an entity, -1 if not shown.
    int rowOf(const Id &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Version
    {
        Id id;
        int number = 0;
        qint64 time = 0;
    };
    struct Entry
    {
        Kind kind = Kind::Request;
        Id id;
        Id projectId;
        qint64 time = 0;
        QList<Version> versions; ///< documents only, newest first
    };

    void reload();
    void onEntities(EntityType type);
    void collect();
    QVariant entryData(const Entry &e, int column, int role) const;
    QVariant versionData(const Entry &document, const Version &v, int column, int role) const;
    QString projectLabel(const Id &projectId) const;
    QString contactName(const Id &contactId) const;

    const Workspace &m_workspace;
    Id m_projectId;
    Id m_clientId;
    QList<Id> m_projects;
    QList<Entry> m_entries;
    bool m_visible[kKindCount] = {true, true, true, true};
    int m_counts[kKindCount] = {0, 0, 0, 0};
};

} // namespace Keel
