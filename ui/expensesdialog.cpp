#include "expensesdialog.h"

#include "formatting.h"
#include "sortedtableitem.h"
#include "temporarydocumentfiles.h"
#include "workspacedocument.h"

#include <edit/editservice.h>
#include <model/documentimport.h>
#include <model/money.h>
#include <model/workspace.h>
#include <store/store.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Keel {

namespace {

enum Column { DateColumn, CategoryColumn, DescriptionColumn, AmountColumn, BillableColumn, TaskColumn, ReceiptColumn,
              ColumnCount };

QString taskLabel(const Workspace &ws, const Id &task)
{
    const Task *t = ws.get<Task>(task);
    return t ? ws.wbsCode(task) + u' ' + t->name : QString();
}

} // namespace

// --- ExpenseDialog -------------------------------------------------------------------------------

ExpenseDialog::ExpenseDialog(const Workspace &ws, const Expense &expense, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_expense(expense)
    , m_date(new QDateEdit(this))
    , m_category(new QComboBox(this))
    , m_description(new QLineEdit(expense.description, this))
    , m_amount(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_billable(new QCheckBox(tr("&Billable to the client"), this))
    , m_task(new QComboBox(this))
    , m_receipt(new QLabel(this))
{
    const Project *p = ws.get<Project>(expense.projectId);
    setWindowTitle(expense.id.isNull() || !ws.get<Expense>(expense.id) ? tr("New Expense") : tr("Edit Expense"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());
    m_date->setDate(expense.date != kNoTime ? toDate(expense.date) : QDate::currentDate());
    m_category->setEditable(true);
    m_category->addItems(EditService(ws).expenseCategories());
    m_category->setCurrentText(expense.category.isEmpty() ? m_category->itemText(0) : expense.category);
    m_description->setPlaceholderText(tr("What was bought, for whom"));
    const QString currency = !expense.currency.isEmpty() ? expense.currency : p ? p->currency : QString();
    m_amount->setText(expense.amount > 0 ? Format::moneyForEditing(expense.amount, currency) : QString());
    m_amount->setPlaceholderText(tr("for example 128.50"));
    m_currency->setEditable(true);
    m_currency->addItems(Currency::codes());
    m_currency->setCurrentText(currency);
    m_billable->setChecked(expense.billable);
    m_task->addItem(tr("The whole project"), QVariant::fromValue(Id()));
    if (p) {
        for (const Id &t : ws.projectTasks(p->id))
            if (!ws.isSummary(t))
                m_task->addItem(taskLabel(ws, t), QVariant::fromValue(t));
    }
    m_task->setCurrentIndex(std::max(0, m_task->findData(QVariant::fromValue(expense.taskId))));
    const Document *receipt = ws.get<Document>(expense.receiptDocumentId);
    m_receipt->setText(receipt ? receipt->name : tr("No receipt attached"));
    auto *attach = new QPushButton(tr("A&ttach…"), this);
    attach->setToolTip(tr("Attach the scanned receipt; it is kept as a document of the project"));
    connect(attach, &QPushButton::clicked, this, &ExpenseDialog::chooseReceipt);

    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_currency);
    auto *receiptRow = new QHBoxLayout;
    receiptRow->addWidget(m_receipt, 1);
    receiptRow->addWidget(attach);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("D&escription:"), m_description);
    auto *amountLabel = new QLabel(tr("&Amount:"), this);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    form->addRow(QString(), m_billable);
    form->addRow(tr("T&ask:"), m_task);
    form->addRow(tr("Receipt:"), receiptRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExpenseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ExpenseDialog::setReceiptFile(const QString &path)
{
    m_receiptPath = path;
    m_receipt->setText(QFileInfo(path).fileName());
}

void ExpenseDialog::chooseReceipt()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach Receipt"), QString(),
                                                      tr("Receipts (*.pdf *.png *.jpg *.jpeg *.heic *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        setReceiptFile(path);
}

void ExpenseDialog::save()
{
    Expense x = m_expense;
    x.date = toMinutes(m_date->date());
    x.category = m_category->currentText();
    x.description = m_description->text().trimmed();
    x.currency = m_currency->currentText().trimmed().toUpper();
    x.billable = m_billable->isChecked();
    x.taskId = m_task->currentData().value<Id>();
    // The amount is read in the currency's minor units; an unknown currency is the edit
    // service's to refuse.
    if (Currency::isKnown(x.currency)) {
        const QString text = m_amount->text().trimmed();
        std::optional<qint64> amount = Currency::parse(text, x.currency, QLocale());
        if (!amount)
            amount = Currency::parse(text, x.currency);
        if (!amount) {
            QMessageBox::warning(this, windowTitle(), tr("“%1” is not an amount in %2, such as 128.50.").arg(text, x.currency));
            m_amount->setFocus();
            return;
        }
        x.amount = *amount;
    }
    std::optional<DocumentFile> file;
    if (!m_receiptPath.isEmpty()) {
        QString error;
        file = readDocumentFile(m_receiptPath, &error);
        if (!file) {
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
    }
    const Edit edit = EditService(m_ws).saveExpense(x, file ? &*file : nullptr);
    if (!edit.ok()) {
        QMessageBox::warning(this, windowTitle(), edit.error);
        QWidget *field = edit.field == "amount" ? static_cast<QWidget *>(m_amount)
                         : edit.field == "currency" ? static_cast<QWidget *>(m_currency)
                         : edit.field == "category" ? static_cast<QWidget *>(m_category)
                         : edit.field == "task_id"  ? static_cast<QWidget *>(m_task)
                                                    : static_cast<QWidget *>(m_date);
        field->setFocus();
        return;
    }
    m_edit = edit;
    accept();
}

// --- ExpensesDialog ------------------------------------------------------------------------------

ExpensesDialog::ExpensesDialog(WorkspaceDocument *document, const Id &project, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_project(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_total(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_open(new QPushButton(tr("&Open Receipt"), this))
{
    setWindowTitle(tr("Expenses"));
    const Workspace &ws = document->workspace();
    for (const Project &p : ws.projects())
        m_project->addItem(p.code.isEmpty() ? p.name : p.code + QStringLiteral(" · ") + p.name, QVariant::fromValue(p.id));
    m_project->model()->sort(0);
    m_project->setCurrentIndex(std::max(0, m_project->findData(QVariant::fromValue(project))));

    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Category"), tr("Description"), tr("Amount"), tr("Billable"),
                                        tr("Task"), tr("Receipt")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_empty->setText(tr("No expenses recorded for this project yet. Add the first with Add… (Insert)."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_add->setToolTip(tr("Record an expense (Insert)"));
    m_edit->setToolTip(tr("Edit the selected expense (Return)"));
    m_delete->setToolTip(tr("Delete the selected expense (Delete); Ctrl+Z brings it back"));
    connect(m_add, &QPushButton::clicked, this, &ExpensesDialog::addExpense);
    connect(m_edit, &QPushButton::clicked, this, &ExpensesDialog::editExpense);
    connect(m_delete, &QPushButton::clicked, this, &ExpensesDialog::deleteExpense);
    connect(m_open, &QPushButton::clicked, this, &ExpensesDialog::openReceipt);
    connect(new QShortcut(QKeySequence(Qt::Key_Insert), this), &QShortcut::activated, this, &ExpensesDialog::addExpense);
    connect(new QShortcut(QKeySequence(Qt::Key_Delete), m_table), &QShortcut::activated, this, &ExpensesDialog::deleteExpense);
    connect(m_table, &QTableWidget::itemActivated, this, &ExpensesDialog::editExpense);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ExpensesDialog::updateButtons);
    connect(m_project, &QComboBox::currentIndexChanged, this, &ExpensesDialog::refresh);
    connect(&ws, &Workspace::changeSetApplied, this, &ExpensesDialog::refresh);
    connect(&ws, &Workspace::reset, this, &ExpensesDialog::refresh);

    auto *top = new QFormLayout;
    top->addRow(tr("&Project:"), m_project);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_delete, m_open})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_total);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(900, 460);
    refresh();
}

Id ExpensesDialog::projectId() const
{
    return m_project->currentData().value<Id>();
}

void ExpensesDialog::setProjectId(const Id &project)
{
    m_project->setCurrentIndex(std::max(0, m_project->findData(QVariant::fromValue(project))));
}

Id ExpensesDialog::currentExpense() const
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), DateColumn);
    return item ? item->data(Qt::UserRole).value<Id>() : Id();
}

void ExpensesDialog::refresh()
{
    const Workspace &ws = m_document->workspace();
    const Id keep = currentExpense();
    const Id project = projectId();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    QHash<QString, qint64> totals;
    qint64 billable = 0;
    const Project *p = ws.get<Project>(project);
    for (const Expense &x : ws.table<Expense>()) {
        if (x.projectId != project)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *date = new SortedTableItem(Format::date(x.date), double(x.date));
        date->setData(Qt::UserRole, QVariant::fromValue(x.id));
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, CategoryColumn, new QTableWidgetItem(x.category));
        m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(x.description));
        auto *amount = new SortedTableItem(Format::money(x.amount, x.currency), double(x.amount));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, AmountColumn, amount);
        m_table->setItem(row, BillableColumn, new QTableWidgetItem(x.billable ? tr("Yes") : tr("No")));
        m_table->setItem(row, TaskColumn, new QTableWidgetItem(taskLabel(ws, x.taskId)));
        const Document *receipt = ws.get<Document>(x.receiptDocumentId);
        m_table->setItem(row, ReceiptColumn, new QTableWidgetItem(receipt ? receipt->name : QString()));
        totals[x.currency] += x.amount;
        if (x.billable && p && x.currency == p->currency)
            billable += x.amount;
    }
    m_table->setSortingEnabled(true);
    m_table->sortItems(DateColumn);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, DateColumn)->data(Qt::UserRole).value<Id>() == keep)
            m_table->setCurrentCell(row, DateColumn);
    QStringList parts;
    QStringList currencies = totals.keys();
    currencies.sort();
    for (const QString &c : std::as_const(currencies))
        parts << Format::money(totals.value(c), c);
    m_total->setText(parts.isEmpty() ? QString()
                                     : tr("Total %1; billable %2").arg(parts.join(QStringLiteral(" + ")),
                                                                       Format::money(billable, p ? p->currency : QString())));
    m_empty->setVisible(m_table->rowCount() == 0);
    m_add->setEnabled(p && p->phase != Phase::Closed);
    updateButtons();
}

