#pragma once
// A person's week of time as a grid: the tasks they are assigned to that week (and any they
// logged time on) by day, Monday to Sunday, with day and task totals. Each cell typed ("7.5",
// "7h 30m", "450m") is applied at once through the edit service (EditService::setWeekTime) as its
// own undo step. Submit sends the week for approval; the approver approves it (locked from then
// on) or rejects it with a comment the person sees here. Ctrl+PgUp / Ctrl+PgDown change the week.

#include <model/ids.h>
#include <model/timeutil.h>
#include <workflow/timesheetweek.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Keel {

class WorkspaceDocument;

class TimesheetDialog : public QDialog
{
    Q_OBJECT
public:
    TimesheetDialog(WorkspaceDocument *document, const Id &resource, QDate day, QWidget *parent = nullptr);

    QComboBox *personBox() const { return m_person; }
    QComboBox *taskBox() const { return m_addTask; }
    QTableWidget *grid() const { return m_grid; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *rejectButton() const { return m_reject; }
    Id resource() const;
    QDate weekStart() const;
    const TimesheetWeek &week() const { return m_week; }

    void setResource(const Id &resource);
    void setWeek(QDate day);
    void previousWeek();
    void nextWeek();
    /// Adds a row for @p task (a leaf task of an open project) to log time on.
    void addTaskRow(const Id &task);
    /// Sets the hours of @p row on @p day (0 Monday … 6 Sunday) as typed; false with the reason
    /// shown when the text is not a time or the edit is refused.
    bool setCell(int row, int day, const QString &text);
    void submit();
    void approve(const QString &comment);
    void reject(const QString &comment);

private:
    void reload();
    void fillTaskBox();
    void cellEdited(int row, int column);
    void review(bool approveWeek);
    bool run(const class Edit &edit, const QString &title);
    QString hoursText(Minutes minutes) const;

    WorkspaceDocument *m_document;
    QComboBox *m_person;
    QLabel *m_weekLabel;
    QLabel *m_state;
    QTableWidget *m_grid;
    QComboBox *m_addTask;
    QPushButton *m_submit;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QDate m_weekStart;
    TimesheetWeek m_week;
    QList<Id> m_extraTasks;   ///< rows added in this week that hold no time yet
    bool m_loading = false;
};

} // namespace Keel
