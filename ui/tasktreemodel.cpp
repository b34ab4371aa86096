#include "tasktreemodel.h"

#include "formatting.h"
#include "ganttroles.h"
#include "workspacedocument.h"

#include <analytics/calendarcache.h>
#include <analytics/costing.h>
#include <edit/editservice.h>
#include <edit/plancache.h>
#include <model/durationtext.h>
#include <model/workspace.h>
#include <schedule/cpmscheduler.h>
#include <schedule/projectsnapshot.h>

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <functional>

namespace Keel {

struct TaskTreeModel::Node
{
    Id id;
    Node *parent = nullptr;
    std::vector<Node *> children;
    int row = 0;

    ~Node() { qDeleteAll(children); }
    void renumber()
    {
        for (size_t i = 0; i < children.size(); ++i) {
            children[i]->parent = this;
            children[i]->row = int(i);
        }
    }
};

/// What the columns compute from more than one task: one CPM run, assignments and the baseline.
struct TaskTreeModel::Derived
{
    struct Values
    {
        Minutes totalSlack = 0;
        Minutes span = 0;      ///< working minutes from start to finish (summaries)
        bool critical = false;
        qint64 cost = 0;
        Minutes work = 0;
        QString resources;
        Minutes baselineStart = kNoTime;
        Minutes baselineFinish = kNoTime;
    };
    QHash<Id, Values> values;
    QString currency;
    int baselineNumber = -1;
    std::optional<QHash<Id, TaskVariance>> variance; ///< TaskTreeModel::variance(), once asked
};

/// A schedule run of the project: owned (an edit's run) or the PlanCache's (not owned: an empty
/// owner aliasing the entry, read before the next change drops it).
struct TaskTreeModel::Scheduled
{
    std::shared_ptr<const ProjectSnapshot> snapshot;
    std::shared_ptr<const ScheduleResult> result;
};

namespace {

DurationUnits unitsOf(const Workspace &ws)
{
    const Settings &s = ws.settings();
    return {s.minutesPerDay, s.minutesPerWeek, s.daysPerMonth};
}

QString constraintText(ConstraintType type)
{
    switch (type) {
    case ConstraintType::Asap: return TaskTreeModel::tr("As soon as possible");
    case ConstraintType::Alap: return TaskTreeModel::tr("As late as possible");
    case ConstraintType::Snet: return TaskTreeModel::tr("Start no earlier than");
    case ConstraintType::Snlt: return TaskTreeModel::tr("Start no later than");
    case ConstraintType::Fnet: return TaskTreeModel::tr("Finish no earlier than");
    case ConstraintType::Fnlt: return TaskTreeModel::tr("Finish no later than");
    case ConstraintType::Mso: return TaskTreeModel::tr("Must start on");
    case ConstraintType::Mfo: return TaskTreeModel::tr("Must finish on");
    }
    return {};
}

/// A date (and time) the user entered: a QDateTime, a QDate (at @p defaultMinute) or text in the
/// locale's short format or ISO.
Minutes enteredTime(const QVariant &value, int defaultMinute)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().isValid() ? toMinutes(value.toDateTime()) : kNoTime;
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid() ? toMinutes(value.toDate(), defaultMinute) : kNoTime;
    const QString text = value.toString().trimmed();
    const QLocale locale;
    for (const QString &format : {locale.dateTimeFormat(QLocale::ShortFormat), locale.dateFormat(QLocale::ShortFormat)}) {
        const QDateTime dt = locale.toDateTime(text, format);
        if (dt.isValid())
            return format.contains(QLatin1Char('h'), Qt::CaseInsensitive) ? toMinutes(dt)
                                                                             : toMinutes(dt.date(), defaultMinute);
    }
    const Minutes iso = parseIso(text);
    if (iso != kNoTime && !text.contains(QLatin1Char('T')))
        return toMinutes(toDate(iso), defaultMinute);
    return iso;
}

} // namespace

