#pragma once

#include "aria2endpoint.h"
#include "transferengine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QVector>

namespace Fetchpool {

class Aria2RpcClient;
struct Aria2Reply;
struct Aria2RpcError;

// What one daemon did in the current or last run, for its end.
struct Aria2EndpointFigures
{
    QString endpoint;          // Aria2Endpoint::displayName(): never the token
    QString version;           // aria2's, as it answered
    int lanes = 0;             // its max-concurrent-downloads
    int files = 0;             // items it completed
    qint64 bytes = 0;          // the bytes of those
    double bytesPerSecond = 0; // bytes over the run's wall time
    bool tookPart = false;     // answered when the run started
    // Why it was left out of the run or went away during it; empty when it
    // served the whole run.
    QString problem;
};

// TransferEngine over one or more aria2 daemons, driven by JSON-RPC over
// HTTP (Aria2RpcClient), all on the owner's thread.
//
// start() returns at once; every daemon is then asked for its version and
// max-concurrent-downloads, and when all have answered or timed out the run
// starts (runStarted): those that answered take part, each with that many
// lanes (daemon d's lanes follow daemon d-1's). Items go out by free
// capacity: a daemon's room is its slots plus a backlog of as many
// (BacklogPerSlot), less the run's items on it and other clients'
// downloads there; the next item of the engine's own queue goes to the
// daemon with the most room (aria2.addUri), and aria2 starts a waiting one
// the moment another ends. The queue holds the rest in order; pauseItem and
// reorder also reach items waiting on a daemon (aria2.forcePause,
// aria2.changePosition). An item gets its lane when a poll sees aria2 run
// it. Every PollIntervalMs one system.multicall per daemon asks
// aria2.tellStatus of each of its items plus aria2.getGlobalStat; what it
// says is published coalesced through the TransferEngine signals, with the
// local engine's contracts (one ItemResult per item, runFinished exactly
// once after the last itemsFinished). Times come from those polls, so they
// are as late as one interval.
//
// A daemon whose calls fail for GoneAfterMs has gone away: its unfinished
// items (running or waiting there) return to the front of the queue for the others; with none left
// they fail, naming it and the reason.
//
// aria2 saves under the final name (with a .aria2 control file while
// incomplete), never overwriting: every download has auto-file-renaming on
// and allow-overwrite off, so DownloadJob::replaces is not honoured.
class Aria2Engine final : public TransferEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Aria2Engine)

public:
    static constexpr int PollIntervalMs = 300;
    static constexpr int PollTimeoutMs = 2'000;
    static constexpr int ProbeTimeoutMs = 3'000;
    static constexpr int GoneAfterMs = 2'000;
    // Items a daemon holds waiting beyond its slots, per slot, so that aria2
    // starts the next the moment one ends rather than at our next poll.
    static constexpr int BacklogPerSlot = 1;

    explicit Aria2Engine(QVector<Aria2Endpoint> endpoints, QObject *parent = nullptr);
    // Leaves the daemons' downloads as they are: cancel() a run first.
    ~Aria2Engine() override;

    // Returns false only for what it can tell at once (a run going, no jobs,
    // no daemon given, an unusable destination). The daemons are then asked
    // asynchronously (each at most ProbeTimeoutMs); when all have answered
    // or timed out, runStarted comes and the items go out. When no daemon
    // can take the run, every item fails with refusal() after an
    // endpointProblem per daemon, and the run finishes. Meanwhile cancel(),
    // cancelItem(), pauseItem(), enqueue() and reorder() act on the queue.
    bool start(const QVector<DownloadJob> &jobs, const EngineOptions &options, QString *error = nullptr) override;
    bool isRunning() const override { return m_running; }
    // Every item ends at once: queued ones here, those on a daemon with
    // aria2.forceRemove.
    void cancel() override;
    void cancelItem(quint64 id) override;
    // A queued item is held back; one on a daemon is stopped there with
    // aria2.forcePause and stays there, paused, until enqueue() resumes it
    // (aria2.unpause) or the run ends (then it is removed, keeping its file
    // and control file for aria2 to continue).
    bool pauseItem(quint64 id) override;
    bool enqueue(const QVector<DownloadJob> &jobs) override;
    void reorder(const QVector<quint64> &ids) override;
    RunProgress progress() const override;
    // Split evenly over the daemons taking part (max-overall-download-limit),
    // never above a cap a daemon had of its own; that cap is put back when
    // the limit is lifted or the run ends. Without a limit the daemons'
    // own settings are left alone.
    void setRateLimit(qint64 bytesPerSecond) override;
    // aria2.changeOption max-download-limit on the item's daemon.
    void setItemRateLimit(quint64 id, qint64 bytesPerSecond) override;
    QByteArray listFingerprint() const override { return m_listFingerprint; }

    // "no aria2 daemon could take the run: <each daemon and why>" when the
    // current or last run found none to take it (its items failed with it);
    // empty otherwise.
    QString refusal() const { return m_refusal; }

    const QVector<Aria2Endpoint> &endpoints() const { return m_endpoints; }
    // Per endpoint, in the order given: the current or last run's figures.
    QVector<Aria2EndpointFigures> figures() const;

