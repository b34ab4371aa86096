#include "resourcesview.h"

#include "audittrailview.h"
#include "calendardialog.h"
#include "levelingdialog.h"
#include "loadheatmapmodel.h"
#include "loadheatmapview.h"
#include "loadhistogram.h"
#include "pageheader.h"
#include "palettecolors.h"
#include "placeholdertreeview.h"
#include "resourcedialog.h"
#include "resourcemodel.h"
#include "searchfield.h"
#include "skillsdialog.h"
#include "staffingdialog.h"
#include "timesheetdialog.h"
#include "workspacedocument.h"

#include <edit/editservice.h>
#include <model/workspace.h>

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QToolButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace Keel {

namespace {

/// A small swatch of the heat map's colours, for the legend.
QWidget *swatch(const QColor &color, const QString &text, QWidget *parent)
{
    auto *box = new QWidget(parent);
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    auto *icon = new QLabel(box);
    icon->setPixmap(pixmap);
    auto *label = new QLabel(text, box);
    PaletteColors::makeQuiet(label);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(icon);
    layout->addWidget(label);
    return box;
}

} // namespace

ResourcesView::ResourcesView(WorkspaceDocument *document, QWidget *parent)
    : TablePage(tr("Resources"), new ResourceModel(document), QStringLiteral("views/resources/header"), parent)
    , m_document(document)
    , m_loadModel(new LoadHeatmapModel(document->workspace(), this))
    , m_toolBar(new QToolBar(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_loadSummary(new QLabel(this))
    , m_heatmap(new LoadHeatmapView(this))
    , m_histogram(new LoadHistogram(this))
{
    searchField()->setPlaceholderText(tr("Search name, role, team or skill"));
    view()->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    restoreLayout(ResourceModel::NameColumn, ResourceModel::SkillsColumn);

    // The load: period selector and legend above the heat map and the histogram.
    m_period->addItem(tr("Days"), int(LoadPeriod::Day));
    m_period->addItem(tr("Weeks"), int(LoadPeriod::Week));
    m_period->addItem(tr("Months"), int(LoadPeriod::Month));
    m_period->setCurrentIndex(1);
    m_period->setAccessibleName(tr("Load period"));
    m_loadModel->setPeriodCount(LoadHeatmapModel::defaultPeriodCount(LoadPeriod::Week));
    m_from->setCalendarPopup(true);
    m_from->setDate(m_loadModel->startDate());
    m_from->setAccessibleName(tr("Load from"));
    m_from->setToolTip(tr("The first day of the load shown; it starts at the projects' status date."));
    m_heatmap->setModel(m_loadModel);
    m_histogram->setModel(m_loadModel);

    auto *title = new QLabel(tr("Load"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    PaletteColors::makeQuiet(m_loadSummary);
    m_loadSummary->setContentsMargins(8, 0, 0, 0);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addWidget(title);
    m_toolBar->addWidget(m_loadSummary);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    const QPalette pal = palette();
    m_toolBar->addWidget(swatch(LoadHeatmapView::loadColor(0, false, pal), tr("Idle"), this));
    m_toolBar->addWidget(swatch(LoadHeatmapView::loadColor(0.5, false, pal), tr("Half"), this));
    m_toolBar->addWidget(swatch(LoadHeatmapView::loadColor(1.0, false, pal), tr("Full"), this));
    m_toolBar->addWidget(swatch(LoadHeatmapView::loadColor(1.2, true, pal), tr("Over-allocated"), this));
    m_toolBar->addSeparator();
    auto *fromLabel = new QLabel(tr("From"), this);
    fromLabel->setContentsMargins(6, 0, 4, 0);
    m_toolBar->addWidget(fromLabel);
    m_toolBar->addWidget(m_from);
    m_toolBar->addWidget(m_period);
    m_toolBar->addSeparator();
    QAction *level = m_toolBar->addAction(tr("Level…"), this, [this] {
        LevelingDialog dialog(m_document, this);
        dialog.setProject(Id());
        dialog.exec();
    });
    level->setToolTip(tr("Resolve over-allocations across the pool by delaying tasks, with a preview first"));
    QAction *skills = m_toolBar->addAction(tr("Skills…"), this, [this] {
        SkillsDialog dialog(m_document, this);
        dialog.exec();
    });
    skills->setToolTip(tr("The skill catalogue: add, rename and delete the skills people are rated in"));
    QAction *calendars = m_toolBar->addAction(tr("Calendars…"), this, [this] {
        CalendarDialog dialog(m_document, this);
        dialog.exec();
    });
    calendars->setToolTip(tr("Working weeks, holidays and exceptions of the workspace's calendars (Ctrl+Shift+K)"));
    QAction *staff = m_toolBar->addAction(tr("Staff…"), this, [this] {
        StaffingDialog dialog(m_document, this);
        dialog.exec();
    });
    staff->setToolTip(tr("Propose people for a project's open skill requirements, with a preview first"));
    QAction *timesheet = m_toolBar->addAction(tr("Timesheet…"), this, &ResourcesView::openTimesheet);
    timesheet->setToolTip(tr("Log, submit and approve the selected person's hours, week by week (Ctrl+T)"));

    auto *loadSplitter = new QSplitter(Qt::Horizontal, this);
    loadSplitter->addWidget(m_heatmap);
    loadSplitter->addWidget(m_histogram);
    loadSplitter->setStretchFactor(0, 3);
    loadSplitter->setStretchFactor(1, 2);
    loadSplitter->setChildrenCollapsible(false);

    auto *loadPane = new QWidget(this);
    auto *loadLayout = new QVBoxLayout(loadPane);
    loadLayout->setContentsMargins(0, 0, 0, 0);
    loadLayout->setSpacing(4);
    loadLayout->addWidget(m_toolBar);
    loadLayout->addWidget(loadSplitter, 1);

    // The table from TablePage's layout moves into a splitter above the load.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    auto *pageLayout = static_cast<QVBoxLayout *>(layout());
    pageLayout->removeWidget(view());
    splitter->addWidget(view());
    splitter->addWidget(loadPane);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    pageLayout->addWidget(splitter, 1);
    pageLayout->setContentsMargins(18, 14, 18, 10);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        const auto period = LoadPeriod(m_period->currentData().toInt());
        m_loadModel->setPeriodCount(LoadHeatmapModel::defaultPeriodCount(period));
        m_loadModel->setPeriod(period);
    });
    connect(m_from, &QDateEdit::dateChanged, m_loadModel, &LoadHeatmapModel::setStartDate);
    connect(m_heatmap, &LoadHeatmapView::currentResourceChanged, this, [this](const Id &id) {
        m_histogram->setResource(id);
        selectInTable(id);
    });
    // The pool's editors, in the header and on the keyboard while the table has the focus.
    m_add = new QAction(tr("Add…"), this);
    m_add->setToolTip(tr("Add a person, a material or a cost resource to the pool (Insert)"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_edit = new QAction(tr("Edit…"), this);
    m_edit->setToolTip(tr("Edit the selected resource: rates, calendar, skills (Return)"));
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_delete = new QAction(tr("Delete"), this);
    m_delete->setToolTip(tr("Delete the selected resource (Delete); refused while it is assigned"));
    m_delete->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_add, m_edit, m_delete}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        view()->addAction(a);
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        header()->addWidget(button);
    }
    QAction *history = new QAction(tr("History…"), this);
    history->setObjectName(QStringLiteral("resourceHistoryAction"));
    history->setToolTip(tr("Every change made to the selected person: when, by whom, old and new values"));
    connect(history, &QAction::triggered, this, [this] {
        if (!currentResource().isNull())
            AuditTrailView::open(m_document, this, EntityType::Resource, currentResource());
    });
    view()->addAction(history);
    view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *historyButton = new QToolButton(this);
    historyButton->setDefaultAction(history);
    header()->addWidget(historyButton);
    connect(m_add, &QAction::triggered, this, &ResourcesView::addResource);
    connect(m_edit, &QAction::triggered, this, &ResourcesView::editResource);
    connect(m_delete, &QAction::triggered, this, &ResourcesView::deleteResource);

    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResourcesView::onTableCurrentChanged);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ResourcesView::updateActions);
    connect(m_loadModel, &LoadHeatmapModel::recomputed, this, &ResourcesView::updateLoadSummary);
    updateSummary();
    updateLoadSummary();
    selectBusiestPerson();
    updateActions();
}

Id ResourcesView::currentResource() const
{
    return view()->currentIndex().data(EntityTableModel::IdRole).value<Id>();
}

void ResourcesView::updateActions()
{
    const bool current = !currentResource().isNull();
    m_edit->setEnabled(current);
    m_delete->setEnabled(current);
}

void ResourcesView::addResource()
{
    Resource r;
    r.id = newId();
    r.currency = m_document->workspace().settings().currency;
    r.rates = {RateEntry{}};
    editInDialog(r);
}

void ResourcesView::editResource()
{
    if (const Resource *r = m_document->workspace().get<Resource>(currentResource()))
        editInDialog(*r);
}

void ResourcesView::editInDialog(const Resource &resource)
{
    ResourceDialog dialog(m_document->workspace(), resource, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Edit &edit = dialog.edit(); // judged by the edit service when the dialog was accepted
    if (!edit.changes.isEmpty() && m_document->apply(edit.changes))
        selectInTable(edit.id);
}

void ResourcesView::deleteResource()
{
    const Workspace &ws = m_document->workspace();
    const Resource *r = ws.get<Resource>(currentResource());
    if (!r)
        return;
    const Edit edit = EditService(ws).remove(EntityType::Resource, r->id);
    if (!edit.ok()) {
        QMessageBox::warning(this, tr("Delete Resource"), edit.error);
        return;
    }
    if (QMessageBox::question(this, tr("Delete Resource"), tr("Delete “%1” from the pool? Undo brings them back.").arg(r->name))
        != QMessageBox::Yes)
        return;
    m_document->apply(edit.changes);
}

void ResourcesView::selectBusiestPerson()
{
    const LoadReport &report = m_loadModel->report();
    Id busiest;
    Minutes most = -1;
    for (const ResourceLoad &r : report.resources) {
        Minutes assigned = 0;
        for (const LoadCell &c : r.cells)
            assigned += c.assigned;
        // Over-allocation first, then the most work.
        const Minutes score = r.peakOverload * 1000 + assigned;
        if (score > most) {
            most = score;
            busiest = r.resourceId;
        }
    }
    if (!busiest.isNull())
        m_heatmap->setCurrentResource(busiest);
}

void ResourcesView::onTableCurrentChanged()
{
    const Id id = view()->currentIndex().data(EntityTableModel::IdRole).value<Id>();
    if (!id.isNull() && id != m_heatmap->currentResource())
        m_heatmap->setCurrentResource(id);
}

void ResourcesView::selectInTable(const Id &resourceId)
{
    const QModelIndex source = model()->indexOf(resourceId);
    const QModelIndex index = proxy()->mapFromSource(source);
    if (!index.isValid() || view()->currentIndex().siblingAtColumn(0) == index)
        return;
    view()->setCurrentIndex(index);
    view()->scrollTo(index);
}

void ResourcesView::updateLoadSummary()
{
    const int over = m_loadModel->overAllocatedCount();
    QSet<Id> people;
    for (const OverAllocation &o : m_loadModel->report().overAllocations)
        people.insert(o.resourceId);
    m_loadSummary->setText(over == 0 ? tr("no over-allocations in the span")
                                     : tr("%n over-allocated period(s)", nullptr, over) + QStringLiteral(" · ") +
                                           tr("%n person(s) affected", nullptr, int(people.size())));
}

QString ResourcesView::summaryText(int total) const
{
    return tr("%n resource(s)", nullptr, total);
}

QString ResourcesView::emptyText() const
{
    return tr("The resource pool is empty. Add the first person with Add… (Insert).");
}

void ResourcesView::openTimesheet()
{
    TimesheetDialog dialog(m_document, currentResource(), QDate::currentDate(), this);
    dialog.exec();
}

} // namespace Keel