TaskTreeModel::TaskTreeModel(WorkspaceDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_ws(document->workspace())
    , m_root(std::make_unique<Node>())
{
    connect(&m_ws, &Workspace::entitiesInserted, this, &TaskTreeModel::onInserted);
    connect(&m_ws, &Workspace::entitiesRemoved, this, &TaskTreeModel::onRemoved);
    connect(&m_ws, &Workspace::entitiesChanged, this, &TaskTreeModel::onChanged);
    connect(&m_ws, &Workspace::changeSetApplied, this, &TaskTreeModel::onApplied);
    connect(&m_ws, &Workspace::reset, this, &TaskTreeModel::onReset);
}

TaskTreeModel::~TaskTreeModel() = default;

void TaskTreeModel::setProjectId(const Id &projectId)
{
    if (projectId == m_projectId)
        return;
    beginResetModel();
    m_projectId = projectId;
    clearNodes();
    loadChildren(m_root.get());
    endResetModel();
}

void TaskTreeModel::clearNodes()
{
    qDeleteAll(m_root->children);
    m_root->children.clear();
    m_nodes.clear();
    m_derived.reset();
    m_rowNumbers.reset();
    m_scheduled.reset();
}

void TaskTreeModel::loadChildren(Node *node)
{
    if (m_projectId.isNull() || !m_ws.get<Project>(m_projectId))
        return;
    const QList<Id> ids = node == m_root.get() ? m_ws.rootTasks(m_projectId) : m_ws.childTasks(node->id);
    node->children.reserve(size_t(ids.size()));
    for (const Id &id : ids) {
        auto *child = new Node;
        child->id = id;
        node->children.push_back(child);
        m_nodes.insert(id, child);
        loadChildren(child);
    }
    node->renumber();
}

TaskTreeModel::Node *TaskTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex TaskTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex TaskTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)]);
}

QModelIndex TaskTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent, 0);
}

int TaskTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TaskTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TaskTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Id TaskTreeModel::taskId(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? nodeOf(index)->id : Id();
}

QModelIndex TaskTreeModel::indexOf(const Id &taskId, int column) const
{
    return indexOfNode(m_nodes.value(taskId), column);
}

QHash<Id, int> TaskTreeModel::rowNumbers() const
{
    // Kept until the next change: the Predecessors column asks for it in every cell it paints.
    if (m_rowNumbers)
        return *m_rowNumbers;
    QHash<Id, int> rows;
    if (!m_projectId.isNull()) {
        const QList<Id> all = m_ws.projectTasks(m_projectId);
        rows.reserve(all.size());
        for (int i = 0; i < all.size(); ++i)
            rows.insert(all[i], i + 1);
    }
    m_rowNumbers = rows;
    return rows;
}

