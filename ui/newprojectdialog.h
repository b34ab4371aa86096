#pragma once
// NewProjectDialog: name, code, client, start date, and a process template (or a blank project)
// with the language its task names are written in. It builds the ChangeSet through
// TemplateInstantiator; the caller applies it as one undo step.

#include <model/changeset.h>
#include <model/ids.h>
#include <workflow/processtemplate.h>

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Keel {

class Workspace;
class WorkspaceDocument;

class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(const Workspace &workspace, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *codeEdit() const { return m_code; }
    QComboBox *clientCombo() const { return m_client; }
    QDateEdit *startEdit() const { return m_start; }
    /// Item 0 is "Blank project"; then the built-in templates and the workspace's own.
    QComboBox *templateCombo() const { return m_template; }
    QComboBox *languageCombo() const { return m_language; }
    /// The workspace's calendars, then a new calendar of each built-in country's public holidays
    /// (created with the project).
    QComboBox *calendarCombo() const { return m_calendar; }

    /// The ChangeSet creating the project; nullopt with *error when the input is not valid.
    std::optional<ChangeSet> changes(Id *projectId = nullptr, QString *error = nullptr) const;

    /// Shows "Manage…" beside the templates, opening the TemplatesDialog on @p document.
    void enableManage(WorkspaceDocument *document);
    QPushButton *manageButton() const { return m_manage; }

    void accept() override;

private:
    void fillTemplates(const QString &selectKey);
    void updateDescription();
    void updateOk();

    const Workspace &m_workspace;
    QList<ProcessTemplate> m_templates;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_client;
    QDateEdit *m_start;
    QComboBox *m_template;
    QComboBox *m_language;
    QComboBox *m_calendar;
    QLabel *m_description;
    QLabel *m_error;
    QPushButton *m_ok;
    QPushButton *m_manage = nullptr;
    WorkspaceDocument *m_document = nullptr;
};

} // namespace Keel
