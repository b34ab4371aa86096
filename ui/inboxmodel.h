#pragma once
// The Inbox as a tree: one group row per kind of item ("Overdue tasks (3)"), the items under it
// (core/analytics/inboxitems.h decides what they are). The model refreshes itself when the
// workspace changes, debounced, and every few minutes because time moves items in and out.
//
// The early warnings (a Monte Carlo forecast per open project) take longest: they run on a worker
// thread over a copy of the workspace (Workspace::clone()), and join the other items when they are
// ready; until then the previous warnings stay, so the list does not flicker.
//
// Read and unread are the person's, not the workspace's: the keys of read items are kept in
// QSettings under the workspace's file path, never in the workspace.

#include <analytics/inboxitems.h>

#include <QAbstractItemModel>
#include <QPointer>
#include <QSet>

#include <optional>
#include <vector>

class QThread;
class QTimer;

namespace Keel {

class WorkspaceDocument;

class InboxModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, ProjectColumn, DateColumn, ReasonColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1,  ///< int(InboxKind), on group and item rows
        SeverityRole,                 ///< int(InboxSeverity)
        ProjectIdRole,                ///< Id
        EntityIdRole,                 ///< Id
        EntityTypeRole,               ///< int(EntityType)
        KeyRole,                      ///< QString, the item's stable key
        UnreadRole,                   ///< bool
        GroupRole,                    ///< bool: a group row
        SortRole,                     ///< what the column sorts by
    };

    explicit InboxModel(WorkspaceDocument *document, QObject *parent = nullptr);
    ~InboxModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Recomputes the items now (the model does it by itself, debounced, on every change); the
    /// early warnings follow from a worker thread.
    void refresh();
    /// The early warnings are still being computed.
    bool warningsPending() const { return !m_worker.isNull(); }
    /// The moment the items are computed at; kNoTime (the default): the current time.
    void setNow(Minutes now);
    void setSettings(const InboxSettings &settings);
    const InboxSettings &settings() const { return m_settings; }
    /// Shows one kind only; nullopt: every kind.
    void setKindFilter(std::optional<InboxKind> kind);
    std::optional<InboxKind> kindFilter() const { return m_filter; }

    /// Every item, filtered or not, in the order of inboxItems().
    const std::vector<InboxItem> &items() const { return m_items; }
    /// The item at an item row; nullptr for a group row or an invalid index.
    const InboxItem *item(const QModelIndex &index) const;

    bool isRead(const QString &key) const { return m_read.contains(key); }
    /// Marks the items (and the items of group rows) read or unread.
    void setRead(const QModelIndexList &indexes, bool read);
    void markAllRead();
    int unreadCount() const { return m_unread; }
    /// The title of the first unread item (the most severe and oldest); empty when all are read.
    QString firstUnreadTitle() const;
    /// The QSettings key read state is kept under, for the document's file.
    static QString settingsKey(const QString &filePath);

Q_SIGNALS:
    void unreadCountChanged(int count);
    /// Unread items appeared that the previous refresh did not have; @p first is the most severe.
    void newItemsArrived(int count, const QString &first);
    /// A refresh was applied (the rows were reset).
    void refreshed();

private:
    struct Group
    {
        InboxKind kind;
        std::vector<int> items;  ///< indexes into m_items
    };

    void rebuildGroups();
    void publish();
    void startWarnings(Minutes now);
    void saveRead() const;
    void updateUnread();
    void emitAllChanged();
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant itemData(const InboxItem &item, int column, int role) const;
    QString projectLabel(const Id &projectId) const;

    WorkspaceDocument *m_document;
    QTimer *m_debounce;
    QTimer *m_clock;
    InboxSettings m_settings;
    Minutes m_now = kNoTime;
    std::optional<InboxKind> m_filter;
    std::vector<InboxItem> m_items;
    std::vector<Group> m_groups;
    QSet<QString> m_read;
    QSet<QString> m_known;       ///< keys of the previous refresh
    bool m_refreshedOnce = false;
    std::vector<InboxItem> m_baseItems;     ///< everything but the early warnings
    std::vector<InboxItem> m_warningItems;  ///< the last early warnings computed
    QPointer<QThread> m_worker;             ///< computing early warnings, if any
    bool m_warningsStale = false;           ///< the workspace changed while the worker ran
    Minutes m_warningsNow = kNoTime;
    int m_unread = 0;
};

} // namespace Keel
