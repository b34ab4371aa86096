#pragma once
// PhaseGate: the checklist a project must satisfy to move to its next lifecycle phase
// (initiation → planning → execution → monitoring → closing → closed), and the ChangeSets that
// move it. check() evaluates the gate out of the project's current phase against the Workspace:
// each item is met or unmet with a translated reason that names what is missing. advance()
// returns the ChangeSet that moves the project on, or the unmet items; goBack() moves it back one
// phase and records the reason as a note in the project's communication log. Once closed, the
// project is read-only (see model/archiverule.h); goBack() from "closed" is how it is reopened.

#include <model/changeset.h>
#include <model/enums.h>
#include <model/ids.h>

#include <QList>
#include <QString>

#include <optional>

namespace Keel {

class Workspace;

/// One item of a gate's checklist.
struct GateItem
{
    QString key;     ///< stable name, e.g. "scope_statement"
    QString title;   ///< translated, e.g. "Scope statement written"
    bool met = false;
    QString reason;  ///< translated: what was found, or what is missing
};

/// A gate: the transition and its checklist.
struct GateCheck
{
    Phase from = Phase::Initiation;
    std::optional<Phase> to;       ///< none when the project is already closed
    QList<GateItem> items;

    bool allMet() const;
    QList<GateItem> unmet() const;
};

/// What advance() gives: the ChangeSet to apply, or the unmet items (or an error).
struct AdvanceResult
{
    ChangeSet changes;
    QList<GateItem> unmet;
    QString error;                 ///< unknown project, already closed

    bool ok() const { return error.isEmpty() && unmet.isEmpty(); }
};

class PhaseGate
{
public:
    static std::optional<Phase> next(Phase phase);
    static std::optional<Phase> previous(Phase phase);
    /// The translated name of a phase ("Planning").
    static QString phaseName(Phase phase);

    /// The checklist for moving project `projectId` out of its current phase.
    static GateCheck check(const Workspace &ws, const Id &projectId);
    /// The ChangeSet that moves the project to its next phase when every item is met.
    static AdvanceResult advance(const Workspace &ws, const Id &projectId);
    /// The ChangeSet that moves the project back one phase, recording `reason` (required) as a
    /// note; nullopt with *error set when there is no previous phase or no reason.
    static std::optional<ChangeSet> goBack(const Workspace &ws, const Id &projectId, const QString &reason,
                                           QString *error = nullptr);
};

} // namespace Keel
