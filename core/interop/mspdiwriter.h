#pragma once
// MspdiWriter: writes a ProjectBundle as Microsoft Project XML (MSPDI) that Microsoft Project 2010
// and later open: elements in the order of Microsoft's schema (mspdi_pj12 with the Project 2010
// additions Active and Manual), durations as xsd:duration, LinkLag in tenths of a minute, costs in
// hundredths and rates per hour as Microsoft Project writes them. The project summary task (UID 0)
// is written first; tasks keep their source UID when it is a positive number not used twice.
//
// Only data Keel holds is written; everything Microsoft Project derives (slack, costs, early and
// late dates) is left for it to compute when it opens the file. MspdiReader reads back exactly
// what was written.

#include "projectbundle.h"

#include <QByteArray>

namespace Keel {

class MspdiWriter
{
public:
    static QByteArray write(const ProjectBundle &bundle);
};

} // namespace Keel
