#include "urlcollector.h"

namespace Fetchpool {

namespace {

constexpr qsizetype MaxRejectText = 200;

QString shortened(const QString &text)
{
    return text.size() <= MaxRejectText ? text : text.left(MaxRejectText - 1) + QChar(0x2026);
}

} // namespace

std::optional<QUrl> UrlCollector::add(const QString &text, int line, const QUrl &base)
{
    QString reason;
    std::optional<QUrl> url;
    bool schemeAdded = false;
    // Too long a link is refused below, before QUrl parses it.
    if (!base.isEmpty() && text.size() <= UrlListParser::MaxUrlLength) {
        const QUrl relative(text, QUrl::TolerantMode);
        if (relative.isValid() && relative.isRelative())
            url = UrlListParser::acceptUrl(base.resolved(relative).toString(), &reason);
    }
    if (!url)
        url = UrlListParser::acceptUrl(text, &reason, &schemeAdded);
    if (!url) {
        reject(line, text, reason);
        return std::nullopt;
    }
    if (schemeAdded)
        ++m_schemeAdded;
    m_urls.add(*url);
    return url;
}

void UrlCollector::setOptions(const QUrl &url, const ListItemOptions &options)
{
    if (!options.isEmpty() && !m_options.contains(url))
        m_options.insert(url, options);
}

void UrlCollector::note(int line, const QString &text, const QString &reason)
{
    m_notes.append({line, shortened(text), reason});
}

void UrlCollector::reject(int line, const QString &text, const QString &reason)
{
    m_rejects.append({line, shortened(text), reason});
}

UrlList UrlCollector::take()
{
    UrlList list;
    list.duplicates = m_urls.duplicates();
    list.urls = m_urls.takeUrls();
    list.rejects = std::exchange(m_rejects, {});
    list.itemOptions = std::exchange(m_options, {});
    list.notes = std::exchange(m_notes, {});
    list.schemeAdded = std::exchange(m_schemeAdded, 0);
    return list;
}

} // namespace Fetchpool
