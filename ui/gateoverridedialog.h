#pragma once
// "Pass with a Reason…": a phase gate that is not met can be passed by a manager who writes why.
// The dialog lists what is not met and asks for the reason; EditService::advanceGate builds the
// move to the next phase together with a note of the reason in the project's communication log,
// applied as one undo step. A refused edit (no reason) shows its message and nothing is applied.

#include <model/ids.h>

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Keel {

class WorkspaceDocument;

class GateOverrideDialog : public QDialog
{
    Q_OBJECT
public:
    GateOverrideDialog(WorkspaceDocument *document, const Id &projectId, QWidget *parent = nullptr);

    QListWidget *unmetList() const { return m_unmet; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *passButton() const { return m_pass; }

    /// Passes the gate with the reason typed; false with the refusal shown when it is refused.
    bool pass();

private:
    WorkspaceDocument *m_document;
    Id m_projectId;
    QListWidget *m_unmet;
    QPlainTextEdit *m_reason;
    QLabel *m_error;
    QPushButton *m_pass;
};

} // namespace Keel
