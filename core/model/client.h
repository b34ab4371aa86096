#pragma once
#include "ids.h"
#include <QString>

namespace Keel {

struct Client
{
    Id id;
    QString code;
    QString name;
    QString industry;
    QString address;
    QString website;
    QString notes;
};

} // namespace Keel
