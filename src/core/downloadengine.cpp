#include "downloadengine.h"

#include "cancellation.h"
#include "curlruntime.h"
#include "curlshare.h"
#include "fetcher.h"
#include "filenamer.h"
#include "hostlimiter.h"
#include "logging.h"
#include "resumerecord.h"
#include "truststore.h"
#include "workerslot.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QRunnable>
#include <QThreadPool>

#include <atomic>

#include <cerrno>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace Fetchpool {

namespace {

constexpr int PublishIntervalMs = 33; // ~30 batches a second
constexpr int BackgroundNice = 5;

} // namespace

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
    std::atomic_bool dirty{false};
    Cancellation cancellation;
    ItemResult result; // written once, by whoever ends the item, before it is listed as finished
};

// Everything one run shares between its workers and the engine. Workers hold
// it by shared_ptr so it outlives the engine's interest in it.
class RunState final
{
    Q_DISABLE_COPY_MOVE(RunState)

public:
    RunState(const QVector<DownloadJob> &jobs, const EngineOptions &options, QObject *engine)
        : options(options)
        , namer(options.destination)
        , hosts(options.maxPerHost)
        , resumable(options.destination)
        , itemSlots(new ItemSlot[size_t(jobs.size())])
        , total(int(jobs.size()))
        , m_engine(engine)
    {
        for (int i = 0; i < total; ++i)
            itemSlots[size_t(i)].job = jobs[i];
        clock.start();
    }

    const EngineOptions options;
    QElapsedTimer clock;
    FileNamer namer;
    HostLimiter hosts;
    ResumeIndex resumable; // part files an interrupted earlier run left
    std::unique_ptr<ItemSlot[]> itemSlots;
    const int total;

    std::atomic<int> next{0};
    std::atomic<int> activeLoops{0}; // worker loops started and not yet returned
    std::atomic<int> finished{0};
    std::atomic<int> done{0};
    std::atomic<int> failed{0};
    std::atomic<int> cancelled{0};
    std::atomic<int> inFlight{0};
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> endUs{-1};
    std::atomic_bool cancelRequested{false};

    ItemSlot &slot(int index) { return itemSlots[size_t(index)]; }

    // The next queued item for a worker, or -1 when none is left.
    int takeNext()
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

    void markDirty(int index)
    {
        if (!slot(index).dirty.exchange(true, std::memory_order_acq_rel)) {
            QMutexLocker lock(&m_mutex);
            m_dirty.push_back(index);
        }
    }

    // Ends an item. Called once per item, by its worker or by cancel().
    void finishItem(int index, ItemResult result)
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
                QMetaObject::invokeMethod(m_engine, "onRunComplete", Qt::QueuedConnection);
        }
    }

    // A worker loop has returned its slot. The run is complete when every
    // item has ended (endUs is set) and every slot is back, so the next run
    // may resize them; whichever of the two comes last tells the engine.
    // Both sides use sequentially consistent operations, so at least one of
    // them sees the other's update.
    void loopEnded()
    {
        if (activeLoops.fetch_sub(1) == 1 && endUs.load() >= 0)
            QMetaObject::invokeMethod(m_engine, "onRunComplete", Qt::QueuedConnection);
    }

    // Takes what changed since the last call: the dirty items and the finished ones.
    void drain(QVector<int> *dirty, QVector<int> *finishedItems)
    {
        QMutexLocker lock(&m_mutex);
        dirty->swap(m_dirty);
        finishedItems->swap(m_finished);
    }

    RunProgress snapshot() const
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

private:
    QObject *const m_engine;
    QMutex m_mutex;
    QVector<int> m_dirty;
    QVector<int> m_finished;
};

namespace {

// Records what a fetch reports into its item's slot.
class SlotObserver final : public FetchObserver
{
public:
    SlotObserver(RunState &run, int index)
        : m_run(run)
        , m_index(index)
        , m_slot(run.slot(index))
    {
    }

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
    void bytesReceived(qint64 delta, qint64 received, qint64 total) override
    {
        m_run.bytes.fetch_add(delta, std::memory_order_relaxed);
        m_slot.received.store(received, std::memory_order_relaxed);
        m_slot.total.store(total, std::memory_order_relaxed);
        m_run.markDirty(m_index);
    }
    void requestOpened() override { m_run.inFlight.fetch_add(1, std::memory_order_relaxed); }
    void requestClosed() override { m_run.inFlight.fetch_sub(1, std::memory_order_relaxed); }

private:
    RunState &m_run;
    const int m_index;
    ItemSlot &m_slot;
};

// One per worker: checks out its slot and takes queued items until none is left.
class WorkerLoop final : public QRunnable
{
public:
    WorkerLoop(std::shared_ptr<RunState> run, SlotPool &slotPool, int worker)
        : m_run(std::move(run))
        , m_slots(slotPool)
        , m_worker(worker)
    {
        setAutoDelete(true);
    }

