#pragma once
// Translated display names of the domain enumerations. The stable names in core/model/enums.h
// are for files and the API; people see these.

#include <model/enums.h>

#include <QCoreApplication>
#include <QStringList>

namespace Keel {

class EnumText
{
    Q_DECLARE_TR_FUNCTIONS(Keel::EnumText)
public:
    static QString phase(Phase phase);
    /// Health as a status: "On track", "At risk", "Off track".
    static QString health(Health health);
    static QString resourceKind(ResourceKind kind);
    static QString billingModel(BillingModel model);

    /// Display names of every value, in declaration order (for combo boxes).
    static QStringList phases();
    static QStringList healths();
};

} // namespace Keel
