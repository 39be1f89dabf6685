#pragma once

#include "transferengine.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QThreadPool;

namespace Fetchpool {

class CurlShare;
class RunState;
class SlotPool;
class TrustStore;

// Runs one batch of downloads at a time on a private QThreadPool.
//
// Sequential and Parallel are the same code path: the pool gets `workers`
// threads, each running a worker loop that takes the next queued job and
// performs it with libcurl on its own thread, through a worker slot (one
// easy handle and one multi handle) that the engine keeps between runs. The
// engine object lives on its owner's thread (the UI thread in the window);
// workers never call back into it directly. They record progress in the run's
// shared state, and a timer on the owner thread publishes it in coalesced
// batches (at most ~30 a second) through the signals below.
class DownloadEngine final : public TransferEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadEngine)

public:
    explicit DownloadEngine(QObject *parent = nullptr);
    ~DownloadEngine() override; // cancels a run in progress and waits for its workers

    // Starts a run. Returns false (with a specific reason in *error) when a run
    // is already going, the job list is empty, or the destination folder is
    // missing or not writable.
    bool start(const QVector<DownloadJob> &jobs, const EngineOptions &options,
               QString *error = nullptr) override;

    bool isRunning() const override;
    // The whole run; prompt, every item ends. Items whose server gave a
    // validator keep their part file, and the next run into the same folder
    // continues them with Range/If-Range.
    void cancel() override;
    void cancelItem(quint64 id) override;  // one item, queued or in flight; its part file is removed

    // The queue of the run going on, from the owner thread (no run: nothing
    // happens, false). An item paused in flight stops at once and keeps a
    // resumable part; a queued one is held back. Either ends Paused, which
    // counts as neither failed nor cancelled.
    bool pauseItem(quint64 id) override;
    // Jobs join the running run at the end of its queue (resuming paused
    // items, rows added meanwhile); more workers start up to the run's
    // count. An id still queued or in flight in this run is left out. False
    // when no run takes them: none is going, it is stopping, or its last
    // item has already ended (then runFinished follows).
    bool enqueue(const QVector<DownloadJob> &jobs) override;
    // The queued items named in `ids` are taken next, in that order; the
    // others follow in their present order.
    void reorder(const QVector<quint64> &ids) override;
    RunProgress progress() const override; // the latest counters, also between batches
    // Speed limits in bytes per second, 0 = none, acting at once on the run
    // in progress (a run starts with EngineOptions::rateLimit and each item
    // with DownloadJob::rateLimit). The global one is shared fairly by all
    // transfers; an item's own applies on top of it. No effect between runs.
    void setRateLimit(qint64 bytesPerSecond) override;
    void setItemRateLimit(quint64 id, qint64 bytesPerSecond) override;
    // The listFingerprint() of the current or last run's URLs, when its
    // options asked for it (EngineOptions::fingerprintList) and it is ready;
    // empty otherwise. Ready at the latest when runFinished is emitted.
    QByteArray listFingerprint() const override { return m_listFingerprint; }

    // A specific reason why `folder` cannot take downloads, or an empty string.
    static QString checkDestination(const QString &folder);
    // A specific reason why `file` cannot serve as extra CA certificates
    // (EngineOptions::caCertificateFile), or an empty string. Empty is fine.
    static QString checkCaCertificates(const QString &file);

private:
    void onRunComplete(); // queued from the worker that ends the last item
    void publish();
    void cancelIndex(int index, bool keepResumablePart);
    int indexOf(quint64 id); // the item's latest slot in this run, -1 for none
    void startLoops(int count); // more worker loops, up to the run's worker count
    void startFingerprint(const QVector<DownloadJob> &jobs);
    void announceFingerprint();

    // Destroyed in this order's reverse: the pool's threads end first, then
    // the workers' libcurl handles, then what they shared.
    std::unique_ptr<CurlShare> m_share;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<SlotPool> m_slots;
    std::unique_ptr<QThreadPool> m_pool;
    std::shared_ptr<RunState> m_run;
    QTimer m_publishTimer;
    RunProgress m_lastProgress;
    QHash<quint64, int> m_idToIndex; // item id → latest slot, built by the first indexOf() of a run

    // The run's list identity, hashed on a thread of its own; the destructor
    // waits for it.
    std::unique_ptr<QThreadPool> m_hashPool;
    QFutureWatcher<QByteArray> m_hashing;
    QByteArray m_listFingerprint;
    bool m_fingerprintPending = false; // hashing, and listIdentified not yet emitted
};

} // namespace Fetchpool
