#include "projectplanview.h"

#include "audittrailview.h"
#include "baselinedialog.h"
#include "ganttprintdialog.h"
#include "ganttview.h"
#include "progressdialog.h"
#include "taskdialog.h"
#include "tasktreemodel.h"
#include "workspacedocument.h"

#include <analytics/baselinevariance.h>
#include <analytics/calendarcache.h>
#include <model/workspace.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

namespace {

const QString kHiddenColumnsKey = QStringLiteral("projectPlan/hiddenColumns");
const QString kColumnCountKey = QStringLiteral("projectPlan/columnCount");

QString comparedBaselineKey(const Id &project)
{
    return QStringLiteral("projectPlan/comparedBaseline/") + project.toString(QUuid::WithoutBraces);
}

constexpr int kFirstVarianceColumn = TaskTreeModel::BaselineStartColumn;
constexpr int kLastVarianceColumn = TaskTreeModel::CostVarianceColumn;

QList<int> defaultHiddenColumns()
{
    QList<int> hidden = {TaskTreeModel::CostColumn,       TaskTreeModel::WorkColumn,     TaskTreeModel::ConstraintColumn,
                         TaskTreeModel::DeadlineColumn,   TaskTreeModel::PriorityColumn, TaskTreeModel::CategoryColumn,
                         TaskTreeModel::TotalFloatColumn, TaskTreeModel::ResourcesColumn};
    for (int c = kFirstVarianceColumn; c <= kLastVarianceColumn; ++c)
        hidden.append(c);
    return hidden;
}

} // namespace

