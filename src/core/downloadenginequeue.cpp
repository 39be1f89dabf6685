// DownloadEngine's hold on the queue of the run going on: pausing items,
// adding jobs, and the order in which workers take what is queued.
#include "downloadengine.h"

#include "logging.h"
#include "pauseoutcome.h"
#include "runstate.h"
#include "workerloop.h"
#include "workerslot.h"

#include <QSet>
#include <QThreadPool>

namespace Fetchpool {

int DownloadEngine::indexOf(quint64 id)
{
    if (m_idToIndex.isEmpty()) {
        const int count = m_run->slotCount();
        m_idToIndex.reserve(count);
        // In slot order, so an id listed twice maps to its latest slot.
        for (int i = 0; i < count; ++i)
            m_idToIndex.insert(m_run->slot(i).job.id, i);
    }
    return m_idToIndex.value(id, -1);
}

bool DownloadEngine::pauseItem(quint64 id)
{
    if (!m_run)
        return false;
    const int index = indexOf(id);
    if (index < 0)
        return false;
    RunState &run = *m_run;
    ItemSlot &slot = run.slot(index);
    slot.pauseRequested.store(true);
    ItemState expected = ItemState::Queued;
    if (slot.state.compare_exchange_strong(expected, ItemState::Paused)) {
        run.finishItem(index, PauseOutcome::beforeStart(slot.job.id, slot.job.url, run.clock.nsecsElapsed() / 1000));
        return true;
    }
    if (isFinal(expected))
        return false;
    // The worker ends the transfer on its own thread and keeps the part;
    // RunState::finishItem() sees the request and makes the result Paused.
    slot.cancellation.cancel(Cancellation::PartialFile::KeepResumable);
    return true;
}

bool DownloadEngine::enqueue(const QVector<DownloadJob> &jobs)
{
    if (!m_run || m_run->cancelRequested.load())
        return false;
    RunState &run = *m_run;
    QVector<DownloadJob> joining;
    QVector<int> earlierSlots;
    QSet<quint64> seen;
    for (const DownloadJob &job : jobs) {
        if (seen.contains(job.id))
            continue;
        seen.insert(job.id);
        const int earlier = indexOf(job.id);
        if (earlier >= 0 && !isFinal(run.slot(earlier).state.load(std::memory_order_acquire)))
            continue; // still queued or under way in this run
        joining.push_back(job);
        earlierSlots.push_back(earlier);
    }
    if (joining.isEmpty())
        return true;
    const int first = run.append(joining);
    if (first < 0)
        return false;
    for (int i = 0; i < joining.size(); ++i) {
        if (earlierSlots[i] >= 0)
            run.supersede(earlierSlots[i]);
        m_idToIndex.insert(joining[i].id, first + i);
    }
    qCInfo(lcEngine) << joining.size() << "items joined the run";
    startLoops(int(joining.size()));
    return true;
}

void DownloadEngine::startLoops(int count)
{
    // Loops wait in the queue until the run is over, so the ones running are
    // exactly workers 0 … activeLoops-1, and a new one takes the next slot.
    RunState &run = *m_run;
    const int running = run.activeLoops.load();
    const int more = qMin(count, run.options.workers - running);
    for (int worker = running; worker < running + more; ++worker) {
        run.activeLoops.fetch_add(1);
        m_pool->start(new WorkerLoop(m_run, *m_slots, worker));
    }
}

void DownloadEngine::reorder(const QVector<quint64> &ids)
{
    if (!m_run)
        return;
    QVector<int> order;
    order.reserve(ids.size());
    for (quint64 id : ids) {
        if (const int index = indexOf(id); index >= 0)
            order.push_back(index);
    }
    m_run->reorder(order);
}

} // namespace Fetchpool
