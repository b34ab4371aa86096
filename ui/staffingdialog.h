#pragma once
// StaffingDialog: the desktop's Staff action. The user picks a project; the dialog shows the plan
// of core/schedule/staffing's staffProject() — who would fill each open skill requirement, with the
// score and the reason in words, and the requirements no one can take — and Apply hands its
// ChangeSet to WorkspaceDocument::apply as one undoable step.

#include <model/ids.h>

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Keel {

class WorkspaceDocument;
struct StaffingPlan;

class StaffingDialog : public QDialog
{
    Q_OBJECT
public:
    StaffingDialog(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~StaffingDialog() override;

    /// Selects a project and computes its plan.
    void setProject(const Id &projectId);
    Id project() const;
    /// The plan shown, or nullptr when no project is selected.
    const StaffingPlan *plan() const { return m_plan.get(); }

    QComboBox *projectCombo() const { return m_project; }
    QTreeWidget *planView() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }

public Q_SLOTS:
    /// Recomputes the plan of the selected project.
    void refresh();
    /// Applies the plan as one undoable step; false when there is nothing to apply or it was refused.
    bool applyPlan();

private:
    WorkspaceDocument *m_document;
    std::unique_ptr<StaffingPlan> m_plan;
    QComboBox *m_project;
    QTreeWidget *m_view;
    QLabel *m_summary;
    QPushButton *m_apply;
};

} // namespace Keel
