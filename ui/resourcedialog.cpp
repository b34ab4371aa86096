#include "resourcedialog.h"

#include "enumtext.h"
#include "formatting.h"

#include <model/money.h>
#include <model/workspace.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace Keel {

namespace {

enum RateColumn { FromColumn, CostColumn, OvertimeColumn, BillColumn };
enum UnitsColumn { UnitsFromColumn, UnitsColumn };

/// A row of buttons that adds and removes rows of @p table.
QHBoxLayout *rowButtons(QTableWidget *table, const QString &add, const QString &removeText,
                        const std::function<void()> &onAdd, QWidget *parent)
{
    auto *addButton = new QPushButton(add, parent);
    auto *remove = new QPushButton(removeText, parent);
    QObject::connect(addButton, &QPushButton::clicked, parent, onAdd);
    QObject::connect(remove, &QPushButton::clicked, parent, [table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
    });
    auto *box = new QHBoxLayout;
    box->addWidget(addButton);
    box->addWidget(remove);
    box->addStretch(1);
    return box;
}

} // namespace

ResourceDialog::ResourceDialog(const Workspace &ws, const Resource &resource, QWidget *parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_resource(resource)
    , m_name(new QLineEdit(resource.name, this))
    , m_kind(new QComboBox(this))
    , m_email(new QLineEdit(resource.email, this))
    , m_role(new QLineEdit(resource.role, this))
    , m_team(new QComboBox(this))
    , m_maxUnits(new QDoubleSpinBox(this))
    , m_calendar(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_active(new QCheckBox(tr("Active (available for new work)"), this))
    , m_rates(new QTableWidget(0, 4, this))
    , m_availability(new QTableWidget(0, 2, this))
    , m_skillTable(new QTableWidget(0, 2, this))
{
    const bool adding = !ws.get<Resource>(resource.id);
    setWindowTitle(adding ? tr("Add to the Pool") : tr("Edit Resource"));

    for (ResourceKind k : {ResourceKind::Person, ResourceKind::Material, ResourceKind::Cost})
        m_kind->addItem(EnumText::resourceKind(k), int(k));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(resource.kind))));
    m_email->setPlaceholderText(tr("name@example.com"));

    QSet<QString> teams;
    for (const Resource &r : ws.resources()) {
        if (!r.team.isEmpty())
            teams.insert(r.team);
    }
    QStringList sortedTeams(teams.cbegin(), teams.cend());
    sortedTeams.sort(Qt::CaseInsensitive);
    m_team->setEditable(true);
    m_team->addItems(sortedTeams);
    m_team->setCurrentText(resource.team);

    m_maxUnits->setRange(0, 10000);
    m_maxUnits->setDecimals(0);
    m_maxUnits->setSingleStep(10);
    m_maxUnits->setSuffix(QStringLiteral(" %"));
    m_maxUnits->setValue(resource.maxUnits * 100.0);
    m_maxUnits->setToolTip(tr("100 % is one person full time; 50 % half time; 300 % a team of three"));

    m_calendar->addItem(tr("The workspace's calendar"), QVariant::fromValue(Id()));
    for (const Calendar &c : ws.table<Calendar>()) {
        if (c.resourceId.isNull() || c.resourceId == resource.id)
            m_calendar->addItem(c.name, QVariant::fromValue(c.id));
    }
    m_calendar->setCurrentIndex(std::max(0, m_calendar->findData(QVariant::fromValue(resource.calendarId))));

    m_currency->setEditable(true);
    m_currency->addItems(Currency::codes());
    m_currency->setCurrentText(resource.currency.isEmpty() ? ws.settings().currency : resource.currency);
    m_active->setChecked(resource.active);

    m_rates->setHorizontalHeaderLabels({tr("From"), tr("Cost / hour"), tr("Overtime / hour"), tr("Bill / hour")});
    m_rates->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rates->verticalHeader()->hide();
    m_rates->setToolTip(tr("From: a date such as 2026-03-02, or empty for “from the start”. Amounts in the "
                           "resource's currency, such as 85.00."));
    for (const RateEntry &r : resource.rates)
        addRateRow(r);

    m_availability->setHorizontalHeaderLabels({tr("From"), tr("Max units")});
    m_availability->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_availability->verticalHeader()->hide();
    m_availability->setToolTip(tr("From a date such as 2026-09-01 the resource is available at these units "
                                  "instead of its maximum units, such as 50 % when going part-time."));
    m_availability->setMaximumHeight(150);
    for (const UnitsEntry &u : resource.availability)
        addUnitsRow(u);

    m_skillTable->setHorizontalHeaderLabels({tr("Skill"), tr("Level (1–5)")});
    m_skillTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_skillTable->verticalHeader()->hide();
    for (const ResourceSkill &s : ws.table<ResourceSkill>()) {
        if (s.resourceId == resource.id)
            addSkillRow(s.skillId, s.level);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Team:"), m_team);
    form->addRow(tr("&Max units:"), m_maxUnits);
    auto *ownCalendar = new QPushButton(tr("Own Calendar"), this);
    ownCalendar->setToolTip(tr("A calendar of this resource's own, based on the one chosen, for holidays "
                               "and working hours of their own"));
    connect(ownCalendar, &QPushButton::clicked, this, &ResourceDialog::makeOwnCalendar);
    auto *calendarRow = new QHBoxLayout;
    calendarRow->addWidget(m_calendar, 1);
    calendarRow->addWidget(ownCalendar);
    auto *calendarLabel = new QLabel(tr("&Calendar:"), this);
    calendarLabel->setBuddy(m_calendar);
    form->addRow(calendarLabel, calendarRow);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(QString(), m_active);

    auto *rates = new QGroupBox(tr("Rates"), this);
    auto *ratesLayout = new QVBoxLayout(rates);
    ratesLayout->addWidget(m_rates);
    ratesLayout->addLayout(rowButtons(m_rates, tr("Add Rate"), tr("Remove Rate"), [this] {
        RateEntry r;
        if (m_rates->rowCount() > 0)
            r.effectiveFrom = toMinutes(QDate::currentDate());
        addRateRow(r);
        m_rates->setCurrentCell(m_rates->rowCount() - 1, FromColumn);
        m_rates->editItem(m_rates->item(m_rates->rowCount() - 1, m_rates->rowCount() > 1 ? FromColumn : CostColumn));
    }, this));

    auto *availability = new QGroupBox(tr("Max units from a date"), this);
    auto *availabilityLayout = new QVBoxLayout(availability);
    availabilityLayout->addWidget(m_availability);
    availabilityLayout->addLayout(rowButtons(m_availability, tr("Add Change"), tr("Remove Change"), [this] {
        addUnitsRow({toMinutes(QDate::currentDate()), m_maxUnits->value() / 100.0});
        m_availability->setCurrentCell(m_availability->rowCount() - 1, UnitsFromColumn);
        m_availability->editItem(m_availability->item(m_availability->rowCount() - 1, UnitsFromColumn));
    }, this));
    form->addRow(availability);

    auto *skills = new QGroupBox(tr("Skills"), this);
    auto *skillsLayout = new QVBoxLayout(skills);
    skillsLayout->addWidget(m_skillTable);
    skillsLayout->addLayout(rowButtons(m_skillTable, tr("Add Skill"), tr("Remove Skill"), [this] {
        if (m_ws.table<Skill>().size() == 0) {
            QMessageBox::information(this, tr("Add Skill"), tr("The skill catalogue is empty; add skills to it first."));
            return;
        }
        addSkillRow(Id(), 3);
        m_skillTable->setCurrentCell(m_skillTable->rowCount() - 1, 0);
    }, this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this, ok] { ok->setEnabled(!m_name->text().trimmed().isEmpty()); });
    ok->setEnabled(!m_name->text().trimmed().isEmpty());

    auto *columns = new QHBoxLayout;
    columns->addLayout(form, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(rates);
    right->addWidget(skills);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    resize(960, 620);
    m_name->setFocus();
}

void ResourceDialog::addRateRow(const RateEntry &rate)
{
    const QString currency = m_currency->currentText().trimmed().toUpper();
    const int row = m_rates->rowCount();
    m_rates->insertRow(row);
    m_rates->setItem(row, FromColumn, new QTableWidgetItem(rate.effectiveFrom == kNoTime
                                                               ? QString()
                                                               : toDate(rate.effectiveFrom).toString(Qt::ISODate)));
    m_rates->setItem(row, CostColumn, new QTableWidgetItem(Format::moneyForEditing(rate.costPerHour, currency)));
    m_rates->setItem(row, OvertimeColumn, new QTableWidgetItem(Format::moneyForEditing(rate.overtimePerHour, currency)));
    m_rates->setItem(row, BillColumn, new QTableWidgetItem(Format::moneyForEditing(rate.billPerHour, currency)));
}

void ResourceDialog::addUnitsRow(const UnitsEntry &units)
{
    const int row = m_availability->rowCount();
    m_availability->insertRow(row);
    m_availability->setItem(row, UnitsFromColumn, new QTableWidgetItem(units.effectiveFrom == kNoTime
                                                                           ? QString()
                                                                           : toDate(units.effectiveFrom).toString(Qt::ISODate)));
    m_availability->setItem(row, UnitsColumn, new QTableWidgetItem(Format::units(units.units)));
}

void ResourceDialog::makeOwnCalendar()
{
    const QString name = m_name->text().trimmed().isEmpty() ? tr("New resource") : m_name->text().trimmed();
    const Id base = m_calendar->currentData().value<Id>();
    const Id baseId = base.isNull() ? m_ws.settings().defaultCalendarId : base;
    const Calendar *baseCalendar = m_ws.get<Calendar>(baseId);
    if (baseCalendar && baseCalendar->resourceId == m_resource.id && !m_resource.id.isNull()) {
        QMessageBox::information(this, windowTitle(), tr("“%1” is this resource's own calendar already.").arg(baseCalendar->name));
        return;
    }
    Calendar own;
    own.id = newId();
    own.name = tr("%1 (own calendar)").arg(name);
    own.baseCalendarId = baseId;
    for (CalendarWeekDay &d : own.week)
        d.inherited = true;
    m_ownCalendar = own;
    const int existing = m_calendar->findData(QStringLiteral("own"), Qt::UserRole + 1);
    if (existing >= 0)
        m_calendar->removeItem(existing);
    m_calendar->addItem(baseCalendar ? tr("%1 (new, based on %2)").arg(own.name, baseCalendar->name) : own.name,
                        QVariant::fromValue(own.id));
    m_calendar->setItemData(m_calendar->count() - 1, QStringLiteral("own"), Qt::UserRole + 1);
    m_calendar->setCurrentIndex(m_calendar->count() - 1);
}

void ResourceDialog::addSkillRow(const Id &skill, int level)
{
    const int row = m_skillTable->rowCount();
    m_skillTable->insertRow(row);
    auto *name = new QComboBox(m_skillTable);
    QList<const Skill *> catalogue;
    for (const Skill &s : m_ws.table<Skill>())
        catalogue.append(&s);
    std::sort(catalogue.begin(), catalogue.end(),
              [](const Skill *a, const Skill *b) { return QString::localeAwareCompare(a->name, b->name) < 0; });
    for (const Skill *s : catalogue)
        name->addItem(s->name, QVariant::fromValue(s->id));
    name->setCurrentIndex(std::max(0, name->findData(QVariant::fromValue(skill))));
    auto *spin = new QSpinBox(m_skillTable);
    spin->setRange(1, 5);
    spin->setValue(std::clamp(level, 1, 5));
    m_skillTable->setCellWidget(row, 0, name);
    m_skillTable->setCellWidget(row, 1, spin);
}

bool ResourceDialog::read()
{
    Resource r = m_resource;
    r.name = m_name->text().trimmed();
    r.kind = ResourceKind(m_kind->currentData().toInt());
    r.email = m_email->text().trimmed();
    r.role = m_role->text().trimmed();
    r.team = m_team->currentText().trimmed();
    r.maxUnits = m_maxUnits->value() / 100.0;
    r.calendarId = m_calendar->currentData().value<Id>();
    r.currency = m_currency->currentText().trimmed().toUpper();
    r.active = m_active->isChecked();
    if (!Currency::isKnown(r.currency)) {
        QMessageBox::warning(this, windowTitle(), tr("“%1” is not an ISO 4217 currency code such as EUR or CNY.").arg(r.currency));
        m_currency->setFocus();
        return false;
    }
    r.rates.clear();
    const QLocale locale;
    for (int row = 0; row < m_rates->rowCount(); ++row) {
        auto fail = [&](int column, const QString &why) {
            QMessageBox::warning(this, windowTitle(), tr("Rate %1: %2").arg(row + 1).arg(why));
            m_rates->setCurrentCell(row, column);
            m_rates->setFocus();
            return false;
        };
        RateEntry e;
        const QString from = m_rates->item(row, FromColumn) ? m_rates->item(row, FromColumn)->text().trimmed() : QString();
        if (!from.isEmpty()) {
            QDate day = QDate::fromString(from, Qt::ISODate);
            if (!day.isValid())
                day = locale.toDate(from, QLocale::ShortFormat);
            if (!day.isValid())
                return fail(FromColumn, tr("“%1” is not a date; write it as 2026-03-02, or leave it empty for “from the start”.").arg(from));
            e.effectiveFrom = toMinutes(day);
        }
        for (int column : {CostColumn, OvertimeColumn, BillColumn}) {
            const QString text = m_rates->item(row, column) ? m_rates->item(row, column)->text().trimmed() : QString();
            const auto amount = Currency::parse(text.isEmpty() ? QStringLiteral("0") : text, r.currency, locale);
            if (!amount || *amount < 0)
                return fail(column, tr("“%1” is not an amount in %2 of 0 or more, such as 85.00.").arg(text, r.currency));
            (column == CostColumn ? e.costPerHour : column == OvertimeColumn ? e.overtimePerHour : e.billPerHour) = *amount;
        }
        r.rates.append(e);
    }
    r.availability.clear();
    for (int row = 0; row < m_availability->rowCount(); ++row) {
        auto fail = [&](int column, const QString &why) {
            QMessageBox::warning(this, windowTitle(), tr("Change of units %1: %2").arg(row + 1).arg(why));
            m_availability->setCurrentCell(row, column);
            m_availability->setFocus();
            return false;
        };
        const auto text = [&](int column) {
            return m_availability->item(row, column) ? m_availability->item(row, column)->text().trimmed() : QString();
        };
        QDate day = QDate::fromString(text(UnitsFromColumn), Qt::ISODate);
        if (!day.isValid())
            day = locale.toDate(text(UnitsFromColumn), QLocale::ShortFormat);
        if (!day.isValid())
            return fail(UnitsFromColumn, tr("“%1” is not a date; write it as 2026-09-01.").arg(text(UnitsFromColumn)));
        QString units = text(UnitsColumn);
        units.remove(locale.percent()).remove(u'%');
        bool ok = false;
        const double percent = locale.toDouble(units.trimmed(), &ok);
        if (!ok || percent < 0 || percent > 10000)
            return fail(UnitsColumn, tr("“%1” is not a percentage from 0 to 10000, such as 50 %.").arg(text(UnitsColumn)));
        r.availability.append({toMinutes(day), percent / 100.0});
    }
    m_skills.clear();
    for (int row = 0; row < m_skillTable->rowCount(); ++row) {
        const auto *name = qobject_cast<QComboBox *>(m_skillTable->cellWidget(row, 0));
        const auto *level = qobject_cast<QSpinBox *>(m_skillTable->cellWidget(row, 1));
        if (name && level)
            m_skills.append({name->currentData().value<Id>(), level->value()});
    }
    m_resource = r;
    return true;
}

void ResourceDialog::accept()
{
    if (!read())
        return;
    // The edit service judges it now, so that a refused value is corrected here, not lost.
    m_edit = EditService(m_ws).saveResource(m_resource, m_skills,
                                            m_calendar->currentData(Qt::UserRole + 1).toString() == u"own"
                                                ? m_ownCalendar
                                                : std::nullopt);
    if (!m_edit.ok()) {
        QMessageBox::warning(this, windowTitle(), m_edit.error);
        if (m_edit.field == "name")
            m_name->setFocus();
        else if (m_edit.field == "email")
            m_email->setFocus();
        else if (m_edit.field == "rates")
            m_rates->setFocus();
        else if (m_edit.field == "max_units")
            m_maxUnits->setFocus();
        else if (m_edit.field == "availability")
            m_availability->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Keel
