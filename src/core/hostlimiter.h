#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

namespace Fetchpool {

class Cancellation;

// Caps simultaneous transfers per host (like curl's --parallel-max-host).
// A worker that would exceed the cap waits for a slot; a cap of 0 means none.
class HostLimiter final
{
    Q_DISABLE_COPY_MOVE(HostLimiter)

public:
    explicit HostLimiter(int maxPerHost);

    bool isLimited() const { return m_maxPerHost > 0; }
    // Blocks until `host` has a free slot; false when cancelled while waiting.
    bool acquire(const QString &host, Cancellation &cancellation);
    void release(const QString &host);
    // Wakes every waiter so it re-checks its cancellation.
    void wakeAll();

private:
    const int m_maxPerHost;
    QMutex m_mutex;
    QWaitCondition m_slotFreed;
    QHash<QString, int> m_active;
};

} // namespace Fetchpool
