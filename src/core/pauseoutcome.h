#pragma once

#include "downloadtypes.h"

#include <QCoreApplication>

namespace Fetchpool {

// What a paused item's result says: whether its kept part lets the run that
// resumes it continue with Range, or it starts from zero again (the server
// gave no validator, or the item never began).
class PauseOutcome final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::PauseOutcome)

public:
    // Turns the result of an item stopped by pauseItem() into a paused one;
    // `received`: the bytes it had, kept or not.
    static void apply(ItemResult &result, qint64 received);
    // The result of an item paused while it was still queued.
    static ItemResult beforeStart(quint64 id, const QUrl &url, qint64 endUs);
    // Whether resuming continues from a kept part rather than from zero.
    static bool continuesWithRange(const ItemResult &result);
};

} // namespace Fetchpool
