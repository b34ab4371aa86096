#pragma once
// TaskDialog: everything about one task on seven tabs — General (name, duration, dates, progress,
// milestone, scheduling mode, priority, category, client visibility), Predecessors (task, type,
// lag), Resources (resource, units), Skills (the skills the task asks for from the workspace's
// catalogue, each at a minimum level 1–5 and an amount of work, which the staffing recommendation
// fills), Estimates (the three-point estimate the Monte Carlo forecast draws from), Notes and
// Advanced (constraint, deadline, calendar).
// Input is checked as it is typed: a problem shows under the tabs and disables OK. OK builds one
// ChangeSet from TaskEdits and applies it through the TaskTreeModel: one undo step, with the
// rescheduled dates. The dialog stays open, showing why, when the edit is refused.

#include <model/ids.h>
#include <schedule/taskedits.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace Keel {

class TaskTreeModel;
class Workspace;
struct Task;

class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    TaskDialog(TaskTreeModel *model, const Id &taskId, QWidget *parent = nullptr);

    /// The edit OK would apply; its error says what is wrong with the input.
    TaskEdits::Result edit() const;
    /// The current input problem, empty when OK is enabled.
    QString problem() const;

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *durationEdit() const { return m_duration; }
    QTableWidget *predecessorTable() const { return m_predecessors; }
    QTableWidget *resourceTable() const { return m_resources; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QTableWidget *skillTable() const { return m_skills; }
    QLineEdit *optimisticEdit() const { return m_optimistic; }
    QLineEdit *mostLikelyEdit() const { return m_mostLikely; }
    QLineEdit *pessimisticEdit() const { return m_pessimistic; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Adds a predecessor row (the first other task, FS, no lag) / a resource row.
    void addPredecessorRow(const Id &task = {}, DependencyType type = DependencyType::FinishStart,
                           const QString &lag = {});
    void addResourceRow(const Id &resource = {}, double units = 1.0);
    /// Adds a skill requirement row (the first skill of the catalogue, level 1, the task's duration
    /// as work); @p requirement is the one the row edits, null for a new one.
    void addSkillRow(const Id &skill = {}, int minLevel = 1, const QString &work = {}, const Id &requirement = {});

public Q_SLOTS:
    void accept() override;

private:
    QWidget *generalTab();
    QWidget *predecessorsTab();
    QWidget *resourcesTab();
    QWidget *advancedTab();
    QWidget *skillsTab();
    QWidget *estimatesTab();
    QList<TaskEdits::SkillNeed> skillNeeds(QString *error) const;
    void load();
    void validate();
    QList<TaskEdits::Predecessor> predecessors(QString *error) const;
    void appendFieldChanges(ChangeSet &changes, const Task &task) const;
    QString appendAssignmentChanges(ChangeSet &changes, const Task &task, Minutes duration) const;

    TaskTreeModel *m_model;
    const Workspace &m_ws;
    Id m_taskId;
    bool m_summary = false;

    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QLineEdit *m_duration;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_finish;
    QSpinBox *m_percent;
    QCheckBox *m_milestone;
    QComboBox *m_scheduling;
    QSpinBox *m_priority;
    QLineEdit *m_category;
    QCheckBox *m_clientVisible;
    QTableWidget *m_predecessors;
    QTableWidget *m_resources;
    QPlainTextEdit *m_notes;
    QTableWidget *m_skills;
    QLineEdit *m_optimistic;
    QLineEdit *m_mostLikely;
    QLineEdit *m_pessimistic;
    QComboBox *m_constraint;
    QDateTimeEdit *m_constraintDate;
    QCheckBox *m_hasDeadline;
    QDateTimeEdit *m_deadline;
    QComboBox *m_calendar;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Keel
