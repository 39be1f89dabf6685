#include "workersweep.h"

#include "logging.h"

#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Fetchpool {

QVector<int> doublingWorkerCounts(int maxWorkers)
{
    maxWorkers = qBound(1, maxWorkers, EngineOptions::MaxWorkers);
    QVector<int> counts;
    for (int workers = 1; workers < maxWorkers; workers *= 2)
        counts << workers;
    counts << maxWorkers;
    return counts;
}

QVector<QUrl> sampleUrls(const QVector<QUrl> &urls, int count, quint32 seed)
{
    if (count <= 0 || count >= urls.size())
        return urls;
    // A partial Fisher-Yates shuffle of the indices picks `count` of them
    // uniformly; sorting them back keeps the list's own order.
    QVector<int> indices(urls.size());
    std::iota(indices.begin(), indices.end(), 0);
    QRandomGenerator random(seed);
    for (int i = 0; i < count; ++i) {
        const int pick = i + int(random.bounded(quint32(indices.size() - i)));
        std::swap(indices[i], indices[pick]);
    }
    indices.resize(count);
    std::sort(indices.begin(), indices.end());
    QVector<QUrl> sample;
    sample.reserve(count);
    for (int index : std::as_const(indices))
        sample << urls.at(index);
    return sample;
}

WorkerSweep::WorkerSweep(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<SweepStep>();
    qRegisterMetaType<SweepResult>();
    m_cleanupPool.setMaxThreadCount(1);
    m_stepTimer.setSingleShot(true);
    m_stepTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire up to 5 % early
    connect(&m_stepTimer, &QTimer::timeout, this, &WorkerSweep::onStepTimedOut);
    connect(&m_engine, &DownloadEngine::progressed, this, &WorkerSweep::onProgressed);
    connect(&m_engine, &DownloadEngine::itemsFinished, this,
            [this](const QVector<ItemResult> &results) { m_inFlight.finish(results); });
    connect(&m_engine, &DownloadEngine::runFinished, this, &WorkerSweep::onRunFinished);
    connect(&m_cleanup, &QFutureWatcherBase::finished, this, &WorkerSweep::onCleanupFinished);
}

WorkerSweep::~WorkerSweep()
{
    m_engine.cancel();
    m_cleanup.waitForFinished();
}

QString WorkerSweep::scratchFolder() const
{
    return m_scratch ? m_scratch->path() : QString();
}

bool WorkerSweep::start(const QVector<QUrl> &urls, const SweepOptions &options, QString *error)
{
    auto fail = [error](const QString &reason) {
        if (error)
            *error = reason;
        return false;
    };
    if (m_running)
        return fail(tr("a sweep is already running"));
    if (m_engine.isRunning())
        return fail(tr("a run is still going"));
    if (urls.isEmpty())
        return fail(tr("the list is empty: nothing to measure"));
    QVector<int> counts = options.workerCounts;
    if (counts.isEmpty())
        return fail(tr("no worker counts to measure"));
    for (int workers : std::as_const(counts)) {
        if (workers < 1 || workers > EngineOptions::MaxWorkers) {
            return fail(tr("worker count %1 is out of range (1 to %2)")
                                .arg(workers)
                                .arg(EngineOptions::MaxWorkers));
        }
    }
    std::sort(counts.begin(), counts.end());
    counts.erase(std::unique(counts.begin(), counts.end()), counts.end());

    const QString parent = options.engine.destination.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::TempLocation)
            : options.engine.destination;
    if (const QString problem = DownloadEngine::checkDestination(parent); !problem.isEmpty())
        return fail(problem);
    auto scratch = std::make_unique<QTemporaryDir>(QDir(parent).filePath(QStringLiteral("fetchpool-sweep-XXXXXX")));
    if (!scratch->isValid())
        return fail(tr("cannot create a scratch folder in '%1': %2").arg(parent, scratch->errorString()));

    m_scratch = std::move(scratch);
    m_options = options;
    m_counts = counts;
    m_urls = sampleUrls(urls, options.sampleSize, options.sampleSeed);
    m_step = 0;
    m_cancelled = false;
    m_result = {};
    m_result.startedAt = QDateTime::currentDateTimeUtc();
    m_result.urlCount = int(m_urls.size());
    m_result.listSize = int(urls.size());
    m_result.sampleSeed = options.sampleSeed;
    m_result.maxPerHost = options.engine.maxPerHost;
    m_result.plannedSteps = int(counts.size());
    QString stepError;
    if (!startStep(&stepError)) {
        m_scratch.reset();
        return fail(stepError);
    }
    m_running = true;
    return true;
}

void WorkerSweep::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_engine.isRunning())
        m_engine.cancel(); // runFinished follows, then the cleanup, then finish()
}