void ExpensesDialog::updateButtons()
{
    const Workspace &ws = m_document->workspace();
    const Expense *x = ws.get<Expense>(currentExpense());
    const Project *p = ws.get<Project>(projectId());
    const bool open = p && p->phase != Phase::Closed;
    m_edit->setEnabled(x && open);
    m_delete->setEnabled(x && open);
    m_open->setEnabled(x && ws.get<Document>(x->receiptDocumentId));
}

void ExpensesDialog::addExpense()
{
    const Project *p = m_document->workspace().get<Project>(projectId());
    if (!p)
        return;
    Expense x;
    x.projectId = p->id;
    x.currency = p->currency;
    x.billable = true;
    ExpenseDialog dialog(m_document->workspace(), x, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_document->apply(dialog.edit().changes, &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, DateColumn)->data(Qt::UserRole).value<Id>() == dialog.edit().id)
            m_table->setCurrentCell(row, DateColumn);
}

void ExpensesDialog::editExpense()
{
    const Expense *x = m_document->workspace().get<Expense>(currentExpense());
    if (!x || !m_edit->isEnabled())
        return;
    ExpenseDialog dialog(m_document->workspace(), *x, this);
    if (dialog.exec() != QDialog::Accepted || dialog.edit().changes.isEmpty())
        return;
    QString error;
    if (!m_document->apply(dialog.edit().changes, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

void ExpensesDialog::deleteExpense()
{
    const Id id = currentExpense();
    if (id.isNull() || !m_delete->isEnabled())
        return;
    const Edit edit = EditService(m_document->workspace()).remove(EntityType::Expense, id);
    QString error = edit.error;
    if (!edit.ok() || !m_document->apply(edit.changes, &error))
        QMessageBox::warning(this, windowTitle(), error);
}

void ExpensesDialog::openReceipt()
{
    const Expense *x = m_document->workspace().get<Expense>(currentExpense());
    QString error;
    const QString path = x ? m_files.write(m_document->workspace(), x->receiptDocumentId, 0, &error) : QString();
    if (path.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace Keel
