#pragma once
// Progress on the plan, as a project manager records it each week:
//  - ProgressDialog ("Update Tasks", Ctrl+Shift+U): % complete, % work complete, actual start
//    and finish, remaining duration of the selected tasks;
//  - UpdateProjectDialog ("Update Project…"): the project's status date, and the work scheduled
//    through it marked as done.
// Both only collect input: EditService::recordProgress and updateProjectAsOf judge it and build
// the one ChangeSet; the caller applies edit() as one undo step.

#include <edit/edit.h>
#include <model/ids.h>

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Keel {

class TaskTreeModel;
class Workspace;

class ProgressDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p model parses and shows durations as the plan's columns do.
    ProgressDialog(const Workspace &ws, const TaskTreeModel *model, const QList<Id> &tasks, QWidget *parent = nullptr);

    /// The judged edit; valid once the dialog was accepted. Empty when nothing was changed.
    const Edit &edit() const { return m_edit; }

    QSpinBox *percentBox() const { return m_percent; }
    QSpinBox *workPercentBox() const { return m_workPercent; }
    QCheckBox *actualStartBox() const { return m_hasStart; }
    QDateTimeEdit *actualStartEdit() const { return m_start; }
    QCheckBox *actualFinishBox() const { return m_hasFinish; }
    QDateTimeEdit *actualFinishEdit() const { return m_finish; }
    QLineEdit *remainingEdit() const { return m_remaining; }
    /// Judges the input; accepts the dialog when the edit service takes it.
    void save();

private:
    void focusField(const QByteArray &field);

    const Workspace &m_ws;
    const TaskTreeModel *m_model;
    QList<Id> m_tasks;
    Edit m_edit;
    QSpinBox *m_percent;
    QSpinBox *m_workPercent;
    QCheckBox *m_hasStart;
    QDateTimeEdit *m_start;
    QCheckBox *m_hasFinish;
    QDateTimeEdit *m_finish;
    QLineEdit *m_remaining;
    // What the dialog showed first: only what the user changed is recorded.
    int m_percentShown = 0;
    int m_workPercentShown = 0;
    QString m_remainingShown;
    bool m_hadStart = false;
    bool m_hadFinish = false;
    QDateTime m_startShown;
    QDateTime m_finishShown;
};

class UpdateProjectDialog : public QDialog
{
    Q_OBJECT
public:
    UpdateProjectDialog(const Workspace &ws, const Id &project, QWidget *parent = nullptr);

    const Edit &edit() const { return m_edit; }

    QDateEdit *statusDateEdit() const { return m_date; }
    QRadioButton *proportionalButton() const { return m_proportional; }
    QRadioButton *zeroOrHundredButton() const { return m_zeroOrHundred; }
    void save();

private:
    const Workspace &m_ws;
    Id m_project;
    Edit m_edit;
    QDateEdit *m_date;
    QRadioButton *m_proportional;
    QRadioButton *m_zeroOrHundred;
};

} // namespace Keel
