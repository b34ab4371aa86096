#pragma once
// Every entity has a 128-bit id created where it is born, so offline replicas never clash.

#include <QUuid>

namespace Keel {

using Id = QUuid;

inline Id newId()
{
    return QUuid::createUuid();
}

} // namespace Keel
