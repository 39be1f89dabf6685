#include "cancellation.h"

#include <QDeadlineTimer>

namespace Fetchpool {

void Cancellation::cancel(PartialFile partial)
{
    QMutexLocker lock(&m_mutex);
    if (m_cancelled.load(std::memory_order_acquire))
        return; // the first decision about the part file stands
    m_keepPart.store(partial == PartialFile::KeepResumable, std::memory_order_release);
    m_cancelled.store(true, std::memory_order_release);
    m_wakeWaiters.wakeAll();
    if (m_wake)
        m_wake();
}

void Cancellation::attach(std::function<void()> wake)
{
    QMutexLocker lock(&m_mutex);
    m_wake = std::move(wake);
}

void Cancellation::detach()
{
    QMutexLocker lock(&m_mutex);
    m_wake = nullptr;
}

bool Cancellation::waitFor(int ms)
{
    QDeadlineTimer deadline(ms);
    QMutexLocker lock(&m_mutex);
    while (!isCancelled() && !deadline.hasExpired())
        m_wakeWaiters.wait(&m_mutex, deadline);
    return isCancelled();
}

} // namespace Fetchpool
