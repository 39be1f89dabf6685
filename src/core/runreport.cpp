#include "runreport.h"

namespace Fetchpool {

ItemTiming ItemTiming::of(const ItemResult &item)
{
    ItemTiming timing;
    timing.queuedUs = item.startUs;
    if (item.startUs >= 0 && item.firstByteUs >= item.startUs)
        timing.firstByteUs = item.firstByteUs - item.startUs;
    if (item.firstByteUs >= 0 && item.endUs >= item.firstByteUs)
        timing.bodyUs = item.endUs - item.firstByteUs;
    if (timing.bodyUs > 0 && item.bytes > 0)
        timing.bytesPerSecond = double(item.bytes) * 1e6 / double(timing.bodyUs);
    return timing;
}

double RunReport::bytesPerSecond() const
{
    return wallUs > 0 ? double(totals.bytes) * 1e6 / double(wallUs) : 0.0;
}

} // namespace Fetchpool
