#include "runtimeline.h"

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

TimelineBar *RunTimeline::barFor(quint64 id, int worker, qint64 startUs)
{
    const auto it = m_byId.constFind(id);
    if (it != m_byId.constEnd())
        return &m_bars[it.value()];
    if (startUs < 0 || worker < 0)
        return nullptr; // not picked up yet, or cancelled before a worker took it
    TimelineBar bar;
    bar.id = id;
    bar.lane = worker;
    bar.startUs = startUs;
    m_bars.push_back(bar);
    const int index = int(m_bars.size()) - 1;
    m_byId.insert(id, index);
    placeOnLane(index);
    return &m_bars[index];
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
        TimelineBar *bar = barFor(item.id, item.worker, item.startUs);
        if (!bar || bar->isFinished())
            continue;
        // -1 again when a retry goes back to waiting for a response.
        bar->firstByteUs = item.firstByteUs;
        bar->bytes = item.received;
    }
}

void RunTimeline::applyResults(const QVector<ItemResult> &results)
{
    for (const ItemResult &result : results) {
        TimelineBar *bar = barFor(result.id, result.worker, result.startUs);
        if (!bar)
            continue;
        bar->endUs = qMax(result.endUs, bar->startUs);
        bar->firstByteUs = result.firstByteUs >= 0 ? qBound(bar->startUs, result.firstByteUs, bar->endUs) : -1;
        bar->bytes = result.bytes;
        bar->attempts = result.attempts;
        bar->outcome = outcomeOf(result);
        bar->url = result.url;
        bar->error = result.error.message;
        m_nowUs = qMax(m_nowUs, bar->endUs);
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
