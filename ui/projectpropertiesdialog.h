#pragma once
// A project's properties: code, name, client, manager, currency, billing model, contract value,
// budget, monthly retainer, start (or finish, for a project scheduled from its finish), calendar,
// priority, status date, scope and description. The dialog reads what is typed and names what it
// cannot read; the edit service judges the rest and reschedules when the start or the calendar
// moves (EditService::updateRecord), so that saving is one undoable step.

#include <edit/edit.h>
#include <model/calendar.h>
#include <model/project.h>

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace Keel {

class Workspace;
class WorkspaceDocument;

class ProjectPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectPropertiesDialog(const Workspace &ws, const Project &project, QWidget *parent = nullptr);

    /// The project as edited; valid after the dialog was accepted.
    const Project &project() const { return m_project; }
    /// The edit that saves it (already judged by the edit service); valid after accept.
    const Edit &edit() const { return m_edit; }

    void accept() override;
    /// Shows the "Exchange rates…" link beside the currency, which edits @p document's rates.
    void setDocument(WorkspaceDocument *document);
    QLabel *exchangeRatesLink() const { return m_ratesLink; }

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *currencyBox() const { return m_currency; }
    QComboBox *billingBox() const { return m_billing; }
    QLineEdit *budgetEdit() const { return m_budget; }
    QLineEdit *contractEdit() const { return m_contract; }
    QLineEdit *retainerEdit() const { return m_retainer; }
    QDateEdit *startEdit() const { return m_start; }
    QCheckBox *statusDateBox() const { return m_hasStatus; }
    QDateEdit *statusDateEdit() const { return m_status; }
    /// The workspace's calendars, then a new calendar of each built-in country's public holidays.
    QComboBox *calendarBox() const { return m_calendar; }

private:
    bool read();

    const Workspace &m_ws;
    Project m_project;
    Edit m_edit;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_client;
    QComboBox *m_manager;
    QComboBox *m_currency;
    QComboBox *m_billing;
    QLineEdit *m_contract;
    QLineEdit *m_budget;
    QLineEdit *m_retainer;
    QDateEdit *m_start;
    QComboBox *m_calendar;
    QSpinBox *m_priority;
    QCheckBox *m_hasStatus;
    QDateEdit *m_status;
    QPlainTextEdit *m_scope;
    QPlainTextEdit *m_description;
    std::optional<Calendar> m_newCalendar; ///< a built-in calendar chosen, added with the project's edit
    WorkspaceDocument *m_document = nullptr;
    QLabel *m_ratesLink = nullptr;
};

} // namespace Keel
