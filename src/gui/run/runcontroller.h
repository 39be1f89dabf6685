#pragma once

#include "downloadengine.h"
#include "app/guisettings.h"
#include "aria2engine.h"
#include "mixedengine.h"
#include "run/engineswitch.h"
#include "runcomparison.h"

#include <QElapsedTimer>
#include <QFutureSynchronizer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QThreadPool;

namespace Fetchpool::Gui {

class DownloadModel;

// Runs the list through the engine: decides which rows a run takes, feeds the
// engine's batches into the model, and keeps the Sequential / Parallel
// comparison for the list being run. Only a run over every row is compared;
// a run over some of them (queued rows, a retry, stopped rows continued) is
// noted as partial.
class RunController final : public QObject
{
    Q_OBJECT

public:
    // `pool`: the window's own threads, for removing kept part files.
    RunController(DownloadModel *model, QThreadPool &pool, QObject *parent = nullptr);
    ~RunController() override; // waits for part files being removed

    // The engine the window connects to, once: it forwards to the local
    // engine or to the aria2 daemons of the current or last run.
    TransferEngine &engine() { return m_engine; }
    bool isRunning() const { return m_engine.isRunning(); }
    const RunComparison &comparison() const { return m_comparison; }

    // Timeout, retries, the cap per host and the extra CA of the next runs.
    void setConnection(const ConnectionSettings &connection) { m_connection = connection; }
    void setRequests(const RequestOptions &requests) { m_requests = requests; }
    // The logins per site the window's runs send (LoginFlow fills it in):
    // read by every request, so a login set during a run counts at once.
    void setLogins(std::shared_ptr<const LoginTable> logins) { m_logins = std::move(logins); }
    // What the next runs do with a final name already in their folder. Run
    // again over a finished list, Skip and Update take each Done row's own
    // file in the folder as the one to leave or update.
    void setExistingFiles(ExistingFiles policy) { m_existingFiles = policy; }
    // What every request of the next runs carries (headers, cookies, logins,
    // proxy, CA file, timeouts), without a folder or worker count: for
    // requests beside the runs, such as reading a page for its links.
    EngineOptions requestOptions() const;
    // Whether Start would run the whole finished list again (nothing queued or stopped).
    bool startRunsAgain() const;
    // The speed limit of all downloads together (0 = none): for the next
    // runs, and at once for the one going on.
    void setRateLimit(qint64 bytesPerSecond);
    qint64 rateLimit() const { return m_rateLimit; }
    // The rows' own limit, kept with them; at once for those being fetched.
    void setItemRateLimit(const QVector<quint64> &ids, qint64 bytesPerSecond);

    // The engine of the next runs: the aria2 daemons `endpoints` (secrets
    // included), or this computer when there are none. A `problem` (a daemon
    // whose settings cannot be used) is what Start says instead of running.
    // `withThisComputer`: the daemons share the runs with this computer's
    // workers (MixedEngine). Takes effect when the next run starts; the run
    // going on keeps its engine.
    void setRemoteDaemons(const QVector<Aria2Endpoint> &endpoints, const QString &problem = {},
                          bool withThisComputer = false);
    bool remoteChosen() const { return !m_chosenDaemons.isEmpty() || !m_chosenProblem.isEmpty(); }
    // Whether the current or last run went to aria2 daemons.
    bool isRemote() const { return &m_engine.current() != &m_local; }
    // Whether the current or last run was shared by this computer and the daemons.
    bool isMixed() const { return m_mixed && &m_engine.current() == m_mixed.get(); }
    // This computer's share of the current or last mixed run.
    LocalSideFigures localFigures() const { return isMixed() ? m_mixed->localFigures() : LocalSideFigures{}; }
    // Per daemon, the current or last remote run's figures; empty after a local run.
    QVector<Aria2EndpointFigures> remoteFigures() const;
    // The failed rows of the last remote run that failed only because no
    // daemon was left to take them (every one went away, or none could take
    // the run): worth running on this computer.
    QVector<quint64> strandedIds() const;

    // Whether Start has something to do: queued rows, or a finished list to run again.
    bool canStart() const;
    bool canRetry() const;
    // Whether Start would continue the items a Stop ended (their kept parts
    // resume) rather than queued ones or the whole list again.
    bool startContinuesStopped() const;

