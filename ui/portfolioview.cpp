#include "portfolioview.h"

#include "choicedelegate.h"
#include "enumtext.h"
#include "icons.h"
#include "pageheader.h"
#include "placeholdertreeview.h"
#include "portfoliofiltermodel.h"
#include "portfoliomodel.h"
#include "searchfield.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QSettings>
#include <QVBoxLayout>

namespace Keel {

namespace {
const QString kHeaderKey = QStringLiteral("views/portfolio/header");
}

PortfolioView::PortfolioView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new PortfolioModel(document, this))
    , m_filter(new PortfolioFilterModel(this))
    , m_header(new PageHeader(tr("Portfolio"), this))
    , m_search(new SearchField(this))
    , m_phase(new QComboBox(this))
    , m_view(new PlaceholderTreeView(this))
{
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search code, name or client"));
    m_search->setAccessibleName(tr("Search projects"));
    m_phase->addItem(tr("All phases"));
    for (const QString &phase : EnumText::phases())
        m_phase->addItem(phase);
    m_phase->setAccessibleName(tr("Phase filter"));
    m_header->addWidget(m_search);
    m_header->addWidget(m_phase);

    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("portfolioTable"));
    m_view->setPlaceholderText(tr("No projects yet."));
    m_view->setItemDelegateForColumn(PortfolioModel::PhaseColumn,
                                     new ChoiceDelegate(EnumText::phases(), {}, this));
    QList<QIcon> healthIcons;
    for (int h = 0; h < int(EnumNames<Health>::names.size()); ++h)
        healthIcons << Icons::health(Health(h));
    m_view->setItemDelegateForColumn(PortfolioModel::HealthColumn,
                                     new ChoiceDelegate(EnumText::healths(), healthIcons, this));
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (state.isEmpty() || !m_view->header()->restoreState(state)) {
        m_view->sortByColumn(PortfolioModel::CodeColumn, Qt::AscendingOrder);
        m_view->fitColumnsWhenShown(PortfolioModel::NameColumn);
    }

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
    m_view->setFrameShape(QFrame::NoFrame);

    connect(m_search, &QLineEdit::textChanged, m_filter, &PortfolioFilterModel::setSearchText);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &PortfolioView::applyPhaseFilter);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PortfolioView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PortfolioView::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PortfolioView::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PortfolioView::updateSummary);
    updateSummary();
    setFocusProxy(m_view);
}

PortfolioView::~PortfolioView()
{
    QSettings().setValue(kHeaderKey, m_view->header()->saveState());
}

void PortfolioView::applyPhaseFilter()
{
    const int i = m_phase->currentIndex();
    m_filter->setPhaseFilter(i <= 0 ? std::nullopt : std::optional<Phase>(Phase(i - 1)));
}

void PortfolioView::updateSummary()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    if (shown == total)
        m_header->setSummary(tr("%n project(s)", nullptr, total));
    else
        m_header->setSummary(tr("%1 of %n project(s)", nullptr, total).arg(shown));
    m_view->setPlaceholderText(total == 0 ? tr("No projects yet.") : tr("No projects match the filter."));
}

} // namespace Keel
