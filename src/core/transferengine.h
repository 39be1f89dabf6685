#pragma once

#include "downloadtypes.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVector>

namespace Fetchpool {

// What the window and the CLI drive: something that takes a batch of
// downloads and reports on it through the signals below, always on the
// owner's thread. DownloadEngine runs the batch on this machine's thread
// pool; Aria2Engine hands it to aria2 daemons over JSON-RPC. The model, the
// timing panel, the comparison and the timeline read only these signals, so
// they work the same over both.
class TransferEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferEngine)

public:
    using QObject::QObject;
    ~TransferEngine() override = default;

    // Starts a run. Returns false (with a specific reason in *error) when a
    // run is already going, the job list is empty, or the run cannot start.
    virtual bool start(const QVector<DownloadJob> &jobs, const EngineOptions &options,
                       QString *error = nullptr) = 0;
    virtual bool isRunning() const = 0;
    // Ends the whole run promptly; every item ends.
    virtual void cancel() = 0;
    // One item, queued or in flight.
    virtual void cancelItem(quint64 id) = 0;
    // Holds one item back, or stops it in flight keeping what it has; it ends
    // Paused. False when no run is going or the item is not in it.
    virtual bool pauseItem(quint64 id) = 0;
    // Jobs join the running run at the end of its queue. False when no run
    // takes them (none is going, or it is ending).
    virtual bool enqueue(const QVector<DownloadJob> &jobs) = 0;
    // The queued items named in `ids` are taken next, in that order.
    virtual void reorder(const QVector<quint64> &ids) = 0;
    // The latest counters, also between batches.
    virtual RunProgress progress() const = 0;
    // Speed limits in bytes per second, 0 = none, acting on the run going on.
    virtual void setRateLimit(qint64 bytesPerSecond) = 0;
    virtual void setItemRateLimit(quint64 id, qint64 bytesPerSecond) = 0;
    // The listFingerprint() of the current or last run's URLs, when its
    // options asked for it and it is ready; empty otherwise.
    virtual QByteArray listFingerprint() const = 0;

Q_SIGNALS:
    // `workers` is the number of lanes the timeline draws: threads here, or
    // the download slots of the daemons for a remote engine.
    void runStarted(int total, int workers);
    // Coalesced: the latest state of every item that changed since the last batch.
    void progressed(const Fetchpool::RunProgress &run,
                    const QVector<Fetchpool::ItemProgress> &items);
    // Coalesced: items that reached a final state since the last batch.
    void itemsFinished(const QVector<Fetchpool::ItemResult> &results);
    // Once per run that asked for it (EngineOptions::fingerprintList), as soon
    // as the list is hashed and always before that run's runFinished.
    void listIdentified(const QByteArray &fingerprint);
    // Exactly once per run, after the last itemsFinished of that run.
    void runFinished(const Fetchpool::RunProgress &run, qint64 wallUs);
};

} // namespace Fetchpool
