#pragma once

#include "list/downloaditem.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace Fetchpool::Gui {

// What the status column shows for a row: how the item stands or how it
// ended, with the reason after a short word (a failure's, or the one a retry
// waits on), the whole text in the tooltip, and an icon that flags a mismatch.
class StatusCell final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::StatusCell)

public:
    static QString text(const DownloadItem &item);
    static QString toolTip(const DownloadItem &item);
    // A line for the tooltip naming the item's own speed limit; empty without one.
    static QString limitNote(const DownloadItem &item);
    static QIcon icon(const DownloadItem &item);

private:
    // "Retrying in 2 s (attempt 2 of 4): HTTP 503 Service Unavailable".
    static QString retryText(const DownloadItem &item);
    // "Paused at 41 % — continues where it stopped", or that it starts again.
    static QString pausedText(const ItemResult &result);
};

} // namespace Fetchpool::Gui
