#pragma once

#include <QByteArray>
#include <QUrl>

namespace Fetchpool {

// Where a web page saved to a file came from, as browsers record it: the
// "saved from url" comment of Chromium's and older browsers' Save Page As,
// else the page's canonical link or og:url. The page's links came from that
// URL, which is what a site expects as their Referer.
class PageSource final
{
public:
    // Looks at the first bytes of the page (the head); nothing when it names
    // no http(s) page.
    static QUrl fromHtml(const QByteArray &head);
    // How much of a page fromHtml() needs to see.
    static constexpr qsizetype HeadBytes = 64 * 1024;
};

} // namespace Fetchpool
