#pragma once

#include "tokenbucket.h"

#include <QMutex>
#include <QVector>

#include <atomic>

namespace Fetchpool {

class WorkerSlot;

// The run's global speed limit: one token bucket that every worker charges
// for the body bytes it received, and the list of workers whose transfers
// are paused waiting for it. Charges queue up in the order they come, so each
// transfer, charging one chunk and then waiting its turn, gets an equal share
// of the rate whatever its server could give: none starves.
//
// Changing the limit (from the owner thread, during a run) wakes every
// waiting worker: they forget the wait the old limit gave them and read on
// under the new one. An item's own limit changing does the same.
class RateLimiter final
{
    Q_DISABLE_COPY_MOVE(RateLimiter)

public:
    explicit RateLimiter(qint64 bytesPerSecond = 0);

    // Bytes per second shared by all transfers; 0 = no limit. Any thread.
    void setRate(qint64 bytesPerSecond);
    qint64 rate() const { return m_rate.load(std::memory_order_relaxed); }
    // Some item's own limit changed: waiting transfers look again.
    void limitsChanged();
    // Counts every change of a limit; a transfer whose wait was computed
    // under another count looks again.
    quint64 generation() const { return m_generation.load(std::memory_order_acquire); }

    // Charges `bytes` received at `nowNs` (steadyNowNs()); returns the time
    // from which that transfer may read again.
    qint64 charge(qint64 bytes, qint64 nowNs);

    // A worker whose transfer waits for the limit, to wake when it changes.
    void addWaiter(const WorkerSlot *slot);
    void removeWaiter(const WorkerSlot *slot);

    // The monotonic clock every bucket of a run counts in.
    static qint64 steadyNowNs();

private:
    void wakeWaiters();

    std::atomic<qint64> m_rate{0};
    std::atomic<quint64> m_generation{0};
    QMutex m_mutex; // the bucket and the waiters
    TokenBucket m_bucket;
    QVector<const WorkerSlot *> m_waiters;
};

} // namespace Fetchpool
