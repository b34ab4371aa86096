#pragma once
// TemplateOutlineDialog: edits the phases and tasks of a workspace process template as an
// outline — phases at the top, their tasks below them — with each task's duration in working
// days, whether it is a milestone, and its predecessors by row number. Rows are added, removed,
// renamed, indented (a phase becomes a task of the phase above) and outdented (a task becomes a
// phase holding the tasks after it). On OK the rows go to the submit function, which checks them
// in core (ProcessTemplate::withOutline, EditService::saveTemplate) and returns the reason they
// are refused, shown here.

#include <workflow/processtemplate.h>

#include <QDialog>

#include <functional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Keel {

class TemplateOutlineDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NumberColumn, NameColumn, DaysColumn, MilestoneColumn, PredecessorsColumn, ColumnCount };
    using Submit = std::function<QString(const QList<TemplateOutlineRow> &rows)>;

    TemplateOutlineDialog(const ProcessTemplate &tmpl, Submit submit, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLabel *errorLabel() const { return m_error; }
    /// The row (1-based) of @p item in the outline.
    int rowOf(const QTreeWidgetItem *item) const;
    /// The item of row @p row (1-based), or nullptr.
    QTreeWidgetItem *itemAt(int row) const;

    void addTask();
    void addPhase();
    void removeCurrent();
    void indent();
    void outdent();
    /// The rows as they stand; nullopt with *error when a predecessor is not a row number.
    std::optional<QList<TemplateOutlineRow>> rows(QString *error) const;

    void accept() override;

private:
    QTreeWidgetItem *makeItem(const TemplateOutlineRow &row) const;
    void setTaskCells(QTreeWidgetItem *item, bool task) const;
    QList<QTreeWidgetItem *> flat() const;
    /// Shifts every predecessor reference to a row at or after @p from by @p delta; with
    /// @p dropFrom the references to row @p from itself are dropped first.
    void shiftReferences(int from, int delta, bool dropFrom);
    void renumber();

    Submit m_submit;
    QTreeWidget *m_tree;
    QLabel *m_error;
};

} // namespace Keel
