#pragma once
// TaskTreeModel: the tasks of one project as a tree (WBS: parent and order), with the columns of
// the plan's tree-table and the Gantt roles (ganttroles.h) that the chart reads. Live: the workspace
// notifies once a whole ChangeSet is applied, so each notification about the project's tasks
// compares the tree with the WBS as it now is: new tasks become beginInsertRows, changes of parent
// or order one layout change (expanded rows and the selection follow their tasks), deleted tasks
// beginRemoveRows — in that order, so a row never leaves with a subtask that stays. Every applied
// ChangeSet refreshes the computed columns (total float, critical path, cost, work), which come
// from one CPM run over the project, cached until the next change. The rows are told once per
// turn of the event loop however many ChangeSets came (an edit and its dates, an undo of both),
// and an edit's columns come from the run that computed its dates. The baseline bars and the
// variance columns (baseline start and finish; start, finish, duration, work and cost variance,
// from core's BaselineVariance) compare with one baseline, chosen by setComparedBaseline().
//
// Editing never mutates: setData() asks TaskEdits for the ChangeSet, the edit service completes it
// with the rescheduled dates, and apply() applies that one ChangeSet as one undo step. A refused edit emits editRefused() with the reason.

#include <analytics/baselinevariance.h>
#include <model/ids.h>
#include <model/timeutil.h>
#include <schedule/taskedits.h>

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace Keel {

class Workspace;
class WorkspaceDocument;
struct Task;

class TaskTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        WbsColumn,
        NameColumn,
        DurationColumn,
        StartColumn,
        FinishColumn,
        PredecessorsColumn,
        ResourcesColumn,
        PercentCompleteColumn,
        TotalFloatColumn,
        CostColumn,
        WorkColumn,
        ConstraintColumn,
        DeadlineColumn,
        PriorityColumn,
        CategoryColumn,
        BaselineStartColumn,
        BaselineFinishColumn,
        StartVarianceColumn,
        FinishVarianceColumn,
        DurationVarianceColumn,
        WorkVarianceColumn,
        CostVarianceColumn,
        ColumnCount
    };

    explicit TaskTreeModel(WorkspaceDocument *document, QObject *parent = nullptr);
    ~TaskTreeModel() override;

    /// Shows the tasks of @p projectId (a null id: none).
    void setProjectId(const Id &projectId);
    Id projectId() const { return m_projectId; }
    WorkspaceDocument *document() const { return m_document; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Name, duration ("3d"), start and finish (QDateTime, QDate or text), predecessors ("3FS+2d"),
    /// % complete, priority and category.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Id taskId(const QModelIndex &index) const;
    QModelIndex indexOf(const Id &taskId, int column = 0) const;
    /// Row numbers (1-based, WBS order) of every task, as the Predecessors column counts them.
    QHash<Id, int> rowNumbers() const;

    /// Applies @p edit together with the dates the scheduler then computes, as one undo step.
    /// A refused edit (here or by the store) emits editRefused() and returns false.
    bool apply(const TaskEdits::Result &edit);

    /// The baseline (0..10) that the baseline bars and the variance columns compare with; -1
    /// compares with the project's default one (BaselineVariance::defaultNumber).
    void setComparedBaseline(int number);
    /// The baseline compared with, as chosen (-1: the default).
    int chosenBaseline() const { return m_chosenBaseline; }
    /// The baseline number actually compared with; -1 when the project has none to compare.
    int comparedBaseline() const;

    /// A task's duration as the columns show it ("3d", "4h", "0d").
    QString durationText(const Task &task) const;
    /// Parses a duration ("3d", "4h", "2w"); false with *error set when it is not one.
    bool parseDuration(const QString &text, Minutes *minutes, bool *elapsed, QString *error) const;

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    struct Node;
    struct Derived;
    struct Scheduled;

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node, int column) const;
    void clearNodes();
    void loadChildren(Node *node);
    const Derived &derived() const;
    /// The variance columns' values, computed when first shown (from the derived values' baseline).
    const QHash<Id, TaskVariance> &variance() const;
    QVariant varianceData(const Task &task, int column) const;
    QVariant displayData(const Task &task, int column) const;
    QVariant ganttData(const Task &task, int role) const;
    TaskEdits::Result editFor(const Task &task, int column, const QVariant &value) const;

    void onInserted(EntityType type, const QList<Id> &ids);
    void onRemoved(EntityType type, const QList<Id> &ids);
    void onChanged(EntityType type, const QList<Id> &ids, const QList<QByteArray> &fields);
    void onApplied();
    /// Tells the views that every row's values may have changed, if a ChangeSet came since.
    void refresh();
    void onReset();
    /// Brings the tree in line with the project's WBS as the workspace now holds it, whatever
    /// the order of the notifications of one ChangeSet: inserts rows, then moves rows in one layout
    /// change, then removes rows.
    void sync();
    void emitAllChanged(const Node *node);

    WorkspaceDocument *m_document;
    const Workspace &m_ws;
    Id m_projectId;
    std::unique_ptr<Node> m_root;
    QHash<Id, Node *> m_nodes;
    mutable std::unique_ptr<Derived> m_derived;
    /// The engine's last run while it is still true of the workspace (derived() takes it).
    mutable std::unique_ptr<Scheduled> m_scheduled;
    bool m_refreshPending = false;
    mutable std::optional<QHash<Id, int>> m_rowNumbers; ///< rowNumbers() until the next change
    int m_chosenBaseline = -1;
};

} // namespace Keel
