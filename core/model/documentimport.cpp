#include "documentimport.h"

#include "workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <algorithm>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Documents", text);
}

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

DocumentVersion versionOf(const Id &documentId, int number, const DocumentFile &file,
                          const DocumentAuthorship &by)
{
    DocumentVersion v;
    v.id = newId();
    v.documentId = documentId;
    v.version = number;
    v.content = file.content;
    v.sha256 = documentSha256(file.content);
    v.createdUtcMs = by.timeUtcMs > 0 ? by.timeUtcMs : QDateTime::currentMSecsSinceEpoch();
    v.author = by.author;
    v.comment = by.comment;
    return v;
}

} // namespace

QString documentSha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

std::optional<DocumentFile> readDocumentFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        setError(error, tr("The file “%1” does not exist.").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    if (info.isDir()) {
        setError(error, tr("“%1” is a folder, not a file.").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    if (info.size() > kMaxDocumentBytes) {
        setError(error, tr("The file “%1” is larger than %2 MB, the most a document can hold.")
                            .arg(QDir::toNativeSeparators(path))
                            .arg(kMaxDocumentBytes / (1024 * 1024)));
        return std::nullopt;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(error, tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return std::nullopt;
    }
    DocumentFile file;
    file.content = f.readAll();
    if (f.error() != QFileDevice::NoError) {
        setError(error, tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return std::nullopt;
    }
    file.name = info.fileName();
    file.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, file.content).name();
    return file;
}

ChangeSet attachDocumentChanges(const Workspace &ws, const Id &projectId, const DocumentFile &file,
                                const DocumentAuthorship &by, Id *documentId, QString *error)
{
    const Project *project = ws.get<Project>(projectId);
    if (!project) {
        setError(error, tr("Cannot attach “%1”: the project no longer exists.").arg(file.name));
        return {};
    }
    Document d;
    d.id = newId();
    d.projectId = project->id;
    d.clientId = project->clientId;
    d.name = file.name;
    d.mimeType = file.mimeType;
    d.currentVersion = 1;
    ChangeSet changes(tr("Attach “%1”").arg(file.name));
    changes.insert(d);
    changes.insert(versionOf(d.id, 1, file, by));
    if (documentId)
        *documentId = d.id;
    return changes;
}

ChangeSet newDocumentVersionChanges(const Workspace &ws, const Id &documentId, const DocumentFile &file,
                                    const DocumentAuthorship &by, QString *error)
{
    const Document *d = ws.get<Document>(documentId);
    if (!d) {
        setError(error, tr("Cannot add “%1” as a new version: the document no longer exists.").arg(file.name));
        return {};
    }
    int latest = d->currentVersion;
    for (const DocumentVersion *v : documentVersions(ws, documentId))
        latest = std::max(latest, v->version);
    const int next = latest + 1;
    ChangeSet changes(tr("New version %1 of “%2”").arg(next).arg(d->name));
    changes.insert(versionOf(d->id, next, file, by));
    changes.update(EntityType::Document, d->id, "current_version", next);
    if (!file.mimeType.isEmpty() && file.mimeType != d->mimeType)
        changes.update(EntityType::Document, d->id, "mime_type", file.mimeType);
    return changes;
}

QList<const DocumentVersion *> documentVersions(const Workspace &ws, const Id &documentId)
{
    QList<const DocumentVersion *> versions;
    for (const DocumentVersion &v : ws.table<DocumentVersion>()) {
        if (v.documentId == documentId)
            versions.append(&v);
    }
    std::sort(versions.begin(), versions.end(),
              [](const DocumentVersion *a, const DocumentVersion *b) { return a->version < b->version; });
    return versions;
}

const DocumentVersion *documentVersion(const Workspace &ws, const Id &documentId, int version)
{
    const QList<const DocumentVersion *> versions = documentVersions(ws, documentId);
    if (versions.isEmpty())
        return nullptr;
    const Document *d = ws.get<Document>(documentId);
    const int wanted = version > 0 ? version : (d ? d->currentVersion : 0);
    for (const DocumentVersion *v : versions) {
        if (v->version == wanted)
            return v;
    }
    // A current version that is missing falls back to the latest one stored.
    return version > 0 ? nullptr : versions.last();
}

} // namespace Keel
