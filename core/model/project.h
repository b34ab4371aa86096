#pragma once
#include "enums.h"
#include "ids.h"
#include "timeutil.h"
#include <QString>

namespace Keel {

struct Project
{
    Id id;
    QString code;
    QString name;
    Id clientId;
    Id managerId;                 ///< a Resource
    Phase phase = Phase::Initiation;
    Health health = Health::Green;
    ScheduleFrom scheduleFrom = ScheduleFrom::Start;
    Minutes start = kNoTime;
    Minutes finish = kNoTime;
    Id calendarId;
    QString currency = QStringLiteral("EUR");
    BillingModel billingModel = BillingModel::TimeAndMaterials;
    qint64 contractValue = 0;     ///< minor units of currency
    qint64 budget = 0;            ///< minor units of currency
    qint64 retainerPerMonth = 0;  ///< minor units, retainer billing only
    int priority = 500;           ///< 0..1000
    QString scopeStatement;
    QString description;
    Minutes statusDate = kNoTime;
};

} // namespace Keel