ProjectPlanView::ProjectPlanView(WorkspaceDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new TaskTreeModel(document, this))
    , m_toolBar(new QToolBar(this))
    , m_message(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(m_splitter))
    , m_chart(new GanttView(m_splitter))
    , m_baselineMenu(new QMenu(tr("Compare with Baseline"), this))
    , m_trackMenu(new QMenu(tr("Track"), this))
{
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked
                            | QAbstractItemView::AnyKeyPressed);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setAccessibleName(tr("Tasks"));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->installEventFilter(this);
    const int em = fontMetrics().averageCharWidth();
    const QList<QPair<int, int>> widths = {
        {TaskTreeModel::WbsColumn, 9},       {TaskTreeModel::NameColumn, 34},   {TaskTreeModel::DurationColumn, 9},
        {TaskTreeModel::StartColumn, 17},    {TaskTreeModel::FinishColumn, 17}, {TaskTreeModel::PredecessorsColumn, 13},
        {TaskTreeModel::ResourcesColumn, 20}, {TaskTreeModel::PercentCompleteColumn, 11},
        {TaskTreeModel::CostColumn, 14},     {TaskTreeModel::ConstraintColumn, 22},
        {TaskTreeModel::BaselineStartColumn, 19}, {TaskTreeModel::BaselineFinishColumn, 19},
        {TaskTreeModel::StartVarianceColumn, 10}, {TaskTreeModel::FinishVarianceColumn, 10},
        {TaskTreeModel::DurationVarianceColumn, 10}, {TaskTreeModel::WorkVarianceColumn, 12},
        {TaskTreeModel::CostVarianceColumn, 14}};
    for (const auto &[column, chars] : widths)
        m_tree->setColumnWidth(column, chars * em);
    // The variance columns' titles are long for their values: wide enough for the title.
    for (int c = kFirstVarianceColumn; c <= kLastVarianceColumn; ++c)
        m_tree->setColumnWidth(c, std::max(m_tree->columnWidth(c), m_tree->header()->sectionSizeHint(c)));
    restoreColumns();

    m_chart->setTreeView(m_tree);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({em * 100, em * 100});
    m_splitter->setChildrenCollapsible(false);

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setStyleSheet(QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffd8a8;"
                                            " border-radius: 4px; padding: 6px 10px; }"));
    m_message->hide();

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    const auto keys = [](QKeyCombination k) { return QList<QKeySequence>{QKeySequence(k)}; };
    createAction(Action::Insert, tr("New task"), tr("Insert a task below the current one"), keys(Qt::Key_Insert),
              &ProjectPlanView::insertTask);
    createAction(Action::InsertSubtask, tr("New subtask"), tr("Insert a subtask under the current task"),
              keys(Qt::CTRL | Qt::Key_Insert), &ProjectPlanView::insertSubtask);
    createAction(Action::Delete, tr("Delete"), tr("Delete the selected tasks"), keys(Qt::Key_Delete),
              &ProjectPlanView::deleteTasks);
    m_toolBar->addSeparator();
    createAction(Action::Outdent, tr("Outdent"), tr("Move the task one level up"), keys(Qt::ALT | Qt::SHIFT | Qt::Key_Left),
              &ProjectPlanView::outdentTask);
    createAction(Action::Indent, tr("Indent"), tr("Make the task a subtask of the one above"),
              keys(Qt::ALT | Qt::SHIFT | Qt::Key_Right), &ProjectPlanView::indentTask);
    createAction(Action::MoveUp, tr("Move up"), tr("Move the task above its previous sibling"),
              keys(Qt::ALT | Qt::SHIFT | Qt::Key_Up), &ProjectPlanView::moveTaskUp);
    createAction(Action::MoveDown, tr("Move down"), tr("Move the task below its next sibling"),
              keys(Qt::ALT | Qt::SHIFT | Qt::Key_Down), &ProjectPlanView::moveTaskDown);
    m_toolBar->addSeparator();
    createAction(Action::Link, tr("Link"), tr("Link the selected tasks finish-to-start"), keys(Qt::CTRL | Qt::Key_F2),
              &ProjectPlanView::linkSelected);
    createAction(Action::Unlink, tr("Unlink"), tr("Remove the links between the selected tasks"),
              keys(Qt::CTRL | Qt::SHIFT | Qt::Key_F2), &ProjectPlanView::unlinkSelected);
    createAction(Action::Information, tr("Information…"), tr("Edit the task's details"), keys(Qt::CTRL | Qt::Key_I),
              &ProjectPlanView::showTaskDialog);
    createAction(Action::GoTo, tr("Go to…"), tr("Go to a task by WBS code, row number or name"), keys(Qt::CTRL | Qt::Key_G),
              &ProjectPlanView::goToTask);
    m_toolBar->addSeparator();
    createAction(Action::ZoomIn, tr("Zoom in"), tr("Show shorter periods in the chart"),
              {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)}, nullptr);
    createAction(Action::ZoomOut, tr("Zoom out"), tr("Show longer periods in the chart"), keys(Qt::CTRL | Qt::Key_Minus),
              nullptr);
    createAction(Action::Print, tr("Print…"), tr("Print or export the chart"), keys(Qt::CTRL | Qt::Key_P),
              &ProjectPlanView::print);
    m_toolBar->addSeparator();

    // Tracking: progress, baselines and what the plan is compared with, in one menu.
    QAction *track = m_toolBar->addAction(tr("Track"));
    track->setToolTip(tr("Record progress, save baselines and compare the plan with them"));
    track->setMenu(m_trackMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(track)))
        button->setPopupMode(QToolButton::InstantPopup);
    createAction(Action::UpdateTasks, tr("Update Tasks…"),
              tr("Record % complete, actual dates and remaining duration of the selected tasks"),
              keys(Qt::CTRL | Qt::SHIFT | Qt::Key_U), &ProjectPlanView::updateTasks, m_trackMenu);
    createAction(Action::UpdateProject, tr("Update Project…"),
              tr("Set the status date and mark the work scheduled through it as done"), {},
              &ProjectPlanView::updateProject, m_trackMenu);
    m_trackMenu->addSeparator();
    createAction(Action::Baseline, tr("Baseline…"), tr("Save or clear a baseline of the project or of the selected tasks"),
              keys(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &ProjectPlanView::baseline, m_trackMenu);
    createAction(Action::CompareBaseline, tr("Compare with Baseline"),
                 tr("Choose the baseline that the baseline bars and the variance columns compare with"),
                 keys(Qt::ALT | Qt::Key_W), nullptr, m_trackMenu);
    action(Action::CompareBaseline)->setMenu(m_baselineMenu);
    connect(action(Action::CompareBaseline), &QAction::triggered, this, [this, track] {
        // Alt+W: the baselines open under the Track button.
        QWidget *button = m_toolBar->widgetForAction(track);
        m_baselineMenu->popup(button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos());
    });
    connect(m_baselineMenu, &QMenu::aboutToShow, this, &ProjectPlanView::updateBaselineMenu);
    createAction(Action::VarianceColumns, tr("Variance Columns"), tr("Show the baseline and variance columns"), {}, nullptr,
                 m_trackMenu);
    action(Action::VarianceColumns)->setCheckable(true);
    action(Action::VarianceColumns)->setChecked(varianceColumnsShown());
    connect(action(Action::VarianceColumns), &QAction::toggled, this, &ProjectPlanView::showVarianceColumns);
    connect(action(Action::ZoomIn), &QAction::triggered, m_chart, &GanttView::zoomIn);
    connect(action(Action::ZoomOut), &QAction::triggered, m_chart, &GanttView::zoomOut);
    QAction *history = m_toolBar->addAction(tr("History…"), this, [this] {
        if (!currentTaskId().isNull())
            AuditTrailView::open(m_document, this, EntityType::Task, currentTaskId());
    });
    history->setObjectName(QStringLiteral("taskHistoryAction"));
    history->setToolTip(tr("Every change made to the current task: when, by whom, old and new values"));
    m_tree->addAction(history);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_message);
    layout->addWidget(m_splitter, 1);

    connect(m_tree, &QTreeView::activated, this, &ProjectPlanView::showTaskDialog);
    connect(m_tree->header(), &QWidget::customContextMenuRequested, this, &ProjectPlanView::showColumnMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProjectPlanView::updateActions);
    connect(m_model, &TaskTreeModel::editRefused, this, &ProjectPlanView::showMessage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ProjectPlanView::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProjectPlanView::updateActions);
    connect(&m_document->workspace(), &Workspace::changeSetApplied, this, [this](const ChangeSet &applied) {
        // The chart finds a link's bars by task id: only links, and tasks coming, going or
        // changing project, change what it draws (a new date or duration does not).
        const QList<Change> &changes = applied.changes();
        if (std::any_of(changes.cbegin(), changes.cend(), [](const Change &c) {
                return c.type == EntityType::Dependency
                       || (c.type == EntityType::Task && (c.op != Change::Op::Update || c.field == "project_id"));
            }))
            updateLinks();
    });
    connect(m_chart, &GanttView::taskMoveRequested, this, &ProjectPlanView::moveTask);
    connect(m_chart, &GanttView::taskFinishRequested, this, &ProjectPlanView::setTaskFinish);
    connect(m_chart, &GanttView::linkRequested, this, &ProjectPlanView::linkTasks);
    setFocusProxy(m_tree);
    updateActions();
}

