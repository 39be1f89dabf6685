#include "inflightitems.h"

namespace Fetchpool {

void InFlightItems::update(const QVector<ItemProgress> &items)
{
    for (const ItemProgress &item : items) {
        const bool inFlight = (item.state == ItemState::Connecting || item.state == ItemState::Receiving)
                && item.startUs >= 0;
        if (inFlight)
            m_startUs.insert(item.id, item.startUs);
        else
            m_startUs.remove(item.id);
    }
}

void InFlightItems::finish(const QVector<ItemResult> &results)
{
    for (const ItemResult &result : results)
        m_startUs.remove(result.id);
}

std::optional<InFlightItems::Waiting> InFlightItems::longest() const
{
    std::optional<Waiting> longest;
    for (auto it = m_startUs.cbegin(); it != m_startUs.cend(); ++it) {
        if (!longest || it.value() < longest->sinceUs)
            longest = Waiting{it.key(), it.value()};
    }
    return longest;
}

} // namespace Fetchpool
