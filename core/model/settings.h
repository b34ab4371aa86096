#pragma once
#include "ids.h"
#include <QString>

namespace Keel {

/// Workspace-wide settings; a workspace holds exactly one, with the id kSettingsId.
struct Settings
{
    Id id;
    QString name;
    QString currency = QStringLiteral("EUR");  ///< ISO 4217: new projects' default, and the
                                               ///< reporting currency of portfolio totals
    int minutesPerDay = 480;                   ///< a "day" of duration, as Microsoft Project's 8h
    int minutesPerWeek = 2400;
    int daysPerMonth = 20;
    Id defaultCalendarId;
    QString language;                          ///< empty: follow the system
};

inline const Id kSettingsId = Id(QStringLiteral("{6b65656c-0000-4000-8000-000000000001}"));

} // namespace Keel
