#include "portfolioview.h"

#include "audittrailview.h"
#include "choicedelegate.h"
#include "enumtext.h"
#include "icons.h"
#include "newprojectdialog.h"
#include "pageheader.h"
#include "placeholdertreeview.h"
#include "portfoliofiltermodel.h"
#include "portfoliomodel.h"
#include "projectpropertiesdialog.h"
#include "templatesdialog.h"
#include "searchfield.h"
#include "workspacedocument.h"

#include <edit/editservice.h>
#include <model/workspace.h>

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
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
    , m_newProject(new QAction(tr("New Project…"), this))
    , m_newProjectButton(new QPushButton(tr("New Project…"), this))
    , m_document(document)
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
    m_header->addWidget(m_newProjectButton);
    m_newProjectButton->setObjectName(QStringLiteral("newProjectButton"));
    m_newProjectButton->setToolTip(tr("Create a project, blank or from a template (Ctrl+Shift+N)"));
    m_newProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newProject->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newProject, &QAction::triggered, this, [this] { newProject(); });
    connect(m_newProjectButton, &QPushButton::clicked, m_newProject, &QAction::trigger);
    addAction(m_newProject);

    m_properties = new QAction(tr("Properties…"), this);
    m_properties->setToolTip(tr("Client, manager, currency, budget, billing, start, calendar and status date of the "
                                "selected project (Alt+Return)"));
    m_properties->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_properties->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_properties, &QAction::triggered, this, &PortfolioView::editProperties);
    addAction(m_properties);
    auto *propertiesButton = new QToolButton(this);
    propertiesButton->setDefaultAction(m_properties);
    m_header->addWidget(propertiesButton);

    m_delete = new QAction(tr("Delete Project…"), this);
    m_delete->setToolTip(tr("Delete the selected project with its plan (Shift+Delete); undo brings it back"));
    m_delete->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &PortfolioView::deleteProject);
    addAction(m_delete);
    auto *deleteButton = new QToolButton(this);
    deleteButton->setDefaultAction(m_delete);
    m_header->addWidget(deleteButton);

    QAction *history = new QAction(tr("History…"), this);
    history->setObjectName(QStringLiteral("projectHistoryAction"));
    history->setToolTip(tr("Every change made to the selected project: when, by whom, old and new values"));
    connect(history, &QAction::triggered, this, [this] {
        const Id id = m_view->currentIndex().data(PortfolioModel::IdRole).value<Id>();
        if (!id.isNull())
            AuditTrailView::open(m_document, this, EntityType::Project, id);
    });
    m_view->addAction(history);
    QAction *saveAsTemplate = new QAction(tr("Save as Template…"), this);
    saveAsTemplate->setObjectName(QStringLiteral("saveAsTemplateAction"));
    saveAsTemplate->setToolTip(tr("Make the selected project's plan a process template of this workspace"));
    connect(saveAsTemplate, &QAction::triggered, this, [this] {
        const Id id = m_view->currentIndex().data(PortfolioModel::IdRole).value<Id>();
        if (!id.isNull())
            TemplatesDialog::saveProjectAsTemplate(m_document, id, this);
    });
    m_view->addAction(saveAsTemplate);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *historyButton = new QToolButton(this);
    historyButton->setDefaultAction(history);
    m_header->addWidget(historyButton);

    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("portfolioTable"));
    m_view->setPlaceholderText(tr("No projects yet."));
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const Id id = index.data(PortfolioModel::IdRole).value<Id>();
        if (!id.isNull())
            Q_EMIT projectActivated(id, index.column() == PortfolioModel::PhaseColumn);
    });
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
    m_firstSteps = new FirstStepsView(document->workspace(), this);
    connect(m_firstSteps, &FirstStepsView::stepRequested, this, [this](FirstStepsView::Step step) {
        if (step == FirstStepsView::Step::Project)
            newProject();
        else
            Q_EMIT firstStepRequested(step);
    });
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_firstSteps);
    layout->addWidget(m_stack, 1);
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

void PortfolioView::editProperties()
{
    const Id id = m_view->currentIndex().data(PortfolioModel::IdRole).value<Id>();
    const Project *p = m_document->workspace().get<Project>(id);
    if (!p)
        return;
    ProjectPropertiesDialog dialog(m_document->workspace(), *p, this);
    dialog.setDocument(m_document);
    if (dialog.exec() != QDialog::Accepted || dialog.edit().changes.isEmpty())
        return;
    m_document->apply(dialog.edit().changes);
}

void PortfolioView::deleteProject()
{
    const Id id = m_view->currentIndex().data(PortfolioModel::IdRole).value<Id>();
    const Project *p = m_document->workspace().get<Project>(id);
    if (!p)
        return;
    const Edit edit = EditService(m_document->workspace()).remove(EntityType::Project, id);
    if (!edit.ok()) {
        QMessageBox::warning(this, tr("Delete Project"), edit.error);
        return;
    }
    const int tasks = int(m_document->workspace().projectTasks(id).size());
    if (QMessageBox::question(this, tr("Delete Project"),
                              tr("Delete %1 “%2” with its %n task(s), risks, requests and documents? Undo brings it back.",
                                 nullptr, tasks)
                                  .arg(p->code, p->name))
        != QMessageBox::Yes)
        return;
    m_document->apply(edit.changes);
}

Id PortfolioView::newProject()
{
    NewProjectDialog dialog(m_document->workspace(), this);
    dialog.enableManage(m_document);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    Id projectId;
    const std::optional<ChangeSet> changes = dialog.changes(&projectId);
    if (!changes || !m_document->apply(*changes))
        return {};
    selectProject(projectId);
    return projectId;
}

void PortfolioView::selectProject(const Id &projectId)
{
    const QModelIndex source = m_model->indexOf(projectId);
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        m_search->clear();
        m_phase->setCurrentIndex(0);
        index = m_filter->mapFromSource(source);
    }
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
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
    // An empty workspace shows how to set it up; the table comes with the first project.
    const bool empty = total == 0;
    if ((m_stack->currentWidget() == m_firstSteps) != empty) {
        const bool focused = m_stack->currentWidget()->hasFocus() || m_stack->currentWidget()->isAncestorOf(focusWidget());
        m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_firstSteps) : static_cast<QWidget *>(m_view));
        setFocusProxy(m_stack->currentWidget());
        if (focused)
            m_stack->currentWidget()->setFocus();
    }
}

} // namespace Keel
