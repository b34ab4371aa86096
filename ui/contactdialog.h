#pragma once

#include <model/contact.h>

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace Keel {

/// Edits a client's contact person: name, role, e-mail, phone and portal access.
class ContactDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ContactDialog(const Contact &contact, QWidget *parent = nullptr);

    Contact contact() const;

private:
    Contact m_contact;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QCheckBox *m_portal;
};

} // namespace Keel
