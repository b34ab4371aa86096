#pragma once
// What the record commands of keel-cli share: finding records by the names people use, and
// applying an Edit of the edit service through the store's one change path.

#include <edit/edit.h>
#include <model/entitytype.h>
#include <model/ids.h>

#include <QString>

namespace Keel {
class Store;
class Workspace;
}

namespace Keel::Cli {

/// The entity type of a KIND argument ("task", "time_entry"); EntityType::None if unknown.
EntityType kindOf(const QString &kind);
/// Every KIND name, for messages.
QString kindNames();
/// A record of @p type by its id, or (for named kinds) its code, name or e-mail; a null id when
/// none or several match (*error says which).
Id findRecord(const Workspace &ws, EntityType type, const QString &text, QString *error);
/// Applies @p edit through the store; prints the refusal (naming the field) and returns false
/// when the edit or the store refuses it. Nothing is applied then.
bool applyEdit(const QString &command, Store &store, const Edit &edit);

} // namespace Keel::Cli
