#pragma once
// Documents from files: reading a file into a DocumentFile, and the ChangeSets that attach it to a
// project as a new Document with its first DocumentVersion, or add it as the next version of an
// existing document. The content is stored in the workspace with its SHA-256 (lower-case hex);
// nothing here writes: the caller applies the ChangeSet through the one change path.

#include "changeset.h"
#include "ids.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Keel {

class Workspace;
struct DocumentVersion;

/// A file's name, MIME type and bytes, ready to be stored as a document version.
struct DocumentFile
{
    QString name;
    QString mimeType;
    QByteArray content;
};

/// Who adds a document version and why.
struct DocumentAuthorship
{
    QString author;
    QString comment;
    qint64 timeUtcMs = 0;  ///< 0: now
};

/// The largest file accepted as a document version.
inline constexpr qint64 kMaxDocumentBytes = qint64(256) * 1024 * 1024;

/// Lower-case hex SHA-256 of `content`.
QString documentSha256(const QByteArray &content);

/// Reads the file at `path`. nullopt with *error naming the file and the reason when it does not
/// exist, cannot be read, is a folder or is larger than kMaxDocumentBytes.
std::optional<DocumentFile> readDocumentFile(const QString &path, QString *error);

/// A ChangeSet inserting a new Document for `projectId` (and its client) with `file` as version 1.
/// *documentId receives the new document's id. Empty with *error set when the project is unknown.
ChangeSet attachDocumentChanges(const Workspace &ws, const Id &projectId, const DocumentFile &file,
                                const DocumentAuthorship &by, Id *documentId, QString *error);

/// A ChangeSet inserting `file` as the next version of `documentId` and making it current. Empty
/// with *error set when the document is unknown.
ChangeSet newDocumentVersionChanges(const Workspace &ws, const Id &documentId, const DocumentFile &file,
                                    const DocumentAuthorship &by, QString *error);

/// The versions of a document, oldest first.
QList<const DocumentVersion *> documentVersions(const Workspace &ws, const Id &documentId);
/// The version `version` of a document, its current one when `version` is 0; nullptr if none.
const DocumentVersion *documentVersion(const Workspace &ws, const Id &documentId, int version = 0);

} // namespace Keel
