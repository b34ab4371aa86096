#pragma once
// The skill catalogue of the workspace: what people can be rated in and tasks can ask for. Each
// change (add, rename, recategorise, delete) is applied at once through the edit service as its
// own undo step; deleting a skill takes the people's ratings and the tasks' requirements of it.

#include <model/ids.h>

#include <QDialog>

class QTableWidget;

namespace Keel {

class WorkspaceDocument;

class SkillsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SkillsDialog(WorkspaceDocument *document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    /// Adds a skill named @p name in @p category; false (with the reason shown) when refused.
    bool addSkill(const QString &name, const QString &category = {});
    /// Deletes the current skill after asking.
    void deleteSkill();

private:
    void reload();
    void cellEdited(int row, int column);

    WorkspaceDocument *m_document;
    QTableWidget *m_table;
    bool m_loading = false;
};

} // namespace Keel
