#include "inboxmodel.h"

#include "formatting.h"
#include "icons.h"
#include "workspacedocument.h"

#include <model/workspace.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSettings>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Keel {

namespace {

constexpr int kDebounceMs = 400;
constexpr int kClockMs = 5 * 60 * 1000;
constexpr quintptr kGroupId = 0;

QColor severityColor(InboxSeverity severity)
{
    switch (severity) {
    case InboxSeverity::Critical:
        return Icons::healthColor(Health::Red);
    case InboxSeverity::Warning:
        return Icons::healthColor(Health::Amber);
    case InboxSeverity::Info:
        break;
    }
    return QGuiApplication::palette().color(QPalette::Highlight);
}

} // namespace

InboxModel::InboxModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_debounce(new QTimer(this))
    , m_clock(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &InboxModel::refresh);
    m_clock->setInterval(kClockMs);
    connect(m_clock, &QTimer::timeout, this, &InboxModel::refresh);
    m_clock->start();

    const QStringList read = QSettings().value(settingsKey(m_document->filePath())).toStringList();
    m_read = QSet<QString>(read.cbegin(), read.cend());

    const Workspace &ws = m_document->workspace();
    const auto later = [this] { m_debounce->start(); };
    connect(&ws, &Workspace::changeSetApplied, this, later);
    connect(&ws, &Workspace::reset, this, later);
    refresh();
}

InboxModel::~InboxModel()
{
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker.data();
    }
}


QString InboxModel::settingsKey(const QString &filePath)
{
    const QByteArray hash = QCryptographicHash::hash(filePath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("inbox/%1/read").arg(QString::fromLatin1(hash));
}

void InboxModel::setNow(Minutes now)
{
    m_now = now;
    refresh();
}

void InboxModel::setSettings(const InboxSettings &settings)
{
    m_settings = settings;
    refresh();
}

void InboxModel::setKindFilter(std::optional<InboxKind> kind)
{
    if (m_filter == kind)
        return;
    beginResetModel();
    m_filter = kind;
    rebuildGroups();
    endResetModel();
}

void InboxModel::refresh()
{
    m_debounce->stop();
    const Minutes now = m_now != kNoTime ? m_now : toMinutes(QDateTime::currentDateTime());
    InboxSettings quick = m_settings;
    quick.earlyWarnings = false;
    m_baseItems = inboxItems(m_document->workspace(), now, quick);
    if (m_settings.earlyWarnings) {
        startWarnings(now);
    } else {
        m_warningItems.clear();
        m_warningsStale = false;
    }
    publish();
}

void InboxModel::startWarnings(Minutes now)
{
    if (m_worker) {
        // One worker at a time: this one's result is out of date, run again when it is done.
        m_warningsStale = true;
        m_warningsNow = now;
        return;
    }
    m_warningsStale = false;
    auto copy = std::shared_ptr<const Workspace>(m_document->workspace().clone());
    auto result = std::make_shared<std::vector<InboxItem>>();
    const InboxSettings settings = m_settings;
    QThread *worker = QThread::create([copy, result, now, settings] {
        *result = inboxWarningItems(*copy, now, settings);
    });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker, result] {
        worker->deleteLater();
        m_worker = nullptr;
        if (m_warningsStale) {
            startWarnings(m_warningsNow);
            return;
        }
        if (!m_settings.earlyWarnings)
            return;
        m_warningItems = std::move(*result);
        publish();
    });
    worker->start(QThread::LowPriority);
}

void InboxModel::publish()
{
    std::vector<InboxItem> items = m_baseItems;
    items.insert(items.end(), m_warningItems.begin(), m_warningItems.end());
    sortInboxItems(items);

    beginResetModel();
    m_items = std::move(items);
    rebuildGroups();
    endResetModel();

    QSet<QString> keys;
    int fresh = 0;
    QString first;
    for (const InboxItem &i : m_items) {
        keys.insert(i.key);
        if (!m_read.contains(i.key) && !m_known.contains(i.key)) {
            if (fresh++ == 0)
                first = i.title;
        }
    }
    // Forget read marks of items that are gone, so the settings do not grow without end. While
    // warnings are being computed, their read marks stay.
    const qsizetype before = m_read.size();
    if (!m_worker)
        m_read.intersect(keys);
    if (m_read.size() != before && m_refreshedOnce)
        saveRead();
    m_known = keys;
    m_refreshedOnce = true;
    updateUnread();
    Q_EMIT refreshed();
    if (fresh > 0)
        Q_EMIT newItemsArrived(fresh, first);
}

void InboxModel::rebuildGroups()
{
    m_groups.clear();
    for (int k = 0; k < kInboxKindCount; ++k) {
        const InboxKind kind = InboxKind(k);
        if (m_filter && *m_filter != kind)
            continue;
        Group group{kind, {}};
        for (int i = 0; i < int(m_items.size()); ++i) {
            if (m_items[size_t(i)].kind == kind)
                group.items.push_back(i);
        }
        if (!group.items.empty())
            m_groups.push_back(std::move(group));
    }
}

void InboxModel::saveRead() const
{
    QStringList keys(m_read.cbegin(), m_read.cend());
    keys.sort();
    QSettings().setValue(settingsKey(m_document->filePath()), keys);
}

