#pragma once
// TemplatesDialog: the process templates a new project can start from — the built-in ones and
// the workspace's own — with the selected one's name, description and task outline. Workspace
// templates are made new, copied from any template, renamed, their tasks edited, and deleted;
// built-in ones are read-only (copy one to change it). Every change is built by the edit
// service and applied at once as its own undo step.

#include <edit/edit.h>
#include <model/ids.h>
#include <workflow/processtemplate.h>

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Keel {

class WorkspaceDocument;

class TemplatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplatesDialog(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    QTreeWidget *list() const { return m_list; }
    QTreeWidget *preview() const { return m_preview; }
    QLabel *nameLabel() const { return m_name; }
    QPushButton *deleteButton() const { return m_delete; }
    /// Selects the template with @p key; false when there is none.
    bool selectTemplate(const QString &key);
    /// The key of the selected template; empty when none.
    QString currentKey() const;

    void newTemplate();
    void copyTemplate();
    void renameTemplate();
    void editTasks();
    void deleteTemplate();

    /// Asks for a name and a description and saves @p project as a workspace template;
    /// the new template's key, or empty when cancelled.
    static QString saveProjectAsTemplate(WorkspaceDocument *document, const Id &project, QWidget *parent);

private:
    void reload(const QString &select = {});
    void showCurrent();
    std::optional<ProcessTemplate> current() const;
    /// Applies @p edit; the reason it is refused, else empty.
    QString applyEdit(const Edit &edit);

    WorkspaceDocument *m_document;
    QTreeWidget *m_list;
    QLabel *m_name;
    QLabel *m_kind;
    QLabel *m_description;
    QTreeWidget *m_preview;
    QPushButton *m_copy;
    QPushButton *m_rename;
    QPushButton *m_editTasks;
    QPushButton *m_delete;
};

} // namespace Keel
