#pragma once
// Store owns an open workspace: the SQLite file and the in-memory Workspace loaded from it.
// apply() is the one path for every change in Keel:
//   1. validate (refused with a translated message, nothing applied),
//   2. mutate the in-memory model,
//   3. write it to the database in one transaction,
//   4. append it to the change log (actor, UTC time, entity, field, old, new, HLC, replica id),
//   5. notify listeners through the Workspace's signals.
// Undo applies the applied ChangeSet's inverse() through the same path.

#include "hybridclock.h"
#include "sqlitedb.h"

#include <model/workspace.h>

#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

namespace Keel {

/// One ChangeSet as recorded in the change log.
struct LogEntry
{
    qint64 seq = 0;
    Id id;
    qint64 hlc = 0;
    Id replica;
    QString actor;
    qint64 utcMs = 0;
    QString description;
    struct Item
    {
        QString op;      ///< "insert", "update", "delete"
        QString entity;  ///< entity type name
        Id entityId;
        QString field;
        QString oldValue;
        QString newValue;
    };
    QList<Item> items;
};

/// Which change-log rows Store::findChanges returns; an empty member matches every row.
struct ChangeLogFilter
{
    QList<Id> entityIds;      ///< rows about one of these records
    QStringList entities;     ///< rows about one of these entity names ("task", "project")
    QString actor;            ///< rows whose ChangeSet this author applied
    qint64 fromUtcMs = 0;     ///< rows applied at or after this UTC time (0: no bound)
    qint64 toUtcMs = 0;       ///< rows applied before this UTC time (0: no bound)
    QString text;             ///< rows whose description, author, field or values hold this text…
    QList<Id> textEntityIds;  ///< …or that are about one of these records (named like the text)
    qint64 beforeSeq = 0;     ///< rows older than this change_log row (0: from the newest)
};

/// One row of the change log together with its ChangeSet's author, time and description.
struct ChangeLogRow
{
    qint64 seq = 0;           ///< the change_log row, newest highest
    qint64 setSeq = 0;        ///< the ChangeSet it belongs to
    QString actor;
    qint64 utcMs = 0;
    QString description;
    LogEntry::Item item;
};

class Store
{
public:
    /// Creates a new workspace file (which must not exist) and opens it.
    static std::unique_ptr<Store> create(const QString &path, QString *error, const QString &name = {});
    /// Opens a workspace file; on failure *error names the file and the reason, and the file is untouched.
    static std::unique_ptr<Store> open(const QString &path, QString *error);
    /// A workspace that lives only in memory (imports, tests, conversions).
    static std::unique_ptr<Store> createInMemory(const QString &name = {});
    ~Store();

    const Workspace &workspace() const { return *m_workspace; }
    /// Applies a ChangeSet through the one path; returns the applied ChangeSet (old values filled,
    /// so its inverse() undoes it), or nullopt with *error set and nothing changed.
    std::optional<ChangeSet> apply(const ChangeSet &changes, QString *error = nullptr);

    QString path() const { return m_path; }
    bool isInMemory() const { return m_path.isEmpty(); }
    Id replicaId() const { return m_replica; }
    int schemaVersion() const { return m_schemaVersion; }
    /// Who is recorded as the author of changes; defaults to the operating-system user.
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }

    /// Number of ChangeSets and of change-log rows recorded.
    qint64 changeSetCount();
    qint64 changeRowCount();
    /// The change log, newest first.
    QList<LogEntry> log(int limit, int offset = 0);
    /// The rows matching @p filter, newest first, at most @p limit of them (a page; the next page
    /// passes the last row's seq as ChangeLogFilter::beforeSeq).
    QList<ChangeLogRow> findChanges(const ChangeLogFilter &filter, int limit);
    /// The rows of the ChangeSet @p setSeq, in the order they were applied.
    QList<ChangeLogRow> changeSetRows(qint64 setSeq);
    /// The authors in the change log, sorted.
    QStringList logActors();
    /// The JSON record of an entity's latest insert or delete in the change log: what it held
    /// when it was created or removed, so a deleted record can still be named. Empty if none.
    QString lastRecordJson(const Id &entityId);
    /// Ids of the records whose inserted or deleted JSON record holds @p id (a deleted task of a
    /// project names the project): the records that once belonged to it.
    QList<Id> idsReferencing(const Id &id);

private:
    Store();
    bool initialize(const QString &path, bool create, QString *error);
    bool migrate(QString *error);
    bool load(QString *error);
    bool persist(const ChangeSet &applied, QString *error);
    bool writeChange(const Change &c, QString *error);
    bool fillIdTable(const char *table, const QList<Id> &ids);

    std::unique_ptr<Workspace> m_workspace;
    SqliteDb m_db;
    std::unique_ptr<QLockFile> m_lock;
    HybridClock m_clock;
    QString m_path;
    QString m_actor;
    Id m_replica;
    int m_schemaVersion = 0;
};

} // namespace Keel
