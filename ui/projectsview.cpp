#include "projectsview.h"

#include "paddeditemdelegate.h"
#include "pageheader.h"
#include "portfoliofiltermodel.h"
#include "portfoliomodel.h"
#include "projectsummary.h"
#include "searchfield.h"
#include "workspacedocument.h"

#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace Keel {

ProjectsView::ProjectsView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new PortfolioModel(document, this))
    , m_filter(new PortfolioFilterModel(this))
    , m_header(new PageHeader(tr("Projects"), this))
    , m_search(new SearchField(this))
    , m_list(new QListView(this))
    , m_summary(new ProjectSummary(document->workspace(), this))
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
    m_header->addWidget(m_search);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().averageCharWidth() * 44, fontMetrics().averageCharWidth() * 90});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 0);
    layout->setSpacing(12);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &PortfolioFilterModel::setSearchText);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProjectsView::showCurrent);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ProjectsView::updateSummaryLine);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ProjectsView::updateSummaryLine);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProjectsView::updateSummaryLine);
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
    m_summary->setProjectId(m_list->currentIndex().data(PortfolioModel::IdRole).value<Id>());
}

} // namespace Keel
