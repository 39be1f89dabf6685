#pragma once

#include "downloadtypes.h"
#include "resumerecord.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QUrl>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace Fetchpool {

class Cancellation;

// One file fetched in segments: the bytes of its `.part` that are done, the
// segments being fetched (each by one worker, written with pwrite at its
// offset into the one descriptor the item's PartFile holds) and the spans
// nobody fetches yet. Thread-safe: the item's own worker and the helpers
// that took segments of it all call in.
//
// A helper takes a segment with claim(): a span nobody fetches, else half of
// the largest remaining range of a running segment, as aria2 splits, not
// below the minimum segment size, except at the end of the file: there a
// smaller half is still taken while its segment would need much longer for
// it than a new request of this file took to bring its first byte, so the
// last connections finish together instead of one trailing alone. The resume record on the part lists the
// done spans (ResumeRecord::done), rewritten as they grow, so a stopped or
// killed run continues with only the missing ranges.
class SegmentedPart final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::SegmentedPart)
    Q_DISABLE_COPY_MOVE(SegmentedPart)

public:
    struct Setup
    {
        int itemIndex = -1;
        QUrl url;             // as listed: the resume record's key
        QUrl source;          // where the segments are fetched from (after redirects)
        QByteArray validator; // strong ETag or Last-Modified
        qint64 total = 0;
        QVector<ResumeRecord::Span> done; // already on disk
        int fd = -1;          // the part's, owned by its PartFile, which outlives every segment
        int maxSegments = 1;  // at once
        qint64 minSegment = 1024 * 1024;
        int retries = 0;      // the item's budget for all its segments together
        const Cancellation *item = nullptr;
        const QElapsedTimer *clock = nullptr;
        std::shared_ptr<const ItemHeaders> itemHeaders; // the item's own request headers, for every segment
    };

    enum class Write { Continue, SegmentDone, Stopped, Failed };

    explicit SegmentedPart(Setup setup);

    const Setup &setup() const { return m_setup; }

    // The segment of the item's own first response, which streams from
    // `streamStart`: to the end of the missing span there.
    int openFirst(int worker, qint64 streamStart);
    // A segment for `worker` to fetch, or none (see above). A helper passes
    // the cancellation that stops its transfer: it is cancelled with the
    // item, and when the download falls back to one connection.
    std::optional<int> claim(int worker, Cancellation *helper);
    qint64 nextByte(int segment) const;
    qint64 segmentEnd(int segment) const;
    // The next bytes of `segment`'s response; only up to the segment's end
    // (which a split may have moved) are written.
    Write write(int segment, const char *data, qint64 length, qint64 *written, QString *error);
    // The transfer of `segment` is over; what it did not fetch goes back.
    void endSegment(int segment);
    // One more attempt for a failed segment, out of the item's budget.
    bool takeRetry();

    // Stops every segment: the download goes on from zero on one
    // connection (`reason`, logged), or fails with `error`.
    void collapse(const QString &reason);
    void fail(const FetchError &error);
    bool isStopped() const { return m_stopFlag.load(std::memory_order_acquire); }
    bool isCollapsed() const;
    FetchError stopError() const;
    // Cancels every helper's transfer (the item was cancelled).
    void cancelHelpers();
    // Called without the lock whenever a segment ends or the part stops: a
    // worker waiting for work may find some.
    void setChangedCallback(std::function<void()> changed) { m_changed = std::move(changed); }
    void setOwnerWake(std::function<void()> wake) { m_wakeOwner = std::move(wake); }

    // Waits up to `ms` for a segment to end or the part to stop.
    void waitForChange(int ms);
    bool isComplete() const;
    int activeSegments() const;
    bool hasClaimableWork() const;
    qint64 doneBytes() const;
    // Rewrites the resume record with the spans done now; false when the
    // file system refuses it.
    bool writeRecord();
    QVector<SegmentRecord> history() const;

    static constexpr qint64 RecordEveryBytes = 256 * 1024;
    // The least half the end of a file is split into.
    static constexpr qint64 MinTailHalf = 64 * 1024;

private:
    struct Segment
    {
        int worker = -1;
        qint64 begin = 0;
        qint64 end = 0;     // exclusive; a split moves it down
        qint64 claimed = 0; // handed to a write, maybe not yet on disk
        qint64 written = 0; // on disk
        bool active = true;
        qint64 startUs = -1;
        qint64 endUs = -1;
        Cancellation *helper = nullptr;
        bool receiving = false; // its first bytes arrived
    };
    enum class Stopped { No, Collapsed, Failed };

    int addSegment(int worker, qint64 begin, qint64 end, Cancellation *helper); // under m_mutex
    bool isWorthSplitting(const Segment &segment, qint64 nowUs) const;          // under m_mutex
    QVector<ResumeRecord::Span> doneSpans() const;                              // under m_mutex
    bool writeRecordLocked();
    void stop(Stopped how, const FetchError &error);
    qint64 nowUs() const;
    void notifyChanged();

    const Setup m_setup;
    mutable QMutex m_mutex;
    QWaitCondition m_segmentEnded;
    std::vector<Segment> m_segments;
    QVector<ResumeRecord::Span> m_missing; // nobody fetches these
    qint64 m_done = 0;
    qint64 m_sinceRecord = 0;
    int m_retriesLeft = 0;
    qint64 m_requestSetupUs = -1; // the longest a helper's request took to its first byte
    bool m_recorded = false;
    Stopped m_stopped = Stopped::No;
    std::atomic_bool m_stopFlag{false}; // m_stopped != No, for a look without the lock
    FetchError m_stopError;
    std::function<void()> m_changed;
    std::function<void()> m_wakeOwner;
};

} // namespace Fetchpool
