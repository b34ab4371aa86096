#include "calendar.h"

namespace Keel {

Calendar Calendar::standard(const QString &name)
{
    Calendar c;
    c.id = newId();
    c.name = name;
    const QList<TimeInterval> day{{8 * 60, 12 * 60}, {13 * 60, 17 * 60}};
    for (int i = 0; i < 5; ++i)
        c.week[size_t(i)].intervals = day;
    return c;
}

} // namespace Keel