const TaskTreeModel::Derived &TaskTreeModel::derived() const
{
    if (m_derived)
        return *m_derived;
    m_derived = std::make_unique<Derived>();
    Derived &d = *m_derived;
    const Project *project = m_ws.get<Project>(m_projectId);
    if (!project)
        return d;
    d.currency = project->currency;
    // The run that computed the last edit's dates, else the workspace's cached schedule of the
    // project (built now if there is none).
    std::unique_ptr<Scheduled> scheduled = std::move(m_scheduled);
    if (!scheduled) {
        scheduled = std::make_unique<Scheduled>();
        if (const PlanCache::Entry *e = m_document->planCache()->ensure(m_projectId)) {
            scheduled->snapshot = std::shared_ptr<const ProjectSnapshot>(std::shared_ptr<void>(), &e->snapshot);
            scheduled->result = std::shared_ptr<const ScheduleResult>(std::shared_ptr<void>(), &e->result());
        } else {
            scheduled->snapshot = std::make_shared<ProjectSnapshot>();
            scheduled->result = std::make_shared<ScheduleResult>();
        }
    }
    const ProjectSnapshot &ps = *scheduled->snapshot;
    const ScheduleResult &result = *scheduled->result;
    // Every task of the project has its values from here on (the lookups below only find them).
    d.values.reserve(qsizetype(ps.taskIds().size()));
    const ScheduleSnapshot &s = ps.snapshot();
    for (size_t i = 0; i < ps.taskIds().size(); ++i) {
        Derived::Values &v = d.values[ps.taskIds()[i]];
        if (i >= result.tasks.size())
            continue;
        const TaskSchedule &ts = result.tasks[i];
        v.totalSlack = ts.totalSlack;
        v.critical = ts.critical;
        const qint32 cal = s.tasks[i].calendar >= 0 ? s.tasks[i].calendar : s.projectCalendar;
        if (ts.start != kNoTime && ts.finish != kNoTime)
            v.span = s.calendars[size_t(cal)].workBetween(ts.start, ts.finish);
    }
    scheduled.reset();
    const QString separator = QStringLiteral(", ");
    for (const Assignment &a : m_ws.table<Assignment>()) {
        const auto it = d.values.find(a.taskId);
        if (it == d.values.end())
            continue;  // another project's task
        const Task *t = m_ws.get<Task>(a.taskId);
        if (!t)
            continue;
        Derived::Values &v = *it;
        if (const Resource *r = m_ws.get<Resource>(a.resourceId)) {
            if (!v.resources.isEmpty())
                v.resources += separator;
            v.resources += qFuzzyCompare(a.units, 1.0) ? r->name
                                                       : QStringLiteral("%1 [%2]").arg(r->name, Format::units(a.units));
        }
    }
    // Work and cost, rolled up through the WBS by the core's costing.
    const QHash<Id, Costing::TaskCost> costs = Costing::taskCosts(m_ws, m_projectId);
    for (auto it = costs.cbegin(); it != costs.cend(); ++it) {
        Derived::Values &v = d.values[it.key()];
        v.cost = qint64(std::llround(it->cost));
        v.work = it->work;
    }

    d.baselineNumber = comparedBaseline();
    if (const Baseline *compared = BaselineVariance::find(m_ws, m_projectId, d.baselineNumber)) {
        for (const BaselineTask &bt : m_ws.table<BaselineTask>()) {
            if (bt.baselineId == compared->id && m_nodes.contains(bt.taskId)) {
                d.values[bt.taskId].baselineStart = bt.start;
                d.values[bt.taskId].baselineFinish = bt.finish;
            }
        }
    }
    return d;
}

int TaskTreeModel::comparedBaseline() const
{
    if (m_chosenBaseline >= 0)
        return m_chosenBaseline;
    return BaselineVariance::defaultNumber(m_ws, m_projectId);
}

void TaskTreeModel::setComparedBaseline(int number)
{
    number = std::clamp(number, -1, 10);
    if (number == m_chosenBaseline)
        return;
    m_chosenBaseline = number;
    m_derived.reset();
    if (!m_root->children.empty())
        emitAllChanged(m_root.get());
}

const QHash<Id, TaskVariance> &TaskTreeModel::variance() const
{
    derived();
    Derived &d = *m_derived;
    if (!d.variance) {
        CalendarCache calendars(m_ws);
        d.variance = BaselineVariance::compute(m_ws, m_projectId, d.baselineNumber, calendars);
    }
    return *d.variance;
}

