#include "pagelinks.h"

#include "htmllinkscanner.h"
#include "urllistparser.h"

#include <QBuffer>
#include <QHash>
#include <QRegularExpression>

#include <optional>

namespace Fetchpool {

namespace {

bool isImageExtension(const QString &extension)
{
    static const QStringList images = {
        QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"), QStringLiteral("gif"),
        QStringLiteral("webp"), QStringLiteral("avif"), QStringLiteral("svg"), QStringLiteral("bmp"),
        QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("ico")};
    return images.contains(extension);
}

bool isMediaExtension(const QString &extension)
{
    static const QStringList media = {
        QStringLiteral("mp4"), QStringLiteral("m4v"), QStringLiteral("webm"), QStringLiteral("mkv"),
        QStringLiteral("mov"), QStringLiteral("avi"), QStringLiteral("ogv"), QStringLiteral("mp3"),
        QStringLiteral("m4a"), QStringLiteral("ogg"), QStringLiteral("oga"), QStringLiteral("opus"),
        QStringLiteral("flac"), QStringLiteral("wav"), QStringLiteral("aac")};
    return media.contains(extension);
}

bool isPageExtension(const QString &extension)
{
    static const QStringList pages = {
        QStringLiteral("html"), QStringLiteral("htm"), QStringLiteral("xhtml"), QStringLiteral("php"),
        QStringLiteral("asp"), QStringLiteral("aspx"), QStringLiteral("jsp"), QStringLiteral("cgi"),
        QStringLiteral("shtml")};
    return extension.isEmpty() || pages.contains(extension);
}

// Collects the links of one page as its tags arrive: resolved, typed, and
// each URL once (a later mention adds a text or width the first lacked).
class PageLinkSink final : public HtmlTagSink
{
public:
    // The link tags, og:image and the like, and CSS url() in style attributes.
    bool wantsTag(const QString &name, QStringView rawTag) const override
    {
        return isListLinkTag(name) || name == QLatin1String("meta")
                || rawTag.contains(QLatin1String("style"), Qt::CaseInsensitive);
    }
    bool wantsAnchorText() const override { return true; }
    void tag(const HtmlTag &tag) override
    {
        const QString &name = tag.name;
        const QString style = tag.attribute(QLatin1String("style"));
        if (!style.isEmpty())
            addStyleUrls(style, tag);
        if (name == QLatin1String("img")) {
            const QString text = firstOf(tag, {QLatin1String("alt"), QLatin1String("title")});
            const QString srcset = tag.attribute(QLatin1String("srcset"));
            // srcset's largest candidate is the picture src stands in for at a lower resolution.
            if (!srcset.isEmpty() && addLargest(srcset, tag, text))
                return;
            add(tag.attribute(QLatin1String("src")), tag, PageLinkKind::Image, text);
        } else if (name == QLatin1String("source")) {
            // In <picture>, srcset; in <video> and <audio>, src.
            const QString srcset = tag.attribute(QLatin1String("srcset"));
            if (!srcset.isEmpty())
                addLargest(srcset, tag, {});
            const QString src = tag.attribute(QLatin1String("src"));
            add(src, tag, typedOr(src, tag, PageLinkKind::Media), {});
        } else if (name == QLatin1String("video") || name == QLatin1String("audio")) {
            const QString title = tag.attribute(QLatin1String("title"));
            add(tag.attribute(QLatin1String("src")), tag, PageLinkKind::Media, title);
            add(tag.attribute(QLatin1String("poster")), tag, PageLinkKind::Image, title);
        } else if (name == QLatin1String("a") || name == QLatin1String("area")) {
            const QString href = tag.attribute(QLatin1String("href"));
            const int index = add(href, tag, std::nullopt, firstOf(tag, {QLatin1String("title"), QLatin1String("alt")}));
            if (name == QLatin1String("a"))
                m_lastAnchor = index;
        } else if (name == QLatin1String("meta")) {
            const QString property = firstOf(tag, {QLatin1String("property"), QLatin1String("name")}).toLower();
            if (property == QLatin1String("og:image") || property == QLatin1String("og:image:url")
                || property == QLatin1String("og:image:secure_url") || property == QLatin1String("twitter:image")
                || property == QLatin1String("twitter:image:src")) {
                add(tag.attribute(QLatin1String("content")), tag, PageLinkKind::Image, {});
            } else if (property == QLatin1String("og:video") || property == QLatin1String("og:audio")) {
                add(tag.attribute(QLatin1String("content")), tag, PageLinkKind::Media, {});
            }
        } else if (name == QLatin1String("link")) {
            const QString rel = tag.attribute(QLatin1String("rel")).toLower();
            const QString href = tag.attribute(QLatin1String("href"));
            if (rel.contains(QLatin1String("icon")) || rel == QLatin1String("image_src"))
                add(href, tag, PageLinkKind::Image, {});
            else if (!rel.contains(QLatin1String("stylesheet")) && !rel.contains(QLatin1String("preconnect"))
                     && !rel.contains(QLatin1String("dns-prefetch")))
                add(href, tag, typedOr(href, tag, PageLinkKind::Other), {});
        }
    }

