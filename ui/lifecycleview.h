#pragma once
// The Lifecycle tab of a project: a stepper over the six phases, the phase-gate checklist of the
// next transition (PhaseGate in core/workflow) with "Advance to <phase>" and "Back to <phase>",
// the scope statement and the requirements with their acceptance state. In "closing" it asks for
// the client's sign-off and lessons learned (ClosingDialog) and then archives the project, which
// makes it read-only. A gate that is not met can be passed with a manager's written reason
// (GateOverrideDialog); the gates passed so are listed under the checklist. Every edit is a ChangeSet applied through the WorkspaceDocument.

#include <model/ids.h>

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;

namespace Keel {

class PhaseStepper;
class PlaceholderTreeView;
class RequirementModel;
class WorkspaceDocument;

class LifecycleView : public QWidget
{
    Q_OBJECT
public:
    /// Role of a checklist item: true when the gate item is met.
    static constexpr int MetRole = Qt::UserRole + 1;

    explicit LifecycleView(WorkspaceDocument *document, QWidget *parent = nullptr);
    ~LifecycleView() override;

    /// Shows the project `projectId` (a null id shows nothing).
    void setProjectId(const Id &projectId);
    Id projectId() const { return m_projectId; }

    PhaseStepper *stepper() const { return m_stepper; }
    /// The checklist as shown: one row per gate item, MetRole true when met.
    QListWidget *checklist() const { return m_checklist; }
    QPushButton *advanceButton() const { return m_advance; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *closeButton() const { return m_closeOut; }
    /// "Pass with a Reason…": shown while the gate is not met.
    QPushButton *overrideButton() const { return m_override; }
    /// The gates passed by a manager's override, with who, when and why.
    QLabel *overridesLabel() const { return m_overrides; }
    QLabel *missingLabel() const { return m_missing; }
    RequirementModel *requirementModel() const { return m_requirements; }
    QSortFilterProxyModel *requirementProxy() const { return m_requirementProxy; }
    QPlainTextEdit *scopeEditor() const { return m_scope; }

    /// Advances the project one phase if its gate is met (one undo step); false and *error if not.
    bool advance(QString *error = nullptr);
    /// Moves the project back one phase with a reason (one undo step).
    bool goBack(const QString &reason, QString *error = nullptr);
    /// Saves the scope statement from the editor (one undo step); false if refused.
    bool saveScope(QString *error = nullptr);
    /// Adds a proposed requirement; returns its id (null if refused).
    Id addRequirement(const QString &title);

private:
    void refresh();
    void onAdvanceClicked();
    void onBackClicked();
    void onCloseOutClicked();
    void onOverrideClicked();
    void showOverrides();
    void onAddRequirementClicked();
    void removeRequirements();
    void updateScopeButtons();
    void showError(const QString &title, const QString &message);

    WorkspaceDocument *m_document;
    Id m_projectId;
    bool m_refreshQueued = false;
    PhaseStepper *m_stepper;
    QLabel *m_title;
    QLabel *m_archived;
    QLabel *m_gateTitle;
    QListWidget *m_checklist;
    QLabel *m_missing;
    QPushButton *m_advance;
    QPushButton *m_back;
    QPushButton *m_closeOut;
    QPushButton *m_override;
    QLabel *m_overrides;
    QPlainTextEdit *m_scope;
    QPushButton *m_saveScope;
    QPushButton *m_revertScope;
    RequirementModel *m_requirements;
    QSortFilterProxyModel *m_requirementProxy;
    PlaceholderTreeView *m_requirementTable;
    QPushButton *m_addRequirement;
    QPushButton *m_removeRequirement;
};

} // namespace Keel
