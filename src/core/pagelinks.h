#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <QVector>

class QIODevice;

namespace Fetchpool {

// What a link on a page leads to, from its tag and its extension.
enum class PageLinkKind : quint8 {
    Image, // <img>, srcset, og:image, CSS url(), and links to image files
    Media, // <video>, <audio>, their <source>, and links to audio and video files
    Link,  // a link to another page
    Other, // a link to any other file (an archive, a document), a <link> of the page
};

// One thing a page offers.
struct PageLink
{
    QUrl url;          // absolute http(s), resolved against <base> and the page's final URL
    PageLinkKind kind = PageLinkKind::Other;
    QString text;      // alt, title, or the link's text; may be empty
    int width = 0;     // from a srcset `w` descriptor; 0 when not known
};

// Finds what a page offers, for picking from (Add from Web Page…,
// fetchpool-cli --from-page): images with srcset's largest candidate in place
// of their src, <picture> sources, links, audio and video, og:image and
// twitter:image, and url() in style attributes. Each URL once, in page order;
// only what UrlListParser::acceptUrl takes.
class PageLinks final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::PageLinks)

public:
    // `pageUrl`: where the page was read from, after redirects.
    static QVector<PageLink> extract(QIODevice &device, const QUrl &pageUrl);
    static QVector<PageLink> extract(const QByteArray &html, const QUrl &pageUrl);

    // The kind a URL's extension says, for a link: Image, Media, Other, or
    // Link for a page (no extension, .html, .php ...).
    static PageLinkKind kindOfUrl(const QUrl &url);
    // "jpg" for ".../a.JPG?x=1"; empty without an extension.
    static QString extension(const QUrl &url);
    static QString kindName(PageLinkKind kind);
};

} // namespace Fetchpool
