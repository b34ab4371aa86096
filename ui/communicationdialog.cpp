#include "communicationdialog.h"

#include "clienttext.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keel {

CommunicationDialog::CommunicationDialog(const CommunicationEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_entry(entry)
    , m_kind(new QComboBox(this))
    , m_when(new QDateTimeEdit(this))
    , m_participants(new QLineEdit(entry.participants, this))
    , m_subject(new QLineEdit(entry.subject, this))
    , m_summary(new QPlainTextEdit(entry.summary, this))
{
    setWindowTitle(entry.subject.isEmpty() ? tr("Log Communication") : tr("Edit Communication"));
    m_kind->addItems(ClientText::communicationKinds());
    m_kind->setCurrentIndex(int(entry.kind));
    m_when->setCalendarPopup(true);
    m_when->setDateTime(entry.timeUtcMs > 0 ? QDateTime::fromMSecsSinceEpoch(entry.timeUtcMs).toLocalTime()
                                            : QDateTime::currentDateTime());
    m_participants->setPlaceholderText(tr("Who took part"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What was discussed and agreed"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(tr("S&ummary:"), m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subject, &QLineEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!m_subject->text().trimmed().isEmpty()); });
    ok->setEnabled(!m_subject->text().trimmed().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

CommunicationEntry CommunicationDialog::entry() const
{
    CommunicationEntry e = m_entry;
    e.kind = CommunicationKind(m_kind->currentIndex());
    e.timeUtcMs = m_when->dateTime().toMSecsSinceEpoch();
    e.participants = m_participants->text().trimmed();
    e.subject = m_subject->text().trimmed();
    e.summary = m_summary->toPlainText().trimmed();
    return e;
}

} // namespace Keel
