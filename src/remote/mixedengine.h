#pragma once

#include "aria2engine.h"
#include "transferengine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QVector>

#include <memory>

namespace Fetchpool {

class DownloadEngine;

// What this computer's side of a mixed run did, for its end.
struct LocalSideFigures
{
    int workers = 0;
    int files = 0;   // items it completed
    qint64 bytes = 0; // the bytes of those
};

// One batch shared by this computer's thread pool (a DownloadEngine) and
// aria2 daemons (an Aria2Engine). Its one job is sharing: the composite
// keeps the run's queue itself and hands each side one job per free lane,
// topping it up as its items end (enqueue(), or a new sub-run of that side
// once its run is over). This computer's W workers are lanes 0..W-1, the
// daemons' L slots lanes W..W+L-1. Until the daemons have answered only the
// local side takes jobs beyond the one the remote side is started with
// (it needs a job to ask the daemons); runStarted(total, W + L) comes once,
// when they answered or gave up.
//
// The daemons are an extra, never a condition: when none can take the run,
// or the last one goes away, the items they held come back into the queue
// for this computer (each still ends exactly once) and endpointProblem /
// refusal() say why. Contracts are the local engine's. The run's speed limit
// is the two sides' sum: each side gets the share of its lanes (the daemons
// count as one lane until they answered; this computer gets it all once they
// are out). An item's own limit goes to the side that holds it.
class MixedEngine final : public TransferEngine
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MixedEngine)

public:
    explicit MixedEngine(QVector<Aria2Endpoint> endpoints, QObject *parent = nullptr);
    // Cancels a run going on (the daemons' downloads of it are removed there).
    ~MixedEngine() override;

    bool start(const QVector<DownloadJob> &jobs, const EngineOptions &options, QString *error = nullptr) override;
    bool isRunning() const override { return m_running; }
    void cancel() override;
    void cancelItem(quint64 id) override;
    bool pauseItem(quint64 id) override;
    bool enqueue(const QVector<DownloadJob> &jobs) override;
    void reorder(const QVector<quint64> &ids) override;
    RunProgress progress() const override;
    void setRateLimit(qint64 bytesPerSecond) override;
    void setItemRateLimit(quint64 id, qint64 bytesPerSecond) override;
    QByteArray listFingerprint() const override { return m_listFingerprint; }

    // The daemons' refusal of the current or last run (every item then went
    // to this computer); empty otherwise.
    QString refusal() const { return m_remoteRefusal; }
    LocalSideFigures localFigures() const { return m_localFigures; }
    // Per daemon, over every sub-run the daemons' side had in the current or
    // last run (the rate over the whole run's wall time).
    QVector<Aria2EndpointFigures> remoteFigures() const;
    const QVector<Aria2Endpoint> &endpoints() const { return m_remote->endpoints(); }

Q_SIGNALS:
    void endpointProblem(const QString &message);

private:
    enum class Side { Queued, Local, Remote, Ended };
    struct Item
    {
        DownloadJob job;
        Side side = Side::Queued;
        qint64 received = 0;
    };

    void dispatch();
    void feedLocal();
    void feedRemote();
    int remoteLanes() const; // slots of the daemons still taking part
    int unfinishedOn(Side side) const;
    QVector<DownloadJob> takeQueued(int count, Side side);
    void onProgressed(Side side, const RunProgress &run, const QVector<ItemProgress> &items);
    void onItemsFinished(Side side, const QVector<ItemResult> &results);
    void onRemoteStarted(int lanes);
    void onSideFinished(Side side);
    void endQueued(quint64 id, ItemState state, const QString &message = {});
    void announce(); // runStarted, then what was held back for it
    void maybeFinish();
    int remap(Side side, int worker) const;
    int rateLanes(Side side) const;
    qint64 rateShare(Side side) const; // of m_rateLimit, 0 for none
    void applyRateShares();

    std::unique_ptr<DownloadEngine> m_local;
    std::unique_ptr<Aria2Engine> m_remote;
    EngineOptions m_options;
    qint64 m_rateLimit = 0; // the whole run's, split by applyRateShares()
    QHash<quint64, Item> m_items;
    QList<quint64> m_queue;
    RunProgress m_counts;
    LocalSideFigures m_localFigures;
    QElapsedTimer m_clock;
    QByteArray m_listFingerprint;
    bool m_fingerprintPending = false;
    QString m_remoteRefusal;
    QStringList m_goneMessages; // endpointProblem's "went away" messages of this run
    QVector<Aria2EndpointFigures> m_remoteEarlier; // the daemons' ended sub-runs of this run, summed
    int m_remoteSubRuns = 0;
    qint64 m_wallUs = 0;
    int m_localLanes = 0;
    int m_remoteLaneCount = 0; // the lanes announced for the remote side
    bool m_running = false;
    bool m_cancelling = false;
    bool m_announced = false;     // runStarted emitted
    bool m_remoteAnswered = false; // the remote side's current sub-run has started
    bool m_remoteUsable = true;   // false once no daemon can take part
    bool m_remoteStartPending = false;
    QVector<ItemProgress> m_heldProgress; // before runStarted
    QVector<ItemResult> m_heldResults;
};

} // namespace Fetchpool