QAction *ProjectPlanView::createAction(Action which, const QString &text, const QString &toolTip,
                                    const QList<QKeySequence> &keys, void (ProjectPlanView::*slot)(), QMenu *menu)
{
    auto *a = new QAction(text, this);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(keys.isEmpty() ? toolTip
                                 : QStringLiteral("%1 (%2)").arg(toolTip, keys.value(0).toString(QKeySequence::NativeText)));
    a->setStatusTip(a->toolTip());
    if (slot)
        connect(a, &QAction::triggered, this, slot);
    QWidget::addAction(a);
    if (menu) {
        menu->addAction(a);
        menu->setToolTipsVisible(true);
    } else {
        m_toolBar->addAction(a);
    }
    m_actions.insert(int(which), a);
    return a;
}

QAction *ProjectPlanView::action(Action which) const
{
    return m_actions.value(int(which));
}

void ProjectPlanView::setProjectId(const Id &projectId)
{
    m_model->setProjectId(projectId);
    m_tree->expandAll();
    showMessage({});
    if (const Project *p = m_document->workspace().get<Project>(projectId)) {
        // The project calendar as the scheduler resolves it; compiling it alone, not the whole
        // project's schedule snapshot, keeps opening a large project quick.
        CalendarCache calendars(m_document->workspace());
        m_chart->setWorkCalendar(calendars.projectCalendar(*p));
        if (p->start != kNoTime && p->finish != kNoTime) {
            // A zoom that shows a good part of the plan at once: days for a few weeks, weeks for
            // up to half a year, months beyond.
            const Minutes span = p->finish - p->start;
            m_chart->setZoom(span <= 45 * kMinutesPerDay    ? GanttZoom::Day
                             : span <= 200 * kMinutesPerDay ? GanttZoom::Week
                                                            : GanttZoom::Month);
        }
        if (p->start != kNoTime)
            m_chart->scrollToTime(p->start);
    }
    updateLinks();
    if (m_model->rowCount() > 0)
        m_tree->setCurrentIndex(m_model->index(0, TaskTreeModel::NameColumn));
    const QVariant compared = QSettings().value(comparedBaselineKey(projectId));
    m_model->setComparedBaseline(compared.isValid() ? compared.toInt() : -1);
    updateBaselineMenu();
    updateActions();
}

