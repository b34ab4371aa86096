#pragma once
// Numbered, forward-only schema migrations. Each runs in its own transaction and sets
// PRAGMA user_version to its number; a file whose version is newer than the last one is refused.

#include <QList>
#include <QString>

namespace Keel {

struct Migration
{
    int version;
    QString sql;
};

/// 'KEEL' in PRAGMA application_id marks a Keel workspace.
inline constexpr int kApplicationId = 0x4B45454C;

const QList<Migration> &migrations();
int currentSchemaVersion();

} // namespace Keel
