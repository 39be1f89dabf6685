#pragma once

// The shape of a run in time, from the items' own start and end (the run's
// clock, taken on the worker threads): how many were under way at once.
// A slow machine stretches the times, never this shape, so suites assert it
// where a benchmark would compare wall times.
#include <QVector>

#include <algorithm>
#include <utility>

namespace Fetchpool::Test {

// The most items under way at one instant, each from its startUs up to (not
// including) its endUs; items without both times are left out. Anything with
// startUs and endUs will do: ItemResult, TimelineBar.
//
// One worker takes its items one after the other, so a sequential run gives
// exactly 1; N workers give at most N.
template<typename Items>
int mostAtOnce(const Items &items)
{
    QVector<std::pair<qint64, int>> edges; // (time, +1 start or -1 end)
    for (const auto &item : items) {
        if (item.startUs < 0 || item.endUs < item.startUs)
            continue;
        edges.push_back({item.startUs, +1});
        edges.push_back({item.endUs, -1});
    }
    // At one instant ends sort before starts: back to back is not at once.
    std::sort(edges.begin(), edges.end());
    int underWay = 0;
    int most = 0;
    for (const auto &edge : std::as_const(edges)) {
        underWay += edge.second;
        most = std::max(most, underWay);
    }
    return most;
}

} // namespace Fetchpool::Test