void ProjectPlanView::compareWithBaseline(int number)
{
    if (projectId().isNull() || number < 0 || number > 10)
        return;
    m_model->setComparedBaseline(number);
    QSettings().setValue(comparedBaselineKey(projectId()), number);
    updateBaselineMenu();
    m_chart->viewport()->update();
}

void ProjectPlanView::updateBaselineMenu()
{
    m_baselineMenu->clear();
    const Workspace &ws = m_document->workspace();
    const int compared = m_model->comparedBaseline();
    auto *group = new QActionGroup(m_baselineMenu);
    for (int n = 0; n <= 10; ++n) {
        const Baseline *b = BaselineVariance::find(ws, projectId(), n);
        const QString name = n == 0 ? tr("Baseline") : tr("Baseline %1").arg(n);
        const QString text = b ? tr("%1 (saved %2)").arg(name, QLocale().toString(
                                                                QDateTime::fromMSecsSinceEpoch(b->savedUtcMs).date(),
                                                                QLocale::ShortFormat))
                               : tr("%1 (not saved)").arg(name);
        QAction *a = m_baselineMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(n == compared);
        a->setData(n);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, n] { compareWithBaseline(n); });
    }
    const QString current = compared < 0 ? tr("no baseline saved") : compared == 0 ? tr("Baseline") : tr("Baseline %1").arg(compared);
    action(Action::CompareBaseline)->setStatusTip(tr("Comparing with: %1").arg(current));
}

bool ProjectPlanView::varianceColumnsShown() const
{
    for (int c = kFirstVarianceColumn; c <= kLastVarianceColumn; ++c) {
        if (!m_tree->isColumnHidden(c))
            return true;
    }
    return false;
}

void ProjectPlanView::showVarianceColumns(bool show)
{
    for (int c = kFirstVarianceColumn; c <= kLastVarianceColumn; ++c)
        m_tree->setColumnHidden(c, !show);
    saveColumns();
    const QSignalBlocker blocker(action(Action::VarianceColumns));
    action(Action::VarianceColumns)->setChecked(show);
}

QList<QAction *> ProjectPlanView::viewActions() const
{
    return {action(Action::VarianceColumns), action(Action::CompareBaseline)};
}

Id ProjectPlanView::projectId() const
{
    return m_model->projectId();
}

QString ProjectPlanView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ProjectPlanView::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

Id ProjectPlanView::currentTaskId() const
{
    return m_model->taskId(m_tree->currentIndex());
}

void ProjectPlanView::selectTask(const Id &taskId)
{
    const QModelIndex index = m_model->indexOf(taskId, TaskTreeModel::NameColumn);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
}

QList<Id> ProjectPlanView::selectedTaskIds() const
{
    QList<Id> ids;
    const QHash<Id, int> rows = m_model->rowNumbers();
    for (const QModelIndex &i : m_tree->selectionModel()->selectedRows())
        ids.append(m_model->taskId(i));
    if (ids.isEmpty() && !currentTaskId().isNull())
        ids.append(currentTaskId());
    std::sort(ids.begin(), ids.end(), [&](const Id &a, const Id &b) { return rows.value(a) < rows.value(b); });
    return ids;
}

bool ProjectPlanView::run(const TaskEdits::Result &edit, const Id &keep)
{
    if (!m_model->apply(edit))
        return false;
    showMessage({});
    if (!keep.isNull())
        selectTask(keep);
    updateActions();
    return true;
}

void ProjectPlanView::insertNew(bool subtask)
{
    if (projectId().isNull())
        return;
    const Id current = currentTaskId();
    const auto edit = TaskEdits::insertTask(m_document->workspace(), projectId(), current,
                                            subtask ? TaskEdits::Position::FirstChild : TaskEdits::Position::After);
    if (!run(edit, edit.taskId))
        return;
    const QModelIndex name = m_model->indexOf(edit.taskId, TaskTreeModel::NameColumn);
    m_tree->setFocus();
    m_tree->edit(name);
    if (auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget()))
        editor->selectAll();
}

void ProjectPlanView::insertTask()
{
    insertNew(false);
}

void ProjectPlanView::insertSubtask()
{
    insertNew(true);
}

