#include "ratelimiter.h"

#include "workerslot.h"

#include <chrono>

namespace Fetchpool {

RateLimiter::RateLimiter(qint64 bytesPerSecond)
    : m_rate(qMax(qint64(0), bytesPerSecond))
    , m_bucket(qMax(qint64(0), bytesPerSecond))
{
}

qint64 RateLimiter::steadyNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
}

void RateLimiter::setRate(qint64 bytesPerSecond)
{
    bytesPerSecond = qMax(qint64(0), bytesPerSecond);
    const QMutexLocker lock(&m_mutex);
    m_bucket.setRate(bytesPerSecond, steadyNowNs());
    m_rate.store(bytesPerSecond, std::memory_order_relaxed);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    wakeWaiters();
}

void RateLimiter::limitsChanged()
{
    const QMutexLocker lock(&m_mutex);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    wakeWaiters();
}

qint64 RateLimiter::charge(qint64 bytes, qint64 nowNs)
{
    if (rate() <= 0)
        return nowNs; // no lock on the unlimited path
    const QMutexLocker lock(&m_mutex);
    return m_bucket.charge(bytes, nowNs);
}

void RateLimiter::addWaiter(const WorkerSlot *slot)
{
    const QMutexLocker lock(&m_mutex);
    if (!m_waiters.contains(slot))
        m_waiters.push_back(slot);
}

void RateLimiter::removeWaiter(const WorkerSlot *slot)
{
    const QMutexLocker lock(&m_mutex);
    m_waiters.removeOne(slot);
}

// Under m_mutex: a worker that removed itself is never woken afterwards.
void RateLimiter::wakeWaiters()
{
    for (const WorkerSlot *slot : std::as_const(m_waiters))
        slot->wake();
}

} // namespace Fetchpool
