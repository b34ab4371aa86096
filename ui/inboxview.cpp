#include "inboxview.h"

#include "inboxmodel.h"
#include "pageheader.h"
#include "palettecolors.h"
#include "placeholdertreeview.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Keel {

namespace {
const QString kHeaderKey = QStringLiteral("views/inbox/header");
}

InboxView::InboxView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new InboxModel(document, this))
    , m_sort(new QSortFilterProxyModel(this))
    , m_header(new PageHeader(tr("Inbox"), this))
    , m_kind(new QComboBox(this))
    , m_allRead(new QPushButton(tr("Mark All as Read"), this))
    , m_view(new PlaceholderTreeView(this))
    , m_detail(new QLabel(this))
    , m_markRead(new QAction(tr("Mark as Read"), this))
    , m_markUnread(new QAction(tr("Mark as Unread"), this))
{
    m_sort->setSourceModel(m_model);
    m_sort->setSortRole(InboxModel::SortRole);
    m_sort->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_kind->addItem(tr("All kinds"));
    for (int k = 0; k < kInboxKindCount; ++k)
        m_kind->addItem(inboxKindName(InboxKind(k)), k);
    m_kind->setAccessibleName(tr("Kind filter"));
    m_allRead->setAccessibleName(tr("Mark all items as read"));
    m_header->addWidget(m_kind);
    m_header->addWidget(m_allRead);

    m_view->setObjectName(QStringLiteral("inboxTree"));
    m_view->setModel(m_sort);
    m_view->setRootIsDecorated(true);
    m_view->setItemsExpandable(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setPlaceholderText(tr("Nothing needs your attention."));
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (state.isEmpty() || !m_view->header()->restoreState(state)) {
        m_view->header()->setSortIndicator(-1, Qt::AscendingOrder);
        const int em = m_view->fontMetrics().averageCharWidth();
        m_view->header()->resizeSection(InboxModel::TitleColumn, em * 44);
        m_view->header()->resizeSection(InboxModel::ProjectColumn, em * 30);
        m_view->header()->resizeSection(InboxModel::DateColumn, em * 14);
        m_view->header()->setStretchLastSection(true);
    }

    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setMinimumHeight(m_detail->fontMetrics().lineSpacing() * 3);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setObjectName(QStringLiteral("inboxDetail"));
    PaletteColors::makeQuiet(m_detail);

    m_markRead->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_markRead->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_markUnread->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_markUnread->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_markRead);
    addAction(m_markUnread);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 10);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &InboxView::applyKindFilter);
    connect(m_allRead, &QPushButton::clicked, m_model, &InboxModel::markAllRead);
    connect(m_markRead, &QAction::triggered, this, [this] { markSelected(true); });
    connect(m_markUnread, &QAction::triggered, this, [this] { markSelected(false); });
    connect(m_view, &QTreeView::activated, this, &InboxView::open);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_view->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_markRead);
        menu.addAction(m_markUnread);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxView::updateDetail);
    const auto reshaped = [this] {
        m_view->expandAll();
        for (int r = 0; r < m_sort->rowCount(); ++r)
            m_view->setFirstColumnSpanned(r, QModelIndex(), true);
        updateSummary();
        updateDetail();
    };
    connect(m_sort, &QAbstractItemModel::modelReset, this, reshaped);
    connect(m_sort, &QAbstractItemModel::layoutChanged, this, reshaped);
    connect(m_model, &InboxModel::unreadCountChanged, this, &InboxView::updateSummary);
    reshaped();
    setFocusProxy(m_view);
}

InboxView::~InboxView()
{
    QSettings().setValue(kHeaderKey, m_view->header()->saveState());
}

void InboxView::open(const QModelIndex &index)
{
    const QModelIndex source = m_sort->mapToSource(index);
    const InboxItem *item = m_model->item(source.siblingAtColumn(0));
    if (!item) {
        m_view->setExpanded(index.siblingAtColumn(0), !m_view->isExpanded(index.siblingAtColumn(0)));
        return;
    }
    const Id projectId = item->projectId;
    const EntityType type = item->entityType;
    const Id entityId = item->entityId;
    m_model->setRead({source.siblingAtColumn(0)}, true);
    Q_EMIT openRequested(projectId, type, entityId);
}

QModelIndexList InboxView::selectedSourceRows() const
{
    QModelIndexList rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(0))
        rows << m_sort->mapToSource(index);
    return rows;
}

void InboxView::markSelected(bool read)
{
    m_model->setRead(selectedSourceRows(), read);
}

void InboxView::applyKindFilter()
{
    const QVariant kind = m_kind->currentData();
    m_model->setKindFilter(kind.isValid() ? std::optional<InboxKind>(InboxKind(kind.toInt())) : std::nullopt);
}

void InboxView::updateSummary()
{
    const int total = int(m_model->items().size());
    const int unread = m_model->unreadCount();
    if (total == 0)
        m_header->setSummary(tr("All clear"));
    else if (unread == 0)
        m_header->setSummary(tr("%n item(s), all read", nullptr, total));
    else
        m_header->setSummary(tr("%n item(s)", nullptr, total) + tr(", %n unread", nullptr, unread));
    m_view->setPlaceholderText(total == 0 || !m_model->kindFilter() ? tr("Nothing needs your attention.")
                                                                     : tr("Nothing of this kind."));
    m_allRead->setEnabled(unread > 0);
}

void InboxView::updateDetail()
{
    const QModelIndexList rows = selectedSourceRows();
    const InboxItem *item = rows.size() == 1 ? m_model->item(rows.first()) : nullptr;
    if (!item) {
        m_detail->setText(tr("Select an item to see why it is here. Double-click it to open it."));
        return;
    }
    m_detail->setText(tr("%1 — %2: %3").arg(inboxSeverityName(item->severity), item->title, item->reason));
}

} // namespace Keel
