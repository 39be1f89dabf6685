#include "runtimeline.h"

#include <QSet>

#include <algorithm>

namespace Fetchpool::Gui {

namespace {

BarOutcome outcomeOf(const ItemResult &result)
{
    switch (result.state) {
    case ItemState::Done:
        return result.attempts > 1 ? BarOutcome::Retried : BarOutcome::Done;
    case ItemState::Failed:
        return BarOutcome::Failed;
    case ItemState::Cancelled:
    case ItemState::Paused: // on its lane, a paused bar ends as a stopped one does
        return BarOutcome::Cancelled;
    case ItemState::Queued:
    case ItemState::Connecting:
    case ItemState::Receiving:
        break;
    }
    return BarOutcome::Running;
}

} // namespace

RunTimeline::RunTimeline(int total, int workers)
    : m_total(total)
    , m_workers(workers)
{
    m_lanes.resize(qMax(0, qMin(total, workers)));
    m_bars.reserve(total);
    m_byId.reserve(total);
}

const TimelineBar *RunTimeline::barForId(quint64 id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.constEnd() ? nullptr : &m_bars.at(it.value());
}

QVector<const TimelineBar *> RunTimeline::segmentsOf(quint64 id) const
{
    QVector<const TimelineBar *> segments;
    for (const int index : m_segmentsById.value(id))
        segments.push_back(&m_bars.at(index));
    return segments;
}

int RunTimeline::barFor(quint64 id, int worker, qint64 startUs)
{
    const auto it = m_byId.constFind(id);
    if (it != m_byId.constEnd())
        return it.value();
    if (startUs < 0 || worker < 0)
        return -1; // not picked up yet, or cancelled before a worker took it
    TimelineBar bar;
    bar.id = id;
    bar.lane = worker;
    bar.startUs = startUs;
    m_bars.push_back(bar);
    const int index = int(m_bars.size()) - 1;
    m_byId.insert(id, index);
    placeOnLane(index);
    return index;
}

void RunTimeline::placeOnLane(int barIndex)
{
    const TimelineBar &bar = m_bars.at(barIndex);
    if (bar.lane >= m_lanes.size())
        m_lanes.resize(bar.lane + 1);
    QVector<int> &lane = m_lanes[bar.lane];
    // A worker takes its items one after the other, so a new bar nearly always
    // goes last; the search only matters when one batch reports several.
    const auto at = std::upper_bound(lane.begin(), lane.end(), bar.startUs,
                                     [this](qint64 start, int index) { return start < m_bars.at(index).startUs; });
    lane.insert(at, barIndex);
}

void RunTimeline::applyProgress(const QVector<ItemProgress> &items, qint64 elapsedUs)
{
    m_nowUs = qMax(m_nowUs, elapsedUs);
    for (const ItemProgress &item : items) {
        const int index = barFor(item.id, item.worker, item.startUs);
        if (index < 0 || m_bars.at(index).isFinished())
            continue;
        TimelineBar &bar = m_bars[index];
        // -1 again when a retry goes back to waiting for a response.
        bar.firstByteUs = item.firstByteUs;
        bar.bytes = item.received;
        if (!item.segments.isEmpty())
            applySegments(index, item.segments);
    }
}

void RunTimeline::applySegments(int itemIndex, const QVector<SegmentRecord> &segments)
{
    const quint64 id = m_bars.at(itemIndex).id;
    const int owner = m_bars.at(itemIndex).lane;
    QSet<int> workers;
    for (const SegmentRecord &segment : segments) {
        workers.insert(segment.worker);
        // The owner's segments follow one another inside its item's bar.
        if (segment.worker == owner || segment.worker < 0 || segment.startUs < 0)
            continue;
        // A worker fetches one segment at a time, so its worker and start
        // name a segment across batches, however the file's list of them changes.
        QVector<int> &known = m_segmentsById[id];
        const auto same = std::find_if(known.cbegin(), known.cend(), [&](int index) {
            return m_bars.at(index).lane == segment.worker && m_bars.at(index).startUs == segment.startUs;
        });
        int index = same == known.cend() ? -1 : *same;
        if (index < 0) {
            TimelineBar bar;
            bar.id = id;
            bar.kind = BarKind::Segment;
            bar.lane = segment.worker;
            bar.startUs = segment.startUs;
            bar.firstByteUs = segment.startUs; // a segment's wait is not recorded: all of it is drawn as receiving
            m_bars.push_back(bar);
            index = int(m_bars.size()) - 1;
            known.push_back(index);
            placeOnLane(index);
        }
        TimelineBar &bar = m_bars[index];
        bar.segmentOffset = segment.offset;
        bar.segmentLength = segment.length;
        bar.bytes = segment.received;
        if (segment.endUs >= 0 && !bar.isFinished()) {
            bar.endUs = qMax(segment.endUs, bar.startUs);
            // Ended short while the file goes on: its connection failed and
            // the rest of its range is fetched again.
            bar.outcome = segment.received >= segment.length ? BarOutcome::Done : BarOutcome::Retried;
        }
    }
    TimelineBar &item = m_bars[itemIndex];
    item.segments = qMax(item.segments, int(segments.size()));
    item.segmentWorkers = qMax(item.segmentWorkers, int(workers.size()));
}

// The item has ended: a segment still open in the last batch (the file fell
// back to one connection, or the run stopped between batches) ends with it.
void RunTimeline::settleSegments(int itemIndex)
{
    const TimelineBar &item = m_bars.at(itemIndex);
    for (const int index : m_segmentsById.value(item.id)) {
        TimelineBar &segment = m_bars[index];
        segment.url = item.url;
        const bool complete = segment.isFinished() && segment.outcome == BarOutcome::Done;
        const bool itemDone = item.outcome == BarOutcome::Done || item.outcome == BarOutcome::Retried;
        if (complete || (itemDone && segment.isFinished()))
            continue;
        if (!segment.isFinished())
            segment.endUs = qMax(segment.startUs, item.endUs);
        segment.outcome = item.outcome == BarOutcome::Failed ? BarOutcome::Failed : BarOutcome::Cancelled;
        segment.error = item.error;
    }
}

void RunTimeline::applyResults(const QVector<ItemResult> &results)
{
    for (const ItemResult &result : results) {
        const int index = barFor(result.id, result.worker, result.startUs);
        if (index < 0)
            continue;
        if (!result.segments.isEmpty())
            applySegments(index, result.segments);
        TimelineBar *bar = &m_bars[index];
        bar->endUs = qMax(result.endUs, bar->startUs);
        bar->firstByteUs = result.firstByteUs >= 0 ? qBound(bar->startUs, result.firstByteUs, bar->endUs) : -1;
        bar->bytes = result.bytes;
        bar->attempts = result.attempts;
        bar->outcome = outcomeOf(result);
        bar->url = result.url;
        bar->error = result.error.message;
        m_nowUs = qMax(m_nowUs, bar->endUs);
        settleSegments(index);
    }
}

void RunTimeline::finish(const RunProgress &totals, qint64 wallUs)
{
    m_totals = totals;
    m_nowUs = qMax(wallUs, m_nowUs);
    m_finished = true;
}

std::pair<int, int> RunTimeline::barsBetween(int lane, qint64 fromUs, qint64 toUs) const
{
    const QVector<int> &bars = m_lanes.at(lane);
    const auto first = std::partition_point(bars.cbegin(), bars.cend(), [&](int index) {
        return m_bars.at(index).endOr(m_nowUs) < fromUs;
    });
    const auto last = std::partition_point(first, bars.cend(), [&](int index) {
        return m_bars.at(index).startUs < toUs;
    });
    return {int(first - bars.cbegin()), int(last - bars.cbegin())};
}

int RunTimeline::barAt(int lane, qint64 us, qint64 toleranceUs) const
{
    if (lane < 0 || lane >= m_lanes.size())
        return -1;
    const auto [first, last] = barsBetween(lane, us - toleranceUs, us + toleranceUs + 1);
    int best = -1;
    qint64 bestDistance = 0;
    for (int position = first; position < last; ++position) {
        const int index = m_lanes.at(lane).at(position);
        const TimelineBar &bar = m_bars.at(index);
        const qint64 distance = us < bar.startUs ? bar.startUs - us
                                                 : qMax<qint64>(0, us - bar.endOr(m_nowUs));
        if (best < 0 || distance < bestDistance) {
            best = index;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace Fetchpool::Gui
