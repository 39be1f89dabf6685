#include "mixedengine.h"

#include "downloadengine.h"
#include "listfingerprint.h"
#include "remotelogging.h"

#include <QDir>

#include <algorithm>

namespace Fetchpool {

MixedEngine::MixedEngine(QVector<Aria2Endpoint> endpoints, QObject *parent)
    : TransferEngine(parent)
    , m_local(std::make_unique<DownloadEngine>())
    , m_remote(std::make_unique<Aria2Engine>(std::move(endpoints)))
{
    connect(m_local.get(), &TransferEngine::progressed, this,
            [this](const RunProgress &run, const QVector<ItemProgress> &items) { onProgressed(Side::Local, run, items); });
    connect(m_remote.get(), &TransferEngine::progressed, this,
            [this](const RunProgress &run, const QVector<ItemProgress> &items) { onProgressed(Side::Remote, run, items); });
    connect(m_local.get(), &TransferEngine::itemsFinished, this,
            [this](const QVector<ItemResult> &results) { onItemsFinished(Side::Local, results); });
    connect(m_remote.get(), &TransferEngine::itemsFinished, this,
            [this](const QVector<ItemResult> &results) { onItemsFinished(Side::Remote, results); });
    connect(m_local.get(), &TransferEngine::runFinished, this, [this] { onSideFinished(Side::Local); });
    connect(m_remote.get(), &TransferEngine::runFinished, this, [this] { onSideFinished(Side::Remote); });
    connect(m_remote.get(), &TransferEngine::runStarted, this, [this](int, int lanes) { onRemoteStarted(lanes); });
    connect(m_remote.get(), &Aria2Engine::endpointProblem, this, [this](const QString &message) {
        m_goneMessages << message;
        Q_EMIT endpointProblem(message);
    });
}

// Nothing of the sides reaches a composite being destroyed; the daemons'
// downloads of a run going on are removed there, the local side's workers
// stop with it.
MixedEngine::~MixedEngine()
{
    m_local->disconnect(this);
    m_remote->disconnect(this);
    if (m_remote->isRunning())
        m_remote->cancel();
}

bool MixedEngine::start(const QVector<DownloadJob> &jobs, const EngineOptions &options, QString *error)
{
    const auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_running || m_local->isRunning() || m_remote->isRunning())
        return refuse(tr("A run is already in progress."));
    if (jobs.isEmpty())
        return refuse(tr("Nothing to download."));
    const QString why = DownloadEngine::checkDestination(options.destination);
    if (!why.isEmpty())
        return refuse(why);

    m_options = options;
    m_options.destination = QDir(options.destination).absolutePath();
    m_options.workers = std::clamp(options.workers, 1, 256);
    m_options.fingerprintList = false; // the composite hashes the whole list itself
    m_rateLimit = options.rateLimit;
    m_localLanes = m_options.workers;
    m_items.clear();
    m_queue.clear();
    for (const DownloadJob &job : jobs) {
        if (m_items.contains(job.id))
            continue;
        Item item;
        item.job = job;
        m_items.insert(job.id, item);
        m_queue.push_back(job.id);
    }
    m_counts = RunProgress{};
    m_counts.total = int(m_queue.size());
    m_localFigures = LocalSideFigures{};
    m_localFigures.workers = m_localLanes;
    m_listFingerprint.clear();
    if (options.fingerprintList)
        m_listFingerprint = Fetchpool::listFingerprint(jobs);
    m_fingerprintPending = options.fingerprintList;
    m_remoteRefusal.clear();
    m_goneMessages.clear();
    m_remoteLaneCount = 0;
    m_remoteEarlier.clear();
    m_remoteSubRuns = 0;
    m_wallUs = 0;
    m_cancelling = false;
    m_announced = false;
    m_remoteAnswered = false;
    m_remoteUsable = true;
    m_heldProgress.clear();
    m_heldResults.clear();
    m_clock.start();
    m_running = true;

    feedLocal();
    // The daemons are asked with the first job this computer does not take
    // at once; with none left over they are not needed for this run.
    if (!m_queue.isEmpty()) {
        feedRemote();
    } else {
        m_remoteUsable = false;
        announce();
        applyRateShares();
    }
    return true;
}

