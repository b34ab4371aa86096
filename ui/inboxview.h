#pragma once
// The Inbox view: what needs attention now (InboxModel), grouped by kind, with a kind filter, the
// selected item's full reason under the list, and actions to mark items read or unread.
// Opening an item (double-click, Enter) marks it read and emits openRequested(); the main window
// decides where that leads.

#include <model/entitytype.h>
#include <model/ids.h>

#include <QModelIndexList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace Keel {

class InboxModel;
class PageHeader;
class PlaceholderTreeView;
class WorkspaceDocument;

class InboxView : public QWidget
{
    Q_OBJECT
public:
    explicit InboxView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~InboxView() override;

    InboxModel *model() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_sort; }
    PlaceholderTreeView *view() const { return m_view; }
    QComboBox *kindFilter() const { return m_kind; }
    QAction *markReadAction() const { return m_markRead; }
    QAction *markUnreadAction() const { return m_markUnread; }

    /// Opens the item at @p index of view(): marks it read and emits openRequested().
    void open(const QModelIndex &index);

Q_SIGNALS:
    /// The person wants to see an item's subject: a task, risk or request of a project, a
    /// project, or a resource (then projectId may be null).
    void openRequested(const Keel::Id &projectId, Keel::EntityType type, const Keel::Id &entityId);

private:
    void updateSummary();
    void updateDetail();
    void applyKindFilter();
    void markSelected(bool read);
    QModelIndexList selectedSourceRows() const;

    InboxModel *m_model;
    QSortFilterProxyModel *m_sort;
    PageHeader *m_header;
    QComboBox *m_kind;
    QPushButton *m_allRead;
    PlaceholderTreeView *m_view;
    QLabel *m_detail;
    QAction *m_markRead;
    QAction *m_markUnread;
};

} // namespace Keel
