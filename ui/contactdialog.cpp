#include "contactdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keel {

ContactDialog::ContactDialog(const Contact &contact, QWidget *parent)
    : QDialog(parent)
    , m_contact(contact)
    , m_name(new QLineEdit(contact.name, this))
    , m_role(new QLineEdit(contact.role, this))
    , m_email(new QLineEdit(contact.email, this))
    , m_phone(new QLineEdit(contact.phone, this))
    , m_portal(new QCheckBox(tr("May sign in to the client portal"), this))
{
    setWindowTitle(contact.name.isEmpty() ? tr("New Contact") : tr("Edit Contact"));
    m_portal->setChecked(contact.portalAccess);
    m_email->setPlaceholderText(tr("name@example.com"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_portal);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, ok] { ok->setEnabled(!m_name->text().trimmed().isEmpty()); });
    ok->setEnabled(!m_name->text().trimmed().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

Contact ContactDialog::contact() const
{
    Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.role = m_role->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.portalAccess = m_portal->isChecked();
    return c;
}

} // namespace Keel
