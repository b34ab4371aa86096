#pragma once
// Client sign-off of a project, kept without a schema of its own: a Document of the project with
// the MIME type kSignOffMimeType (client-visible) and one DocumentVersion whose content is the
// sign-off statement and whose author is the person who signed. A project is signed off when it
// has such a document.

#include <model/changeset.h>
#include <model/ids.h>

#include <QDateTime>
#include <QString>

namespace Keel {

class Workspace;

inline constexpr QLatin1StringView kSignOffMimeType{"application/vnd.keel.client-sign-off"};

struct SignOffRecord
{
    Id documentId;
    QString signedBy;
    QString statement;
    qint64 signedUtcMs = 0;
};

class SignOff
{
public:
    /// The latest sign-off recorded for the project, if any.
    static std::optional<SignOffRecord> find(const Workspace &ws, const Id &projectId);
    /// Inserts of the sign-off document and its version (appended to `changes`).
    static void record(ChangeSet &changes, const Workspace &ws, const Id &projectId, const QString &signedBy,
                       const QString &statement, const QDateTime &when);
};

} // namespace Keel
