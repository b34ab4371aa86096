#include "projectsummary.h"

#include "enumtext.h"
#include "formatting.h"
#include "icons.h"
#include "palettecolors.h"

#include <model/workspace.h>

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Keel {

ProjectSummary::ProjectSummary(const Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(tr("Select a project to see its summary."), this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout(m_details))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    PaletteColors::makeQuiet(m_hint);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(8);
    m_code = addRow(tr("Code"));
    m_client = addRow(tr("Client"));
    m_manager = addRow(tr("Manager"));
    m_phase = addRow(tr("Phase"));
    m_health = addRow(tr("Health"));
    m_dates = addRow(tr("Dates"));
    m_budget = addRow(tr("Budget"));
    m_contract = addRow(tr("Contract value"));
    m_billing = addRow(tr("Billing"));
    m_description = addRow(tr("Description"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(16);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_hint, 1);
    layout->addStretch();

    connect(&workspace, &Workspace::changeSetApplied, this, &ProjectSummary::refresh);
    connect(&workspace, &Workspace::reset, this, &ProjectSummary::refresh);
    refresh();
}

QLabel *ProjectSummary::addRow(const QString &label)
{
    auto *value = new QLabel(m_details);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setTextFormat(Qt::PlainText);
    m_form->addRow(label, value);
    return value;
}

void ProjectSummary::setProjectId(const Id &id)
{
    if (id == m_projectId)
        return;
    m_projectId = id;
    refresh();
}

void ProjectSummary::refresh()
{
    const Project *p = m_workspace.get<Project>(m_projectId);
    m_title->setVisible(p);
    m_details->setVisible(p);
    m_hint->setVisible(!p);
    if (!p)
        return;
    const Client *client = m_workspace.get<Client>(p->clientId);
    const Resource *manager = m_workspace.get<Resource>(p->managerId);
    const QString none = tr("—");
    m_title->setText(p->name);
    m_code->setText(p->code.isEmpty() ? none : p->code);
    m_client->setText(client ? client->name : none);
    m_manager->setText(manager ? manager->name : none);
    m_phase->setText(EnumText::phase(p->phase));
    m_health->setText(EnumText::health(p->health));
    const QString start = Format::date(p->start);
    const QString finish = Format::date(p->finish);
    m_dates->setText(
        start.isEmpty() && finish.isEmpty()
            ? none
            : tr("%1 to %2").arg(start.isEmpty() ? none : start, finish.isEmpty() ? none : finish));
    m_budget->setText(Format::money(p->budget, p->currency));
    m_contract->setText(Format::money(p->contractValue, p->currency));
    m_billing->setText(EnumText::billingModel(p->billingModel));
    m_description->setText(p->description.isEmpty() ? none : p->description);
}

} // namespace Keel
