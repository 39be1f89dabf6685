#include "cancellation.h"

#include <chrono>

namespace Fetchpool {

void Cancellation::cancel(PartialFile partial)
{
    const std::lock_guard lock(m_mutex);
    if (m_cancelled.load(std::memory_order_acquire))
        return; // the first decision about the part file stands
    m_keepPart.store(partial == PartialFile::KeepResumable, std::memory_order_release);
    m_cancelled.store(true, std::memory_order_release);
    m_wakeWaiters.notify_all();
    if (m_wake)
        m_wake();
}

void Cancellation::attach(std::function<void()> wake)
{
    const std::lock_guard lock(m_mutex);
    m_wake = std::move(wake);
}

void Cancellation::detach()
{
    const std::lock_guard lock(m_mutex);
    m_wake = nullptr;
}

bool Cancellation::waitFor(int ms)
{
    std::unique_lock lock(m_mutex);
    m_wakeWaiters.wait_for(lock, std::chrono::milliseconds(ms), [this] { return isCancelled(); });
    return isCancelled();
}

} // namespace Fetchpool
