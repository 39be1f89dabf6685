#pragma once

#include "downloadtypes.h"

#include <QHash>
#include <QVector>

#include <optional>

namespace Fetchpool {

// The items of one run that are in flight, from the engine's batches, and
// the one that has been waited on longest: a run that will not end is
// usually waiting on one URL, and saying which is the useful part.
class InFlightItems final
{
public:
    struct Waiting
    {
        quint64 id = 0;
        qint64 sinceUs = 0; // picked up, on the run's clock
    };

    void clear() { m_startUs.clear(); }
    void update(const QVector<ItemProgress> &items);
    void finish(const QVector<ItemResult> &results);
    int count() const { return int(m_startUs.size()); }
    // The item picked up first of those still in flight.
    std::optional<Waiting> longest() const;

private:
    QHash<quint64, qint64> m_startUs; // id → when a worker picked it up
};

} // namespace Fetchpool
