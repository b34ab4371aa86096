#include "templateinfodialog.h"

#include "palettecolors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keel {

TemplateInfoDialog::TemplateInfoDialog(const QString &title, const QString &intro, const QString &name,
                                       const QString &description, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_name(new QLineEdit(name, this))
    , m_description(new QPlainTextEdit(description, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(title);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setPlaceholderText(tr("e.g. Service desk takeover"));
    m_description->setObjectName(QStringLiteral("templateDescription"));
    m_description->setPlaceholderText(tr("What kind of project the template is for"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 5);

    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    PaletteColors::makeQuiet(introLabel);
    introLabel->setVisible(!intro.isEmpty());
    m_error->setObjectName(QStringLiteral("templateError"));
    PaletteColors::makeErrorLine(m_error);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Description"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplateInfoDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, ok] {
        ok->setEnabled(!m_name->text().trimmed().isEmpty());
        m_error->hide();
    });
    ok->setEnabled(!name.trimmed().isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_name->selectAll();
}

void TemplateInfoDialog::accept()
{
    const QString error = m_submit ? m_submit(m_name->text(), m_description->toPlainText()) : QString();
    if (!PaletteColors::showError(m_error, error))
        QDialog::accept();
}

} // namespace Keel
