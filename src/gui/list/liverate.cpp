#include "list/liverate.h"

namespace Fetchpool::Gui {

bool LiveRate::sample(qint64 bytes, qint64 nowMs)
{
    if (m_anchorMs < 0) {
        m_anchorMs = nowMs;
        m_anchorBytes = bytes;
        return false;
    }
    const qint64 elapsedMs = nowMs - m_anchorMs;
    if (elapsedMs < WindowMs)
        return false;
    const qint64 arrived = bytes - m_anchorBytes;
    const double rate = arrived > 0 ? double(arrived) * 1000.0 / double(elapsedMs) : 0.0;
    const double previous = m_bytesPerSecond;
    // Halfway between the last figure and the new one follows real changes
    // within a second; a stall is shown at once rather than halved away.
    m_bytesPerSecond = rate > 0 && previous > 0 ? 0.5 * rate + 0.5 * previous : rate;
    m_anchorMs = nowMs;
    m_anchorBytes = bytes;
    const bool changed = !m_measured || m_bytesPerSecond != previous;
    m_measured = true;
    return changed;
}

} // namespace Fetchpool::Gui
