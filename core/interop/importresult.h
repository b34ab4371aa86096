#pragma once
// ImportResult: one ChangeSet that adds a whole project (with its calendars, resources,
// assignments and baselines) to a workspace, or an error and nothing. The caller applies the
// ChangeSet with Store::apply, so an import goes through the one change path like any edit.

#include "importerror.h"

#include "model/changeset.h"
#include "model/ids.h"

#include <QStringList>

namespace Keel {

struct ImportResult
{
    bool ok = false;
    ChangeSet changes;      ///< inserts only (plus settings updates with adoptSettings)
    Id projectId;           ///< the new project's id
    QStringList warnings;   ///< what was read only approximately or skipped, one sentence each
    ImportError error;      ///< when !ok

    static ImportResult failure(ImportError e)
    {
        ImportResult r;
        r.error = std::move(e);
        return r;
    }
};

} // namespace Keel
