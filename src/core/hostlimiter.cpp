#include "hostlimiter.h"

#include "cancellation.h"

namespace Fetchpool {

HostLimiter::HostLimiter(int maxPerHost)
    : m_maxPerHost(maxPerHost)
{
}

bool HostLimiter::acquire(const QString &host, Cancellation &cancellation)
{
    if (!isLimited())
        return !cancellation.isCancelled();
    QMutexLocker lock(&m_mutex);
    // The timed wait is a backstop: cancel() also calls wakeAll().
    while (m_active.value(host) >= m_maxPerHost) {
        if (cancellation.isCancelled())
            return false;
        m_slotFreed.wait(&m_mutex, 100);
    }
    if (cancellation.isCancelled())
        return false;
    ++m_active[host];
    return true;
}

void HostLimiter::release(const QString &host)
{
    if (!isLimited())
        return;
    QMutexLocker lock(&m_mutex);
    auto it = m_active.find(host);
    if (it != m_active.end() && --it.value() <= 0)
        m_active.erase(it);
    m_slotFreed.wakeAll();
}

void HostLimiter::wakeAll()
{
    QMutexLocker lock(&m_mutex);
    m_slotFreed.wakeAll();
}

} // namespace Fetchpool
