#include "workerloop.h"

#include "cancellation.h"
#include "fetcher.h"
#include "runstate.h"
#include "segmentedpart.h"
#include "segmentfetch.h"
#include "transferpacer.h"
#include "workerslot.h"

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace Fetchpool {

namespace {

constexpr int BackgroundNice = 5;
// How long an idle worker waits for a segment before it looks at the run again.
constexpr int SegmentWaitMs = 100;

// What a helper's segment reports into its item's slot: bytes and open
// requests. The item's state and attempts are its own worker's to report.
class SegmentObserver : public FetchObserver
{
public:
    SegmentObserver(RunState &run, int index)
        : m_run(run)
        , m_index(index)
        , m_slot(run.slot(index))
    {
    }

    void stateChanged(ItemState) override {}
    void bytesReceived(qint64 delta, qint64 received, qint64 total) override
    {
        m_run.bytes.fetch_add(delta, std::memory_order_relaxed);
        m_slot.received.store(received, std::memory_order_relaxed);
        m_slot.total.store(total, std::memory_order_relaxed);
        m_run.markDirty(m_index);
    }
    void requestOpened() override { m_run.inFlight.fetch_add(1, std::memory_order_relaxed); }
    void requestClosed() override { m_run.inFlight.fetch_sub(1, std::memory_order_relaxed); }
    void attemptStarted(int) override {}
    void retryScheduled(const AttemptRecord &, int) override {}

protected:
    RunState &m_run;
    const int m_index;
    ItemSlot &m_slot;
};

// Records everything the item's own fetch reports into its slot: the
// segment's part, and its state and attempts as well.
class SlotObserver final : public SegmentObserver
{
public:
    using SegmentObserver::SegmentObserver;

    void stateChanged(ItemState state) override
    {
        // The live split of waiting and receiving that a timeline draws.
        if (state == ItemState::Receiving)
            m_slot.firstByteUs.store(m_run.clock.nsecsElapsed() / 1000, std::memory_order_relaxed);
        else if (state == ItemState::Connecting)
            m_slot.firstByteUs.store(-1, std::memory_order_relaxed);
        m_slot.state.store(state, std::memory_order_release);
        m_run.markDirty(m_index);
    }
    void attemptStarted(int attempt) override { m_run.startAttempt(m_index, attempt); }
    void retryScheduled(const AttemptRecord &failed, int delayMs) override
    {
        m_run.scheduleRetry(m_index, failed, m_run.clock.nsecsElapsed() / 1000 + qint64(delayMs) * 1000);
    }
};

int effectiveMaxSplit(const EngineOptions &options)
{
    return qMin(options.workers, options.maxSplit > 0 ? options.maxSplit : options.workers);
}

} // namespace

WorkerLoop::WorkerLoop(std::shared_ptr<RunState> run, SlotPool &slotPool, int worker)
    : m_run(std::move(run))
    , m_slots(slotPool)
    , m_worker(worker)
{
    setAutoDelete(true);
}

void WorkerLoop::run()
{
    RunState &run = *m_run;
#ifdef Q_OS_LINUX
    // Per thread on Linux; also inherited by the threads libcurl starts
    // from here for name lookups.
    if (run.options.backgroundWorkers && getpriority(PRIO_PROCESS, 0) < BackgroundNice)
        setpriority(PRIO_PROCESS, 0, BackgroundNice);
#endif
    runItems(run);
    run.loopEnded();
}

void WorkerLoop::runItems(RunState &run)
{
    const SlotPool::Lease lease(m_slots, m_worker);
    Fetcher fetcher(run.options, run.folders, run.hosts, lease.slot(), run.clock);
    SegmentFetch segments(run.options, run.namer, run.hosts, lease.slot(), run.clock);
    const bool splitting = effectiveMaxSplit(run.options) > 1;
    for (;;) {
        // Where files may be split, a worker with nothing queued helps with a
        // file in flight instead of waiting for the queue (items enqueued
        // meanwhile wake the board too).
        const int index = run.takeNext(!splitting);
        if (index >= 0) {
            runItem(run, fetcher, lease.slot(), index);
            continue;
        }
        if (index == RunQueue::Over || run.cancelRequested.load())
            break;
        Cancellation helper;
        if (const auto ticket = run.segments.take(m_worker, &helper, SegmentWaitMs))
            runSegment(run, segments, lease.slot(), *ticket, helper);
    }
}

void WorkerLoop::runSegment(RunState &run, SegmentFetch &segments, WorkerSlot &slot,
                            const SegmentBoard::Ticket &ticket, Cancellation &helper)
{
    const int index = ticket.part->setup().itemIndex;
    helper.attach([&slot] { slot.wake(); });
    SegmentObserver observer(run, index);
    // A helper's segment keeps to the same limits as the item's own transfer.
    TransferPacer pacer(run.rate, run.slot(index).rateLimit, slot);
    segments.setPacer(&pacer);
    segments.run(ticket.part, ticket.segment, helper, observer);
    segments.setPacer(nullptr);
    helper.detach();
}

void WorkerLoop::runItem(RunState &run, Fetcher &fetcher, WorkerSlot &workerSlot, int index)
{
    ItemSlot &slot = run.slot(index);
    slot.worker.store(m_worker, std::memory_order_relaxed);
    const qint64 startUs = run.clock.nsecsElapsed() / 1000;
    slot.startUs.store(startUs, std::memory_order_relaxed);
    SlotObserver observer(run, index);
    fetcher.setSegmentSite(&run.segments, m_worker, index);
    TransferPacer pacer(run.rate, slot.rateLimit, workerSlot);
    ItemResult result = fetcher.fetch(slot.job, slot.cancellation, observer, &pacer);
    result.worker = m_worker;
    result.startUs = startUs;
    result.endUs = run.clock.nsecsElapsed() / 1000;
    run.finishItem(index, std::move(result));
    run.segments.wakeAll(); // workers waiting for segments look at the run again
}

} // namespace Fetchpool
