#include "changesetcommand.h"

#include <edit/editservice.h>
#include <store/store.h>

namespace Keel {

namespace {
constexpr int kMergeableId = 0x4b45454c; // "KEEL"
}

std::unique_ptr<ChangeSetCommand> ChangeSetCommand::apply(Store &store, const ChangeSet &changes,
                                                          QString *error, ErrorHandler onError)
{
    std::optional<ChangeSet> applied = store.apply(changes, error);
    if (!applied)
        return nullptr;
    return std::make_unique<ChangeSetCommand>(store, std::move(*applied), std::move(onError));
}

ChangeSetCommand::ChangeSetCommand(Store &store, ChangeSet applied, ErrorHandler onError)
    : m_store(store)
    , m_applied(std::move(applied))
    , m_onError(std::move(onError))
{
    setText(m_applied.description());
}

void ChangeSetCommand::undo()
{
    // The inputs come back and the edit service recomputes the derived values from them.
    const Edit edit = EditService(m_store.workspace(), m_planCache).undo(m_applied);
    if (!edit.ok()) {
        setObsolete(true);
        if (m_onError)
            m_onError(edit.error);
        return;
    }
    applyThroughStore(edit.changes);
}

void ChangeSetCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    const Edit edit = EditService(m_store.workspace(), m_planCache).redo(m_applied);
    if (!edit.ok()) {
        setObsolete(true);
        if (m_onError)
            m_onError(edit.error);
        return;
    }
    // What the redo applied, with its recomputed dates, is what the next undo reverses.
    if (std::optional<ChangeSet> applied = applyThroughStore(edit.changes))
        m_applied = std::move(*applied);
}

std::optional<ChangeSet> ChangeSetCommand::applyThroughStore(const ChangeSet &changes)
{
    QString error;
    if (std::optional<ChangeSet> applied = m_store.apply(changes, &error))
        return applied;
    setObsolete(true);
    if (m_onError)
        m_onError(error);
    return std::nullopt;
}

int ChangeSetCommand::id() const
{
    return m_mergeable ? kMergeableId : -1;
}

bool ChangeSetCommand::sameTargets(const ChangeSet &other) const
{
    const auto &mine = m_applied.changes();
    const auto &theirs = other.changes();
    if (mine.size() != theirs.size())
        return false;
    for (qsizetype i = 0; i < mine.size(); ++i) {
        const Change &a = mine[i];
        const Change &b = theirs[i];
        if (a.op != Change::Op::Update || b.op != Change::Op::Update || a.type != b.type || a.id != b.id ||
            a.field != b.field)
            return false;
    }
    return true;
}

bool ChangeSetCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const ChangeSetCommand *>(other);
    if (!next || !m_mergeable || !next->m_mergeable || &next->m_store != &m_store ||
        !sameTargets(next->m_applied))
        return false;
    ChangeSet merged(m_applied.description());
    bool changesSomething = false;
    for (qsizetype i = 0; i < m_applied.size(); ++i) {
        Change c = m_applied.changes()[i];
        c.newValue = next->m_applied.changes()[i].newValue;
        changesSomething = changesSomething || c.newValue != c.oldValue;
        merged.append(c);
    }
    m_applied = std::move(merged);
    if (!changesSomething)
        setObsolete(true);
    return true;
}

} // namespace Keel