QVariant TaskTreeModel::varianceData(const Task &task, int column) const
{
    const auto it = variance().constFind(task.id);
    if (it == variance().cend())
        return {};
    const TaskVariance &v = *it;
    const DurationUnits units = unitsOf(m_ws);
    const auto days = [&](Minutes minutes) {
        if (minutes == kNoTime)
            return QString();
        // Working days as the Duration column shows them, negative when earlier or shorter.
        const int perDay = std::max(1, units.minutesPerDay);
        return QString(QLocale().toString(double(minutes) / perDay, 'f', minutes % perDay ? 1 : 0) + QStringLiteral("d"));
    };
    switch (column) {
    case BaselineStartColumn:
        return v.baselineStart == kNoTime ? QString() : QLocale().toString(toDateTime(v.baselineStart), QLocale::ShortFormat);
    case BaselineFinishColumn:
        return v.baselineFinish == kNoTime ? QString() : QLocale().toString(toDateTime(v.baselineFinish), QLocale::ShortFormat);
    case StartVarianceColumn: return days(v.startVariance);
    case FinishVarianceColumn: return days(v.finishVariance);
    case DurationVarianceColumn: return days(v.durationVariance);
    case WorkVarianceColumn:
        return QString(QLocale().toString(double(v.workVariance) / 60.0, 'f', v.workVariance % 60 ? 1 : 0) + tr("h", "hours"));
    case CostVarianceColumn: return Format::money(qint64(std::llround(v.costVariance)), derived().currency);
    default: return {};
    }
}

QString TaskTreeModel::durationText(const Task &task) const
{
    Minutes minutes = task.duration;
    if (m_ws.isSummary(task.id)) {
        const auto it = derived().values.constFind(task.id);
        minutes = it == derived().values.cend() ? 0 : it->span;
    }
    const DurationUnits units = unitsOf(m_ws);
    // Durations read best in days; whole hours below a day.
    if (!task.elapsed && units.minutesPerDay > 0 && minutes % units.minutesPerDay != 0 && minutes > units.minutesPerDay) {
        const double days = double(minutes) / units.minutesPerDay;
        return QLocale().toString(days, 'f', 1) + QStringLiteral("d");
    }
    return DurationText::format(minutes, task.elapsed, units);
}

bool TaskTreeModel::parseDuration(const QString &text, Minutes *minutes, bool *elapsed, QString *error) const
{
    const auto parsed = DurationText::parse(text.trimmed(), unitsOf(m_ws));
    if (!parsed || parsed->percent || parsed->minutes < 0) {
        *error = tr("“%1” is not a duration: write for example 3d, 4h or 2w.").arg(text.trimmed());
        return false;
    }
    *minutes = parsed->minutes;
    *elapsed = parsed->elapsed;
    return true;
}

QVariant TaskTreeModel::displayData(const Task &task, int column) const
{
    const Derived &d = derived();
    const Derived::Values v = d.values.value(task.id);
    switch (column) {
    case WbsColumn: return m_ws.wbsCode(task.id);
    case NameColumn: return task.name;
    case DurationColumn: return durationText(task);
    case StartColumn: return task.start == kNoTime ? QString() : QLocale().toString(toDateTime(task.start), QLocale::ShortFormat);
    case FinishColumn: return task.finish == kNoTime ? QString() : QLocale().toString(toDateTime(task.finish), QLocale::ShortFormat);
    case PredecessorsColumn: return TaskEdits::predecessorsText(m_ws, task.id, {});
    case ResourcesColumn: return v.resources;
    case PercentCompleteColumn: return QString(QLocale().toString(task.percentComplete) + QLocale().percent());
    case TotalFloatColumn: return DurationText::format(v.totalSlack, false, unitsOf(m_ws));
    case CostColumn: return Format::money(v.cost, d.currency);
    case WorkColumn:
        return v.work == 0 ? QString() : QString(QLocale().toString(double(v.work) / 60.0, 'f', v.work % 60 ? 1 : 0) + tr("h", "hours"));
    case ConstraintColumn: return constraintText(task.constraint);
    case DeadlineColumn: return Format::date(task.deadline);
    case PriorityColumn: return task.priority;
    case CategoryColumn: return task.category;
    case BaselineStartColumn:
    case BaselineFinishColumn:
    case StartVarianceColumn:
    case FinishVarianceColumn:
    case DurationVarianceColumn:
    case WorkVarianceColumn:
    case CostVarianceColumn: return varianceData(task, column);
    default: return {};
    }
}

