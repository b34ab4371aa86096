#pragma once

#include <model/request.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Keel {

class Workspace;

/// Edits a client request: title, kind, status, priority, due date, the contact who raised it and
/// its description. Returns the edited value; the caller turns it into a ChangeSet.
class RequestDialog : public QDialog
{
    Q_OBJECT
public:
    /// `request.projectId` decides which client's contacts are offered.
    RequestDialog(const Workspace &workspace, const Request &request, QWidget *parent = nullptr);

    Request request() const;

private:
    Request m_request;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_priority;
    QCheckBox *m_hasDue;
    QDateEdit *m_due;
    QComboBox *m_contact;
    QPlainTextEdit *m_description;
    QCheckBox *m_clientVisible;
};

} // namespace Keel
