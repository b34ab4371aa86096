#include "rcpspcalendar.h"

namespace Keel {

RcpspCalendar::RcpspCalendar(const std::vector<std::uint8_t> &working)
{
    m_before.assign(working.size() + 1, 0);
    for (size_t p = 0; p < working.size(); ++p) {
        m_before[p + 1] = m_before[p] + (working[p] ? 1 : 0);
        if (working[p])
            m_at.push_back(int(p));
    }
}

} // namespace Keel