int MixedEngine::remoteLanes() const
{
    int lanes = 0;
    for (const Aria2EndpointFigures &figures : m_remote->figures()) {
        if (figures.tookPart && figures.problem.isEmpty())
            lanes += figures.lanes;
    }
    return lanes;
}

int MixedEngine::unfinishedOn(Side side) const
{
    int count = 0;
    for (const Item &item : m_items) {
        if (item.side == side)
            ++count;
    }
    return count;
}

QVector<DownloadJob> MixedEngine::takeQueued(int count, Side side)
{
    QVector<DownloadJob> jobs;
    while (count-- > 0 && !m_queue.isEmpty()) {
        Item &item = m_items[m_queue.takeFirst()];
        item.side = side;
        item.received = 0;
        jobs.push_back(item.job);
    }
    return jobs;
}

void MixedEngine::feedLocal()
{
    if (!m_running || m_cancelling || m_queue.isEmpty())
        return;
    const int free = m_localLanes - unfinishedOn(Side::Local);
    if (free <= 0)
        return;
    const QVector<DownloadJob> jobs = takeQueued(free, Side::Local);
    const auto giveBack = [this, &jobs] {
        for (auto it = jobs.crbegin(); it != jobs.crend(); ++it) {
            m_items[it->id].side = Side::Queued;
            m_queue.push_front(it->id);
        }
    };
    if (m_local->isRunning()) {
        // False once its last item ended: a new sub-run follows its runFinished.
        if (!m_local->enqueue(jobs))
            giveBack();
        return;
    }
    QString error;
    EngineOptions options = m_options;
    options.rateLimit = rateShare(Side::Local);
    if (!m_local->start(jobs, options, &error)) {
        qCWarning(lcRemote).noquote() << "this computer's side did not start:" << error;
        giveBack();
        for (const DownloadJob &job : jobs)
            endQueued(job.id, ItemState::Failed, error);
    }
}

void MixedEngine::feedRemote()
{
    if (!m_running || m_cancelling || !m_remoteUsable || m_queue.isEmpty())
        return;
    if (m_remote->isRunning()) {
        if (!m_remoteAnswered)
            return; // only the job it asks the daemons with, until they answered
        const int free = remoteLanes() - unfinishedOn(Side::Remote);
        if (free <= 0)
            return;
        const QVector<DownloadJob> jobs = takeQueued(free, Side::Remote);
        if (!m_remote->enqueue(jobs)) {
            for (auto it = jobs.crbegin(); it != jobs.crend(); ++it) {
                m_items[it->id].side = Side::Queued;
                m_queue.push_front(it->id);
            }
        }
        return;
    }
    // A new sub-run: as many jobs as its lanes were, one the first time.
    const QVector<DownloadJob> jobs = takeQueued(std::max(1, m_remoteLaneCount), Side::Remote);
    m_remoteAnswered = false;
    if (m_remoteSubRuns > 0)
        m_remoteEarlier = remoteFigures(); // start() resets the daemons' figures
    ++m_remoteSubRuns;
    QString error;
    EngineOptions options = m_options;
    options.rateLimit = rateShare(Side::Remote);
    if (!m_remote->start(jobs, options, &error)) {
        qCInfo(lcRemote).noquote() << "the daemons' side did not start:" << error;
        m_remoteUsable = false;
        m_remoteRefusal = error;
        for (auto it = jobs.crbegin(); it != jobs.crend(); ++it) {
            m_items[it->id].side = Side::Queued;
            m_queue.push_front(it->id);
        }
        Q_EMIT endpointProblem(error);
        if (!m_announced)
            announce();
        applyRateShares();
        feedLocal();
    }
}

void MixedEngine::dispatch()
{
    feedLocal();
    feedRemote();
}

void MixedEngine::onRemoteStarted(int lanes)
{
    m_remoteAnswered = true;
    if (lanes == 0) {
        // Its items fail with refusal(): onItemsFinished takes them back.
        m_remoteUsable = false;
    }
    if (!m_announced) {
        m_remoteLaneCount = lanes;
        announce();
    }
    applyRateShares();
    feedRemote();
}

