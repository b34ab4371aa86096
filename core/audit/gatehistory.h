#pragma once
// GateHistory: how a project went through its phase gates, read from the change log — each move
// of its phase with when and by whom, and whether the gate was passed by a manager's override
// (the move forward came with a note giving the reason, see EditService::advanceGate) or the
// project was sent back (PhaseGate::goBack, also with a reason).

#include <model/enums.h>
#include <model/ids.h>

#include <QList>
#include <QString>

namespace Keel {

class Store;

struct GatePassage
{
    qint64 utcMs = 0;
    QString actor;
    Phase from = Phase::Initiation;
    Phase to = Phase::Initiation;
    bool overridden = false;   ///< moved forward with unmet items, by a manager's written reason
    bool back = false;         ///< moved back a phase
    QString reason;            ///< the note recorded with the move (override or going back)
    /// The move's note is gone from the workspace: the move was undone (or its note deleted).
    bool withdrawn = false;
};

class GateHistory
{
public:
    /// The project's phase moves, newest first.
    static QList<GatePassage> of(Store &store, const Id &projectId);
};

} // namespace Keel