QVariant TaskTreeModel::ganttData(const Task &task, int role) const
{
    switch (role) {
    case TaskIdRole: return QVariant::fromValue(task.id);
    case StartRole: return qint64(task.start);
    case FinishRole: return qint64(task.finish);
    case BaselineStartRole: return qint64(derived().values.value(task.id).baselineStart);
    case BaselineFinishRole: return qint64(derived().values.value(task.id).baselineFinish);
    case ProgressRole: return task.percentComplete;
    case BarKindRole:
        return int(m_ws.isSummary(task.id) ? GanttBarKind::Summary
                   : task.milestone        ? GanttBarKind::Milestone
                                           : GanttBarKind::Task);
    case CriticalRole: return derived().values.value(task.id).critical;
    case ManualRole: return task.scheduling == SchedulingMode::Manual;
    case DeadlineRole: return qint64(task.deadline);
    case ResourceNamesRole: return derived().values.value(task.id).resources;
    default: return {};
    }
}

QVariant TaskTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Task *task = m_ws.get<Task>(nodeOf(index)->id);
    if (!task)
        return {};
    if (role >= TaskIdRole && role <= ResourceNamesRole)
        return ganttData(*task, role);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == PredecessorsColumn)
            return TaskEdits::predecessorsText(m_ws, task->id, rowNumbers());
        return displayData(*task, column);
    case Qt::EditRole:
        switch (column) {
        case StartColumn: return task->start == kNoTime ? QVariant() : QVariant(toDateTime(task->start));
        case FinishColumn: return task->finish == kNoTime ? QVariant() : QVariant(toDateTime(task->finish));
        case PercentCompleteColumn: return task->percentComplete;
        case PredecessorsColumn: return TaskEdits::predecessorsText(m_ws, task->id, rowNumbers());
        default: return displayData(*task, column);
        }
    case Qt::FontRole:
        if (m_ws.isSummary(task->id)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (column == NameColumn && derived().values.value(task->id).critical && !m_ws.isSummary(task->id))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case DurationColumn:
        case PercentCompleteColumn:
        case TotalFloatColumn:
        case CostColumn:
        case WorkColumn:
        case PriorityColumn:
        case StartVarianceColumn:
        case FinishVarianceColumn:
        case DurationVarianceColumn:
        case WorkVarianceColumn:
        case CostVarianceColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (column == NameColumn && !task->notes.isEmpty())
            return task->notes;
        return {};
    default: return {};
    }
}

QVariant TaskTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WbsColumn: return tr("WBS");
    case NameColumn: return tr("Task name");
    case DurationColumn: return tr("Duration");
    case StartColumn: return tr("Start");
    case FinishColumn: return tr("Finish");
    case PredecessorsColumn: return tr("Predecessors");
    case ResourcesColumn: return tr("Resources");
    case PercentCompleteColumn: return tr("% Complete");
    case TotalFloatColumn: return tr("Total float");
    case CostColumn: return tr("Cost");
    case WorkColumn: return tr("Work");
    case ConstraintColumn: return tr("Constraint");
    case DeadlineColumn: return tr("Deadline");
    case PriorityColumn: return tr("Priority");
    case CategoryColumn: return tr("Category");
    case BaselineStartColumn: return tr("Baseline start");
    case BaselineFinishColumn: return tr("Baseline finish");
    case StartVarianceColumn: return tr("Start variance");
    case FinishVarianceColumn: return tr("Finish variance");
    case DurationVarianceColumn: return tr("Duration variance");
    case WorkVarianceColumn: return tr("Work variance");
    case CostVarianceColumn: return tr("Cost variance");
    default: return {};
    }
}

Qt::ItemFlags TaskTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool summary = !nodeOf(index)->children.empty();
    switch (index.column()) {
    case NameColumn:
    case StartColumn:
    case PredecessorsColumn:
    case PriorityColumn:
    case CategoryColumn: return f | Qt::ItemIsEditable;
    case DurationColumn:
    case FinishColumn:
    case PercentCompleteColumn: return summary ? f : f | Qt::ItemIsEditable;
    default: return f;
    }
}