void MixedEngine::announce()
{
    if (m_announced)
        return;
    m_announced = true;
    m_counts.workers = m_localLanes + m_remoteLaneCount;
    qCInfo(lcRemote) << "mixed run of" << m_counts.total << "items on" << m_localLanes << "local and"
                     << m_remoteLaneCount << "remote lanes";
    Q_EMIT runStarted(m_counts.total, m_counts.workers);
    if (!m_heldProgress.isEmpty())
        Q_EMIT progressed(progress(), std::exchange(m_heldProgress, {}));
    if (!m_heldResults.isEmpty())
        Q_EMIT itemsFinished(std::exchange(m_heldResults, {}));
    if (m_fingerprintPending) {
        m_fingerprintPending = false;
        Q_EMIT listIdentified(m_listFingerprint);
    }
}

int MixedEngine::remap(Side side, int worker) const
{
    if (worker < 0)
        return -1;
    return side == Side::Remote ? m_localLanes + worker : worker;
}

void MixedEngine::onProgressed(Side side, const RunProgress &, const QVector<ItemProgress> &items)
{
    if (!m_running)
        return;
    QVector<ItemProgress> forward;
    for (ItemProgress progress : items) {
        auto it = m_items.find(progress.id);
        // Final states come with the side's itemsFinished, where an item may
        // still be taken back; stale news of an item elsewhere now is dropped.
        if (it == m_items.end() || it->side != side || isFinal(progress.state))
            continue;
        it->received = progress.received;
        progress.worker = remap(side, progress.worker);
        forward.push_back(progress);
    }
    if (forward.isEmpty())
        return;
    if (!m_announced) {
        for (const ItemProgress &progress : std::as_const(forward)) {
            auto held = std::find_if(m_heldProgress.begin(), m_heldProgress.end(),
                                     [&](const ItemProgress &p) { return p.id == progress.id; });
            if (held != m_heldProgress.end())
                *held = progress;
            else
                m_heldProgress.push_back(progress);
        }
        return;
    }
    Q_EMIT progressed(progress(), forward);
}

void MixedEngine::onItemsFinished(Side side, const QVector<ItemResult> &results)
{
    if (!m_running)
        return;
    QVector<ItemResult> ended;
    QVector<ItemProgress> changes;
    bool tookBack = false;
    for (ItemResult result : results) {
        auto it = m_items.find(result.id);
        if (it == m_items.end() || it->side != side)
            continue;
        const bool daemonsGone = side == Side::Remote && result.state == ItemState::Failed
                && !result.error.message.isEmpty()
                && (result.error.message == m_remote->refusal() || m_goneMessages.contains(result.error.message));
        ItemProgress change;
        change.id = result.id;
        change.maxAttempts = m_options.retries + 1;
        if (daemonsGone && !m_cancelling) {
            // Not the item's failure: this computer takes it instead.
            if (m_remoteRefusal.isEmpty() && !m_remote->refusal().isEmpty())
                m_remoteRefusal = m_remote->refusal();
            it->side = Side::Queued;
            it->received = 0;
            m_queue.push_front(result.id);
            change.state = ItemState::Queued;
            changes.push_back(change);
            tookBack = true;
            continue;
        }
        if (daemonsGone) {
            result.state = ItemState::Cancelled;
            result.error = FetchError::make(ErrorKind::Cancelled, tr("Cancelled."));
        }
        it->side = Side::Ended;
        it->received = result.bytes;
        result.worker = remap(side, result.worker);
        switch (result.state) {
        case ItemState::Done:
            ++m_counts.done;
            if (side == Side::Local) {
                ++m_localFigures.files;
                m_localFigures.bytes += result.bytes;
            }
            break;
        case ItemState::Failed:
            ++m_counts.failed;
            break;
        case ItemState::Cancelled:
            ++m_counts.cancelled;
            break;
        case ItemState::Paused:
            ++m_counts.paused;
            break;
        default:
            break;
        }
        change.state = result.state;
        change.received = result.bytes;
        change.total = result.totalBytes;
        change.worker = result.worker;
        change.startUs = result.startUs;
        change.firstByteUs = result.firstByteUs;
        change.attempt = result.attempts;
        changes.push_back(change);
        ended.push_back(result);
    }
    if (tookBack && m_remoteLaneCount > 0 && remoteLanes() == 0) {
        m_remoteUsable = false;
        applyRateShares();
    }
    if (!m_announced) {
        m_heldResults += ended;
    } else {
        if (!changes.isEmpty())
            Q_EMIT progressed(progress(), changes);
        if (!ended.isEmpty())
            Q_EMIT itemsFinished(ended);
    }
    // Topped up at once, so that a side's run goes on when it can.
    dispatch();
    maybeFinish();
}

