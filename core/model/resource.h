#pragma once
#include "enums.h"
#include "ids.h"
#include "timeutil.h"
#include <QList>
#include <QString>

namespace Keel {

/// Cost, overtime and bill rate per hour, in minor units of the resource's currency, from a date on.
struct RateEntry
{
    Minutes effectiveFrom = kNoTime; ///< kNoTime: from the beginning
    qint64 costPerHour = 0;
    qint64 billPerHour = 0;
    qint64 overtimePerHour = 0;      ///< cost of an hour of overtime; 0: none agreed
    friend bool operator==(const RateEntry &, const RateEntry &) = default;
};

/// The maximum units a resource is available at from a date on (a contract going part-time, a
/// team growing); before the first entry the resource's maxUnits holds.
struct UnitsEntry
{
    Minutes effectiveFrom = kNoTime;
    double units = 1.0;
    friend bool operator==(const UnitsEntry &, const UnitsEntry &) = default;
};

struct Resource
{
    Id id;
    QString name;
    ResourceKind kind = ResourceKind::Person;
    QString email;
    QString role;
    QString team;
    double maxUnits = 1.0;      ///< 1.0 = one full-time person
    Id calendarId;              ///< null: the workspace default calendar
    QString currency;
    QList<RateEntry> rates;     ///< sorted by effectiveFrom
    QList<UnitsEntry> availability; ///< sorted by effectiveFrom; empty: maxUnits throughout
    bool active = true;

    /// The rate in force at `when` (the last entry with effectiveFrom <= when).
    RateEntry rateAt(Minutes when) const;
    /// The maximum units in force at `when`.
    double unitsAt(Minutes when) const;
    /// The dates after `from` and before `to` at which the available units change.
    QList<Minutes> unitChanges(Minutes from, Minutes to) const;
};

} // namespace Keel