    void run() override
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

private:
    void runItems(RunState &run)
    {
        const SlotPool::Lease lease(m_slots, m_worker);
        Fetcher fetcher(run.options, run.namer, run.hosts, run.resumable, lease.slot(), run.clock);
        for (int index = run.takeNext(); index >= 0; index = run.takeNext()) {
            ItemSlot &slot = run.slot(index);
            slot.worker.store(m_worker, std::memory_order_relaxed);
            const qint64 startUs = run.clock.nsecsElapsed() / 1000;
            slot.startUs.store(startUs, std::memory_order_relaxed);
            SlotObserver observer(run, index);
            ItemResult result = fetcher.fetch(slot.job, slot.cancellation, observer);
            result.worker = m_worker;
            result.startUs = startUs;
            result.endUs = run.clock.nsecsElapsed() / 1000;
            run.finishItem(index, std::move(result));
        }
    }

    std::shared_ptr<RunState> m_run;
    SlotPool &m_slots;
    const int m_worker;
};

} // namespace

DownloadEngine::DownloadEngine(QObject *parent)
    : QObject(parent)
    , m_pool(std::make_unique<QThreadPool>())
{
    CurlRuntime::initialize(); // normally done by main() already; start() reports a failure
    qRegisterMetaType<Fetchpool::ItemProgress>();
    qRegisterMetaType<Fetchpool::ItemResult>();
    qRegisterMetaType<Fetchpool::RunProgress>();
    m_pool->setObjectName(QStringLiteral("Fetchpool workers"));
    m_publishTimer.setInterval(PublishIntervalMs);
    connect(&m_publishTimer, &QTimer::timeout, this, &DownloadEngine::publish);
}

DownloadEngine::~DownloadEngine()
{
    cancel();
    m_pool->waitForDone();
    // Handles before the share and the trust store they use.
    m_slots.reset();
    m_trust.reset();
    m_share.reset();
}

QString DownloadEngine::checkDestination(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        return tr("No destination folder chosen.");
    const QFileInfo info(folder);
    if (!info.exists())
        return tr("Destination folder '%1' does not exist.").arg(QDir::toNativeSeparators(folder));
    if (!info.isDir())
        return tr("Destination '%1' is not a folder.").arg(QDir::toNativeSeparators(folder));
    // access() asks the OS, so the reason is the real one (read-only file
    // system, permissions, ...) without writing anything.
    const QByteArray path = QFile::encodeName(info.absoluteFilePath());
    if (::access(path.constData(), W_OK | X_OK) != 0) {
        return tr("Cannot write to destination folder '%1': %2")
                .arg(QDir::toNativeSeparators(folder), qt_error_string(errno));
    }
    return {};
}