void ProjectPlanView::deleteTasks()
{
    const QList<Id> ids = selectedTaskIds();
    if (ids.isEmpty())
        return;
    // The row that takes the first deleted task's place stays current.
    const QModelIndex first = m_model->indexOf(ids.first());
    const QModelIndex below = m_tree->indexBelow(m_model->indexOf(ids.last()));
    const QModelIndex above = m_tree->indexAbove(first);
    const Id next = below.isValid() && !ids.contains(m_model->taskId(below)) ? m_model->taskId(below)
                                                                              : m_model->taskId(above);
    run(TaskEdits::removeTasks(m_document->workspace(), ids), next);
}

void ProjectPlanView::indentTask()
{
    const Id task = currentTaskId();
    if (task.isNull())
        return;
    if (run(TaskEdits::indent(m_document->workspace(), task), task))
        m_tree->expand(m_model->indexOf(task).parent());
}

void ProjectPlanView::outdentTask()
{
    const Id task = currentTaskId();
    if (!task.isNull() && run(TaskEdits::outdent(m_document->workspace(), task), task))
        m_tree->expand(m_model->indexOf(task));
}

void ProjectPlanView::moveTaskUp()
{
    const Id task = currentTaskId();
    if (!task.isNull())
        run(TaskEdits::move(m_document->workspace(), task, true), task);
}

void ProjectPlanView::moveTaskDown()
{
    const Id task = currentTaskId();
    if (!task.isNull())
        run(TaskEdits::move(m_document->workspace(), task, false), task);
}

void ProjectPlanView::showTaskDialog()
{
    const Id task = currentTaskId();
    if (task.isNull())
        return;
    TaskDialog dialog(m_model, task, this);
    dialog.exec();
}

void ProjectPlanView::linkSelected()
{
    const QList<Id> ids = selectedTaskIds();
    if (ids.size() < 2) {
        showMessage(tr("Select two or more tasks to link; they are linked in row order."));
        return;
    }
    TaskEdits::Result all;
    all.changes.setDescription(tr("Link tasks"));
    for (int i = 1; i < ids.size(); ++i) {
        const auto one = TaskEdits::link(m_document->workspace(), ids[i - 1], ids[i]);
        if (!one.ok()) {
            showMessage(one.error);
            return;
        }
        all.changes.append(one.changes);
    }
    run(all, currentTaskId());
}

void ProjectPlanView::unlinkSelected()
{
    const QList<Id> ids = selectedTaskIds();
    const Workspace &ws = m_document->workspace();
    TaskEdits::Result all;
    all.changes.setDescription(tr("Unlink tasks"));
    for (const Id &a : ids) {
        for (const Id &b : ids) {
            const auto one = a == b ? TaskEdits::Result() : TaskEdits::unlink(ws, a, b);
            if (one.ok())
                all.changes.append(one.changes);
        }
    }
    if (ids.size() == 1) {
        // One task: remove all its links.
        for (const Id &d : ws.taskDependencies(ids.first()))
            all.changes.remove(EntityType::Dependency, d);
    }
    run(all, currentTaskId());
}

