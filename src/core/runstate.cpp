#include "runstate.h"

namespace Fetchpool {

RunState::RunState(const QVector<DownloadJob> &jobs, const EngineOptions &options, std::function<void()> complete)
    : options(options)
    , namer(options.destination)
    , hosts(options.maxPerHost)
    , resumable(options.destination)
    , itemSlots(new ItemSlot[size_t(jobs.size())])
    , total(int(jobs.size()))
    , m_complete(std::move(complete))
{
    for (int i = 0; i < total; ++i)
        itemSlots[size_t(i)].job = jobs[i];
    clock.start();
}

int RunState::takeNext()
{
    for (;;) {
        const int index = next.fetch_add(1, std::memory_order_relaxed);
        if (index >= total)
            return -1;
        ItemState expected = ItemState::Queued;
        if (slot(index).state.compare_exchange_strong(expected, ItemState::Connecting))
            return index;
        // Cancelled while queued: already finished by cancel().
    }
}

void RunState::markDirty(int index)
{
    if (!slot(index).dirty.exchange(true, std::memory_order_acq_rel)) {
        QMutexLocker lock(&m_mutex);
        m_dirty.push_back(index);
    }
}

void RunState::finishItem(int index, ItemResult result)
{
    ItemSlot &item = slot(index);
    switch (result.state) {
    case ItemState::Done: done.fetch_add(1); break;
    case ItemState::Failed: failed.fetch_add(1); break;
    default: cancelled.fetch_add(1); break;
    }
    item.result = std::move(result);
    item.state.store(item.result.state, std::memory_order_release);
    {
        QMutexLocker lock(&m_mutex);
        m_finished.push_back(index);
    }
    markDirty(index);
    if (finished.fetch_add(1) + 1 == total) {
        endUs.store(clock.nsecsElapsed() / 1000);
        if (activeLoops.load() == 0) // the last item was a queued one that cancel() ended
            m_complete();
    }
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
    progress.total = total;
    progress.done = done.load();
    progress.failed = failed.load();
    progress.cancelled = cancelled.load();
    progress.inFlight = inFlight.load();
    progress.workers = options.workers;
    progress.bytes = bytes.load();
    const qint64 end = endUs.load();
    progress.elapsedUs = end >= 0 ? end : clock.nsecsElapsed() / 1000;
    return progress;
}

} // namespace Fetchpool