TaskEdits::Result TaskTreeModel::editFor(const Task &task, int column, const QVariant &value) const
{
    TaskEdits::Result refused;
    switch (column) {
    case NameColumn: return TaskEdits::rename(m_ws, task.id, value.toString());
    case DurationColumn: {
        Minutes minutes = 0;
        bool elapsed = false;
        if (!parseDuration(value.toString(), &minutes, &elapsed, &refused.error))
            return refused;
        TaskEdits::Result r = TaskEdits::setDuration(m_ws, task.id, minutes);
        if (r.ok() && elapsed != task.elapsed)
            r.changes.update(EntityType::Task, task.id, "elapsed", elapsed);
        return r;
    }
    case StartColumn:
    case FinishColumn: {
        const bool start = column == StartColumn;
        const Minutes old = start ? task.start : task.finish;
        const int minute = old != kNoTime ? int(old - toMinutes(toDate(old))) : (start ? 8 * 60 : 17 * 60);
        const Minutes when = enteredTime(value, minute);
        if (when == kNoTime) {
            refused.error = tr("“%1” is not a date.").arg(value.toString());
            return refused;
        }
        return start ? TaskEdits::setStart(m_ws, task.id, when) : TaskEdits::setFinish(m_ws, task.id, when);
    }
    case PredecessorsColumn: return TaskEdits::setPredecessorsText(m_ws, task.id, value.toString());
    case PercentCompleteColumn: {
        QString text = value.toString().trimmed();
        text.remove(QLatin1Char('%')).remove(QLocale().percent());
        bool ok = false;
        const int percent = QLocale().toInt(text.trimmed(), &ok);
        if (!ok) {
            refused.error = tr("“%1” is not a percentage between 0 and 100.").arg(value.toString());
            return refused;
        }
        return TaskEdits::setPercentComplete(m_ws, task.id, percent);
    }
    case PriorityColumn: {
        bool ok = false;
        const int priority = value.toString().trimmed().toInt(&ok);
        if (!ok || priority < 0 || priority > 1000) {
            refused.error = tr("The priority must be a whole number from 0 to 1000.");
            return refused;
        }
        refused.changes.setDescription(tr("Change priority"));
        if (priority != task.priority)
            refused.changes.update(EntityType::Task, task.id, "priority", priority);
        return refused;
    }
    case CategoryColumn:
        refused.changes.setDescription(tr("Change category"));
        if (value.toString().trimmed() != task.category)
            refused.changes.update(EntityType::Task, task.id, "category", value.toString().trimmed());
        return refused;
    default:
        refused.error = tr("This column cannot be edited.");
        return refused;
    }
}

bool TaskTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Task *task = m_ws.get<Task>(nodeOf(index)->id);
    if (!task)
        return false;
    return apply(editFor(*task, index.column(), value));
}