void ProjectPlanView::baseline()
{
    if (projectId().isNull())
        return;
    BaselineDialog dialog(m_document->workspace(), projectId(), selectedTaskIds(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.edit().changes.isEmpty())
        return;
    m_document->apply(dialog.edit().changes);
}

void ProjectPlanView::updateTasks()
{
    const QList<Id> tasks = selectedTaskIds();
    if (tasks.isEmpty())
        return;
    ProgressDialog dialog(m_document->workspace(), m_model, tasks, this);
    if (dialog.exec() != QDialog::Accepted || dialog.edit().changes.isEmpty())
        return;
    m_document->apply(dialog.edit().changes);
}

void ProjectPlanView::updateProject()
{
    if (projectId().isNull())
        return;
    UpdateProjectDialog dialog(m_document->workspace(), projectId(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.edit().changes.isEmpty())
        return;
    m_document->apply(dialog.edit().changes);
}

void ProjectPlanView::goToTask()
{
    if (projectId().isNull())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to task"), tr("WBS code, row number or name:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok || text.isEmpty())
        return;
    const Workspace &ws = m_document->workspace();
    const QList<Id> all = ws.projectTasks(projectId());
    Id found;
    for (const Id &id : all) {
        if (ws.wbsCode(id) == text) {
            found = id;
            break;
        }
    }
    bool isNumber = false;
    const int row = text.toInt(&isNumber);
    if (found.isNull() && isNumber && row >= 1 && row <= all.size())
        found = all[row - 1];
    for (int i = 0; found.isNull() && i < all.size(); ++i) {
        if (ws.get<Task>(all[i])->name.contains(text, Qt::CaseInsensitive))
            found = all[i];
    }
    if (found.isNull()) {
        showMessage(tr("No task of this project has the WBS code, row number or name “%1”.").arg(text));
        return;
    }
    selectTask(found);
    m_chart->scrollToTask(found);
}

void ProjectPlanView::print()
{
    const Project *p = m_document->workspace().get<Project>(projectId());
    if (!p)
        return;
    GanttPrintDialog dialog(m_chart->chartData(p->code.isEmpty() ? p->name : p->code + QStringLiteral(" ") + p->name),
                            this);
    dialog.exec();
}

void ProjectPlanView::moveTask(const Id &taskId, qint64 newStart)
{
    run(TaskEdits::setStart(m_document->workspace(), taskId, newStart), taskId);
}

void ProjectPlanView::setTaskFinish(const Id &taskId, qint64 newFinish)
{
    run(TaskEdits::setFinish(m_document->workspace(), taskId, newFinish), taskId);
}

void ProjectPlanView::linkTasks(const Id &predecessor, const Id &successor)
{
    run(TaskEdits::link(m_document->workspace(), predecessor, successor), successor);
}

void ProjectPlanView::updateLinks()
{
    std::vector<GanttLink> links;
    const Workspace &ws = m_document->workspace();
    if (!projectId().isNull()) {
        for (const Id &task : ws.projectTasks(projectId())) {
            for (const Id &d : ws.taskDependencies(task)) {
                const Dependency *dep = ws.get<Dependency>(d);
                if (dep && dep->successorId == task)
                    links.push_back({dep->predecessorId, dep->successorId, dep->type});
            }
        }
    }
    m_chart->setLinks(std::move(links));
}

void ProjectPlanView::updateActions()
{
    const bool hasProject = !projectId().isNull();
    const bool hasTask = !currentTaskId().isNull();
    for (Action a : {Action::Insert, Action::GoTo, Action::ZoomIn, Action::ZoomOut, Action::Print, Action::Baseline,
                     Action::CompareBaseline, Action::VarianceColumns, Action::UpdateProject})
        action(a)->setEnabled(hasProject);
    for (Action a : {Action::InsertSubtask, Action::Delete, Action::Indent, Action::Outdent, Action::MoveUp,
                     Action::MoveDown, Action::Information, Action::Link, Action::Unlink, Action::UpdateTasks})
        action(a)->setEnabled(hasTask);
}

void ProjectPlanView::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    for (int c = 0; c < TaskTreeModel::ColumnCount; ++c) {
        QAction *a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_tree->isColumnHidden(c));
        a->setEnabled(c != TaskTreeModel::NameColumn);
        connect(a, &QAction::toggled, this, [this, c](bool on) {
            m_tree->setColumnHidden(c, !on);
            saveColumns();
            const QSignalBlocker blocker(action(Action::VarianceColumns));
            action(Action::VarianceColumns)->setChecked(varianceColumnsShown());
        });
    }
    menu.exec(m_tree->header()->mapToGlobal(pos));
}

void ProjectPlanView::restoreColumns()
{
    const QSettings settings;
    QList<int> hidden = defaultHiddenColumns();
    if (settings.contains(kHiddenColumnsKey)) {
        // Columns newer than the saved choice keep their default.
        const int known = settings.value(kColumnCountKey, int(TaskTreeModel::BaselineStartColumn)).toInt();
        hidden.removeIf([known](int c) { return c < known; });
        for (const QVariant &v : settings.value(kHiddenColumnsKey).toList())
            hidden.append(v.toInt());
    }
    for (int c = 0; c < TaskTreeModel::ColumnCount; ++c)
        m_tree->setColumnHidden(c, c != TaskTreeModel::NameColumn && hidden.contains(c));
}

void ProjectPlanView::saveColumns() const
{
    QVariantList hidden;
    for (int c = 0; c < TaskTreeModel::ColumnCount; ++c) {
        if (m_tree->isColumnHidden(c))
            hidden.append(c);
    }
    QSettings settings;
    settings.setValue(kHiddenColumnsKey, hidden);
    settings.setValue(kColumnCountKey, int(TaskTreeModel::ColumnCount));
}

bool ProjectPlanView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a row opens the task's details. The Enter that commits an inline editor reaches the
    // tree too (the line edit passes it on while its closing is still queued): that one only commits.
    if (watched == m_tree && event->type() == QEvent::KeyPress && QApplication::focusWidget() == m_tree) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            showTaskDialog();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Keel
