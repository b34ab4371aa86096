#pragma once
// The archive rule: a closed project is read-only. Workspace::applyChanges checks every ChangeSet
// against it before anything is applied, so every edit path (desktop, CLI, import, sync, undo)
// obeys it. A closed project accepts two changes only: its phase moving back out of "closed"
// (reopening), and being deleted as a whole. A ChangeSet that reopens or deletes a project may
// change that project's other entities too, which is what undoing "close the project" and
// deleting a project with its tasks need.

#include "changeset.h"

#include <QString>

namespace Keel {

class Workspace;

/// The project that an entity belongs to, following its references (a task's project, a link's
/// predecessor task, a baseline task's baseline…); a null id when it belongs to none. `record` is
/// the entity's full record in field order.
Id owningProject(const Workspace &ws, EntityType type, const QVariantList &record);

/// An empty string when `changes` may be applied, else a translated message naming the closed
/// project that refuses it.
QString closedProjectProblem(const Workspace &ws, const ChangeSet &changes);

} // namespace Keel
