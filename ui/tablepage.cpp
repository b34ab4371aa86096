#include "tablepage.h"

#include "entitytablemodel.h"
#include "pageheader.h"
#include "placeholdertreeview.h"
#include "searchfield.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Keel {

TablePage::TablePage(const QString &title, EntityTableModel *model, const QString &settingsKey,
                     QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_header(new PageHeader(title, this))
    , m_search(new SearchField(this))
    , m_view(new PlaceholderTreeView(this))
    , m_settingsKey(settingsKey)
{
    m_model->setParent(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EntityTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_header->addWidget(m_search);
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setFrameShape(QFrame::NoFrame);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 0);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::updateSummary);
    setFocusProxy(m_view);
}

TablePage::~TablePage()
{
    QSettings().setValue(m_settingsKey, m_view->header()->saveState());
}

void TablePage::restoreLayout(int sortColumn, int stretchColumn)
{
    const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
    if (state.isEmpty() || !m_view->header()->restoreState(state)) {
        m_view->sortByColumn(sortColumn, Qt::AscendingOrder);
        m_view->fitColumnsWhenShown(stretchColumn);
    }
}

void TablePage::updateSummary()
{
    const int total = m_model->rowCount();
    m_header->setSummary(summaryText(total));
    m_view->setPlaceholderText(total == 0 ? emptyText() : tr("Nothing matches the search."));
}

} // namespace Keel
