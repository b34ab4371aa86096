#pragma once
// A hybrid logical clock: 48 bits of UTC milliseconds and 16 bits of logical counter in one
// integer, so that timestamps order causally across replicas even when wall clocks disagree.

#include <QtGlobal>

namespace Keel {

class HybridClock
{
public:
    /// A timestamp greater than every one issued or observed before.
    qint64 now();
    /// Takes in a timestamp seen from another replica.
    void observe(qint64 remote);
    qint64 last() const { return m_last; }

    static qint64 physicalMs(qint64 hlc) { return hlc >> 16; }

private:
    qint64 m_last = 0;
};

} // namespace Keel