QString DownloadEngine::checkCaCertificates(const QString &path)
{
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("Cannot read CA certificate file '%1': %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    if (!file.read(4 * 1024 * 1024).contains("-----BEGIN CERTIFICATE-----"))
        return tr("CA certificate file '%1' holds no PEM certificate").arg(QDir::toNativeSeparators(path));
    return {};
}

bool DownloadEngine::start(const QVector<DownloadJob> &jobs, const EngineOptions &options,
                           QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (isRunning())
        return fail(tr("A run is already in progress."));
    if (jobs.isEmpty())
        return fail(tr("There is nothing to download."));
    QString problem;
    if (!CurlRuntime::initialize(&problem))
        return fail(problem);
    problem = checkDestination(options.destination);
    if (problem.isEmpty())
        problem = checkCaCertificates(options.caCertificateFile);
    if (!problem.isEmpty())
        return fail(problem);

    EngineOptions effective = options;
    effective.destination = QFileInfo(options.destination).canonicalFilePath();
    effective.workers = qBound(1, options.workers, EngineOptions::MaxWorkers);
    effective.maxPerHost = qMax(0, options.maxPerHost);

    m_run = std::make_shared<RunState>(jobs, effective, this);
    m_idToIndex.clear(); // built when an item is first cancelled on its own

    const int threads = qMin(effective.workers, int(jobs.size()));
    if (!m_share)
        m_share = std::make_unique<CurlShare>();
    if (!m_slots)
        m_slots = std::make_unique<SlotPool>();
    if (!m_trust || m_trust->extraCaFile() != effective.caCertificateFile) {
        // What is trusted changed: no connection or TLS session made under
        // the old trust may serve this run.
        m_slots->clear();
        m_trust = std::make_unique<TrustStore>(effective.caCertificateFile);
    }
    // Slots already open keep their connections for this run.
    m_slots->resize(threads, m_share->handle(), m_trust.get());
    m_pool->setMaxThreadCount(effective.workers);
    qCInfo(lcEngine) << "run of" << jobs.size() << "items on" << threads << "workers into"
                     << effective.destination;
    m_run->activeLoops.store(threads);
    for (int worker = 0; worker < threads; ++worker)
        m_pool->start(new WorkerLoop(m_run, *m_slots, worker));

    m_lastProgress = m_run->snapshot();
    m_publishTimer.start();
    Q_EMIT runStarted(int(jobs.size()), effective.workers);
    return true;
}

bool DownloadEngine::isRunning() const
{
    return m_run != nullptr;
}

void DownloadEngine::cancel()
{
    if (!m_run)
        return;
    RunState &run = *m_run;
    run.cancelRequested = true;
    // Queued items end here and now; running ones are aborted on their own
    // threads and report back as they unwind.
    for (int i = 0; i < run.total; ++i)
        cancelIndex(i, true);
    run.hosts.wakeAll();
}

void DownloadEngine::cancelItem(quint64 id)
{
    if (!m_run)
        return;
    if (m_idToIndex.isEmpty()) {
        m_idToIndex.reserve(m_run->total);
        for (int i = 0; i < m_run->total; ++i)
            m_idToIndex.insert(m_run->slot(i).job.id, i);
    }
    const auto it = m_idToIndex.constFind(id);
    if (it != m_idToIndex.constEnd())
        cancelIndex(it.value(), false);
}

void DownloadEngine::cancelIndex(int index, bool keepResumablePart)
{
    RunState &run = *m_run;
    ItemSlot &slot = run.slot(index);
    ItemState expected = ItemState::Queued;
    if (slot.state.compare_exchange_strong(expected, ItemState::Cancelled)) {
        ItemResult result;
        result.id = slot.job.id;
        result.url = slot.job.url;
        result.state = ItemState::Cancelled;
        result.error.kind = ErrorKind::Cancelled;
        result.error.message = tr("cancelled before it started");
        result.endUs = run.clock.nsecsElapsed() / 1000;
        run.finishItem(index, std::move(result));
        return;
    }
    if (!isFinal(expected)) {
        slot.cancellation.cancel(keepResumablePart ? Cancellation::PartialFile::KeepResumable
                                                   : Cancellation::PartialFile::Discard);
    }
}

RunProgress DownloadEngine::progress() const
{
    return m_run ? m_run->snapshot() : m_lastProgress;
}

void DownloadEngine::publish()
{
    if (!m_run)
        return;
    RunState &run = *m_run;
    QVector<int> dirty;
    QVector<int> finished;
    run.drain(&dirty, &finished);

    m_lastProgress = run.snapshot();
    if (!dirty.isEmpty() || !finished.isEmpty()) {
        QVector<ItemProgress> items;
        items.reserve(dirty.size());
        for (int index : std::as_const(dirty)) {
            ItemSlot &slot = run.slot(index);
            // Acquire pairs with the worker's release in markDirty(): what
            // the worker stored before marking the slot is visible below. A
            // change made after this exchange marks the slot dirty again.
            slot.dirty.exchange(false, std::memory_order_acq_rel);
            ItemProgress item;
            item.id = slot.job.id;
            item.state = slot.state.load(std::memory_order_acquire);
            item.received = slot.received.load(std::memory_order_relaxed);
            item.total = slot.total.load(std::memory_order_relaxed);
            item.worker = slot.worker.load(std::memory_order_relaxed);
            item.startUs = slot.startUs.load(std::memory_order_relaxed);
            item.firstByteUs = slot.firstByteUs.load(std::memory_order_relaxed);
            items.push_back(item);
        }
        Q_EMIT progressed(m_lastProgress, items);
    } else {
        Q_EMIT progressed(m_lastProgress, {});
    }

    if (!finished.isEmpty()) {
        QVector<ItemResult> results;
        results.reserve(finished.size());
        // Each item is published as finished exactly once: its result moves
        // out of the slot, which then holds nothing more for a long list.
        for (int index : std::as_const(finished))
            results.push_back(std::move(run.slot(index).result));
        Q_EMIT itemsFinished(results);
    }
}

void DownloadEngine::onRunComplete()
{
    if (!m_run || m_run->endUs.load() < 0 || m_run->activeLoops.load() != 0)
        return;
    publish();
    m_publishTimer.stop();
    const RunProgress final = m_run->snapshot();
    const qint64 wallUs = m_run->endUs.load();
    m_lastProgress = final;
    m_run.reset();
    m_idToIndex.clear();
    qCInfo(lcEngine) << "run finished:" << final.done << "done," << final.failed << "failed,"
                     << final.cancelled << "cancelled in" << wallUs / 1000 << "ms";
    Q_EMIT runFinished(final, wallUs);
}

} // namespace Fetchpool