    void anchorText(const QString &text) override
    {
        if (m_lastAnchor >= 0 && m_links[m_lastAnchor].text.isEmpty())
            m_links[m_lastAnchor].text = text;
        m_lastAnchor = -1;
    }

    QVector<PageLink> take() { return std::move(m_links); }

private:
    static QString firstOf(const HtmlTag &tag, std::initializer_list<QLatin1String> keys)
    {
        for (const QLatin1String &key : keys) {
            const QString value = tag.attribute(key).simplified();
            if (!value.isEmpty())
                return value;
        }
        return {};
    }

    static std::optional<QUrl> resolve(const QString &rawValue, const QUrl &base)
    {
        const QString value = rawValue.trimmed();
        if (value.isEmpty() || value.startsWith(QLatin1Char('#')) || value.size() > UrlListParser::MaxUrlLength)
            return std::nullopt;
        const QUrl relative(value, QUrl::TolerantMode);
        if (!relative.isValid())
            return std::nullopt;
        return UrlListParser::acceptUrl(relative.isRelative() ? base.resolved(relative).toString() : value);
    }

    // Image when the extension says so, else `fallback`.
    static PageLinkKind typedOr(const QString &value, const HtmlTag &tag, PageLinkKind fallback)
    {
        const auto url = resolve(value, tag.base);
        return url && PageLinks::kindOfUrl(*url) == PageLinkKind::Image ? PageLinkKind::Image : fallback;
    }

    bool addLargest(const QString &srcset, const HtmlTag &tag, const QString &text)
    {
        const auto candidates = HtmlLinkScanner::srcsetCandidates(srcset);
        const HtmlLinkScanner::SrcsetCandidate *largest = nullptr;
        for (const auto &candidate : candidates) {
            if (!resolve(candidate.url, tag.base))
                continue;
            const auto size = [](const HtmlLinkScanner::SrcsetCandidate *c) {
                return std::pair(c->width, c->density > 0 ? c->density : 1.0);
            };
            if (!largest || size(&candidate) > size(largest))
                largest = &candidate;
        }
        return largest && add(largest->url, tag, PageLinkKind::Image, text, largest->width) >= 0;
    }

    void addStyleUrls(const QString &style, const HtmlTag &tag)
    {
        static const QRegularExpression cssUrl(QStringLiteral(R"(url\(\s*(['"]?)([^'")]+)\1\s*\))"),
                                               QRegularExpression::CaseInsensitiveOption);
        for (auto it = cssUrl.globalMatch(style); it.hasNext();) {
            const QString value = it.next().captured(2);
            add(value, tag, typedOr(value, tag, PageLinkKind::Image), {});
        }
    }

    // The link's index, or -1 when it is not taken. No kind: from the URL.
    int add(const QString &value, const HtmlTag &tag, std::optional<PageLinkKind> kind, const QString &text,
            int width = 0)
    {
        const auto url = resolve(value, tag.base);
        if (!url)
            return -1;
        if (const auto seen = m_index.constFind(*url); seen != m_index.cend()) {
            PageLink &link = m_links[*seen];
            if (link.text.isEmpty())
                link.text = text;
            link.width = qMax(link.width, width);
            // An image shown on the page stays one when a plain link leads to it too.
            if (kind == PageLinkKind::Image)
                link.kind = PageLinkKind::Image;
            return *seen;
        }
        m_index.insert(*url, int(m_links.size()));
        m_links.append(PageLink{*url, kind.value_or(PageLinks::kindOfUrl(*url)), text, width});
        return int(m_links.size() - 1);
    }

    QVector<PageLink> m_links;
    QHash<QUrl, int> m_index;
    int m_lastAnchor = -1; // the <a> whose text is being read
};

} // namespace

QVector<PageLink> PageLinks::extract(QIODevice &device, const QUrl &pageUrl)
{
    PageLinkSink sink;
    HtmlLinkScanner(pageUrl, sink).scan(device);
    return sink.take();
}

QVector<PageLink> PageLinks::extract(const QByteArray &html, const QUrl &pageUrl)
{
    QByteArray bytes = html;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return extract(buffer, pageUrl);
}

QString PageLinks::extension(const QUrl &url)
{
    const QString path = url.path();
    const QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || dot == name.size() - 1 || name.size() - dot > 6)
        return {};
    return name.mid(dot + 1).toLower();
}

PageLinkKind PageLinks::kindOfUrl(const QUrl &url)
{
    const QString ext = extension(url);
    if (isImageExtension(ext))
        return PageLinkKind::Image;
    if (isMediaExtension(ext))
        return PageLinkKind::Media;
    if (isPageExtension(ext))
        return PageLinkKind::Link;
    return PageLinkKind::Other;
}

QString PageLinks::kindName(PageLinkKind kind)
{
    switch (kind) {
    case PageLinkKind::Image: return tr("Image");
    case PageLinkKind::Media: return tr("Audio or video");
    case PageLinkKind::Link: return tr("Page");
    case PageLinkKind::Other: return tr("File");
    }
    return {};
}

} // namespace Fetchpool
