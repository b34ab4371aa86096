#pragma once
// Turning an edited copy of an entity into the field updates that make the stored one equal to
// it, so that a dialog can edit a plain value and the change still goes through a ChangeSet.

#include "changeset.h"
#include "workspace.h"

namespace Keel {

/// Appends to `changes` one update per field in which `edited` differs from the stored entity with
/// the same id. Returns how many updates were added (0 when nothing changed or the entity is gone).
template<class T> int appendUpdates(ChangeSet &changes, const Workspace &ws, const T &edited)
{
    const EntityMeta &meta = entityMeta(EntityTraits<T>::type);
    const QVariantList stored = ws.table(meta.type).record(edited.id);
    if (stored.size() != meta.fields.size())
        return 0;
    int added = 0;
    for (qsizetype i = 1; i < meta.fields.size(); ++i) {
        const QVariant value = meta.fields[i].get(&edited);
        if (value == stored[i])
            continue;
        changes.update(meta.type, edited.id, meta.fields[i].name, value);
        ++added;
    }
    return added;
}

} // namespace Keel
