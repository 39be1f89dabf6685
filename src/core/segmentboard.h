#pragma once

#include "downloadtypes.h"

#include <QHash>
#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <optional>

namespace Fetchpool {

class Cancellation;
class SegmentedPart;

// The files of one run that are being fetched in segments, where a worker
// that finds no queued item left looks for work: a segment of a file in
// flight (SegmentedPart::claim). Segments are jobs for the same pool, so the
// worker count still bounds the connections.
class SegmentBoard final
{
    Q_DISABLE_COPY_MOVE(SegmentBoard)

public:
    struct Ticket
    {
        std::shared_ptr<SegmentedPart> part;
        int segment = -1;
    };

    SegmentBoard() = default;

    void add(const std::shared_ptr<SegmentedPart> &part);
    void remove(const SegmentedPart *part);
    // A segment for an idle `worker`, waiting up to `waitMs` for one; none
    // when nothing is to be had now. `helper` is the cancellation the
    // segment's transfer will watch.
    std::optional<Ticket> take(int worker, Cancellation *helper, int waitMs);
    // Something changed: a file was added, a segment ended, an item ended.
    void wakeAll();
    // The segments of item `index` so far, if it is fetched in segments.
    QVector<SegmentRecord> detail(int index) const;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    QHash<int, std::shared_ptr<SegmentedPart>> m_parts; // by item index
    quint64 m_generation = 0; // counts wakeAll(), so a change before the wait is not missed
};

} // namespace Fetchpool
