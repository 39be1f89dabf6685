#include "workerslot.h"

namespace Fetchpool {

WorkerSlot::WorkerSlot(CURLSH *share, TrustStore *trust)
    : m_share(share)
    , m_trust(trust)
{
}

void WorkerSlot::open()
{
    if (m_easy)
        return;
    m_multi.reset(curl_multi_init());
    m_easy.reset(curl_easy_init());
    Q_ASSERT(m_multi && m_easy);
    curl_multi_setopt(m_multi.get(), CURLMOPT_MAXCONNECTS, MaxKeptConnections);
}

WorkerSlot::~WorkerSlot()
{
    // The easy handle first (it is never left in the multi), then the multi
    // with the connections it kept.
    m_easy.reset();
    m_multi.reset();
}

void WorkerSlot::wake() const
{
    curl_multi_wakeup(m_multi.get());
}

void SlotPool::resize(int count, CURLSH *share, TrustStore *trust)
{
    Q_ASSERT(!anyCheckedOut());
    while (int(m_slots.size()) > count)
        m_slots.pop_back();
    while (int(m_slots.size()) < count)
        m_slots.push_back(std::make_unique<WorkerSlot>(share, trust));
}

void SlotPool::clear()
{
    Q_ASSERT(!anyCheckedOut());
    m_slots.clear();
}

SlotPool::Lease::Lease(SlotPool &pool, int index)
    : m_pool(pool)
    , m_slot(*pool.m_slots.at(size_t(index)))
{
    m_pool.m_checkedOut.fetch_add(1, std::memory_order_acq_rel);
    m_slot.open();
}

SlotPool::Lease::~Lease()
{
    m_pool.m_checkedOut.fetch_sub(1, std::memory_order_acq_rel);
}

} // namespace Fetchpool
