#include "downloadengine.h"

#include "curlruntime.h"
#include "curlshare.h"
#include "listfingerprint.h"
#include "logging.h"
#include "runstate.h"
#include "truststore.h"
#include "workerloop.h"
#include "workerslot.h"

#include <QDir>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <unistd.h>

namespace Fetchpool {

namespace {

constexpr int PublishIntervalMs = 33; // ~30 batches a second

} // namespace

DownloadEngine::DownloadEngine(QObject *parent)
    : TransferEngine(parent)
    , m_pool(std::make_unique<QThreadPool>())
    , m_hashPool(std::make_unique<QThreadPool>())
{
    CurlRuntime::initialize(); // normally done by main() already; start() reports a failure
    qRegisterMetaType<Fetchpool::ItemProgress>();
    qRegisterMetaType<Fetchpool::ItemResult>();
    qRegisterMetaType<Fetchpool::RunProgress>();
    m_pool->setObjectName(QStringLiteral("Fetchpool workers"));
    m_publishTimer.setInterval(PublishIntervalMs);
    connect(&m_publishTimer, &QTimer::timeout, this, &DownloadEngine::publish);
    m_hashPool->setObjectName(QStringLiteral("Fetchpool list hashing"));
    m_hashPool->setMaxThreadCount(1);
    connect(&m_hashing, &QFutureWatcherBase::finished, this, &DownloadEngine::announceFingerprint);
}

DownloadEngine::~DownloadEngine()
{
    cancel();
    m_pool->waitForDone();
    m_hashing.waitForFinished();
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

    m_run = std::make_shared<RunState>(jobs, effective, [this] {
        QMetaObject::invokeMethod(this, &DownloadEngine::onRunComplete, Qt::QueuedConnection);
    });
    m_idToIndex.clear(); // built when an item is first cancelled on its own
    m_listFingerprint.clear();
    if (effective.fingerprintList)
        startFingerprint(jobs);

    // A list shorter than the pool still gets every worker when files may be
    // split: the ones without an item of their own help with segments.
    const bool splitting = (effective.maxSplit > 0 ? effective.maxSplit : effective.workers) > 1;
    const int threads = splitting ? effective.workers : qMin(effective.workers, int(jobs.size()));
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
    // Slots already open keep their connections for this run. One for every
    // worker: jobs added during the run may start the loops not started now.
    m_slots->resize(effective.workers, m_share->handle(), m_trust.get());
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
    for (int i = 0, count = run.slotCount(); i < count; ++i)
        cancelIndex(i, true);
    run.hosts.wakeAll();
    run.segments.wakeAll();
}

void DownloadEngine::cancelItem(quint64 id)
{
    if (!m_run)
        return;
    if (const int index = indexOf(id); index >= 0)
        cancelIndex(index, false);
}

void DownloadEngine::setRateLimit(qint64 bytesPerSecond)
{
    if (m_run)
        m_run->rate.setRate(bytesPerSecond);
}

void DownloadEngine::setItemRateLimit(quint64 id, qint64 bytesPerSecond)
{
    if (!m_run)
        return;
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_run->slot(index).rateLimit.store(qMax(qint64(0), bytesPerSecond), std::memory_order_relaxed);
    m_run->rate.limitsChanged(); // a transfer waiting under the old limit looks again
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
        const qint64 nowUs = run.clock.nsecsElapsed() / 1000;
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
            run.readAttempts(index, nowUs, item);
            item.segments = run.segments.detail(index);
            items.push_back(std::move(item));
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
    if (m_fingerprintPending) {
        m_hashing.waitForFinished(); // long done, unless the run was tiny
        announceFingerprint();
    }
    qCInfo(lcEngine) << "run finished:" << final.done << "done," << final.failed << "failed,"
                     << final.cancelled << "cancelled in" << wallUs / 1000 << "ms";
    Q_EMIT runFinished(final, wallUs);
}

// Sorting and hashing 100,000 URLs is no work for the owner thread, nor for
// a worker that could be fetching: one thread of the engine's own does it
// while the run goes on.
void DownloadEngine::startFingerprint(const QVector<DownloadJob> &jobs)
{
    m_fingerprintPending = true;
    m_hashing.setFuture(QtConcurrent::run(m_hashPool.get(), [jobs] { return Fetchpool::listFingerprint(jobs); }));
}

void DownloadEngine::announceFingerprint()
{
    // The future, not the watcher: the watcher hears of the end only when
    // its event arrives, after a waitForFinished() has already returned.
    if (!m_fingerprintPending || !m_hashing.future().isFinished())
        return;
    m_fingerprintPending = false;
    m_listFingerprint = m_hashing.result();
    Q_EMIT listIdentified(m_listFingerprint);
}

} // namespace Fetchpool
