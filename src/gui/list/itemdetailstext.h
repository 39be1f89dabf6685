#pragma once

#include "list/downloaditem.h"

#include <QCoreApplication>
#include <QString>

namespace Fetchpool::Gui {

// The texts of the item details pane, worked out from a row alone so that
// they can be checked without a window.
class ItemDetailsText final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::ItemDetailsText)

public:
    // "HTTP 200 · HTTP/1.1 · image/png · 2.00 KiB"; empty before any response.
    static QString response(const DownloadItem &item);
    // "Queued 12 ms · First Byte 15 ms · Body 3.40 s · Time 3.52 s", what is known of them.
    static QString times(const DownloadItem &item);
    // Every attempt with when it started (on the run's clock), how long it
    // took, its HTTP status and how it ended; the one under way or waited
    // for too. Rich text; empty before the first attempt.
    static QString attemptsTable(const DownloadItem &item);
    // "SHA-256 9f86d081… · verified": the digest the file must have and
    // whether it did; empty for an item without one.
    static QString checksum(const DownloadItem &item);
    // The saved file, or the part kept to resume, as links that open it
    // and its folder. Rich text; empty when there is no file.
    static QString fileLinks(const DownloadItem &item);
};

} // namespace Fetchpool::Gui