void InboxModel::updateUnread()
{
    int unread = 0;
    for (const InboxItem &i : m_items)
        unread += m_read.contains(i.key) ? 0 : 1;
    if (unread == m_unread)
        return;
    m_unread = unread;
    Q_EMIT unreadCountChanged(unread);
}

QString InboxModel::firstUnreadTitle() const
{
    for (const InboxItem &i : m_items) {
        if (!m_read.contains(i.key))
            return i.title;
    }
    return {};
}

const InboxItem *InboxModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kGroupId)
        return nullptr;
    const Group &g = m_groups[size_t(index.internalId() - 1)];
    return &m_items[size_t(g.items[size_t(index.row())])];
}

void InboxModel::setRead(const QModelIndexList &indexes, bool read)
{
    bool changed = false;
    const auto mark = [&](const InboxItem &i) {
        const bool was = m_read.contains(i.key);
        if (read && !was)
            m_read.insert(i.key);
        else if (!read && was)
            m_read.remove(i.key);
        else
            return;
        changed = true;
    };
    for (const QModelIndex &index : indexes) {
        if (!index.isValid() || index.model() != this)
            continue;
        if (const InboxItem *i = item(index)) {
            mark(*i);
        } else {
            for (int row : m_groups[size_t(index.row())].items)
                mark(m_items[size_t(row)]);
        }
    }
    if (!changed)
        return;
    saveRead();
    emitAllChanged();
    updateUnread();
}

void InboxModel::markAllRead()
{
    // Every item, also those hidden by the kind filter.
    const qsizetype before = m_read.size();
    for (const InboxItem &i : m_items)
        m_read.insert(i.key);
    if (m_read.size() == before)
        return;
    saveRead();
    emitAllChanged();
    updateUnread();
}

void InboxModel::emitAllChanged()
{
    if (m_groups.empty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_groups.size()) - 1, ColumnCount - 1));
    for (int g = 0; g < int(m_groups.size()); ++g) {
        const QModelIndex parent = index(g, 0);
        Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent));
    }
}

QModelIndex InboxModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_groups.size()) ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.column() != 0 || parent.row() >= int(m_groups.size()))
        return {};
    if (row >= int(m_groups[size_t(parent.row())].items.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex InboxModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != kGroupId || parent.column() != 0)
        return 0;
    return int(m_groups[size_t(parent.row())].items.size());
}

int InboxModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Item");
    case ProjectColumn:
        return tr("Project");
    case DateColumn:
        return tr("Date");
    case ReasonColumn:
        return tr("Details");
    default:
        return {};
    }
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (index.internalId() == kGroupId)
        return groupData(m_groups[size_t(index.row())], index.column(), role);
    return itemData(*item(index), index.column(), role);
}

QVariant InboxModel::groupData(const Group &group, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn) {
            int unread = 0;
            for (int i : group.items)
                unread += m_read.contains(m_items[size_t(i)].key) ? 0 : 1;
            const QString name = inboxKindName(group.kind);
            const int count = int(group.items.size());
            return unread > 0 ? tr("%1 (%2, %3 unread)").arg(name).arg(count).arg(unread)
                              : tr("%1 (%2)").arg(name).arg(count);
        }
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case KindRole:
    case SortRole:
        return int(group.kind);
    case GroupRole:
        return true;
    case UnreadRole: {
        for (int i : group.items) {
            if (!m_read.contains(m_items[size_t(i)].key))
                return true;
        }
        return false;
    }
    default:
        return {};
    }
}

QString InboxModel::projectLabel(const Id &projectId) const
{
    const Project *p = m_document->workspace().get<Project>(projectId);
    return p ? p->name : QString();
}

QVariant InboxModel::itemData(const InboxItem &item, int column, int role) const
{
    const bool unread = !m_read.contains(item.key);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return item.title;
        case ProjectColumn:
            return projectLabel(item.projectId);
        case DateColumn:
            return Format::date(item.date);
        case ReasonColumn:
            return item.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == TitleColumn)
            return tr("%1 · %2").arg(inboxSeverityName(item.severity), inboxKindName(item.kind));
        if (column == ReasonColumn || column == ProjectColumn)
            return itemData(item, column, Qt::DisplayRole);
        return {};
    case Qt::DecorationRole:
        if (column == TitleColumn)
            return Icons::dot(severityColor(item.severity));
        return {};
    case Qt::FontRole:
        if (unread) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        return column == TitleColumn ? inboxSeverityName(item.severity) : QVariant();
    case KindRole:
        return int(item.kind);
    case SeverityRole:
        return int(item.severity);
    case ProjectIdRole:
        return QVariant::fromValue(item.projectId);
    case EntityIdRole:
        return QVariant::fromValue(item.entityId);
    case EntityTypeRole:
        return int(item.entityType);
    case KeyRole:
        return item.key;
    case UnreadRole:
        return unread;
    case GroupRole:
        return false;
    case SortRole:
        switch (column) {
        case TitleColumn:
            return item.title.toLower();
        case ProjectColumn:
            return projectLabel(item.projectId).toLower();
        case DateColumn:
            return item.date;
        case ReasonColumn:
            return int(item.severity);
        default:
            return {};
        }
    default:
        return {};
    }
}

} // namespace Keel
