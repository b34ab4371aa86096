#include "projectpropertiesdialog.h"

#include "enumtext.h"
#include "exchangeratesdialog.h"
#include "formatting.h"

#include <edit/editservice.h>
#include <model/money.h>
#include <model/entityedit.h>
#include <model/workspace.h>
#include <workflow/holidaycatalogue.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Keel {

namespace {

void selectData(QComboBox *box, const Id &id)
{
    box->setCurrentIndex(std::max(0, box->findData(QVariant::fromValue(id))));
}

} // namespace

ProjectPropertiesDialog::ProjectPropertiesDialog(const Workspace &ws, const Project &project, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_project(project)
    , m_code(new QLineEdit(project.code, this))
    , m_name(new QLineEdit(project.name, this))
    , m_client(new QComboBox(this))
    , m_manager(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_billing(new QComboBox(this))
    , m_contract(new QLineEdit(Format::moneyForEditing(project.contractValue, project.currency), this))
    , m_budget(new QLineEdit(Format::moneyForEditing(project.budget, project.currency), this))
    , m_retainer(new QLineEdit(Format::moneyForEditing(project.retainerPerMonth, project.currency), this))
    , m_start(new QDateEdit(this))
    , m_calendar(new QComboBox(this))
    , m_priority(new QSpinBox(this))
    , m_hasStatus(new QCheckBox(tr("Status date:"), this))
    , m_status(new QDateEdit(this))
    , m_scope(new QPlainTextEdit(project.scopeStatement, this))
    , m_description(new QPlainTextEdit(project.description, this))
{
    setWindowTitle(tr("Project Properties — %1").arg(project.code.isEmpty() ? project.name : project.code));

    m_client->addItem(tr("(no client)"), QVariant::fromValue(Id()));
    for (const Client &c : ws.clients())
        m_client->addItem(c.name, QVariant::fromValue(c.id));
    selectData(m_client, project.clientId);

    m_manager->addItem(tr("(nobody yet)"), QVariant::fromValue(Id()));
    QList<const Resource *> people;
    for (const Resource &r : ws.resources()) {
        if (r.kind == ResourceKind::Person && (r.active || r.id == project.managerId))
            people.append(&r);
    }
    std::sort(people.begin(), people.end(),
              [](const Resource *a, const Resource *b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    for (const Resource *r : people)
        m_manager->addItem(r->name, QVariant::fromValue(r->id));
    selectData(m_manager, project.managerId);

    m_currency->setEditable(true);
    m_currency->addItems(Currency::codes());
    m_currency->setCurrentText(project.currency);

    for (BillingModel b : {BillingModel::FixedFee, BillingModel::TimeAndMaterials, BillingModel::Retainer})
        m_billing->addItem(EnumText::billingModel(b), int(b));
    m_billing->setCurrentIndex(std::max(0, m_billing->findData(int(project.billingModel))));
    auto retainerOnly = [this] {
        m_retainer->setEnabled(BillingModel(m_billing->currentData().toInt()) == BillingModel::Retainer);
    };
    connect(m_billing, &QComboBox::currentIndexChanged, this, retainerOnly);
    retainerOnly();
    for (QLineEdit *amount : {m_contract, m_budget, m_retainer}) {
        amount->setAlignment(Qt::AlignRight);
        amount->setPlaceholderText(QStringLiteral("0.00"));
    }

    const bool fromFinish = project.scheduleFrom == ScheduleFrom::Finish;
    const Minutes anchor = fromFinish ? project.finish : project.start;
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_start->setDate(anchor != kNoTime ? toDate(anchor) : QDate::currentDate());

    m_calendar->addItem(tr("The workspace's calendar"), QVariant::fromValue(Id()));
    for (const Calendar &c : ws.table<Calendar>()) {
        if (c.resourceId.isNull())
            m_calendar->addItem(c.name, QVariant::fromValue(c.id));
    }
    m_calendar->insertSeparator(m_calendar->count());
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const HolidayRegion &r : HolidayCatalogue::builtIn()) {
        m_calendar->addItem(tr("New calendar: %1 public holidays").arg(r.displayName(chinese)), QVariant::fromValue(Id()));
        m_calendar->setItemData(m_calendar->count() - 1, r.code, Qt::UserRole + 1);
    }
    selectData(m_calendar, project.calendarId);

    m_priority->setRange(0, 1000);
    m_priority->setValue(project.priority);
    m_priority->setToolTip(tr("0 to 1000; leveling delays lower priorities first"));

    m_status->setCalendarPopup(true);
    m_status->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_hasStatus->setChecked(project.statusDate != kNoTime);
    m_status->setDate(project.statusDate != kNoTime ? toDate(project.statusDate) : QDate::currentDate());
    m_status->setEnabled(m_hasStatus->isChecked());
    m_status->setToolTip(tr("Progress, earned value and the Inbox judge the project as of this day"));
    connect(m_hasStatus, &QCheckBox::toggled, m_status, &QWidget::setEnabled);
    m_scope->setTabChangesFocus(true);
    m_description->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&lient:"), m_client);
    form->addRow(tr("&Manager:"), m_manager);
    form->addRow(fromFinish ? tr("&Finish:") : tr("&Start:"), m_start);
    form->addRow(tr("Calend&ar:"), m_calendar);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(m_hasStatus, m_status);

    auto *money = new QFormLayout;
    m_ratesLink = new QLabel(QStringLiteral("<a href=\"rates\">%1</a>").arg(tr("Exchange rates…").toHtmlEscaped()), this);
    m_ratesLink->setToolTip(tr("The reporting currency and the exchange rates portfolio totals are converted at"));
    m_ratesLink->setVisible(false);
    connect(m_ratesLink, &QLabel::linkActivated, this, [this] {
        if (m_document)
            ExchangeRatesDialog(m_document, this).exec();
    });
    auto *currencyRow = new QHBoxLayout;
    currencyRow->addWidget(m_currency, 1);
    currencyRow->addWidget(m_ratesLink);
    auto *currencyLabel = new QLabel(tr("C&urrency:"), this);
    currencyLabel->setBuddy(m_currency);
    money->addRow(currencyLabel, currencyRow);
    money->addRow(tr("&Billing:"), m_billing);
    money->addRow(tr("Con&tract value:"), m_contract);
    money->addRow(tr("Bu&dget (cost):"), m_budget);
    money->addRow(tr("&Retainer a month:"), m_retainer);
    money->addRow(tr("Sc&ope:"), m_scope);
    money->addRow(tr("D&escription:"), m_description);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectPropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, ok] { ok->setEnabled(!m_name->text().trimmed().isEmpty()); });

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    columns->addSpacing(12);
    columns->addLayout(money, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(860, 420);
    m_name->setFocus();
}

bool ProjectPropertiesDialog::read()
{
    Project p = m_project;
    p.code = m_code->text().trimmed();
    p.name = m_name->text().trimmed();
    p.clientId = m_client->currentData().value<Id>();
    p.managerId = m_manager->currentData().value<Id>();
    p.currency = m_currency->currentText().trimmed().toUpper();
    p.billingModel = BillingModel(m_billing->currentData().toInt());
    p.calendarId = m_calendar->currentData().value<Id>();
    m_newCalendar.reset();
    if (const QString code = m_calendar->currentData(Qt::UserRole + 1).toString(); !code.isEmpty()) {
        if (const std::optional<HolidayRegion> region = HolidayCatalogue::region(code)) {
            const bool chinese = QLocale().language() == QLocale::Chinese;
            m_newCalendar = HolidayCatalogue::calendar(
                *region, chinese, EditService(m_ws).unusedCalendarName(region->displayName(chinese)));
            p.calendarId = m_newCalendar->id;
        }
    }
    p.priority = m_priority->value();
    p.scopeStatement = m_scope->toPlainText().trimmed();
    p.description = m_description->toPlainText().trimmed();
    if (!Currency::isKnown(p.currency)) {
        QMessageBox::warning(this, windowTitle(), tr("“%1” is not an ISO 4217 currency code such as EUR or CNY.").arg(p.currency));
        m_currency->setFocus();
        return false;
    }
    const QLocale locale;
    const std::pair<QLineEdit *, qint64 *> amounts[] = {
        {m_contract, &p.contractValue}, {m_budget, &p.budget}, {m_retainer, &p.retainerPerMonth}};
    for (const auto &[edit, target] : amounts) {
        const QString text = edit->text().trimmed();
        const auto value = Currency::parse(text.isEmpty() ? QStringLiteral("0") : text, p.currency, locale);
        if (!value || *value < 0) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("“%1” is not an amount in %2 of 0 or more, such as 120000.00.").arg(text, p.currency));
            edit->setFocus();
            edit->selectAll();
            return false;
        }
        *target = *value;
    }
    // A new day keeps the time of day the project had (its calendar's start of work).
    const bool fromFinish = p.scheduleFrom == ScheduleFrom::Finish;
    const Minutes stored = fromFinish ? m_project.finish : m_project.start;
    const Minutes timeOfDay = stored != kNoTime ? stored - toMinutes(toDate(stored)) : 0;
    const Minutes anchor = toMinutes(m_start->date()) + timeOfDay;
    if (stored == kNoTime || toDate(stored) != m_start->date())
        (fromFinish ? p.finish : p.start) = anchor;
    p.statusDate = m_hasStatus->isChecked() ? toMinutes(m_status->date()) : kNoTime;
    m_project = p;
    return true;
}

void ProjectPropertiesDialog::setDocument(WorkspaceDocument *document)
{
    m_document = document;
    m_ratesLink->setVisible(document);
}

void ProjectPropertiesDialog::accept()
{
    if (!read())
        return;
    const EntityMeta &meta = entityMeta(EntityType::Project);
    QVariantList record;
    for (const FieldDef &f : meta.fields)
        record.append(f.get(&m_project));
    if (m_newCalendar) {
        // The new calendar and the project taking it are one edit.
        ChangeSet with;
        appendUpdates(with, m_ws, m_project);
        m_edit = EditService(m_ws).addCalendarWith(*m_newCalendar, with);
    } else {
        m_edit = EditService(m_ws).updateRecord(EntityType::Project, m_project.id, record);
    }
    if (!m_edit.ok()) {
        QMessageBox::warning(this, windowTitle(), m_edit.error);
        if (m_edit.field == "code")
            m_code->setFocus();
        else if (m_edit.field == "name")
            m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Keel
