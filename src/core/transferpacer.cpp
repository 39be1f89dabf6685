#include "transferpacer.h"

#include "ratelimiter.h"

namespace Fetchpool {

TransferPacer::TransferPacer(RateLimiter &global, const std::atomic<qint64> &itemLimit, const WorkerSlot &worker)
    : m_global(global)
    , m_itemLimit(itemLimit)
    , m_worker(worker)
    , m_item(itemLimit.load(std::memory_order_relaxed))
{
}

TransferPacer::~TransferPacer()
{
    resume();
}

bool TransferPacer::isLimited() const
{
    return m_global.rate() > 0 || m_itemLimit.load(std::memory_order_relaxed) > 0;
}

// A wait computed under limits that have changed since no longer stands:
// the new limits decide from the next charge on.
bool TransferPacer::waitStands(qint64 nowNs) const
{
    return nowNs < m_readyAtNs && m_generation == m_global.generation();
}

bool TransferPacer::admit()
{
    if (!waitStands(RateLimiter::steadyNowNs()))
        return true;
    if (!m_paused) {
        m_paused = true;
        m_global.addWaiter(&m_worker);
    }
    return false;
}

void TransferPacer::charge(qint64 bytes)
{
    const qint64 now = RateLimiter::steadyNowNs();
    // The generation first: a change while charging makes the wait look again.
    m_generation = m_global.generation();
    const qint64 itemLimit = m_itemLimit.load(std::memory_order_relaxed);
    if (itemLimit != m_item.rate())
        m_item.setRate(itemLimit, now);
    m_readyAtNs = qMax(m_global.charge(bytes, now), m_item.charge(bytes, now));
}

qint64 TransferPacer::remainingMs() const
{
    const qint64 now = RateLimiter::steadyNowNs();
    if (!waitStands(now))
        return 0;
    return (m_readyAtNs - now + 999'999) / 1'000'000;
}

void TransferPacer::resume()
{
    if (m_paused) {
        m_paused = false;
        m_global.removeWaiter(&m_worker);
    }
}

} // namespace Fetchpool
