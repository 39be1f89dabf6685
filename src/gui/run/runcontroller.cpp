#include "run/runcontroller.h"

#include "list/downloadmodel.h"
#include "partfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Fetchpool::Gui {

RunController::RunController(DownloadModel *model, QThreadPool &pool, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_pool(pool)
{
    m_clock.start();
    connect(&m_engine, &TransferEngine::progressed, this, &RunController::onProgressed);
    connect(&m_engine, &TransferEngine::itemsFinished, this, &RunController::onItemsFinished);
    connect(&m_engine, &TransferEngine::runStarted, this, &RunController::runStarted);
    connect(&m_engine, &TransferEngine::listIdentified, this, &RunController::listIdentified);
    connect(&m_engine, &TransferEngine::runFinished, this, &RunController::onRunFinished);
    connect(m_model, &DownloadModel::orderChanged, this, &RunController::followOrder);
}

RunController::~RunController()
{
    m_removals.waitForFinished();
}

bool RunController::canStart() const
{
    return !isRunning() && m_model->rowCount() > m_model->countInState({ItemState::Paused});
}

bool RunController::canRetry() const
{
    return !isRunning() && m_model->countInState({ItemState::Failed, ItemState::Cancelled}) > 0;
}

bool RunController::startRunsAgain() const
{
    return !isRunning() && m_model->rowCount() > 0
            && m_model->countInState({ItemState::Queued, ItemState::Cancelled}) == 0;
}

bool RunController::startContinuesStopped() const
{
    // start()'s order: queued rows first, then the stopped ones.
    return !isRunning() && m_model->countInState({ItemState::Queued}) == 0
            && m_model->countInState({ItemState::Cancelled}) > 0;
}

QString RunController::prepareDestination(const QString &folder, bool createIfMissing)
{
    if (createIfMissing && !folder.isEmpty() && !QFileInfo::exists(folder))
        QDir().mkpath(folder); // a failure is reported by checkDestination, with the reason
    return DownloadEngine::checkDestination(folder);
}

bool RunController::start(const QString &destination, int workers, QString *error)
{
    if (isRunning()) {
        *error = tr("A run is already in progress.");
        return false;
    }
    QVector<quint64> ids = m_model->idsInState({ItemState::Queued});
    // After Stop, Start continues the stopped items; their kept part files
    // resume where they were.
    const bool continueStopped = ids.isEmpty();
    if (continueStopped)
        ids = m_model->idsInState({ItemState::Cancelled});
    const bool runAgain = ids.isEmpty();
    if (runAgain) {
        // Everything has finished: run the whole list again (Sequential after
        // Parallel, say). Files already saved are kept; new ones get new names.
        // Paused rows wait for Resume.
        for (const DownloadItem &item : m_model->items()) {
            if (item.result.state != ItemState::Paused)
                ids.push_back(item.result.id);
        }
        // Skip and Update act on each row's own file; whatever does not
        // arrive complete gives the row its earlier result back.
        if (m_existingFiles != ExistingFiles::Rename) {
            const QString canonical = QFileInfo(destination).canonicalFilePath();
            const QString folder = canonical.isEmpty() ? QDir::cleanPath(QFileInfo(destination).absoluteFilePath())
                                                       : canonical;
            m_replacing.clear();
            for (const DownloadItem &item : m_model->items()) {
                if (item.result.state == ItemState::Done && !item.result.filePath.isEmpty()
                    && QDir::cleanPath(QFileInfo(item.result.filePath).absolutePath()) == folder)
                    m_replacing.insert(item.result.id, item.result);
            }
        }
    }
    if (ids.isEmpty()) {
        *error = m_model->rowCount() > 0 ? tr("Every item is paused: resume them to download them.")
                                         : tr("The list is empty: add URLs first.");
        return false;
    }
    if (!startIds(ids, destination, workers, error)) {
        if (runAgain)
            m_replacing.clear();
        return false;
    }
    if (continueStopped)
        m_model->requeue(ids);
    return true;
}

EngineOptions RunController::requestOptions() const
{
    EngineOptions options;
    m_connection.applyTo(options);
    m_requests.applyTo(options);
    options.logins = m_logins;
    return options;
}

QVector<DownloadJob> RunController::jobsFor(const QVector<quint64> &ids) const
{
    // The rows' own ids, not DownloadJob::fromUrls' numbering: results find their rows by id.
    QVector<DownloadJob> jobs;
    jobs.reserve(ids.size());
    for (quint64 id : std::as_const(ids)) {
        const DownloadItem &item = m_model->item(m_model->rowOf(id));
        DownloadJob job{id, item.result.url};
        if (item.options)
            item.options->applyTo(job, m_requests.refererFromPage());
        job.replaces = m_replacing.value(id).filePath;
        job.rateLimit = item.rateLimit;
        jobs.push_back(job);
    }
    return jobs;
}

void RunController::setRemoteDaemons(const QVector<Aria2Endpoint> &endpoints, const QString &problem,
                                     bool withThisComputer)
{
    m_chosenDaemons = endpoints;
    m_chosenProblem = problem;
    m_chosenWithLocal = withThisComputer && !endpoints.isEmpty();
}

QVector<Aria2EndpointFigures> RunController::remoteFigures() const
{
    if (isMixed())
        return m_mixed->remoteFigures();
    return isRemote() && m_remote ? m_remote->figures() : QVector<Aria2EndpointFigures>();
}

QVector<quint64> RunController::strandedIds() const
{
    QVector<quint64> ids;
    if (!isRemote() || isRunning() || !m_remote)
        return ids;
    // The messages such items failed with: the last daemon's going away, or
    // the refusal of a run no daemon could take.
    QSet<QString> messages = m_goneMessages;
    if (!m_remote->refusal().isEmpty())
        messages.insert(m_remote->refusal());
    if (messages.isEmpty())
        return ids;
    for (const DownloadItem &item : m_model->items()) {
        if (item.result.state == ItemState::Failed && messages.contains(item.result.error.message))
            ids.push_back(item.result.id);
    }
    return ids;
}

bool RunController::useChosenEngine(QString *error)
{
    if (!m_chosenProblem.isEmpty()) {
        *error = m_chosenProblem;
        return false;
    }
    m_goneMessages.clear();
    Q_EMIT runStarting();
    m_engine.use(m_local); // the last remote engine goes only once nothing forwards to it
    if (m_chosenDaemons.isEmpty()) {
        m_remote.reset();
        m_mixed.reset();
        return true;
    }
    if (m_chosenWithLocal) {
        // Nothing is stranded here: what the daemons cannot do, this
        // computer does within the run.
        m_remote.reset();
        m_mixed = std::make_unique<MixedEngine>(m_chosenDaemons);
        connect(m_mixed.get(), &MixedEngine::endpointProblem, this, &RunController::endpointProblem);
        m_engine.use(*m_mixed);
        return true;
    }
    m_mixed.reset();
    // A new engine for each remote run: it takes the daemons and secrets as
    // they are now, and keeps the last run's figures until the next one.
    m_remote = std::make_unique<Aria2Engine>(m_chosenDaemons);
    connect(m_remote.get(), &Aria2Engine::endpointProblem, this, [this](const QString &message) {
        m_goneMessages.insert(message); // an item stranded by it fails with this very message
        Q_EMIT endpointProblem(message);
    });
    m_engine.use(*m_remote);
    return true;
}

bool RunController::startIds(const QVector<quint64> &ids, const QString &destination, int workers, QString *error)
{
    if (!useChosenEngine(error))
        return false;
    QVector<DownloadJob> jobs = jobsFor(ids);

    EngineOptions options = requestOptions();
    options.destination = destination;
    options.workers = workers;
    options.backgroundWorkers = true; // the window comes first on a busy machine
    options.fingerprintList = true;   // for the comparison and the timeline, hashed off the UI thread
    options.existingFiles = m_existingFiles;
    options.rateLimit = m_rateLimit;
    if (isRemote()) {
        // aria2 never overwrites and never skips: every file arrives under a
        // name of its own (NAME.1.ext beside a taken one).
        options.existingFiles = ExistingFiles::Rename;
        for (DownloadJob &job : jobs)
            job.replaces.clear();
    }
    m_unreplaced = 0;
    m_currentKeptExisting = 0;
    if (!m_engine.start(jobs, options, error))
        return false; // a retry that does not start gives the rows their earlier results back
    if (isRemote())
        m_replacing.clear(); // nothing is replaced: new copies arrive beside the earlier files
    m_current = RunRecord(workers);
    m_currentListSize = m_model->rowCount();
    m_currentIsWholeList = jobs.size() == m_currentListSize;
    Q_EMIT runningChanged(true);
    return true;
}

bool RunController::retry(const QVector<quint64> &ids, const QString &destination, int workers, QString *error)
{
    if (isRunning()) {
        *error = tr("A run is already in progress.");
        return false;
    }
    // Only a file in the run's folder can be replaced: the engine writes nowhere else.
    const QString folder = QDir::cleanPath(QFileInfo(destination).absoluteFilePath());
    m_replacing.clear();
    for (quint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const ItemResult &result = m_model->item(row).result;
        if (result.state == ItemState::Done && !result.filePath.isEmpty()
            && QDir::cleanPath(QFileInfo(result.filePath).absolutePath()) == folder) {
            m_replacing.insert(id, result);
        }
    }
    m_model->requeue(ids);
    if (start(destination, workers, error))
        return true;
    restoreReplaced();
    return false;
}

void RunController::restoreReplaced()
{
    m_model->applyResults(QVector<ItemResult>(m_replacing.cbegin(), m_replacing.cend()));
    m_replacing.clear();
}

void RunController::onItemsFinished(const QVector<ItemResult> &results)
{
    m_current.add(results); // as fetched, before an earlier file is put back
    for (const ItemResult &result : results) {
        m_currentKeptExisting += result.existing == ExistingOutcome::Skipped
                || result.existing == ExistingOutcome::Unchanged;
    }
    if (m_replacing.isEmpty()) {
        m_model->applyResults(results);
        return;
    }
    // A replacement that did not arrive complete left the earlier file as it
    // was: its row keeps naming it, as Done.
    QVector<ItemResult> applied = results;
    for (ItemResult &result : applied) {
        const auto earlier = m_replacing.constFind(result.id);
        if (earlier == m_replacing.cend())
            continue;
        if (result.state != ItemState::Done) {
            result = *earlier;
            ++m_unreplaced;
        }
        m_replacing.erase(earlier);
    }
    m_model->applyResults(applied);
}

void RunController::stop()
{
    m_engine.cancel();
}

void RunController::remove(const QVector<quint64> &ids)
{
    if (isRunning()) {
        for (quint64 id : ids)
            m_engine.cancelItem(id);
    }
    // A stopped item's kept part file goes with its row; off the UI thread.
    QStringList keptParts;
    for (quint64 id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const DownloadItem &item = m_model->item(row);
        if (PartFile::isKeptPart(item.result.state, item.result.filePath))
            keptParts << item.result.filePath;
    }
    if (!keptParts.isEmpty()) {
        // A part that cannot be removed stays behind harmlessly; the
        // controller only waits for the removals when it goes.
        m_removals.addFuture(QtConcurrent::run(&m_pool, [keptParts] {
            for (const QString &path : keptParts)
                QFile::remove(path);
        }));
    }
    m_model->removeIds(ids);
}

void RunController::clearFinished()
{
    m_model->removeIds(m_model->idsInState({ItemState::Done}));
}

void RunController::onProgressed(const RunProgress &run, const QVector<ItemProgress> &items)
{
    m_model->applyProgress(items, m_clock.elapsed());
    Q_EMIT progressed(run);
}

void RunController::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    m_replacing.clear(); // rows removed during the run never reported back
    // A run over the whole list is compared, failures and all (on the items
    // both runs fetched); another list starts a new comparison. A run over
    // some rows only is noted and leaves the comparison as it was. The engine
    // has identified the list by now.
    // Items left as they were took no time worth comparing: such a run is
    // noted like a partial one.
    // A run on aria2 daemons is left out: its times are polled, and its
    // lanes are the daemons' slots, not Sequential or Parallel.
    if (!isRemote() && m_currentIsWholeList && m_currentKeptExisting == 0) {
        m_current.setWallUs(wallUs);
        m_comparison.record(m_engine.listFingerprint(), std::move(m_current));
    } else if (!isRemote()) {
        m_comparison.notePartialRun(run.total, m_currentListSize, run.workers, m_currentKeptExisting);
    }
    m_current = RunRecord();
    Q_EMIT comparisonChanged();
    Q_EMIT runFinished(run, wallUs);
    Q_EMIT runningChanged(false);
    resumeWaiting();
}

void RunController::setRateLimit(qint64 bytesPerSecond)
{
    m_rateLimit = qMax(qint64(0), bytesPerSecond);
    m_engine.setRateLimit(m_rateLimit);
}

void RunController::setItemRateLimit(const QVector<quint64> &ids, qint64 bytesPerSecond)
{
    m_model->setRateLimit(ids, bytesPerSecond);
    for (quint64 id : ids)
        m_engine.setItemRateLimit(id, bytesPerSecond);
}

} // namespace Fetchpool::Gui
