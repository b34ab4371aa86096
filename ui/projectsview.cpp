#include "projectsview.h"

#include "lifecycleview.h"
#include "paddeditemdelegate.h"
#include "pageheader.h"
#include "portfoliofiltermodel.h"
#include "portfoliomodel.h"
#include "projectplanview.h"
#include "projectsummary.h"
#include "projecttimelineview.h"
#include "riskregisterview.h"
#include "searchfield.h"
#include "workspacedocument.h"

#include <model/workspace.h>

#include <QAction>
#include <QListView>
#include <QSplitter>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

ProjectsView::ProjectsView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new PortfolioModel(document, this))
    , m_filter(new PortfolioFilterModel(this))
    , m_header(new PageHeader(tr("Projects"), this))
    , m_search(new SearchField(this))
    , m_toggleList(new QToolButton(this))
    , m_splitter(new QSplitter(this))
    , m_listPane(new QWidget(m_splitter))
    , m_list(new QListView(m_listPane))
    , m_tabs(new QTabWidget(m_splitter))
    , m_plan(new ProjectPlanView(document, m_tabs))
    , m_lifecycle(new LifecycleView(document, m_tabs))
    , m_risks(new RiskRegisterView(document, m_tabs))
    , m_timeline(new ProjectTimelineView(document, m_tabs))
    , m_summary(new ProjectSummary(document->workspace(), m_tabs))
{
    m_filter->setSourceModel(m_model);
    m_filter->sort(PortfolioModel::NameColumn, Qt::AscendingOrder);
    m_list->setModel(m_filter);
    m_list->setModelColumn(PortfolioModel::NameColumn);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new PaddedItemDelegate(m_list));
    m_list->setAccessibleName(tr("Projects"));

    m_search->setPlaceholderText(tr("Search projects"));
    auto *listLayout = new QVBoxLayout(m_listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(8);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_list, 1);

    auto *toggle = new QAction(tr("Project list"), this);
    toggle->setCheckable(true);
    toggle->setChecked(true);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    toggle->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toggle->setToolTip(tr("Show or hide the project list (%1)").arg(toggle->shortcut().toString(QKeySequence::NativeText)));
    m_toggleList->setDefaultAction(toggle);
    m_toggleList->setAutoRaise(true);
    addAction(toggle);
    m_header->addWidget(m_toggleList);
    connect(toggle, &QAction::toggled, this, &ProjectsView::setListVisible);

    // The project's pages; each follows setProjectId().
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_plan, tr("Plan"));
    m_tabs->addTab(m_lifecycle, tr("Lifecycle"));
    m_tabs->addTab(m_risks, tr("Risks"));
    m_tabs->addTab(m_timeline, tr("Client"));
    m_tabs->addTab(m_summary, tr("Summary"));

    m_splitter->addWidget(m_listPane);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({fontMetrics().averageCharWidth() * 32, fontMetrics().averageCharWidth() * 200});
    m_splitter->setCollapsible(0, true);
    m_splitter->setCollapsible(1, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 0);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(m_splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &PortfolioFilterModel::setSearchText);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProjectsView::showCurrent);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ProjectsView::updateSummaryLine);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ProjectsView::updateSummaryLine);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProjectsView::updateSummaryLine);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this, toggle] {
        const QSignalBlocker block(toggle);
        toggle->setChecked(m_splitter->sizes().value(0) > 0);
    });
    updateSummaryLine();
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, PortfolioModel::NameColumn));
    setFocusProxy(m_list);
}

void ProjectsView::updateSummaryLine()
{
    m_header->setSummary(tr("%n project(s)", nullptr, m_model->rowCount()));
}

void ProjectsView::showCurrent()
{
    const Id id = m_list->currentIndex().data(PortfolioModel::IdRole).value<Id>();
    if (id == m_projectId)
        return;
    m_projectId = id;
    m_plan->setProjectId(id);
    m_lifecycle->setProjectId(id);
    m_risks->setProjectId(id);
    m_timeline->setProjectId(id);
    m_summary->setProjectId(id);
}

void ProjectsView::showProject(const Id &projectId)
{
    const int row = m_model->rowOf(projectId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, PortfolioModel::NameColumn));
    if (!index.isValid()) {
        m_search->clear();
        index = m_filter->mapFromSource(m_model->index(row, PortfolioModel::NameColumn));
    }
    m_list->setCurrentIndex(index);
}

void ProjectsView::showLifecycle()
{
    m_tabs->setCurrentWidget(m_lifecycle);
}

void ProjectsView::setListVisible(bool visible)
{
    const int total = m_splitter->width();
    const int list = visible ? fontMetrics().averageCharWidth() * 32 : 0;
    m_splitter->setSizes({list, std::max(0, total - list)});
    m_listPane->setVisible(visible);
}

} // namespace Keel
