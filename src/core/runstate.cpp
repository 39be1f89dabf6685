#include "runstate.h"

#include "pauseoutcome.h"

namespace Fetchpool {

RunState::RunState(const QVector<DownloadJob> &jobs, const EngineOptions &options, std::function<void()> complete)
    : options(options)
    , namer(options.destination)
    , hosts(options.maxPerHost)
    , resumable(options.destination)
    , itemSlots(int(jobs.size()))
    , rate(options.rateLimit)
    , folders(options.destination, namer, resumable)
    , m_complete(std::move(complete))
    , m_queue(int(jobs.size()))
{
    for (int i = 0; i < jobs.size(); ++i) {
        slot(i).job = jobs[i];
        slot(i).rateLimit.store(qMax(qint64(0), jobs[i].rateLimit), std::memory_order_relaxed);
    }
    clock.start();
}

int RunState::takeNext(bool wait)
{
    for (;;) {
        const int index = m_queue.take(wait);
        if (index < 0)
            return index;
        ItemState expected = ItemState::Queued;
        if (slot(index).state.compare_exchange_strong(expected, ItemState::Connecting))
            return index;
        // Cancelled or paused while queued: already finished by the engine.
    }
}

int RunState::append(const QVector<DownloadJob> &jobs)
{
    int first = -1;
    const bool added = m_queue.extend(int(jobs.size()), [&](int count) {
        if (!itemSlots.grow(count, int(jobs.size())))
            return;
        first = count;
        for (int i = 0; i < jobs.size(); ++i) {
            slot(count + i).job = jobs[i];
            slot(count + i).rateLimit.store(qMax(qint64(0), jobs[i].rateLimit), std::memory_order_relaxed);
        }
    });
    if (added)
        segments.wakeAll(); // workers helping with segments look at the queue again
    return added ? first : -1;
}

void RunState::supersede(int index)
{
    switch (slot(index).state.load(std::memory_order_acquire)) {
    case ItemState::Done: done.fetch_sub(1); break;
    case ItemState::Failed: failed.fetch_sub(1); break;
    case ItemState::Cancelled: cancelled.fetch_sub(1); break;
    case ItemState::Paused: paused.fetch_sub(1); break;
    default: return; // not ended: nothing counted yet
    }
    superseded.fetch_add(1);
}

void RunState::markDirty(int index)
{
    if (!slot(index).dirty.exchange(true, std::memory_order_acq_rel)) {
        QMutexLocker lock(&m_mutex);
        m_dirty.push_back(index);
    }
}

void RunState::startAttempt(int index, int attempt)
{
    ItemSlot &item = slot(index);
    item.attempt.store(attempt, std::memory_order_relaxed);
    if (item.retried.load(std::memory_order_relaxed)) {
        QMutexLocker lock(&m_retryMutex);
        endRetryWait(item);
    }
    markDirty(index);
}

void RunState::scheduleRetry(int index, const AttemptRecord &failed, qint64 retryAtUs)
{
    ItemSlot &item = slot(index);
    {
        QMutexLocker lock(&m_retryMutex);
        item.pastAttempts.push_back(failed);
        if (item.retryAtUs < 0)
            retrying.fetch_add(1, std::memory_order_relaxed);
        item.retryAtUs = retryAtUs;
        item.retried.store(true, std::memory_order_relaxed);
    }
    markDirty(index);
}

void RunState::endRetryWait(ItemSlot &item)
{
    if (item.retryAtUs >= 0) {
        item.retryAtUs = -1;
        retrying.fetch_sub(1, std::memory_order_relaxed);
    }
}

void RunState::readAttempts(int index, qint64 nowUs, ItemProgress &progress)
{
    ItemSlot &item = slot(index);
    progress.attempt = item.attempt.load(std::memory_order_relaxed);
    progress.maxAttempts = 1 + qMax(0, options.retries);
    // markDirty()'s release and publish()'s acquire make a retry recorded
    // before the slot was marked visible here.
    if (!item.retried.load(std::memory_order_relaxed))
        return;
    QMutexLocker lock(&m_retryMutex);
    progress.pastAttempts = item.pastAttempts;
    // Rounded up, so a wait shows as over only when it is.
    progress.retryInMs = item.retryAtUs >= 0 ? qMax(qint64(0), (item.retryAtUs - nowUs + 999) / 1000) : -1;
}

void RunState::finishItem(int index, ItemResult result)
{
    ItemSlot &item = slot(index);
    if (item.retried.load(std::memory_order_relaxed)) {
        // Cancelled while waiting to retry: the wait ends with the item.
        QMutexLocker lock(&m_retryMutex);
        endRetryWait(item);
    }
    if (result.state == ItemState::Cancelled && item.pauseRequested.load()) {
        PauseOutcome::apply(result, item.received.load(std::memory_order_relaxed));
        // A later slot of this run may resume it: the part joins the ones
        // the run found at its start.
        if (PauseOutcome::continuesWithRange(result)) {
            if (const auto folder = folders.open(item.job.subdir, nullptr))
                folder->resumable->add(result.filePath);
        }
    }
    switch (result.state) {
    case ItemState::Done: done.fetch_add(1); break;
    case ItemState::Failed: failed.fetch_add(1); break;
    case ItemState::Paused: paused.fetch_add(1); break;
    default: cancelled.fetch_add(1); break;
    }
    item.result = std::move(result);
    item.state.store(item.result.state, std::memory_order_release);
    {
        QMutexLocker lock(&m_mutex);
        m_finished.push_back(index);
    }
    markDirty(index);
    finished.fetch_add(1);
    // The end time is set before the queue lets the waiting workers go.
    const bool last = m_queue.itemEnded([this] { endUs.store(clock.nsecsElapsed() / 1000); });
    if (last && activeLoops.load() == 0) // the last item was a queued one that cancel() ended
        m_complete();
}

// The run is complete when every item has ended (endUs is set) and every
// slot is back, so the next run may resize them; whichever of the two comes
// last tells the engine. Both sides use sequentially consistent operations,
// so at least one of them sees the other's update.
void RunState::loopEnded()
{
    if (activeLoops.fetch_sub(1) == 1 && endUs.load() >= 0)
        m_complete();
}

void RunState::drain(QVector<int> *dirty, QVector<int> *finishedItems)
{
    QMutexLocker lock(&m_mutex);
    dirty->swap(m_dirty);
    finishedItems->swap(m_finished);
}

RunProgress RunState::snapshot() const
{
    RunProgress progress;
    progress.total = slotCount() - superseded.load();
    progress.done = done.load();
    progress.failed = failed.load();
    progress.cancelled = cancelled.load();
    progress.paused = paused.load();
    progress.inFlight = inFlight.load();
    progress.retrying = retrying.load();
    progress.workers = options.workers;
    progress.bytes = bytes.load();
    const qint64 end = endUs.load();
    progress.elapsedUs = end >= 0 ? end : clock.nsecsElapsed() / 1000;
    return progress;
}

} // namespace Fetchpool
