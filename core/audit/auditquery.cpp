#include "auditquery.h"

#include <model/workspace.h>

#include <QSet>

namespace Keel {

namespace {

/// Entity types shared across projects: a reference to one does not make a record part of it.
bool isShared(EntityType type)
{
    switch (type) {
    case EntityType::Settings:
    case EntityType::Calendar:
    case EntityType::Skill:
    case EntityType::Client:
    case EntityType::Contact:
    case EntityType::Resource:
    case EntityType::ExchangeRate:
    case EntityType::ProcessTemplate:
    case EntityType::None:
        return true;
    default:
        return false;
    }
}

} // namespace

AuditQuery::AuditQuery(Store &store)
    : m_store(store)
{
    setFilter({});
}

void AuditQuery::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    m_storeFilter = storeFilter();
    m_hasMore = true;
}

ChangeLogFilter AuditQuery::storeFilter() const
{
    ChangeLogFilter f;
    const Workspace &ws = m_store.workspace();
    if (!m_filter.recordId.isNull())
        f.entityIds << m_filter.recordId;
    if (!m_filter.projectId.isNull()) {
        const QList<Id> scope = projectScope(m_store, m_filter.projectId);
        if (f.entityIds.isEmpty()) {
            f.entityIds = scope;
        } else {
            const QSet<Id> inScope(scope.cbegin(), scope.cend());
            if (!inScope.contains(m_filter.recordId))
                f.entityIds = {newId()}; // matches nothing
        }
    }
    for (EntityType type : m_filter.types)
        f.entities << QString::fromLatin1(entityMeta(type).name);
    f.actor = m_filter.author;
    if (m_filter.from.isValid())
        f.fromUtcMs = m_filter.from.toMSecsSinceEpoch();
    if (m_filter.to.isValid())
        f.toUtcMs = m_filter.to.toMSecsSinceEpoch();
    f.text = m_filter.text.trimmed();
    if (!f.text.isEmpty()) {
        for (int t = 0; t < kEntityTypeCount; ++t) {
            const EntityType type = EntityType(t);
            const EntityMeta &meta = entityMeta(type);
            if (meta.labelField < 0 || (!m_filter.types.isEmpty() && !m_filter.types.contains(type)))
                continue;
            ws.table(type).forEachValue(meta.labelField, [&](const Id &id, const QVariant &v) {
                if (v.toString().contains(f.text, Qt::CaseInsensitive))
                    f.textEntityIds << id;
            });
        }
    }
    return f;
}

QList<ChangeLogRow> AuditQuery::fetch(int limit)
{
    if (!m_hasMore || limit <= 0)
        return {};
    const QList<ChangeLogRow> rows = m_store.findChanges(m_storeFilter, limit);
    m_hasMore = rows.size() == limit;
    if (!rows.isEmpty())
        m_storeFilter.beforeSeq = rows.last().seq;
    return rows;
}

QList<ChangeLogRow> AuditQuery::fetchAll()
{
    ChangeLogFilter f = m_storeFilter;
    f.beforeSeq = 0;
    QList<ChangeLogRow> all;
    constexpr int kPage = 5000;
    for (;;) {
        const QList<ChangeLogRow> rows = m_store.findChanges(f, kPage);
        all.append(rows);
        if (rows.size() < kPage)
            break;
        f.beforeSeq = rows.last().seq;
    }
    return all;
}

QList<Id> AuditQuery::projectScope(Store &store, const Id &projectId)
{
    const Workspace &ws = store.workspace();
    QSet<Id> scope{projectId};
    // References point from a record to its owner (a task to its project, an assignment to its
    // task): follow them until nothing new joins, a few rounds at most.
    for (bool grew = true; grew;) {
        grew = false;
        for (int t = 0; t < kEntityTypeCount; ++t) {
            const EntityType type = EntityType(t);
            if (isShared(type))
                continue;
            const EntityMeta &meta = entityMeta(type);
            for (int f = 1; f < meta.fields.size(); ++f) {
                const FieldDef &field = meta.fields[f];
                if (field.type != FieldType::Id || isShared(field.ref))
                    continue;
                ws.table(type).forEachValue(f, [&](const Id &id, const QVariant &v) {
                    if (!scope.contains(id) && scope.contains(v.value<QUuid>())) {
                        scope.insert(id);
                        grew = true;
                    }
                });
            }
        }
    }
    for (const Id &id : store.idsReferencing(projectId))
        scope.insert(id);
    return QList<Id>(scope.cbegin(), scope.cend());
}

} // namespace Keel
