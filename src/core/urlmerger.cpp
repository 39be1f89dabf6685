#include "urlmerger.h"

#include <utility>

namespace Fetchpool {

void UrlMerger::reserve(qsizetype urls)
{
    m_urls.reserve(urls);
    if (m_indexed)
        m_seen.reserve(urls);
}

bool UrlMerger::add(const QUrl &url)
{
    indexSeen();
    // One lookup: the set grows only when the URL is new.
    const qsizetype before = m_seen.size();
    m_seen.insert(url);
    if (m_seen.size() == before) {
        ++m_duplicates;
        return false;
    }
    m_urls.append(url);
    return true;
}

void UrlMerger::addUnique(const QVector<QUrl> &urls)
{
    if (m_urls.isEmpty()) {
        m_urls = urls;
        m_seen.clear();
        m_indexed = urls.isEmpty();
        return;
    }
    m_urls.reserve(m_urls.size() + urls.size());
    for (const QUrl &url : urls)
        add(url);
}

QVector<QUrl> UrlMerger::takeUrls()
{
    m_seen.clear();
    m_indexed = true;
    return std::exchange(m_urls, {});
}

void UrlMerger::indexSeen()
{
    if (m_indexed)
        return;
    m_seen = QSet<QUrl>(m_urls.cbegin(), m_urls.cend());
    m_indexed = true;
}

} // namespace Fetchpool
