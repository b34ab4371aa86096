#pragma once
// ChangeSetCommand is the one undo command of the desktop: it holds an applied ChangeSet, undoes
// it by applying the edit service's undo() of it (the inputs restored, derived values such as
// scheduled dates recomputed) through Store::apply, and redoes it with the service's redo() — so
// undo and redo take the same validated, persisted, logged path as every other change.

#include <model/changeset.h>

#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace Keel {

class PlanCache;
class Store;

class ChangeSetCommand : public QUndoCommand
{
public:
    /// Told when an undo or redo is refused (someone else changed the data since); the command
    /// then marks itself obsolete and the stack drops it.
    using ErrorHandler = std::function<void(const QString &message)>;

    /// Applies `changes` through the store. Returns the command holding the applied ChangeSet,
    /// ready to push (its first redo() does nothing), or nullptr with *error set.
    static std::unique_ptr<ChangeSetCommand> apply(Store &store, const ChangeSet &changes, QString *error,
                                                   ErrorHandler onError = {});

    /// A command for a ChangeSet the store has already applied.
    ChangeSetCommand(Store &store, ChangeSet applied, ErrorHandler onError = {});

    void undo() override;
    void redo() override;
    int id() const override;
    /// Folds a following mergeable command that updates exactly the same fields of the same
    /// entities into this one (a drag or a typing burst becomes one undo step).
    bool mergeWith(const QUndoCommand *other) override;

    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    /// Undo and redo reschedule through @p cache (see PlanCache); none: from a new snapshot.
    void setPlanCache(PlanCache *cache) { m_planCache = cache; }
    bool isMergeable() const { return m_mergeable; }
    const ChangeSet &applied() const { return m_applied; }

private:
    std::optional<ChangeSet> applyThroughStore(const ChangeSet &changes);
    bool sameTargets(const ChangeSet &other) const;

    Store &m_store;
    ChangeSet m_applied;
    ErrorHandler m_onError;
    bool m_alreadyApplied = true;
    bool m_mergeable = false;
    PlanCache *m_planCache = nullptr;
};

} // namespace Keel
