#include "requestdialog.h"

#include "clienttext.h"
#include "contactchoice.h"

#include <model/requeststatus.h>
#include <model/workspace.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keel {

RequestDialog::RequestDialog(const Workspace &workspace, const Request &request, QWidget *parent)
    : QDialog(parent)
    , m_request(request)
    , m_title(new QLineEdit(request.title, this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_hasDue(new QCheckBox(tr("Due"), this))
    , m_due(new QDateEdit(this))
    , m_contact(new QComboBox(this))
    , m_description(new QPlainTextEdit(request.description, this))
    , m_clientVisible(new QCheckBox(tr("Visible to the client in the portal"), this))
{
    setWindowTitle(request.title.isEmpty() ? tr("New Request") : tr("Edit Request"));
    m_kind->addItems(ClientText::requestKinds());
    m_kind->setCurrentIndex(int(request.kind));
    m_status->addItems(ClientText::requestStatuses());
    m_status->setCurrentIndex(int(request.status));
    m_priority->addItems(ClientText::requestPriorities());
    m_priority->setCurrentIndex(int(request.priority));
    m_hasDue->setChecked(request.dueDate != kNoTime);
    m_due->setCalendarPopup(true);
    m_due->setDate(request.dueDate != kNoTime ? toDate(request.dueDate) : QDate::currentDate().addDays(7));
    m_due->setEnabled(m_hasDue->isChecked());
    ContactChoice::fill(m_contact, workspace, request.projectId, request.contactId);
    m_clientVisible->setChecked(request.clientVisible);
    m_description->setTabChangesFocus(true);

    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(tr("Due date:"), due);
    form->addRow(tr("&Raised by:"), m_contact);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_clientVisible);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

Request RequestDialog::request() const
{
    Request r = m_request;
    r.title = m_title->text().trimmed();
    r.kind = RequestKind(m_kind->currentIndex());
    setRequestStatus(r, RequestStatus(m_status->currentIndex()), QDateTime::currentMSecsSinceEpoch());
    r.priority = RequestPriority(m_priority->currentIndex());
    r.dueDate = m_hasDue->isChecked() ? toMinutes(m_due->date()) : kNoTime;
    r.contactId = ContactChoice::chosen(m_contact);
    r.description = m_description->toPlainText().trimmed();
    r.clientVisible = m_clientVisible->isChecked();
    return r;
}

} // namespace Keel
