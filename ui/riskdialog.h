#pragma once
// RiskDialog: edits every field of one risk (title, description, probability, impact, owner,
// mitigation, status, due date). It only collects values; the caller turns them into a ChangeSet.

#include <model/risk.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Keel {

class Workspace;

class RiskDialog : public QDialog
{
    Q_OBJECT
public:
    RiskDialog(const Workspace &workspace, const Risk &risk, QWidget *parent = nullptr);

    /// The risk as edited (same id and project).
    Risk risk() const;

private:
    void updateOk();

    Risk m_risk;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QSpinBox *m_probability;
    QSpinBox *m_impact;
    QComboBox *m_owner;
    QPlainTextEdit *m_mitigation;
    QComboBox *m_status;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QPushButton *m_ok;
};

} // namespace Keel
