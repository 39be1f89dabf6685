#pragma once

#include <QVector>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

namespace Fetchpool {

// The order in which a run's workers take its items, and how many items the
// run has: both change while it runs (DownloadEngine::enqueue, reorder).
// Indices are the run's slot numbers. A mutex guards everything: a worker
// comes here once per item, which is rare next to its transfer's work.
//
// A worker that finds nothing to take waits here until an item arrives or
// the run's last item has ended, so items added late find workers waiting.
class RunQueue final
{
public:
    explicit RunQueue(int count); // slots 0 … count-1, in that order

    static constexpr int Over = -1;    // the run's items have all ended
    static constexpr int NoneNow = -2; // nothing queued right now; the run goes on

    // The next index in order; -1 (Over) once the run's items have all
    // ended. While none is queued and the run goes on it waits, unless
    // `wait` is false: then NoneNow, so that the worker can help with a file
    // in segments (SegmentBoard) instead. The caller still claims the item:
    // an index ended while queued (cancelled, paused) comes out too.
    int take(bool wait = true);
    // Slots count … count+added-1 join the end of the queue, with
    // `prepare(count)` called first, under the queue's lock, to set them up.
    // False, with nothing called, once the run's items have all ended.
    bool extend(int added, const std::function<void(int first)> &prepare);
    // The queued indices found in `order` go first, in that order; the others
    // follow as they were.
    void reorder(const QVector<int> &order);
    // One of the run's items has ended. Returns true for the last one: then
    // `last` is called under the lock, before any waiting worker wakes up.
    bool itemEnded(const std::function<void()> &last);

    int count() const; // slots so far
    QVector<int> queued() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::deque<int> m_order;
    int m_count = 0;
    int m_ended = 0;
    bool m_over = false;
};

} // namespace Fetchpool