bool WorkerSweep::startStep(QString *error)
{
    const int workers = m_counts.at(m_step);
    m_stepFolder = QDir(m_scratch->path()).filePath(QStringLiteral("%1-workers").arg(workers));
    if (!QDir().mkpath(m_stepFolder)) {
        *error = tr("cannot create the folder '%1' for the %2-worker step").arg(m_stepFolder).arg(workers);
        return false;
    }
    const QVector<DownloadJob> jobs = DownloadJob::fromUrls(m_urls);
    EngineOptions options = m_options.engine;
    options.destination = m_stepFolder;
    options.workers = workers;
    if (!m_engine.start(jobs, options, error))
        return false;
    m_inFlight.clear();
    m_stepElapsedUs = 0;
    m_stepTimedOut = false;
    m_stepTimeoutUs = timeoutForNextStep();
    if (m_stepTimeoutUs > 0)
        m_stepTimer.start(int(std::min<qint64>(m_stepTimeoutUs / 1000, std::numeric_limits<int>::max())));
    qCDebug(lcEngine) << "sweep step" << m_step + 1 << "of" << m_counts.size() << "with" << workers << "workers"
                      << "limit" << m_stepTimeoutUs / 1000 << "ms";
    // Queued: the first step starts inside start(), before the caller can listen.
    QMetaObject::invokeMethod(this, [this, step = m_step, workers] { Q_EMIT stepStarted(step, workers); },
                              Qt::QueuedConnection);
    return true;
}

// Relative to the longest step that ran to its end: more workers taking
// several times as long as fewer did is a stall, not a measurement.
qint64 WorkerSweep::timeoutForNextStep() const
{
    if (m_options.stepTimeoutFactor <= 0)
        return 0;
    qint64 longestUs = 0;
    for (const SweepStep &step : m_result.steps) {
        if (!step.timedOut)
            longestUs = std::max(longestUs, step.wallUs);
    }
    if (longestUs <= 0)
        return 0; // the first step: nothing to go by
    return std::max(qint64(double(longestUs) * m_options.stepTimeoutFactor), qint64(m_options.minStepTimeoutMs) * 1000);
}

void WorkerSweep::onProgressed(const RunProgress &run, const QVector<ItemProgress> &items)
{
    m_inFlight.update(items);
    m_stepElapsedUs = run.elapsedUs;
    Q_EMIT progressed(m_step, run);
}

std::optional<WorkerSweep::Wait> WorkerSweep::longestWait() const
{
    const auto longest = m_inFlight.longest();
    if (!m_running || !longest || longest->id >= quint64(m_urls.size()))
        return std::nullopt;
    // The jobs are numbered in list order (DownloadJob::fromUrls).
    return Wait{m_urls.at(qsizetype(longest->id)), std::max<qint64>(0, m_stepElapsedUs - longest->sinceUs)};
}

void WorkerSweep::onStepTimedOut()
{
    if (!m_running || m_cancelled || !m_engine.isRunning())
        return;
    qCDebug(lcEngine) << "sweep step" << m_step + 1 << "timed out after" << m_stepTimeoutUs / 1000 << "ms";
    m_stepTimedOut = true;
    m_engine.cancel(); // runFinished follows, and the step is recorded as timed out
}

void WorkerSweep::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    m_stepTimer.stop();
    m_inFlight.clear();
    if (!m_running)
        return;
    // A step the user cancelled measured nothing: it is not recorded.
    if (!m_cancelled) {
        SweepStep step;
        step.workers = m_counts.at(m_step);
        step.wallUs = wallUs;
        step.total = run.total;
        step.done = run.done;
        step.failed = run.failed;
        step.cancelled = run.cancelled;
        step.bytes = run.bytes;
        step.timedOut = m_stepTimedOut;
        step.timeoutUs = m_stepTimeoutUs;
        m_result.steps << step;
        Q_EMIT stepFinished(m_step, step);
    }
    const QString folder = m_stepFolder;
    m_cleanup.setFuture(QtConcurrent::run(&m_cleanupPool, [folder] { QDir(folder).removeRecursively(); }));
}

void WorkerSweep::onCleanupFinished()
{
    if (!m_running)
        return;
    if (QDir(m_stepFolder).exists()) {
        finish(tr("cannot remove the scratch folder '%1'").arg(m_stepFolder));
        return;
    }
    if (m_cancelled || ++m_step >= m_counts.size()) {
        finish();
        return;
    }
    QString error;
    if (!startStep(&error))
        finish(error);
}

void WorkerSweep::finish(const QString &error)
{
    m_running = false;
    m_result.cancelled = m_cancelled;
    m_result.error = error;
    if (m_scratch && !m_scratch->remove() && m_result.error.isEmpty())
        m_result.error = tr("cannot remove the scratch folder '%1'").arg(m_scratch->path());
    m_scratch.reset();
    Q_EMIT finished(m_result);
}

} // namespace Fetchpool
