#pragma once
#include "ids.h"
#include <QString>

namespace Keel {

/// A process template of the workspace's own (built-in ones ship as files, see
/// workflow/processtemplate.h): its key, name and description, and the template itself as JSON
/// in the format of the built-in files ("keel-process-template").
struct ProcessTemplateRecord
{
    Id id;
    QString key;
    QString name;
    QString description;
    QString body;
};

} // namespace Keel
