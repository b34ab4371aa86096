#pragma once
// CsvReader: imports a task list from CSV (RFC 4180; UTF-8 with or without BOM, UTF-16 with BOM,
// or GB18030) with a column mapping by header name (see CsvMapping).
//
// One row is one task. The hierarchy comes from an "Outline Level" column, else from a "WBS"
// column ("1.2.3"); without either the list is flat. Durations are read as people write them
// ("5d", "3h", "2w", "1.5d", "2ed", "3 天"; a bare number is days), dates in ISO form or in the
// common local forms ("2024/1/15 8:00", "15.01.2024", "1/15/2024", "Mon 1/15/24 8:00 AM",
// "2024年1月15日"; day/month order is decided for the whole file), predecessors as "3FS+2d;5SS"
// where the numbers are values of the ID column (else row numbers). Resource names ("Ann;
// Bob[50%]") become resources and assignments. A row with a start but no predecessors and no
// constraint column gets a "start no earlier than" constraint, as Microsoft Project does when a
// start is typed in.
//
// Any malformed value refuses the whole file with its line and column.

#include "importresult.h"
#include "projectbundle.h"

#include <QByteArray>

#include <optional>

namespace Keel {

class CsvReader
{
public:
    static ImportResult read(const QByteArray &data, const ImportOptions &options = {});
    static std::optional<ProjectBundle> readBundle(const QByteArray &data, const ImportOptions &options,
                                                   ImportError *error, QStringList *warnings);
};

} // namespace Keel
