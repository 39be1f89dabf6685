#pragma once

#include "downloadtypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <memory>

namespace Fetchpool {

class Cancellation;
class FetchObserver;
class FileNamer;
class HostLimiter;
class ResponseHead;
class SegmentBoard;
class SegmentedPart;
class TransferPacer;
class WorkerSlot;
struct HeadVerdict;
struct ItemTransfer;

// The requests of a file fetched in segments, on one worker's handles:
// starting the segments when the item's first response allows it, one
// segment's transfer with its retries (a helper's job, or the item's own
// worker stealing), and the item's worker's part at the end: taking what is
// left of its own file, then waiting for the helpers.
class SegmentFetch final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::SegmentFetch)
    Q_DISABLE_COPY_MOVE(SegmentFetch)

public:
    SegmentFetch(const EngineOptions &options, FileNamer &namer, HostLimiter &hosts, WorkerSlot &slot,
                 const QElapsedTimer &runClock);

    // The worker's place in the run: the board idle workers look at, and
    // who it is. Without a board nothing is split.
    void setSite(SegmentBoard *board, int worker, int itemIndex);

    // Called with the head of the item's own response that is about to be
    // saved from `verdict.saveFrom`: makes the transfer segmented when the
    // file allows it (size, Accept-Ranges, a validator) or when it continues a
    // segmented part. Returns whether it did.
    bool start(ItemTransfer &transfer, const ResponseHead &head, const HeadVerdict &verdict,
               const QUrl &source, Cancellation &cancellation);

    // Fetches `segment` until it is complete, the part stops, or
    // `cancellation` fires, then ends it. A transient failure is retried out
    // of the item's budget; any other failure fails the whole item.
    void run(const std::shared_ptr<SegmentedPart> &part, int segment, Cancellation &cancellation,
             FetchObserver &observer);
    // The speed limits the segments fetched from now on keep to (the run's
    // and the item's, see TransferPacer); none when null.
    void setPacer(TransferPacer *pacer) { m_pacer = pacer; }
    // The item's worker after its first segment: steals what is left of the
    // file, waits for the helpers, and says how the download ended.
    FetchError finishOwn(ItemTransfer &transfer, Cancellation &cancellation, FetchObserver &observer);
    // No segment of the transfer runs any more afterwards, and no worker
    // takes one: the part file may be renamed, kept or removed.
    void retire(ItemTransfer &transfer);

    // Whether the head answers a segment request that asked for the bytes
    // from `from` on with what the segment needs: a 206 of the same file at
    // that offset. A head that shows the file changed or ranges unsupported
    // (200, another validator, 412, 416) stops the part's segments; any other
    // (a redirect, an error) is for the exchange to handle as usual.
    static bool acceptHead(SegmentedPart &part, const ResponseHead &head, qint64 from);

    // The smallest segment a split leaves, for `minSplitSize`.
    static qint64 minSegment(qint64 minSplitSize);

private:
    FetchError once(const std::shared_ptr<SegmentedPart> &part, int segment, Cancellation &cancellation,
                    FetchObserver &observer);

    const EngineOptions &m_options;
    FileNamer &m_namer;
    HostLimiter &m_hosts;
    WorkerSlot &m_slot;
    const QElapsedTimer &m_runClock;
    SegmentBoard *m_board = nullptr;
    int m_worker = -1;
    int m_itemIndex = -1;
    TransferPacer *m_pacer = nullptr;
};

} // namespace Fetchpool
