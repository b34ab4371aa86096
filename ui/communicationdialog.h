#pragma once

#include <model/communicationentry.h>

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace Keel {

/// Logs (or edits) one exchange with a client: kind, when, who took part, subject and summary.
class CommunicationDialog : public QDialog
{
    Q_OBJECT
public:
    CommunicationDialog(const CommunicationEntry &entry, QWidget *parent = nullptr);

    CommunicationEntry entry() const;

private:
    CommunicationEntry m_entry;
    QComboBox *m_kind;
    QDateTimeEdit *m_when;
    QLineEdit *m_participants;
    QLineEdit *m_subject;
    QPlainTextEdit *m_summary;
};

} // namespace Keel
