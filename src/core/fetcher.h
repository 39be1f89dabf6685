#pragma once

#include <QCoreApplication>

#include "downloadtypes.h"

#include <QElapsedTimer>

#include <memory>

namespace Fetchpool {

class Cancellation;
class FileNamer;
class HostLimiter;
class ItemFolders;
class ResumeIndex;
class SegmentBoard;
class SegmentFetch;
class TransferPacer;
class WorkerSlot;
struct HopOutcome;
struct ItemFolder;
struct ItemTransfer;

// What a fetch reports while it runs; called on the fetching thread.
class FetchObserver
{
public:
    virtual ~FetchObserver() = default;
    virtual void stateChanged(ItemState state) = 0;
    // `received` counts the whole file, including bytes kept from an earlier attempt.
    virtual void bytesReceived(qint64 delta, qint64 received, qint64 total) = 0;
    virtual void requestOpened() = 0;
    virtual void requestClosed() = 0;
    // Attempt `attempt` (from 1) begins; a wait for it is over.
    virtual void attemptStarted(int attempt) = 0;
    // `failed` ended an attempt that is worth repeating: the next one begins
    // after `delayMs`, unless the item is cancelled first.
    virtual void retryScheduled(const AttemptRecord &failed, int delayMs) = 0;
};

// Performs one item's download on the calling thread with one worker's
// libcurl handles: the attempts (retries with backoff and Retry-After), the
// redirect hops (RedirectPolicy), continuing a part an interrupted earlier
// run left, and the end: the rename to the final name and the content check,
// or a part kept for a later run, or nothing at all.
class Fetcher final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Fetcher)
    Q_DISABLE_COPY_MOVE(Fetcher)

public:
    // `folders` has the destination and the subfolders items are saved in
    // (DownloadJob::subdir), each with its file names and kept parts.
    Fetcher(const EngineOptions &options, ItemFolders &folders, HostLimiter &hosts, WorkerSlot &slot,
            const QElapsedTimer &runClock);
    ~Fetcher();

    // `pacer`, if given, keeps the transfer within the speed limits. An item
    // with mirrors tries them in order (MirrorRotation).
    ItemResult fetch(const DownloadJob &job, Cancellation &cancellation, FetchObserver &observer,
                     TransferPacer *pacer = nullptr);
    // Where the next fetch() may offer its file's segments to idle workers
    // (SegmentFetch): the run's board, this worker and the item's index.
    void setSegmentSite(SegmentBoard *board, int worker, int itemIndex);

    static QString userAgent();
    // `reason` with the number of `attempts` and the time they took, for a failure after retries.
    static QString withAttemptSummary(const QString &reason, const QVector<AttemptRecord> &attempts);

private:
    // One URI of the item, into `folder`.
    ItemResult fetchOne(const DownloadJob &job, const ItemFolder &folder, Cancellation &cancellation,
                        FetchObserver &observer, TransferPacer *pacer);
    FetchError attempt(ItemTransfer &transfer, Cancellation &cancellation, FetchObserver &observer);
    HopOutcome request(const QUrl &url, ItemTransfer &transfer, Cancellation &cancellation,
                       FetchObserver &observer);
    int retryDelayMs(int attempt, int retryAfterMs) const;
    qint64 nowUs() const; // on the run clock
    void continuePart(ItemTransfer &transfer, ResumeIndex &resumable, FetchObserver &observer);
    void finish(ItemTransfer &transfer, const Cancellation &cancellation, FetchError error, ItemResult &result);
    void fallBackToOneConnection(ItemTransfer &transfer, Cancellation &cancellation);
    void settleSegments(ItemTransfer &transfer, const Cancellation &cancellation, const FetchError &error,
                        ItemResult &result);

    const EngineOptions &m_options;
    ItemFolders &m_folders;
    HostLimiter &m_hosts;
    WorkerSlot &m_slot;
    const QElapsedTimer &m_runClock;
    std::unique_ptr<SegmentFetch> m_segmentFetch;
};

} // namespace Fetchpool
