#pragma once
#include "enums.h"
#include "ids.h"
#include <QString>

namespace Keel {

/// A scope item agreed with the client in initiation.
struct Requirement
{
    Id id;
    Id projectId;
    QString code;
    QString title;
    QString description;
    AcceptanceState acceptance = AcceptanceState::Proposed;
    int priority = 2;             ///< 1 must, 2 should, 3 could
    bool inScope = true;
};

} // namespace Keel
