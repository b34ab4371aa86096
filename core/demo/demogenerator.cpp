#include "demogenerator.h"

#include <store/store.h>

namespace Keel {

bool generateDemo(Store &, const DemoOptions &, QString *error, const DemoProgress &)
{
    if (error)
        *error = QStringLiteral("not implemented");
    return false;
}

} // namespace Keel
