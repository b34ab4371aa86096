#pragma once
// AuditQuery: the change log filtered the way an auditor asks — one record's history, every change
// of a kind of record, of a project (its tasks, risks, assignments… and the records it once held
// that are deleted now), of an author, in a time range, or holding a text (the change's
// description, author, field or values, or the name of the record). The filtering runs in the
// store's SQL, a page at a time, so a long log is read only as far as somebody scrolls.

#include <model/entitytype.h>
#include <model/ids.h>
#include <store/store.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace Keel {

class Workspace;

/// What an audit trail shows; an empty member matches everything.
struct AuditFilter
{
    Id recordId;                ///< one record's own history
    QList<EntityType> types;    ///< changes to records of these kinds
    Id projectId;               ///< changes to the project and to the records that belong to it
    QString author;             ///< changes applied by this author (exactly as logged)
    QDateTime from;             ///< applied at or after (any time zone; compared in UTC)
    QDateTime to;               ///< applied before
    QString text;               ///< text in the description, author, field, values or record name
};

class AuditQuery
{
public:
    /// Reads @p store's change log; names are looked up in @p store's workspace.
    explicit AuditQuery(Store &store);

    /// Sets the filter; the next fetch() starts again from the newest change.
    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }

    /// The next page of at most @p limit matching rows, newest first; empty once all are read.
    QList<ChangeLogRow> fetch(int limit);
    /// True until a fetch() returned fewer rows than it asked for.
    bool hasMore() const { return m_hasMore; }

    /// Every matching row, newest first (exports).
    QList<ChangeLogRow> fetchAll();

    /// The ids of a project, of the live records that belong to it (through any chain of
    /// references: tasks, their assignments and links, risks, baselines and their tasks…) and of
    /// the records once inserted or deleted naming it.
    static QList<Id> projectScope(Store &store, const Id &projectId);

private:
    ChangeLogFilter storeFilter() const;

    Store &m_store;
    AuditFilter m_filter;
    ChangeLogFilter m_storeFilter;
    bool m_hasMore = true;
};

} // namespace Keel
