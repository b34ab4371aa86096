#pragma once
// Translated display names of the client-facing enumerations (requests and communication), for
// the Clients page and the project timeline.

#include <model/enums.h>

#include <QCoreApplication>
#include <QStringList>

namespace Keel {

class ClientText
{
    Q_DECLARE_TR_FUNCTIONS(Keel::ClientText)
public:
    static QString requestKind(RequestKind kind);
    static QString requestStatus(RequestStatus status);
    static QString requestPriority(RequestPriority priority);
    static QString communicationKind(CommunicationKind kind);
    /// "★★★★☆" for a 1..5 score.
    static QString stars(int score);

    /// Display names of every value, in declaration order (for combo boxes).
    static QStringList requestKinds();
    static QStringList requestStatuses();
    static QStringList requestPriorities();
    static QStringList communicationKinds();
};

} // namespace Keel
