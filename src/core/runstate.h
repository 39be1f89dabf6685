#pragma once

#include "cancellation.h"
#include "downloadtypes.h"
#include "filenamer.h"
#include "hostlimiter.h"
#include "itemfolders.h"
#include "ratelimiter.h"
#include "resumerecord.h"
#include "segmentboard.h"
#include "runqueue.h"
#include "slottable.h"

#include <QElapsedTimer>
#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

namespace Fetchpool {

// The engine's view of one job, shared between the worker that runs it and
// the owner thread that publishes it.
struct ItemSlot
{
    DownloadJob job;
    std::atomic<ItemState> state{ItemState::Queued};
    std::atomic<qint64> received{0};
    std::atomic<qint64> total{-1};
    std::atomic<int> worker{-1};
    std::atomic<qint64> startUs{-1};
    std::atomic<qint64> firstByteUs{-1};
    std::atomic<int> attempt{0};
    std::atomic_bool dirty{false};
    // Set once the item has retried: from then on the two below hold
    // something, and are read and written under RunState's retry lock.
    std::atomic_bool retried{false};
    QVector<AttemptRecord> pastAttempts;
    qint64 retryAtUs = -1; // the run clock's time of the next attempt while waiting for it
    Cancellation cancellation;
    ItemResult result; // written once, by whoever ends the item, before it is listed as finished
    std::atomic<qint64> rateLimit{0}; // the item's own speed limit (bytes/s, 0 = none), changed live by the owner
    // Set by DownloadEngine::pauseItem() before it stops the transfer: the
    // item then ends Paused rather than Cancelled.
    std::atomic_bool pauseRequested{false};
};

// Everything one run shares between its workers and the engine. Workers hold
// it by shared_ptr so it outlives the engine's interest in it.
class RunState final
{
    Q_DISABLE_COPY_MOVE(RunState)

public:
    // `complete` tells the owner thread that the run is over; it is called
    // once, on whichever thread completes the run, and must be thread-safe.
    RunState(const QVector<DownloadJob> &jobs, const EngineOptions &options, std::function<void()> complete);

    const EngineOptions options;
    QElapsedTimer clock;
    FileNamer namer;
    HostLimiter hosts;
    ResumeIndex resumable; // part files an interrupted earlier run left
    SlotTable itemSlots;

    std::atomic<int> activeLoops{0}; // worker loops started and not yet returned
    std::atomic<int> finished{0};
    std::atomic<int> done{0};
    std::atomic<int> failed{0};
    std::atomic<int> cancelled{0};
    std::atomic<int> paused{0};
    // Ended slots whose item was queued again in this run (resumed after a
    // pause): the figures count each item once, by its latest slot.
    std::atomic<int> superseded{0};
    std::atomic<int> inFlight{0};
    std::atomic<int> retrying{0}; // items waiting for their next attempt
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> endUs{-1};
    std::atomic_bool cancelRequested{false};
    // Files fetched in segments, where idle workers find work (SegmentBoard).
    SegmentBoard segments;
    RateLimiter rate; // the global speed limit every transfer of the run shares
    // (appended) The destination (namer, resumable above) and the subfolders
    // items ask for (DownloadJob::subdir), each with names and parts of its own.
    ItemFolders folders;

    ItemSlot &slot(int index) { return itemSlots.at(index); }
    // Slots so far: the run's jobs and those added while it runs.
    int slotCount() const { return m_queue.count(); }

    // The next queued item for a worker, in the queue's order; -1
    // (RunQueue::Over) once the run is over. While none is queued and the run
    // goes on it waits, or with `wait` false returns RunQueue::NoneNow.
    int takeNext(bool wait = true);
    // Adds jobs to the running run, at the end of the queue. Returns the
    // first new slot's index, or -1 when the run has already ended.
    int append(const QVector<DownloadJob> &jobs);
    // The queued slots found in `order` are taken first, in that order.
    void reorder(const QVector<int> &order) { m_queue.reorder(order); }
    // An ended slot whose item joins the run again stops counting in the figures.
    void supersede(int index);
    void markDirty(int index);
    // Attempt `attempt` of an item begins, ending its wait for it if any.
    void startAttempt(int index, int attempt);
    // An item's attempt failed and the next begins at `retryAtUs`.
    void scheduleRetry(int index, const AttemptRecord &failed, qint64 retryAtUs);
    // The attempt figures of an item into `progress`, as of `nowUs`. Takes
    // a lock only for an item that has retried: retries are rare.
    void readAttempts(int index, qint64 nowUs, ItemProgress &progress);
    // Ends an item. Called once per item, by its worker or by the engine's cancel().
    void finishItem(int index, ItemResult result);
    // A worker loop has returned its slot.
    void loopEnded();
    // Takes what changed since the last call: the dirty items and the finished ones.
    void drain(QVector<int> *dirty, QVector<int> *finishedItems);
    RunProgress snapshot() const;

private:
    const std::function<void()> m_complete;
    // Ends an item's wait for its next attempt, if it is waiting; under m_retryMutex.
    void endRetryWait(ItemSlot &item);

    RunQueue m_queue;
    QMutex m_mutex;
    QMutex m_retryMutex; // the retried items' past attempts and retry times
    QVector<int> m_dirty;
    QVector<int> m_finished;
};

} // namespace Fetchpool
