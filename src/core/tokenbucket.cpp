#include "tokenbucket.h"

#include <limits>

namespace Fetchpool {

namespace {

constexpr qint64 NsPerSecond = 1'000'000'000;

// bytes ÷ rate in nanoseconds, without overflowing for any chunk libcurl
// hands over (at most 512 KiB) at any rate from 1 byte a second.
qint64 costNs(qint64 bytes, qint64 rate)
{
    const qint64 whole = bytes / rate;
    const qint64 rest = bytes % rate;
    return whole * NsPerSecond + rest * NsPerSecond / rate;
}

} // namespace

TokenBucket::TokenBucket(qint64 bytesPerSecond, qint64 burstNs)
    : m_rate(qMax(qint64(0), bytesPerSecond))
    , m_burstNs(qMax(qint64(0), burstNs))
    , m_paidUntilNs(std::numeric_limits<qint64>::min() / 2)
{
}

void TokenBucket::setRate(qint64 bytesPerSecond, qint64 nowNs)
{
    m_rate = qMax(qint64(0), bytesPerSecond);
    m_paidUntilNs = qMin(m_paidUntilNs, nowNs);
}

qint64 TokenBucket::charge(qint64 bytes, qint64 nowNs)
{
    if (m_rate <= 0)
        return nowNs;
    // Idle time is not saved up beyond the burst: the bucket holds no more.
    m_paidUntilNs = qMax(m_paidUntilNs, nowNs) + costNs(qMax(qint64(0), bytes), m_rate);
    return readyAt();
}

qint64 TokenBucket::readyAt() const
{
    return m_rate > 0 ? m_paidUntilNs - m_burstNs : std::numeric_limits<qint64>::min() / 2;
}

} // namespace Fetchpool
