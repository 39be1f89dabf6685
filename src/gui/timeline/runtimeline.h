#pragma once

#include "downloadtypes.h"

#include <QHash>
#include <QString>
#include <QUrl>
#include <QVector>

#include <utility>

namespace Fetchpool::Gui {

// How a timeline bar ends, which decides its colour.
enum class BarOutcome : quint8 {
    Running,   // still being fetched
    Done,      // done at the first attempt
    Retried,   // done, after one or more transient failures
    Failed,
    Cancelled,
};

// What a bar stands for: an item on the lane of the worker that picked it up
// (for a file fetched in segments, from its first request to its end), or a
// segment of such a file that another worker fetched, on that worker's lane.
enum class BarKind : quint8 {
    Item,
    Segment,
};

// One item of one run on its worker's lane: from the moment a worker picked
// it up, through the first response byte, to its end. Or one helper's
// segment of a file, from its request to its last byte.
struct TimelineBar
{
    quint64 id = 0; // the item's, for a segment too
    BarKind kind = BarKind::Item;
    int lane = -1;
    qint64 startUs = -1;     // microseconds since the run started
    qint64 firstByteUs = -1; // -1 while waiting (or when no response ever came)
    qint64 endUs = -1;       // -1 while running
    qint64 bytes = 0;
    int attempts = 0;
    BarOutcome outcome = BarOutcome::Running;
    QUrl url;          // known once the item has ended
    QString error;     // why it failed or was cancelled
    // A segment: the bytes it covers (it shrinks when another worker takes
    // its second half); `bytes` is how many of them arrived.
    qint64 segmentOffset = 0;
    qint64 segmentLength = 0;
    // An item fetched in segments: how many, and by how many workers.
    int segments = 0;
    int segmentWorkers = 0;

    bool isSegment() const { return kind == BarKind::Segment; }
    bool isSegmented() const { return kind == BarKind::Segment || segments > 0; }

    bool isFinished() const { return endUs >= 0; }
    // Where the bar ends on screen: a running bar reaches up to `nowUs`.
    qint64 endOr(qint64 nowUs) const { return endUs >= 0 ? endUs : qMax(startUs, nowUs); }
};

// What one run looked like in time: one lane per worker, one bar per item
// a worker picked up, and one per segment a worker fetched of a file that
// another worker picked up (the owner's own segments lie inside its item's
// bar). Fed with the engine's coalesced batches; each lane keeps
// its bars ordered by start time, so painting and hit testing find the bars in
// a time window by binary search instead of walking all of them.
class RunTimeline final
{
public:
    RunTimeline() = default;
    // `workers` as requested (1 = Sequential); the run gets min(workers, total) lanes.
    RunTimeline(int total, int workers);

    void applyProgress(const QVector<ItemProgress> &items, qint64 elapsedUs);
    void applyResults(const QVector<ItemResult> &results);
    void finish(const RunProgress &totals, qint64 wallUs);

    int workers() const { return m_workers; }
    bool isSequential() const { return m_workers == 1; }
    int itemCount() const { return m_total; }
    // How many items the list held when the run started; a run that took
    // fewer (a retry, the rows added since, the stopped ones continued) is partial.
    void setListedItems(int listed) { m_listed = listed; }
    int listedItems() const { return qMax(m_listed, m_total); }
    bool isPartial() const { return m_listed > m_total; }
    int laneCount() const { return int(m_lanes.size()); }
    bool isFinished() const { return m_finished; }
    // The run went to aria2 daemons: its lanes are their download slots and
    // its times were polled.
    void setRemote(bool remote) { m_remote = remote; }
    bool isRemote() const { return m_remote; }
    // The run was shared by this computer's workers (the first lanes) and
    // the daemons' slots.
    void setMixed(bool mixed) { m_mixed = mixed; }
    bool isMixed() const { return m_mixed; }
    // The wall time once finished, the latest elapsed time while running.
    qint64 nowUs() const { return m_nowUs; }
    const RunProgress &totals() const { return m_totals; }

    // Items and segments, in the order they first appeared.
    const QVector<TimelineBar> &bars() const { return m_bars; }
    // The bars of the segments other workers fetched of item `id`.
    QVector<const TimelineBar *> segmentsOf(quint64 id) const;
    // Indices into bars(), ordered by start time.
    const QVector<int> &lane(int lane) const { return m_lanes.at(lane); }
    const TimelineBar *barForId(quint64 id) const;

    // The positions in lane(lane) of the bars overlapping [fromUs, toUs), as a
    // half-open range. Bars on one lane never overlap, so both their starts
    // and their ends are ordered and two binary searches find the window.
    std::pair<int, int> barsBetween(int lane, qint64 fromUs, qint64 toUs) const;
    // The bar on `lane` nearest to `us` within `toleranceUs`, as an index into bars(), or -1.
    int barAt(int lane, qint64 us, qint64 toleranceUs) const;

private:
    // Indices into m_bars, or -1; a new bar may move the others in memory.
    int barFor(quint64 id, int worker, qint64 startUs);
    void placeOnLane(int barIndex);
    void applySegments(int itemIndex, const QVector<SegmentRecord> &segments);
    void settleSegments(int itemIndex);

    int m_total = 0;
    int m_workers = 0;
    int m_listed = 0;
    bool m_remote = false;
    bool m_mixed = false;
    bool m_finished = false;
    qint64 m_nowUs = 0;
    RunProgress m_totals;
    QVector<TimelineBar> m_bars;
    QVector<QVector<int>> m_lanes;
    QHash<quint64, int> m_byId;                  // item bars
    QHash<quint64, QVector<int>> m_segmentsById; // helpers' segment bars, per item
};

} // namespace Fetchpool::Gui
