#pragma once
// Adds a person (or a material or cost resource) to the pool, or edits one: name, kind, e-mail,
// role, team, maximum units (also changing from given dates), own calendar, currency, dated cost,
// overtime and bill rates, and skills with
// their levels. The dialog only reads what is typed (a date, an amount) and says which cell is not
// readable; the edit service decides what is valid (EditService::saveResource).

#include <edit/editservice.h>
#include <model/resource.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QTableWidget;

namespace Keel {

class Workspace;

class ResourceDialog : public QDialog
{
    Q_OBJECT
public:
    ResourceDialog(const Workspace &ws, const Resource &resource, QWidget *parent = nullptr);

    /// The resource as edited; valid after the dialog was accepted.
    const Resource &resource() const { return m_resource; }
    const QList<EditService::SkillLevel> &skills() const { return m_skills; }
    /// The edit that saves it (already judged by the edit service); valid after accept.
    const Edit &edit() const { return m_edit; }

    void accept() override;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }
    QComboBox *teamBox() const { return m_team; }
    QDoubleSpinBox *maxUnitsBox() const { return m_maxUnits; }
    QComboBox *currencyBox() const { return m_currency; }
    QTableWidget *ratesTable() const { return m_rates; }
    QTableWidget *availabilityTable() const { return m_availability; }
    QComboBox *calendarBox() const { return m_calendar; }
    /// Gives the resource a calendar of its own, based on the calendar chosen now, saved with it.
    void makeOwnCalendar();
    /// The own calendar to add with the resource (see makeOwnCalendar), if any.
    const std::optional<Calendar> &ownCalendar() const { return m_ownCalendar; }
    QTableWidget *skillsTable() const { return m_skillTable; }
    /// Adds an empty skill row (the first skill of the catalogue at level 3).
    void addSkill() { addSkillRow(Id(), 3); }

private:
    void addRateRow(const RateEntry &rate);
    void addSkillRow(const Id &skill, int level);
    void addUnitsRow(const UnitsEntry &units);
    /// Reads the form into m_resource and m_skills; false (with the cell focused and the reason
    /// shown) when a date or an amount cannot be read.
    bool read();

    const Workspace &m_ws;
    Resource m_resource;
    QList<EditService::SkillLevel> m_skills;
    Edit m_edit;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_email;
    QLineEdit *m_role;
    QComboBox *m_team;
    QDoubleSpinBox *m_maxUnits;
    QComboBox *m_calendar;
    QComboBox *m_currency;
    QCheckBox *m_active;
    QTableWidget *m_rates;
    QTableWidget *m_availability;
    QTableWidget *m_skillTable;
    std::optional<Calendar> m_ownCalendar;
};

} // namespace Keel
