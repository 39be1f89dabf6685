#pragma once

#include "downloadengine.h"
#include "inflightitems.h"
#include "sweepreport.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QVector>

#include <memory>

class QTemporaryDir;

namespace Fetchpool {

struct SweepOptions
{
    QVector<int> workerCounts; // run in increasing order, each once; 1..EngineOptions::MaxWorkers
    // Timeouts, retries, per-host cap. `destination` is where the scratch
    // folder is made; empty means the system's temporary folder.
    EngineOptions engine;
    int sampleSize = 0;        // fetch a random sample of this many URLs; 0 = the whole list
    quint32 sampleSeed = 1;    // the same seed picks the same sample
    // Each step after the first may take at most this many times as long as
    // the longest step that ran to its end, and never less than
    // minStepTimeoutMs; a step cut off is marked SweepStep::timedOut. 0: no limit.
    double stepTimeoutFactor = 3.0;
    int minStepTimeoutMs = 10'000;
};

// 1, 2, 4, ... up to `maxWorkers`, which is included even when it is not a power of two.
QVector<int> doublingWorkerCounts(int maxWorkers);
// `count` URLs picked at random (reproducibly, from `seed`), in list order.
// The whole list when `count` is 0 or not smaller than the list.
QVector<QUrl> sampleUrls(const QVector<QUrl> &urls, int count, quint32 seed);

// Measures one list at several worker counts, one run after the other, to
// find how many workers this list is worth.
//
// Each step is a complete run of the list through a DownloadEngine into a
// fresh subfolder of a scratch folder, so every step writes every file. The
// subfolder is deleted after its step (on a thread of the sweep's own, with
// the next step waiting for it so deletion never overlaps a measurement),
// and the scratch folder when the sweep ends, cancelled or not.
//
// A step after the first has a time limit relative to the steps before it
// (SweepOptions::stepTimeoutFactor): one URL that stalls cannot hold the
// sweep for minutes. While a step runs, longestWait() names the URL it has
// waited on longest.
//
// Lives on its owner's thread and never blocks it: the engine's signals and
// the cleanup's end drive the sweep forward from that thread's event loop.
class WorkerSweep final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerSweep)

public:
    explicit WorkerSweep(QObject *parent = nullptr);
    ~WorkerSweep() override; // cancels, waits for the workers and the cleanup, removes the scratch folder

    // Starts the first step. Returns false, with a specific reason in *error,
    // when a sweep is going, the list or the counts are empty, a count is out
    // of range, or the scratch folder cannot be made.
    bool start(const QVector<QUrl> &urls, const SweepOptions &options, QString *error = nullptr);
    // Prompt: the running step's transfers stop, its files are removed, and
    // finished() follows with result().cancelled set.
    void cancel();

    bool isRunning() const { return m_running; }
    const SweepResult &result() const { return m_result; }
    QVector<QUrl> urls() const { return m_urls; } // after sampling
    QString scratchFolder() const;                // empty when no sweep is going
    int stepCount() const { return int(m_counts.size()); }
    // The running step's time limit; 0 when it has none (the first step).
    qint64 stepTimeoutUs() const { return m_stepTimeoutUs; }

    struct Wait
    {
        QUrl url;
        qint64 waitedUs = 0;
    };
    // The in-flight URL the running step has waited on longest.
    std::optional<Wait> longestWait() const;

Q_SIGNALS:
    void stepStarted(int index, int workers);
    void progressed(int index, const Fetchpool::RunProgress &run);
    void stepFinished(int index, const Fetchpool::SweepStep &step);
    // Exactly once per sweep, after the scratch folder is gone.
    void finished(const Fetchpool::SweepResult &result);

private:
    bool startStep(QString *error);
    qint64 timeoutForNextStep() const;
    void onProgressed(const RunProgress &run, const QVector<ItemProgress> &items);
    void onStepTimedOut();
    void onRunFinished(const RunProgress &run, qint64 wallUs);
    void onCleanupFinished();
    void finish(const QString &error = {});

    // Destroyed in reverse order: the engine stops its workers first, then
    // the cleanup thread ends, and the scratch folder goes last.
    std::unique_ptr<QTemporaryDir> m_scratch;
    QThreadPool m_cleanupPool;
    QFutureWatcher<void> m_cleanup;
    DownloadEngine m_engine;

    SweepOptions m_options;
    QVector<QUrl> m_urls;
    QVector<int> m_counts;
    int m_step = 0;
    QString m_stepFolder;
    bool m_running = false;
    bool m_cancelled = false;
    SweepResult m_result;

    QTimer m_stepTimer;
    qint64 m_stepTimeoutUs = 0;
    bool m_stepTimedOut = false;
    InFlightItems m_inFlight;
    qint64 m_stepElapsedUs = 0; // of the running step, at its last batch
};

} // namespace Fetchpool

Q_DECLARE_METATYPE(Fetchpool::SweepStep)
Q_DECLARE_METATYPE(Fetchpool::SweepResult)
