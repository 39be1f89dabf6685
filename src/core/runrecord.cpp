#include "runrecord.h"

#include <algorithm>

namespace Fetchpool {

void RunRecord::add(const ItemResult &result)
{
    Item item;
    switch (result.state) {
    case ItemState::Done:
        item.outcome = result.resumedFrom > 0 ? Outcome::Continued : Outcome::Fetched;
        break;
    case ItemState::Cancelled:
    case ItemState::Paused: // not fetched, and not a failure either
        item.outcome = Outcome::Cancelled;
        break;
    default:
        item.outcome = Outcome::Failed;
        break;
    }
    item.span = {result.startUs, result.endUs};
    // A list holds each URL once; should one come twice, the later result counts.
    if (const auto earlier = m_items.constFind(result.url); earlier != m_items.cend())
        --m_counts[int(earlier->outcome)];
    m_items.insert(result.url, item);
    ++m_counts[int(item.outcome)];
}

void RunRecord::add(const QVector<ItemResult> &results)
{
    for (const ItemResult &result : results)
        add(result);
}

bool RunRecord::outcome(const QUrl &url, Outcome *outcome, Span *span) const
{
    const auto item = m_items.constFind(url);
    if (item == m_items.cend())
        return false;
    *outcome = item->outcome;
    if (span)
        *span = item->span;
    return true;
}

qint64 coveredUs(QVector<RunRecord::Span> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const RunRecord::Span &a, const RunRecord::Span &b) { return a.startUs < b.startUs; });
    qint64 covered = 0;
    qint64 start = -1;
    qint64 end = -1;
    for (const RunRecord::Span &span : std::as_const(spans)) {
        if (span.startUs < 0 || span.endUs < span.startUs)
            continue; // never started: nothing to measure
        if (span.startUs > end) {
            covered += end - start;
            start = span.startUs;
            end = span.endUs;
        } else {
            end = std::max(end, span.endUs);
        }
    }
    return covered + (end - start);
}

} // namespace Fetchpool
