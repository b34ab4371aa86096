#include "riskregisterview.h"

#include "choicedelegate.h"
#include "palettecolors.h"
#include "placeholdertreeview.h"
#include "riskdialog.h"
#include "riskmatrix.h"
#include "riskmodel.h"
#include "workspacedocument.h"

#include <model/workspace.h>

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace Keel {

RiskRegisterView::RiskRegisterView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RiskModel(document, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new PlaceholderTreeView(this))
    , m_matrix(new RiskMatrix(document->workspace(), this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(tr("Add Risk…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    setObjectName(QStringLiteral("riskRegister"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(RiskModel::ProjectRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setSortRole(RiskModel::SortRole);
    setProjectId({});

    m_table->setModel(m_proxy);
    m_table->setObjectName(QStringLiteral("riskTable"));
    m_table->setRootIsDecorated(false);
    m_table->setSortingEnabled(true);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setPlaceholderText(tr("No risks recorded. Add the first one with “Add Risk…”."));
    m_table->setItemDelegateForColumn(RiskModel::StatusColumn, new ChoiceDelegate(RiskModel::statusNames(), {}, this));
    m_table->sortByColumn(RiskModel::ScoreColumn, Qt::DescendingOrder);
    m_table->fitColumnsWhenShown(RiskModel::TitleColumn);
    m_table->setAccessibleName(tr("Risk register"));

    m_add->setToolTip(tr("Add a risk to this project's register"));
    auto *deleteAction = new QAction(tr("Delete Risk"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &RiskRegisterView::deleteSelected);
    m_table->addAction(deleteAction);
    PaletteColors::makeQuiet(m_summary);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_summary);

    auto *left = new QVBoxLayout;
    left->addLayout(buttons);
    left->addWidget(m_table, 1);

    auto *matrixTitle = new QLabel(tr("Risk matrix"), this);
    QFont bold = matrixTitle->font();
    bold.setBold(true);
    matrixTitle->setFont(bold);
    auto *legend = new QLabel(tr("Risks not yet closed, by probability and impact. Hover a cell to see them."), this);
    legend->setWordWrap(true);
    legend->setMaximumWidth(m_matrix->sizeHint().width() + 20);
    PaletteColors::makeQuiet(legend);
    auto *right = new QVBoxLayout;
    right->addWidget(matrixTitle);
    right->addWidget(m_matrix);
    right->addWidget(legend);
    right->addStretch();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(18);
    layout->addLayout(left, 1);
    layout->addLayout(right);

    connect(m_add, &QPushButton::clicked, this, &RiskRegisterView::onAdd);
    connect(m_edit, &QPushButton::clicked, this, &RiskRegisterView::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &RiskRegisterView::deleteSelected);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            editCurrent();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RiskRegisterView::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RiskRegisterView::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RiskRegisterView::updateState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RiskRegisterView::updateState);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &RiskRegisterView::updateState);
    updateState();
}

RiskRegisterView::~RiskRegisterView() = default;

void RiskRegisterView::setProjectId(const Id &projectId)
{
    m_projectId = projectId;
    // A null id matches no risk: every risk has a project.
    m_proxy->setFilterFixedString(projectId.isNull() ? QStringLiteral("-") : projectId.toString(QUuid::WithoutBraces));
    m_matrix->setProjectId(projectId);
    updateState();
}

Id RiskRegisterView::currentId() const
{
    return m_table->currentIndex().data(RiskModel::IdRole).value<QUuid>();
}

void RiskRegisterView::updateState()
{
    const bool hasProject = m_document->workspace().get<Project>(m_projectId) != nullptr;
    const bool selected = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    m_add->setEnabled(hasProject);
    m_edit->setEnabled(hasProject && !currentId().isNull());
    m_delete->setEnabled(hasProject && selected);
    int open = 0;
    int pastDue = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const Risk *r = m_document->workspace().get<Risk>(index.data(RiskModel::IdRole).value<QUuid>());
        if (r && r->status != RiskStatus::Closed)
            ++open;
        if (index.data(RiskModel::PastDueRole).toBool())
            ++pastDue;
    }
    QString text = tr("%n risk(s) not closed", nullptr, open);
    if (pastDue > 0)
        text += tr(", %n past due", nullptr, pastDue);
    m_summary->setText(text);
}

Id RiskRegisterView::addRisk(const QString &title, int probability, int impact)
{
    if (!m_document->workspace().get<Project>(m_projectId))
        return {};
    Risk r;
    r.id = newId();
    r.projectId = m_projectId;
    r.title = title.trimmed();
    r.probability = probability;
    r.impact = impact;
    ChangeSet changes(tr("Add risk “%1”").arg(r.title));
    changes.insert(r);
    return m_document->apply(changes) ? r.id : Id();
}

void RiskRegisterView::onAdd()
{
    if (!m_document->workspace().get<Project>(m_projectId))
        return;
    Risk r;
    r.id = newId();
    r.projectId = m_projectId;
    RiskDialog dialog(m_document->workspace(), r, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    r = dialog.risk();
    ChangeSet changes(tr("Add risk “%1”").arg(r.title));
    changes.insert(r);
    m_document->apply(changes); // a refusal is reported through WorkspaceDocument::changeRefused
}

void RiskRegisterView::editCurrent()
{
    const Risk *current = m_document->workspace().get<Risk>(currentId());
    if (!current)
        return;
    const Risk before = *current;
    RiskDialog dialog(m_document->workspace(), before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Risk after = dialog.risk();
    ChangeSet changes(tr("Edit risk “%1”").arg(before.title));
    const EntityMeta &meta = entityMeta(EntityType::Risk);
    for (int f = 1; f < meta.fields.size(); ++f) {
        const QVariant oldValue = meta.fields[f].get(&before);
        const QVariant newValue = meta.fields[f].get(&after);
        if (oldValue != newValue)
            changes.update(EntityType::Risk, before.id, meta.fields[f].name, newValue);
    }
    m_document->apply(changes);
}

void RiskRegisterView::deleteSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    ChangeSet changes(tr("Delete %n risk(s)", nullptr, int(rows.size())));
    for (const QModelIndex &index : rows)
        changes.remove(EntityType::Risk, index.data(RiskModel::IdRole).value<QUuid>());
    m_document->apply(changes);
}

} // namespace Keel