bool TaskTreeModel::apply(const TaskEdits::Result &edit)
{
    // One edit is one ChangeSet with its rescheduled dates: one log entry, one undo step.
    QList<EditService::Scheduled> runs;
    const Edit completed = edit.ok() ? EditService(m_ws, m_document->planCache()).complete(edit.changes, &runs)
                                     : Edit::refused(edit.error);
    if (!completed.ok()) {
        Q_EMIT editRefused(completed.error);
        return false;
    }
    if (completed.changes.isEmpty())
        return true;
    QString error;
    if (!m_document->apply(completed.changes, &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    // Applying the dates dropped the caches; the run that computed them describes the plan.
    for (const EditService::Scheduled &run : std::as_const(runs)) {
        if (run.project == m_projectId)
            m_scheduled = std::make_unique<Scheduled>(Scheduled{run.snapshot, run.result});
    }
    refresh();
    return true;
}

void TaskTreeModel::onInserted(EntityType type, const QList<Id> &ids)
{
    if (m_projectId.isNull())
        return;
    if (type == EntityType::Project && ids.contains(m_projectId)) {
        sync();
        return;
    }
    if (type != EntityType::Task)
        return;
    const bool ours = std::any_of(ids.cbegin(), ids.cend(), [this](const Id &id) {
        const Task *t = m_ws.get<Task>(id);
        return t && t->projectId == m_projectId;
    });
    if (ours)
        sync();
}

void TaskTreeModel::onRemoved(EntityType type, const QList<Id> &ids)
{
    if (m_projectId.isNull())
        return;
    if (type == EntityType::Project && ids.contains(m_projectId)) {
        sync();
        return;
    }
    if (type != EntityType::Task)
        return;
    const bool ours =
        std::any_of(ids.cbegin(), ids.cend(), [this](const Id &id) { return m_nodes.contains(id); });
    if (ours)
        sync();
}

void TaskTreeModel::onChanged(EntityType type, const QList<Id> &, const QList<QByteArray> &fields)
{
    if (type == EntityType::Task && !m_projectId.isNull() &&
        (fields.contains("parent_id") || fields.contains("sort_order") || fields.contains("project_id")))
        sync();
}

void TaskTreeModel::sync()
{
    // The workspace's WBS: the children of each shown task (of the root under the null id).
    QHash<Id, QList<Id>> wbs;
    QHash<Id, Id> parentOf;
    QList<Id> order; // depth-first, parents before children
    if (m_ws.get<Project>(m_projectId)) {
        const std::function<void(const Id &)> visit = [&](const Id &parent) {
            QList<Id> children = parent.isNull() ? m_ws.rootTasks(m_projectId) : m_ws.childTasks(parent);
            children.removeIf([&](const Id &id) { return parentOf.contains(id); });
            for (const Id &id : std::as_const(children))
                parentOf.insert(id, parent);
            wbs.insert(parent, children);
            for (const Id &id : std::as_const(children)) {
                order.append(id);
                visit(id);
            }
        };
        visit(Id());
    }
    const auto live = [&](const Node *node) { return parentOf.contains(node->id); };

    // 1. Insert the tasks the model lacks: each new task whose parent the model shows, together with
    //    its new subtasks, as one row after the nearest preceding sibling that the parent shows.
    //    The parent may still be at its old place; step 2 moves it.
    QSet<Id> fresh;
    for (const Id &id : std::as_const(order)) {
        if (!m_nodes.contains(id))
            fresh.insert(id);
    }
    const std::function<Node *(const Id &)> build = [&](const Id &id) {
        auto *node = new Node;
        node->id = id;
        for (const Id &child : wbs.value(id)) {
            if (fresh.contains(child))
                node->children.push_back(build(child));
        }
        node->renumber();
        return node;
    };
    const std::function<void(Node *)> enter = [&](Node *node) {
        m_nodes.insert(node->id, node);
        for (Node *child : node->children)
            enter(child);
    };
    for (const Id &id : std::as_const(order)) {
        const Id parentId = parentOf.value(id);
        if (!fresh.contains(id) || fresh.contains(parentId))
            continue;
        Node *parent = parentId.isNull() ? m_root.get() : m_nodes.value(parentId);
        Q_ASSERT(parent);
        const QList<Id> siblings = wbs.value(parentId);
        int row = 0;
        for (qsizetype k = siblings.indexOf(id) - 1; k >= 0; --k) {
            const Node *s = m_nodes.value(siblings[k]);
            if (s && s->parent == parent) {
                row = s->row + 1;
                break;
            }
        }
        Node *node = build(id);
        beginInsertRows(indexOfNode(parent, 0), row, row);
        parent->children.insert(parent->children.begin() + row, node);
        parent->renumber();
        enter(node);
        m_derived.reset();
        m_rowNumbers.reset();
        endInsertRows();
    }

    // 2. Parents and order as one layout change. A row whose task is gone stays where it is, under
    //    its old parent, until step 3 removes it; the rows of tasks that remain leave it first.
    QHash<Node *, std::vector<Node *>> moved;
    const auto plan = [&](Node *node) {
        std::vector<Node *> children;
        if (node == m_root.get() || live(node)) {
            const QList<Id> ids = wbs.value(node->id);
            std::vector<Node *> shown;
            for (Node *c : node->children) {
                if (live(c))
                    shown.push_back(c);
            }
            bool same = shown.size() == size_t(ids.size());
            for (size_t i = 0; same && i < shown.size(); ++i)
                same = shown[i]->id == ids[qsizetype(i)];
            if (same)
                return;
            children.reserve(size_t(ids.size()));
            for (const Id &id : ids)
                children.push_back(m_nodes.value(id));
        }
        for (Node *c : node->children) {
            if (!live(c))
                children.push_back(c);
        }
        if (children != node->children)
            moved.insert(node, std::move(children));
    };
    plan(m_root.get());
    for (Node *node : std::as_const(m_nodes))
        plan(node);
    if (!moved.isEmpty()) {
        Q_EMIT layoutAboutToBeChanged();
        const QModelIndexList before = persistentIndexList();
        QList<QPair<Node *, int>> held;
        held.reserve(before.size());
        for (const QModelIndex &i : before)
            held.append({nodeOf(i), i.column()});
        for (auto it = moved.begin(); it != moved.end(); ++it) {
            it.key()->children = std::move(it.value());
            it.key()->renumber();
        }
        QModelIndexList after;
        after.reserve(held.size());
        for (const auto &[node, column] : std::as_const(held))
            after.append(indexOfNode(node, column));
        changePersistentIndexList(before, after);
        m_derived.reset();
        m_rowNumbers.reset();
        Q_EMIT layoutChanged();
    }

    // 3. Remove the rows whose tasks are gone, each run of neighbours at once, with their subtasks
    //    (gone too, after step 2).
    const std::function<void(const Node *)> forget = [&](const Node *node) {
        m_nodes.remove(node->id);
        for (const Node *c : node->children)
            forget(c);
    };
    const std::function<void(Node *)> prune = [&](Node *node) {
        for (size_t end = node->children.size(); end > 0;) {
            if (live(node->children[end - 1])) {
                prune(node->children[--end]);
                continue;
            }
            size_t first = end - 1;
            while (first > 0 && !live(node->children[first - 1]))
                --first;
            beginRemoveRows(indexOfNode(node, 0), int(first), int(end) - 1);
            const std::vector<Node *> doomed(node->children.begin() + qsizetype(first),
                                             node->children.begin() + qsizetype(end));
            node->children.erase(node->children.begin() + qsizetype(first),
                                 node->children.begin() + qsizetype(end));
            node->renumber();
            for (Node *d : doomed) {
                forget(d);
                delete d;
            }
            m_derived.reset();
            m_rowNumbers.reset();
            endRemoveRows();
            end = first;
        }
    };
    prune(m_root.get());
}

void TaskTreeModel::onApplied()
{
    m_derived.reset();
    m_rowNumbers.reset();
    m_scheduled.reset();
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QMetaObject::invokeMethod(this, &TaskTreeModel::refresh, Qt::QueuedConnection);
}

void TaskTreeModel::refresh()
{
    if (!m_refreshPending)
        return;
    m_refreshPending = false;
    emitAllChanged(m_root.get());
}

void TaskTreeModel::emitAllChanged(const Node *node)
{
    if (node->children.empty())
        return;
    Q_EMIT dataChanged(indexOfNode(node->children.front(), 0), indexOfNode(node->children.back(), ColumnCount - 1));
    for (const Node *child : node->children)
        emitAllChanged(child);
}

void TaskTreeModel::onReset()
{
    beginResetModel();
    clearNodes();
    loadChildren(m_root.get());
    endResetModel();
}

} // namespace Keel