void MixedEngine::onSideFinished(Side side)
{
    if (!m_running)
        return;
    if (side == Side::Remote) {
        m_remoteAnswered = false;
        if (remoteLanes() == 0)
            m_remoteUsable = false;
        if (!m_remoteUsable && m_remoteRefusal.isEmpty())
            m_remoteRefusal = m_remote->refusal();
        applyRateShares();
        // Its items that never ended there (it cannot leave any) come back.
        for (auto it = m_items.begin(); it != m_items.end(); ++it) {
            if (it->side == Side::Remote) {
                it->side = Side::Queued;
                m_queue.push_front(it.key());
            }
        }
        if (!m_announced)
            announce();
    } else {
        for (auto it = m_items.begin(); it != m_items.end(); ++it) {
            if (it->side == Side::Local) {
                it->side = Side::Queued;
                m_queue.push_front(it.key());
            }
        }
    }
    if (m_cancelling) {
        const QList<quint64> queued = std::exchange(m_queue, {});
        for (quint64 id : queued)
            endQueued(id, ItemState::Cancelled);
    }
    dispatch();
    maybeFinish();
}

void MixedEngine::endQueued(quint64 id, ItemState state, const QString &message)
{
    auto it = m_items.find(id);
    if (it == m_items.end() || it->side == Side::Ended)
        return;
    m_queue.removeOne(id);
    it->side = Side::Ended;
    ItemResult result;
    result.id = id;
    result.url = it->job.url;
    result.finalUrl = it->job.url;
    result.state = state;
    if (state == ItemState::Cancelled) {
        result.error = FetchError::make(ErrorKind::Cancelled, tr("Cancelled."));
        ++m_counts.cancelled;
    } else if (state == ItemState::Paused) {
        ++m_counts.paused;
    } else {
        result.error = FetchError::make(ErrorKind::Network, message);
        ++m_counts.failed;
    }
    ItemProgress change;
    change.id = id;
    change.state = state;
    if (!m_announced) {
        m_heldResults.push_back(result);
        return;
    }
    Q_EMIT progressed(progress(), {change});
    Q_EMIT itemsFinished({result});
}

void MixedEngine::maybeFinish()
{
    if (!m_running || m_counts.finished() < m_counts.total || m_local->isRunning() || m_remote->isRunning())
        return;
    if (!m_announced)
        announce();
    if (m_fingerprintPending) {
        m_fingerprintPending = false;
        Q_EMIT listIdentified(m_listFingerprint);
    }
    m_running = false;
    const qint64 wallUs = m_clock.nsecsElapsed() / 1000;
    m_wallUs = wallUs;
    m_counts.elapsedUs = wallUs;
    const RunProgress final = progress();
    qCInfo(lcRemote) << "mixed run ended:" << final.done << "done," << final.failed << "failed,"
                     << final.cancelled << "cancelled," << final.paused << "paused";
    Q_EMIT runFinished(final, wallUs);
}

void MixedEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelling = true;
    const QList<quint64> queued = m_queue;
    for (quint64 id : queued)
        endQueued(id, ItemState::Cancelled);
    m_local->cancel();
    m_remote->cancel();
    maybeFinish();
}

void MixedEngine::cancelItem(quint64 id)
{
    auto it = m_items.find(id);
    if (!m_running || it == m_items.end())
        return;
    switch (it->side) {
    case Side::Queued:
        endQueued(id, ItemState::Cancelled);
        maybeFinish();
        break;
    case Side::Local:
        m_local->cancelItem(id);
        break;
    case Side::Remote:
        m_remote->cancelItem(id);
        break;
    case Side::Ended:
        break;
    }
}

bool MixedEngine::pauseItem(quint64 id)
{
    auto it = m_items.find(id);
    if (!m_running || it == m_items.end())
        return false;
    switch (it->side) {
    case Side::Queued:
        endQueued(id, ItemState::Paused);
        maybeFinish();
        return true;
    case Side::Local:
        return m_local->pauseItem(id);
    case Side::Remote:
        return m_remote->pauseItem(id);
    case Side::Ended:
        break;
    }
    return false;
}

