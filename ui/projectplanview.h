#pragma once
// ProjectPlanView: the page a project manager lives in — the WBS tree-table beside the Gantt
// chart, on one TaskTreeModel, one selection and one vertical scroll. Its actions (toolbar and
// shortcuts, active while the page has focus) turn one user action into one TaskEdits call applied
// through TaskTreeModel::apply(): one undo step with the rescheduled dates. A refused edit shows
// its reason in a message bar above the table. The chart's drags arrive as the same edits.
//
// Shortcuts: Insert new task, Ctrl+Insert new subtask, Del delete, Alt+Shift+Right/Left
// indent/outdent, Alt+Shift+Up/Down move, Ctrl+I or Enter task information, Ctrl+F2 link,
// Ctrl+Shift+F2 unlink, Ctrl+G go to task, Ctrl+= / Ctrl+- zoom, Ctrl+P print the chart, Alt+W
// compare with baseline N (0..10).
// The tree header's context menu chooses the columns; the choice is remembered (QSettings). The
// variance columns are hidden until shown there or by the Variance columns action. The baseline the
// chart's baseline bars and the variance columns compare with is remembered per project, in
// QSettings under projectPlan/comparedBaseline/<project id> (a view preference, not plan data).

#include <model/ids.h>
#include <schedule/taskedits.h>

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QToolBar;
class QTreeView;

namespace Keel {

class GanttView;
class TaskTreeModel;
class WorkspaceDocument;

class ProjectPlanView : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectPlanView(WorkspaceDocument *document, QWidget *parent = nullptr);

    void setProjectId(const Id &projectId);
    Id projectId() const;

    TaskTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    GanttView *chart() const { return m_chart; }
    QToolBar *toolBar() const { return m_toolBar; }
    /// The message bar's text (empty when hidden).
    QString message() const;

    /// The task of the current row; null when none.
    Id currentTaskId() const;
    /// Makes the task current and selected, expanding its summaries and scrolling to it.
    void selectTask(const Id &taskId);

    enum class Action { Insert, InsertSubtask, Delete, Indent, Outdent, MoveUp, MoveDown, Information,
                        Link, Unlink, GoTo, ZoomIn, ZoomOut, Print, Baseline, CompareBaseline,
                        VarianceColumns, UpdateTasks, UpdateProject };
    QAction *action(Action which) const;

public Q_SLOTS:
    void insertTask();
    void insertSubtask();
    void deleteTasks();
    void indentTask();
    void outdentTask();
    void moveTaskUp();
    void moveTaskDown();
    /// Opens the task dialog on the current task.
    void showTaskDialog();
    /// Links the selected tasks in row order (finish-to-start), or unlinks them.
    void linkSelected();
    void unlinkSelected();
    /// Asks for a WBS code, row number or name and selects that task.
    void goToTask();
    void print();
    /// Saves or clears a baseline of the project (all tasks or the selected ones): one undo step.
    void baseline();
    /// Records progress of the selected tasks (Update Tasks).
    void updateTasks();
    /// Updates the project as of a status date.
    void updateProject();
    /// Compares the baseline bars and the variance columns with baseline @p number (0..10), and
    /// remembers the choice for the project.
    void compareWithBaseline(int number);
    /// Shows or hides the variance columns (baseline start and finish, the five variances).
    void showVarianceColumns(bool show);
    /// The menu of the baselines to compare with (what Alt+W opens).
    QMenu *baselineMenu() const { return m_baselineMenu; }
    /// The actions a View menu lists for the plan: the variance columns and the baseline compared.
    QList<QAction *> viewActions() const;

    /// The chart's edits.
    void moveTask(const Keel::Id &taskId, qint64 newStart);
    void setTaskFinish(const Keel::Id &taskId, qint64 newFinish);
    void linkTasks(const Keel::Id &predecessor, const Keel::Id &successor);

    /// Shows @p message in the message bar (an empty one hides it).
    void showMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// An action with its shortcuts, on the toolbar or, given @p menu, in that toolbar menu.
    QAction *createAction(Action which, const QString &text, const QString &toolTip, const QList<QKeySequence> &keys,
                          void (ProjectPlanView::*slot)(), QMenu *menu = nullptr);
    QList<Id> selectedTaskIds() const;
    void insertNew(bool subtask);
    /// Applies an edit (or shows why not) and makes @p keep the current task.
    bool run(const TaskEdits::Result &edit, const Id &keep);
    void showColumnMenu(const QPoint &pos);
    void restoreColumns();
    void saveColumns() const;
    void updateLinks();
    void updateActions();
    void updateBaselineMenu();
    bool varianceColumnsShown() const;

    WorkspaceDocument *m_document;
    TaskTreeModel *m_model;
    QToolBar *m_toolBar;
    QLabel *m_message;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    GanttView *m_chart;
    QHash<int, QAction *> m_actions;
    QMenu *m_baselineMenu;
    QMenu *m_trackMenu;   ///< progress and baselines, under one toolbar button
};

} // namespace Keel
