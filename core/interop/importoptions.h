#pragma once
// ImportOptions: what an importer needs to know about the workspace it imports into and how to
// read the file. Every field has a sensible default, so `ImportOptions{}` imports a file into an
// empty workspace.

#include "csvmapping.h"

#include <QString>

namespace Keel {

class Workspace;

struct ImportOptions
{
    /// The file's path, used only in messages.
    QString fileName;
    /// The workspace the result will be applied to, or nullptr. With it, resources that already
    /// exist there (same name, case-insensitive) are reused instead of duplicated, the workspace's
    /// duration settings apply to formats that count in days, and its default calendar is used
    /// where a file defines none.
    const Workspace *target = nullptr;
    /// Write the file's duration settings (minutes per day/week, days per month) into the
    /// workspace settings. Sensible for a new or scratch workspace; off by default so that an
    /// import never changes a populated workspace's conventions.
    bool adoptSettings = false;
    /// Name for the new project; empty: from the file.
    QString projectName;
    /// CSV only: which column holds which field (empty: recognised by header name).
    CsvMapping csvMapping;
};

} // namespace Keel
