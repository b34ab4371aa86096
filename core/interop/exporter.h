#pragma once
// Exporter: writes one project of a workspace in a chosen format (the counterpart of Importer).
// The project is collected into a ProjectBundle (tasks in WBS order, links, the calendars,
// resources, assignments and baselines it uses) and handed to the format's writer.

#include "interopformat.h"

#include "model/ids.h"

#include <QByteArray>
#include <QString>

namespace Keel {

class Workspace;

class Exporter
{
public:
    static QByteArray exportProject(const Workspace &ws, const Id &projectId, InteropFormat format);
    /// Writes to @p path atomically (a half-written file never replaces an existing one).
    static bool exportToFile(const Workspace &ws, const Id &projectId, InteropFormat format, const QString &path,
                             QString *error);
};

} // namespace Keel
