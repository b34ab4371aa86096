#include "riskdialog.h"

#include "riskmodel.h"

#include <model/workspace.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace Keel {

RiskDialog::RiskDialog(const Workspace &workspace, const Risk &risk, QWidget *parent)
    : QDialog(parent)
    , m_risk(risk)
    , m_title(new QLineEdit(risk.title, this))
    , m_description(new QPlainTextEdit(risk.description, this))
    , m_probability(new QSpinBox(this))
    , m_impact(new QSpinBox(this))
    , m_owner(new QComboBox(this))
    , m_mitigation(new QPlainTextEdit(risk.mitigation, this))
    , m_status(new QComboBox(this))
    , m_hasDue(new QCheckBox(tr("Due"), this))
    , m_due(new QDateEdit(this))
{
    setWindowTitle(risk.title.isEmpty() ? tr("New Risk") : tr("Edit Risk"));
    m_title->setPlaceholderText(tr("What could go wrong"));
    m_description->setPlaceholderText(tr("Cause and consequence"));
    m_mitigation->setPlaceholderText(tr("What we do to make it less likely or less harmful"));
    m_description->setFixedHeight(70);
    m_mitigation->setFixedHeight(70);
    for (QSpinBox *box : {m_probability, m_impact})
        box->setRange(1, 5);
    m_probability->setValue(risk.probability);
    m_impact->setValue(risk.impact);

    m_owner->addItem(tr("Nobody"), QVariant::fromValue(Id()));
    std::vector<const Resource *> people;
    for (const Resource &r : workspace.resources()) {
        if (r.kind == ResourceKind::Person)
            people.push_back(&r);
    }
    std::sort(people.begin(), people.end(), [](const Resource *a, const Resource *b) {
        return a->name.localeAwareCompare(b->name) < 0;
    });
    for (const Resource *r : people)
        m_owner->addItem(r->name, QVariant::fromValue(r->id));
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(QVariant::fromValue(risk.ownerId))));

    m_status->addItems(RiskModel::statusNames());
    m_status->setCurrentIndex(int(risk.status));
    m_hasDue->setChecked(risk.dueDate != kNoTime);
    m_due->setCalendarPopup(true);
    m_due->setDate(risk.dueDate != kNoTime ? toDate(risk.dueDate) : QDate::currentDate().addDays(14));
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);

    auto *scores = new QHBoxLayout;
    scores->addWidget(m_probability);
    scores->addSpacing(12);
    scores->addWidget(new QLabel(tr("Impact"), this));
    scores->addWidget(m_impact);
    scores->addStretch();
    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDue);
    due->addWidget(m_due);
    due->addStretch();

    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Probability"), scores);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Mitigation"), m_mitigation);
    form->addRow(tr("Status"), m_status);
    form->addRow(QString(), due);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &RiskDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
    updateOk();
}

void RiskDialog::updateOk()
{
    m_ok->setEnabled(!m_title->text().trimmed().isEmpty());
}

Risk RiskDialog::risk() const
{
    Risk r = m_risk;
    r.title = m_title->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    r.probability = m_probability->value();
    r.impact = m_impact->value();
    r.ownerId = m_owner->currentData().value<QUuid>();
    r.mitigation = m_mitigation->toPlainText().trimmed();
    r.status = RiskStatus(m_status->currentIndex());
    r.dueDate = m_hasDue->isChecked() ? toMinutes(m_due->date()) : kNoTime;
    return r;
}

} // namespace Keel
