#pragma once
#include "ids.h"
#include <QString>

namespace Keel {

struct Contact
{
    Id id;
    Id clientId;
    QString name;
    QString email;
    QString phone;
    QString role;
    bool portalAccess = false;
};

} // namespace Keel