    // Runs the queued rows; when nothing is queued, the whole list again.
    // `workers` 1 is Sequential. On failure nothing starts and *error says why.
    bool start(const QString &destination, int workers, QString *error);
    // Puts the rows back in the queue and starts. A Done row whose file is
    // in `destination` has that file replaced (DownloadJob::replaces): only
    // by a complete new copy; when the new download fails or is stopped,
    // the row gets its earlier result back, still naming its file.
    bool retry(const QVector<quint64> &ids, const QString &destination, int workers, QString *error);
    // Rows of the last run whose file was to be replaced and was kept instead.
    int unreplacedFiles() const { return m_unreplaced; }
    void stop();

    // Pause and resume (runcontrollerqueue.cpp). Pausing a row in the run
    // stops it at once, keeping its part for Range; a queued row, in a run
    // or not, is held back: Start passes it by. Returns how many rows paused.
    int pause(const QVector<quint64> &ids);
    // The paused rows among `ids` go again: into the run going on, or as a
    // run of their own. False with *error when that run cannot start.
    bool resume(const QVector<quint64> &ids, const QString &destination, int workers, QString *error);
    // The rows pause() or resume() would act on.
    QVector<quint64> pausable(const QVector<quint64> &ids) const;
    QVector<quint64> resumable(const QVector<quint64> &ids) const;
    // Rows that failed go again with what changed since (a login, say): into
    // the run going on, or, between runs, as a retry of them.
    bool fetchAgain(const QVector<quint64> &ids, const QString &destination, int workers, QString *error);
    // Removes rows, cancelling the ones being fetched.
    void remove(const QVector<quint64> &ids);
    void clearFinished();

    // A folder the user left at the default is created on first use; a chosen
    // one must exist. Returns the OS's reason when it cannot take downloads.
    static QString prepareDestination(const QString &folder, bool createIfMissing);

Q_SIGNALS:
    void runningChanged(bool running);
    void runStarted(int total, int workers);
    void progressed(const Fetchpool::RunProgress &run);
    void runFinished(const Fetchpool::RunProgress &run, qint64 wallUs);
    void comparisonChanged();
    // The identity of the list the current run took, once hashed; the
    // timeline's comparison keys on it too.
    void listIdentified(const QByteArray &fingerprint);
    // A daemon was left out of a remote run or went away during it; the
    // message names it (never its secret) and says why.
    void endpointProblem(const QString &message);
    // A run is about to start on the chosen engine (before the daemons are asked).
    void runStarting();

private:
    void onProgressed(const RunProgress &run, const QVector<ItemProgress> &items);
    void onItemsFinished(const QVector<ItemResult> &results);
    void restoreReplaced(); // a retry that did not start
    void onRunFinished(const RunProgress &run, qint64 wallUs);
    // Starts a run of exactly `ids`, in list order (Start's choice, or Resume's).
    bool startIds(const QVector<quint64> &ids, const QString &destination, int workers, QString *error);
    QVector<DownloadJob> jobsFor(const QVector<quint64> &ids) const;
    void resumeWaiting(); // the rows resumed as the last run ended
    void followOrder(); // the list's order becomes the running queue's
    bool useChosenEngine(QString *error); // before a run starts

    DownloadModel *const m_model;
    QThreadPool &m_pool;
    DownloadEngine m_local;
    std::unique_ptr<Aria2Engine> m_remote; // the daemons of the current or last remote run
    std::unique_ptr<MixedEngine> m_mixed;  // this computer and the daemons, of the current or last mixed run
    bool m_chosenWithLocal = false;
    EngineSwitch m_engine{m_local}; // after the engines it forwards to, so it goes first
    QVector<Aria2Endpoint> m_chosenDaemons;
    QString m_chosenProblem;
    QSet<QString> m_goneMessages; // the current remote run's "went away" messages
    RunComparison m_comparison;
    // The run going on, for the comparison: each item's outcome and time,
    // and whether it takes the whole list or only some of its rows.
    RunRecord m_current;
    int m_currentListSize = 0;
    bool m_currentIsWholeList = false;
    ConnectionSettings m_connection;
    RequestOptions m_requests;
    QFutureSynchronizer<void> m_removals; // kept part files of removed rows
    QElapsedTimer m_clock; // for the model's speed samples
    QHash<quint64, ItemResult> m_replacing; // the earlier results of rows whose file is being replaced
    int m_unreplaced = 0;
    ExistingFiles m_existingFiles = ExistingFiles::Rename;
    int m_currentKeptExisting = 0; // skipped or unchanged items of the run going on: not timed, not compared
    qint64 m_rateLimit = 0;
    // Rows resumed while the run was ending: a run of their own follows it.
    QVector<quint64> m_resumeNext;
    QString m_resumeFolder;
    int m_resumeWorkers = 0;
    std::shared_ptr<const LoginTable> m_logins; // (appended) the 401 prompt's logins
};

} // namespace Fetchpool::Gui
