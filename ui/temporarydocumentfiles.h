#pragma once
// Documents stored in the workspace, written out as files so that the desktop can open them with
// the program the system has for them: one folder per version keeps the file's own name (which
// tells the desktop how to open it); the folders go when the owner does.

#include <model/ids.h>

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace Keel {

class Workspace;

class TemporaryDocumentFiles
{
    Q_DECLARE_TR_FUNCTIONS(Keel::TemporaryDocumentFiles)
public:
    TemporaryDocumentFiles();
    ~TemporaryDocumentFiles();

    /// Writes version @p version (0: the current one) of @p documentId; its path, or empty with
    /// *error set when it has no stored content or cannot be written.
    QString write(const Workspace &ws, const Id &documentId, int version = 0, QString *error = nullptr);

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace Keel
