#pragma once
// Reads single-mode PSPLIB files (.sm, Kolisch & Sprecher 1996): the sections "jobs (incl.
// supersource/sink )", "renewable", "PRECEDENCE RELATIONS", "REQUESTS/DURATIONS" and
// "RESOURCEAVAILABILITIES". Non-renewable resources are read past and ignored; multi-mode files
// are refused. Every error names the file and the line and says what was expected.

#include "psplibinstance.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Keel {

/// Parser for PSPLIB single-mode instance files.
class PsplibReader
{
public:
    /// Reads and parses `path`; on failure returns nothing and sets `error`.
    static std::optional<PsplibInstance> readFile(const QString &path, QString *error = nullptr);
    /// Parses file content; `fileName` only appears in error messages and in the instance.
    static std::optional<PsplibInstance> parse(const QByteArray &content, const QString &fileName,
                                               QString *error = nullptr);
};

} // namespace Keel
