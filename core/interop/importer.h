#pragma once
// Importer: one entry point for every format. It reads a file (or bytes), picks the reader and
// returns one ImportResult whose ChangeSet the caller applies with Store::apply. The whole file is
// read before anything is produced, so a malformed file imports nothing.
//
//     ImportOptions options;
//     options.target = &store->workspace();
//     ImportResult r = Importer::importFile(path, std::nullopt, options);
//     if (!r.ok) { report(r.error.message()); return; }
//     store->apply(r.changes, &error);

#include "importresult.h"
#include "importoptions.h"
#include "interopformat.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Keel {

class Importer
{
public:
    /// Files larger than this are refused (a project file of 512 MB is not a project file).
    static constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024;

    /// Reads @p path. Without @p format, the extension decides, else the content; options.fileName
    /// defaults to @p path.
    static ImportResult importFile(const QString &path, std::optional<InteropFormat> format, ImportOptions options);
    static ImportResult importData(const QByteArray &data, InteropFormat format, const ImportOptions &options);
};

} // namespace Keel