Q_SIGNALS:
    // A daemon was left out of a run or went away during it; the message
    // names it (without the token) and says why.
    void endpointProblem(const QString &message);

private:
    struct Daemon;
    struct Item;

    qint64 nowUs() const;
    void probe(int daemon);
    void endProbing();
    void dispatch();
    int roomyDaemon() const; // the usable daemon with the most room, -1 for none
    int room(int daemon) const;
    void hold(int index, int daemon);
    void release(int index); // no longer held by its daemon
    void takeLane(int index, bool ending);
    // One item handed to a daemon, and which hand-over of it that is (an
    // answer to an earlier one is dropped).
    struct Handed
    {
        int index = -1;
        quint64 handOver = 0;
    };
    quint64 reserve(int index, int daemon);
    void handOver(int daemon, const QVector<Handed> &handed);
    bool onAdded(int daemon, const Handed &handed, const Aria2Reply &reply);
    void resumeOn(int index, int daemon);
    void poll();
    // `sentUs`: when the poll was sent, the latest moment a "waiting" answer speaks for.
    void onPolled(int daemon, const QVector<int> &indexes, const QVector<Aria2Reply> &replies, qint64 sentUs);
    void applyStatus(int index, const QJsonObject &status);
    void noteFailure(int daemon, const Aria2RpcError &error);
    void noteSuccess(int daemon);
    void daemonGone(int daemon);
    void requeueFront(const QVector<int> &indexes);
    void finishItem(int index, ItemState state, const FetchError &error = {});
    void stopOnDaemon(int index, bool pause);
    void forget(int daemon, const QString &gid); // removeDownloadResult
    void freeLane(int index);
    void markDirty(int index);
    void publishSoon();
    void publish();
    bool usable(int daemon) const;
    QJsonObject addOptions(const DownloadJob &job, const Aria2Endpoint &endpoint) const;
    void applyRateLimit();
    void restoreOwnLimit(int daemon);
    void setOverallLimit(int daemon, qint64 bytesPerSecond);
    int indexOf(quint64 id) const { return m_idToIndex.value(id, -1); }

    QVector<Aria2Endpoint> m_endpoints;
    QVector<Daemon> m_daemons;
    QVector<Item> m_items;
    QList<int> m_queue; // indexes into m_items, in the order they go out
    QHash<quint64, int> m_idToIndex; // an id's latest item
    EngineOptions m_options;
    quint64 m_run = 0; // counts runs: answers of an earlier run are dropped
    bool m_running = false;
    bool m_probing = false; // started, the daemons not all answered yet
    int m_probesLeft = 0;
    QTimer m_probeTimer; // bounds the probing should a client's own timeout not fire
    QString m_refusal;
    QElapsedTimer m_clock;
    qint64 m_wallUs = 0;
    QTimer m_pollTimer;
    QTimer m_publishTimer;
    QVector<int> m_dirty;
    QVector<ItemResult> m_finished; // since the last publication
    RunProgress m_counts;           // total, done, failed, cancelled, paused
    qint64 m_finishedBytes = 0;
    qint64 m_rateLimit = 0;
    QByteArray m_listFingerprint;
    bool m_fingerprintPending = false;
    QString m_lastGone; // "engine <name> went away: <reason>" of the last daemon that went
};

} // namespace Fetchpool
