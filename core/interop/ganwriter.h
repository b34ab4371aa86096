#pragma once
// GanWriter: writes a ProjectBundle as a GanttProject file (.gan) that GanttProject 3 opens.
//
// GanttProject counts whole days, so durations and lags are rounded to days of the workspace's
// minutes per day, and only the "earliest start" constraint exists (start no earlier than); other
// constraints are dropped. The project calendar becomes the default week (a weekday works when it
// has working time) plus holiday and working-day dates: yearly exceptions as dates without a year,
// every other exception expanded over the project's span. Exceptions of a resource's own
// calendar become its vacations. Baselines become GanttProject's "previous" states.

#include "projectbundle.h"

#include <QByteArray>

namespace Keel {

class GanWriter
{
public:
    static QByteArray write(const ProjectBundle &bundle);
};

} // namespace Keel