bool MixedEngine::enqueue(const QVector<DownloadJob> &jobs)
{
    if (!m_running || m_cancelling)
        return false;
    for (const DownloadJob &job : jobs) {
        auto it = m_items.find(job.id);
        if (it != m_items.end() && it->side != Side::Ended)
            continue; // still queued or in flight
        Item item;
        item.job = job;
        m_items.insert(job.id, item);
        m_queue.push_back(job.id);
        ++m_counts.total;
    }
    dispatch();
    return true;
}

void MixedEngine::reorder(const QVector<quint64> &ids)
{
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        if (m_queue.removeOne(*it))
            m_queue.push_front(*it);
    }
    m_local->reorder(ids);
    m_remote->reorder(ids);
}

RunProgress MixedEngine::progress() const
{
    RunProgress run = m_counts;
    run.bytes = 0;
    for (const Item &item : m_items)
        run.bytes += item.received;
    if (m_local->isRunning()) {
        const RunProgress local = m_local->progress();
        run.inFlight += local.inFlight;
        run.retrying += local.retrying;
    }
    if (m_remote->isRunning())
        run.inFlight += m_remote->progress().inFlight;
    if (m_running)
        run.elapsedUs = m_clock.nsecsElapsed() / 1000;
    return run;
}

QVector<Aria2EndpointFigures> MixedEngine::remoteFigures() const
{
    QVector<Aria2EndpointFigures> all = m_remote->figures();
    if (m_remoteSubRuns == 0) {
        for (Aria2EndpointFigures &figures : all) {
            Aria2EndpointFigures untouched;
            untouched.endpoint = figures.endpoint;
            figures = untouched;
        }
        return all;
    }
    const double seconds = double(m_running ? m_clock.nsecsElapsed() / 1000 : m_wallUs) / 1e6;
    for (int d = 0; d < all.size(); ++d) {
        Aria2EndpointFigures &figures = all[d];
        if (d < m_remoteEarlier.size()) {
            const Aria2EndpointFigures &earlier = m_remoteEarlier[d];
            figures.files += earlier.files;
            figures.bytes += earlier.bytes;
            if (!figures.tookPart && earlier.tookPart) {
                figures.tookPart = true;
                figures.version = earlier.version;
                figures.lanes = earlier.lanes;
            }
        }
        figures.bytesPerSecond = seconds > 0 ? double(figures.bytes) / seconds : 0;
    }
    return all;
}

void MixedEngine::setRateLimit(qint64 bytesPerSecond)
{
    m_rateLimit = std::max<qint64>(0, bytesPerSecond);
    applyRateShares();
}

// By lanes: a side's share is what its lanes would take of the limit if
// every lane ran at the same speed. The daemons' lanes are those still taking
// part; until a sub-run of theirs has answered, the lanes they had before (one
// the first time, for the job they are asked with).
int MixedEngine::rateLanes(Side side) const
{
    if (side == Side::Local)
        return m_localLanes;
    if (!m_remoteUsable)
        return 0;
    return m_remoteAnswered ? remoteLanes() : std::max(1, m_remoteLaneCount);
}

qint64 MixedEngine::rateShare(Side side) const
{
    const int lanes = rateLanes(side);
    if (m_rateLimit <= 0 || lanes == 0)
        return 0;
    const qint64 share = m_rateLimit * lanes / (rateLanes(Side::Local) + rateLanes(Side::Remote));
    return std::max<qint64>(1, share);
}

// A side without lanes keeps its limit: 0 would lift it.
void MixedEngine::applyRateShares()
{
    if (m_local->isRunning())
        m_local->setRateLimit(rateShare(Side::Local));
    if (m_remote->isRunning() && (m_rateLimit == 0 || rateLanes(Side::Remote) > 0))
        m_remote->setRateLimit(rateShare(Side::Remote));
}

void MixedEngine::setItemRateLimit(quint64 id, qint64 bytesPerSecond)
{
    auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    it->job.rateLimit = bytesPerSecond;
    if (it->side == Side::Local)
        m_local->setItemRateLimit(id, bytesPerSecond);
    else if (it->side == Side::Remote)
        m_remote->setItemRateLimit(id, bytesPerSecond);
}

} // namespace Fetchpool
