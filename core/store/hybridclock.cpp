#include "hybridclock.h"

#include <QDateTime>

#include <algorithm>

namespace Keel {

qint64 HybridClock::now()
{
    const qint64 physical = QDateTime::currentMSecsSinceEpoch() << 16;
    m_last = std::max(m_last + 1, physical);
    return m_last;
}

void HybridClock::observe(qint64 remote)
{
    m_last = std::max(m_last, remote);
}

} // namespace Keel
