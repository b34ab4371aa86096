#pragma once
#include "enums.h"
#include "ids.h"
#include "timeutil.h"
#include <QList>
#include <QString>

namespace Keel {

/// Cost and bill rate per hour, in minor units of the resource's currency, from a date on.
struct RateEntry
{
    Minutes effectiveFrom = kNoTime; ///< kNoTime: from the beginning
    qint64 costPerHour = 0;
    qint64 billPerHour = 0;
    friend bool operator==(const RateEntry &, const RateEntry &) = default;
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
    bool active = true;

    /// The rate in force at `when` (the last entry with effectiveFrom <= when).
    RateEntry rateAt(Minutes when) const;
};

} // namespace Keel
