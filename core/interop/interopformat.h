#pragma once
// The file formats Keel imports and exports, and how a format is recognised: by name on the
// command line, by a file's extension, else by its first bytes.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace Keel {

enum class InteropFormat { Mspdi, Gan, Csv };

/// "mspdi", "gan", "csv".
QString interopFormatName(InteropFormat format);
/// From a name as typed ("mspdi", "xml", "msproject", "gan", "ganttproject", "csv").
std::optional<InteropFormat> interopFormatFromName(const QString &name);
/// From a path's extension (.xml, .gan, .csv/.tsv/.txt); nullopt when it says nothing.
std::optional<InteropFormat> interopFormatFromPath(const QString &path);
/// From the first bytes of a file: Microsoft Project's namespace, GanttProject's <project>;
/// nullopt when neither (CSV cannot be told apart from other text).
std::optional<InteropFormat> interopFormatFromContent(const QByteArray &head);
QStringList interopFormatNames();

} // namespace Keel
