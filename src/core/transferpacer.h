#pragma once

#include "tokenbucket.h"

#include <QtGlobal>

#include <atomic>

namespace Fetchpool {

class RateLimiter;
class WorkerSlot;

// Keeps one item's transfer within the run's global limit and the item's
// own, for the worker that runs it. The transfer is never blocked: a body
// chunk that arrives while it has to wait is handed back to libcurl
// (CURL_WRITEFUNC_PAUSE), and the worker's poll loop sleeps until the wait
// is over, a limit changes or a cancel wakes it, then unpauses it. So Stop
// and Pause act at once, and the stall timeout never counts the wait.
class TransferPacer final
{
    Q_DISABLE_COPY_MOVE(TransferPacer)

public:
    // `itemLimit` is the item's own limit in bytes per second (0 = none),
    // which the owner thread may change at any time.
    TransferPacer(RateLimiter &global, const std::atomic<qint64> &itemLimit, const WorkerSlot &worker);
    ~TransferPacer();

    // Whether any limit applies now: such a transfer reads in small chunks.
    bool isLimited() const;

    // A body chunk arrived: true if it may be taken now; false if the
    // transfer must pause first (it is then paused, see isPaused()).
    bool admit();
    // The chunk was taken: charge it to both limits.
    void charge(qint64 bytes);

    bool isPaused() const { return m_paused; }
    // While paused: how long the wait still lasts, in milliseconds; 0 when
    // the transfer should be unpaused now.
    qint64 remainingMs() const;
    // The transfer is unpaused, or its request ends.
    void resume();

private:
    bool waitStands(qint64 nowNs) const;

    RateLimiter &m_global;
    const std::atomic<qint64> &m_itemLimit;
    const WorkerSlot &m_worker;
    TokenBucket m_item;
    qint64 m_readyAtNs = 0;    // no read before this time
    quint64 m_generation = 0;  // of the limits m_readyAtNs was computed under
    bool m_paused = false;
};

} // namespace Fetchpool
