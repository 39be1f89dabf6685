#include "timelinecomparison.h"

namespace Fetchpool::Gui {

void TimelineComparison::record(const QByteArray &listFingerprint, Run run)
{
    if (!run)
        return;
    if (listFingerprint != m_fingerprint) {
        clear();
        m_fingerprint = listFingerprint;
    }
    (run->isSequential() ? m_sequential : m_parallel) = std::move(run);
    m_partial.reset();
}

void TimelineComparison::clear()
{
    m_fingerprint.clear();
    m_sequential.reset();
    m_parallel.reset();
    m_partial.reset();
}

} // namespace Fetchpool::Gui
