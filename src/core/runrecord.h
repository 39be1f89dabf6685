#pragma once

#include "downloadtypes.h"

#include <QHash>
#include <QUrl>
#include <QVector>

namespace Fetchpool {

// One run over a list as RunComparison keeps it: the worker count, the wall
// time, and for every URL how the item ended and when it was fetched.
// Items arrive with the engine's itemsFinished batches.
class RunRecord final
{
public:
    enum class Outcome : quint8 {
        Fetched,   // done, the whole body in this run
        Continued, // done, but continued a part an earlier run left: its time covers only the rest
        Failed,
        Cancelled,
    };

    // When one item was being fetched, in microseconds since its run started.
    struct Span
    {
        qint64 startUs = 0;
        qint64 endUs = 0;
    };

    RunRecord() = default;
    explicit RunRecord(int workers)
        : m_workers(workers)
    {
    }

    void add(const ItemResult &result);
    void add(const QVector<ItemResult> &results);
    void setWallUs(qint64 wallUs) { m_wallUs = wallUs; }

    int workers() const { return m_workers; }
    bool isSequential() const { return m_workers <= 1; }
    qint64 wallUs() const { return m_wallUs; }
    int total() const { return int(m_items.size()); }
    int count(Outcome outcome) const { return m_counts[int(outcome)]; }
    // Every item fetched whole in this run: its wall time measures the list.
    bool isComplete() const { return total() > 0 && count(Outcome::Fetched) == total(); }

    // How `url` ended in this run; false when the run did not have it.
    bool outcome(const QUrl &url, Outcome *outcome, Span *span = nullptr) const;
    QVector<QUrl> urls() const { return m_items.keys(); }

private:
    struct Item
    {
        Outcome outcome = Outcome::Failed;
        Span span;
    };

    int m_workers = 0;
    qint64 m_wallUs = 0;
    QHash<QUrl, Item> m_items;
    int m_counts[4] = {0, 0, 0, 0};
};

// How long at least one of `spans` was being fetched: the length of their
// union. For a one-worker run that is the sum of the items' durations; for a
// parallel run, the time any of them was in flight, which leaves out the
// stretches where the workers were busy only with items not counted.
qint64 coveredUs(QVector<RunRecord::Span> spans);

} // namespace Fetchpool
