#include "signoff.h"

#include <model/workspace.h>

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Keel {

std::optional<SignOffRecord> SignOff::find(const Workspace &ws, const Id &projectId)
{
    std::optional<SignOffRecord> found;
    QHash<Id, const Document *> documents;
    for (const Document &d : ws.table<Document>()) {
        if (d.projectId == projectId && d.mimeType == kSignOffMimeType)
            documents.insert(d.id, &d);
    }
    if (documents.isEmpty())
        return found;
    for (const DocumentVersion &v : ws.table<DocumentVersion>()) {
        if (!documents.contains(v.documentId))
            continue;
        if (!found || v.createdUtcMs > found->signedUtcMs)
            found = SignOffRecord{v.documentId, v.author, QString::fromUtf8(v.content), v.createdUtcMs};
    }
    if (!found) {
        const Document *d = *documents.cbegin();
        found = SignOffRecord{d->id, {}, {}, 0};
    }
    return found;
}

void SignOff::record(ChangeSet &changes, const Workspace &ws, const Id &projectId, const QString &signedBy,
                     const QString &statement, const QDateTime &when)
{
    const Project *p = ws.get<Project>(projectId);
    Document doc;
    doc.id = newId();
    doc.projectId = projectId;
    doc.clientId = p ? p->clientId : Id();
    doc.name = QCoreApplication::translate("Keel::SignOff", "Client sign-off — %1").arg(signedBy.trimmed());
    doc.mimeType = kSignOffMimeType;
    doc.currentVersion = 1;
    doc.clientVisible = true;
    changes.insert(doc);

    DocumentVersion version;
    version.id = newId();
    version.documentId = doc.id;
    version.version = 1;
    version.content = statement.trimmed().toUtf8();
    version.sha256 = QString::fromLatin1(QCryptographicHash::hash(version.content, QCryptographicHash::Sha256).toHex());
    version.createdUtcMs = when.toMSecsSinceEpoch();
    version.author = signedBy.trimmed();
    version.comment = QCoreApplication::translate("Keel::SignOff", "Client sign-off");
    changes.insert(version);
}

} // namespace Keel
