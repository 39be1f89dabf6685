#pragma once

#include "listitemoptions.h"

#include <QJsonObject>
#include <QUrl>

namespace Fetchpool {
struct DownloadJob;
}

namespace Fetchpool::Gui {

// What the window knows about a row beyond its URL: the options an aria2
// list gave it (out=, dir=, checksum=, headers, mirrors), a digest from a
// sums file or Add URLs, and the page its link came from.
struct ItemOptions
{
    ListItemOptions listed;
    // The page the link was dragged or copied from, or the page an HTML
    // file was saved from: the Referer when the preferences ask for it.
    QUrl sourcePage;

    bool isEmpty() const { return listed.isEmpty() && sourcePage.isEmpty(); }

    // The row's own request options onto its job. The list's own referer=
    // wins over the source page, which is sent only when `refererFromPage`.
    void applyTo(DownloadJob &job, bool refererFromPage) const;

    // For the saved list. Headers that carry secrets (Authorization,
    // Proxy-Authorization, Cookie) are left out: the list file is no place
    // for them, and a row loaded without them asks for a login again.
    QJsonObject toJson() const;
    static ItemOptions fromJson(const QJsonObject &json);

    friend bool operator==(const ItemOptions &a, const ItemOptions &b);
};

} // namespace Fetchpool::Gui
