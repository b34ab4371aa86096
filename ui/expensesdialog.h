#pragma once
// Expenses of a project: a table of what was spent (date, category, description, amount and
// currency, billable, task, receipt), added, edited and deleted one undo step each. The edit
// service judges and builds every change (EditService::saveExpense, remove); a receipt file is
// attached as a document of the project in the same step.

#include "temporarydocumentfiles.h"

#include <edit/edit.h>
#include <model/expense.h>
#include <model/ids.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Keel {

class Workspace;
class WorkspaceDocument;

/// One expense, new or existing.
class ExpenseDialog : public QDialog
{
    Q_OBJECT
public:
    ExpenseDialog(const Workspace &ws, const Expense &expense, QWidget *parent = nullptr);

    /// The judged edit; valid once the dialog was accepted.
    const Edit &edit() const { return m_edit; }

    QDateEdit *dateEdit() const { return m_date; }
    QComboBox *categoryBox() const { return m_category; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *currencyBox() const { return m_currency; }
    QCheckBox *billableBox() const { return m_billable; }
    QComboBox *taskBox() const { return m_task; }
    /// The receipt file to attach when saving (what "Attach…" chooses).
    void setReceiptFile(const QString &path);
    void save();

private:
    void chooseReceipt();

    const Workspace &m_ws;
    Expense m_expense;
    Edit m_edit;
    QString m_receiptPath;
    QDateEdit *m_date;
    QComboBox *m_category;
    QLineEdit *m_description;
    QLineEdit *m_amount;
    QComboBox *m_currency;
    QCheckBox *m_billable;
    QComboBox *m_task;
    QLabel *m_receipt;
};

/// The expenses of one project at a time.
class ExpensesDialog : public QDialog
{
    Q_OBJECT
public:
    ExpensesDialog(WorkspaceDocument *document, const Id &project, QWidget *parent = nullptr);

    Id projectId() const;
    void setProjectId(const Id &project);
    QTableWidget *table() const { return m_table; }
    QLabel *totalLabel() const { return m_total; }
    /// The expense of the current row; null when none.
    Id currentExpense() const;

    void addExpense();
    void editExpense();
    void deleteExpense();
    void openReceipt();

private:
    void refresh();
    void updateButtons();

    WorkspaceDocument *m_document;
    QComboBox *m_project;
    QTableWidget *m_table;
    QLabel *m_total;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_open;
    TemporaryDocumentFiles m_files;
};

} // namespace Keel
