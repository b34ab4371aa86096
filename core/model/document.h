#pragma once
#include "ids.h"
#include <QString>

namespace Keel {

/// A document's metadata; its content lives in DocumentVersion rows.
struct Document
{
    Id id;
    Id projectId;
    Id clientId;
    QString name;
    QString mimeType;
    int currentVersion = 0;
    bool clientVisible = false;
};

} // namespace Keel
