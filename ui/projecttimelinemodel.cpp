#include "projecttimelinemodel.h"

#include "clienttext.h"
#include "formatting.h"
#include "icons.h"

#include <model/workspace.h>

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace Keel {

namespace {

constexpr quintptr kTopLevel = 0;

QString whenText(qint64 utcMs)
{
    if (utcMs <= 0)
        return {};
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(), QLocale::ShortFormat);
}

QColor kindColor(ProjectTimelineModel::Kind kind)
{
    switch (kind) {
    case ProjectTimelineModel::Kind::Request:
        return QColor(0xd9, 0x77, 0x06);
    case ProjectTimelineModel::Kind::Document:
        return QColor(0x25, 0x63, 0xeb);
    case ProjectTimelineModel::Kind::Communication:
        return QColor(0x0d, 0x94, 0x88);
    case ProjectTimelineModel::Kind::Rating:
        return QColor(0x93, 0x33, 0xea);
    }
    return {};
}

bool isShownType(EntityType type)
{
    switch (type) {
    case EntityType::Request:
    case EntityType::Document:
    case EntityType::DocumentVersion:
    case EntityType::CommunicationEntry:
    case EntityType::SatisfactionRating:
    case EntityType::Project:
    case EntityType::Contact:
        return true;
    default:
        return false;
    }
}

} // namespace

ProjectTimelineModel::ProjectTimelineModel(const Workspace &workspace, QObject *parent)
    : QAbstractItemModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace, &Workspace::entitiesInserted, this,
            [this](EntityType type, const QList<Id> &) { onEntities(type); });
    connect(&workspace, &Workspace::entitiesRemoved, this,
            [this](EntityType type, const QList<Id> &) { onEntities(type); });
    connect(&workspace, &Workspace::entitiesChanged, this,
            [this](EntityType type, const QList<Id> &, const QList<QByteArray> &) { onEntities(type); });
    connect(&workspace, &Workspace::reset, this, &ProjectTimelineModel::reload);
}

void ProjectTimelineModel::setProjectId(const Id &projectId)
{
    if (m_projectId == projectId && m_clientId.isNull())
        return;
    m_projectId = projectId;
    m_clientId = Id();
    reload();
}

void ProjectTimelineModel::setClientId(const Id &clientId)
{
    if (m_clientId == clientId && m_projectId.isNull())
        return;
    m_clientId = clientId;
    m_projectId = Id();
    reload();
}

void ProjectTimelineModel::setKindVisible(Kind kind, bool visible)
{
    if (m_visible[int(kind)] == visible)
        return;
    m_visible[int(kind)] = visible;
    reload();
}

int ProjectTimelineModel::rowOf(const Id &id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == id)
            return row;
    }
    return -1;
}

void ProjectTimelineModel::onEntities(EntityType type)
{
    if (isShownType(type) && (!m_projectId.isNull() || !m_clientId.isNull()))
        reload();
}

void ProjectTimelineModel::reload()
{
    beginResetModel();
    collect();
    endResetModel();
}

void ProjectTimelineModel::collect()
{
    m_entries.clear();
    m_projects.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    if (!m_projectId.isNull()) {
        if (m_workspace.get<Project>(m_projectId))
            m_projects.append(m_projectId);
    } else if (!m_clientId.isNull()) {
        for (const Project &p : m_workspace.projects()) {
            if (p.clientId == m_clientId)
                m_projects.append(p.id);
        }
    }
    const QSet<Id> projects(m_projects.cbegin(), m_projects.cend());
    // Entries without a project belong to the client's timeline only.
    auto inScope = [&](const Id &projectId, const Id &clientId) {
        if (projects.contains(projectId))
            return true;
        return !m_clientId.isNull() && projectId.isNull() && clientId == m_clientId;
    };
    auto add = [this](Entry e) {
        ++m_counts[int(e.kind)];
        if (m_visible[int(e.kind)])
            m_entries.append(std::move(e));
    };

    for (const Request &r : m_workspace.table<Request>()) {
        if (inScope(r.projectId, {}))
            add({Kind::Request, r.id, r.projectId, r.createdUtcMs, {}});
    }
    QHash<Id, QList<Version>> versions;
    for (const DocumentVersion &v : m_workspace.table<DocumentVersion>())
        versions[v.documentId].append({v.id, v.version, v.createdUtcMs});
    for (const Document &d : m_workspace.table<Document>()) {
        if (!inScope(d.projectId, d.clientId))
            continue;
        Entry e{Kind::Document, d.id, d.projectId, 0, versions.value(d.id)};
        std::sort(e.versions.begin(), e.versions.end(),
                  [](const Version &a, const Version &b) { return a.number > b.number; });
        for (const Version &v : e.versions)
            e.time = std::max(e.time, v.time);
        add(std::move(e));
    }
    for (const CommunicationEntry &c : m_workspace.table<CommunicationEntry>()) {
        if (inScope(c.projectId, c.clientId))
            add({Kind::Communication, c.id, c.projectId, c.timeUtcMs, {}});
    }
    for (const SatisfactionRating &s : m_workspace.table<SatisfactionRating>()) {
        if (inScope(s.projectId, {}))
            add({Kind::Rating, s.id, s.projectId, s.timeUtcMs, {}});
    }
    // Newest first; ties in a stable order so the list does not jump on reload.
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if (a.time != b.time)
            return a.time > b.time;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.id < b.id;
    });
}

QModelIndex ProjectTimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.column() != 0 || parent.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[parent.row()];
    if (row >= e.versions.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ProjectTimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ProjectTimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    const Entry &e = m_entries[parent.row()];
    return e.kind == Kind::Document ? int(e.versions.size()) : 0;
}

int ProjectTimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProjectTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel)
        return entryData(m_entries[index.row()], index.column(), role);
    const Entry &document = m_entries[int(index.internalId() - 1)];
    return versionData(document, document.versions[index.row()], index.column(), role);
}

QVariant ProjectTimelineModel::entryData(const Entry &e, int column, int role) const
{
    switch (role) {
    case KindRole:
        return int(e.kind);
    case IdRole:
        return QVariant::fromValue(e.id);
    case DocumentIdRole:
        return e.kind == Kind::Document ? QVariant::fromValue(e.id) : QVariant();
    case TimeRole:
        return e.time;
    case ProjectIdRole:
        return QVariant::fromValue(e.projectId);
    case Qt::DecorationRole:
        return column == KindColumn ? QVariant(Icons::dot(kindColor(e.kind))) : QVariant();
    default:
        break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == WhenColumn)
        return whenText(e.time);
    if (column == ProjectColumn)
        return projectLabel(e.projectId);
    const QString sep = QStringLiteral(" · ");
    switch (e.kind) {
    case Kind::Request: {
        const Request *r = m_workspace.get<Request>(e.id);
        if (!r)
            return {};
        if (column == KindColumn)
            return ClientText::requestKind(r->kind);
        if (column == TitleColumn)
            return r->title;
        QStringList parts{ClientText::requestStatus(r->status),
                          tr("%1 priority").arg(ClientText::requestPriority(r->priority))};
        if (r->dueDate != kNoTime)
            parts << tr("due %1").arg(Format::date(r->dueDate));
        const QString contact = contactName(r->contactId);
        if (!contact.isEmpty())
            parts << contact;
        QString text = parts.join(sep);
        if (role == Qt::ToolTipRole && !r->description.isEmpty())
            text += u'\n' + r->description;
        return text;
    }
    case Kind::Document: {
        const Document *d = m_workspace.get<Document>(e.id);
        if (!d)
            return {};
        if (column == KindColumn)
            return tr("Document");
        if (column == TitleColumn)
            return d->name;
        const DocumentVersion *v = m_workspace.get<DocumentVersion>(e.versions.isEmpty() ? Id() : e.versions.first().id);
        QStringList parts{tr("version %1").arg(d->currentVersion)};
        if (e.versions.size() > 1)
            parts << tr("%n version(s)", nullptr, int(e.versions.size()));
        if (v)
            parts << QLocale().formattedDataSize(v->content.size());
        if (d->clientVisible)
            parts << tr("visible to the client");
        return parts.join(sep);
    }
    case Kind::Communication: {
        const CommunicationEntry *c = m_workspace.get<CommunicationEntry>(e.id);
        if (!c)
            return {};
        if (column == KindColumn)
            return ClientText::communicationKind(c->kind);
        if (column == TitleColumn)
            return c->subject;
        QStringList parts;
        if (!c->participants.isEmpty())
            parts << c->participants;
        if (!c->summary.isEmpty())
            parts << (role == Qt::ToolTipRole ? c->summary : c->summary.section(u'\n', 0, 0));
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : sep);
    }
    case Kind::Rating: {
        const SatisfactionRating *s = m_workspace.get<SatisfactionRating>(e.id);
        if (!s)
            return {};
        if (column == KindColumn)
            return tr("Rating");
        if (column == TitleColumn)
            return tr("%1  %2 of 5").arg(ClientText::stars(s->score)).arg(s->score);
        QStringList parts;
        const QString contact = contactName(s->contactId);
        if (!contact.isEmpty())
            parts << contact;
        if (!s->comment.isEmpty())
            parts << s->comment;
        return parts.join(sep);
    }
    }
    return {};
}

QVariant ProjectTimelineModel::versionData(const Entry &document, const Version &version, int column,
                                           int role) const
{
    switch (role) {
    case KindRole:
        return -1;
    case IdRole:
        return QVariant::fromValue(version.id);
    case DocumentIdRole:
        return QVariant::fromValue(document.id);
    case VersionRole:
        return version.number;
    case TimeRole:
        return version.time;
    case ProjectIdRole:
        return QVariant::fromValue(document.projectId);
    case Qt::ForegroundRole:
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    const DocumentVersion *v = m_workspace.get<DocumentVersion>(version.id);
    if (!v)
        return {};
    switch (Column(column)) {
    case WhenColumn:
        return whenText(v->createdUtcMs);
    case KindColumn:
        return {};
    case TitleColumn:
        return tr("Version %1").arg(v->version);
    case DetailsColumn: {
        QStringList parts{QLocale().formattedDataSize(v->content.size())};
        if (!v->author.isEmpty())
            parts << v->author;
        if (!v->comment.isEmpty())
            parts << v->comment;
        if (role == Qt::ToolTipRole)
            parts << tr("SHA-256 %1").arg(v->sha256);
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(" · "));
    }
    case ProjectColumn:
        return projectLabel(document.projectId);
    case ColumnCount:
        break;
    }
    return {};
}

QString ProjectTimelineModel::projectLabel(const Id &projectId) const
{
    const Project *p = m_workspace.get<Project>(projectId);
    if (!p)
        return {};
    return p->code.isEmpty() ? p->name : p->code;
}

QString ProjectTimelineModel::contactName(const Id &contactId) const
{
    const Contact *c = m_workspace.get<Contact>(contactId);
    return c ? c->name : QString();
}

QVariant ProjectTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case WhenColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Subject");
    case DetailsColumn:
        return tr("Details");
    case ProjectColumn:
        return tr("Project");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ProjectTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "entityId");
    names.insert(DocumentIdRole, "documentId");
    names.insert(VersionRole, "version");
    names.insert(TimeRole, "time");
    names.insert(ProjectIdRole, "projectId");
    return names;
}

} // namespace Keel
