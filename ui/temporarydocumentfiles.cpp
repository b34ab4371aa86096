#include "temporarydocumentfiles.h"

#include <model/documentimport.h>
#include <model/workspace.h>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace Keel {

TemporaryDocumentFiles::TemporaryDocumentFiles() = default;
TemporaryDocumentFiles::~TemporaryDocumentFiles() = default;

QString TemporaryDocumentFiles::write(const Workspace &ws, const Id &documentId, int version, QString *error)
{
    const Document *d = ws.get<Document>(documentId);
    const DocumentVersion *v = documentVersion(ws, documentId, version);
    if (!d || !v) {
        if (error)
            *error = tr("The document has no stored content to open.");
        return {};
    }
    if (!m_dir)
        m_dir = std::make_unique<QTemporaryDir>();
    const QString folder = m_dir->filePath(v->id.toString(QUuid::WithoutBraces));
    QString name = QFileInfo(d->name).fileName();
    if (name.isEmpty())
        name = QStringLiteral("document");
    const QString path = QDir(folder).filePath(name);
    QSaveFile out(path);
    if (!m_dir->isValid() || !QDir().mkpath(folder) || !out.open(QIODevice::WriteOnly) ||
        out.write(v->content) != v->content.size() || !out.commit()) {
        if (error)
            *error = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return {};
    }
    return path;
}

} // namespace Keel
