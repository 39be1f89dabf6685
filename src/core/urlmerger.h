#pragma once

#include <QSet>
#include <QUrl>
#include <QVector>

namespace Fetchpool {

// URLs from several sources (list files, pasted text, arguments, the demo's
// batch) merged into one list: first-seen order, no repeats, repeats counted.
//
// A list that is already free of repeats (UrlList::urls) is taken as it is
// when it comes first: its URLs are hashed only once a second source needs
// them compared, so one pasted list of 100,000 URLs is not hashed twice.
class UrlMerger final
{
    Q_DISABLE_COPY_MOVE(UrlMerger)

public:
    UrlMerger() = default;

    // Room for about `urls` URLs in all, so nothing is rebuilt as the list grows.
    void reserve(qsizetype urls);
    // Appends `url` unless it is listed already; a repeat is counted and false.
    bool add(const QUrl &url);
    // Appends a list without repeats of its own, skipping (and counting) those
    // already listed.
    void addUnique(const QVector<QUrl> &urls);

    const QVector<QUrl> &urls() const { return m_urls; }
    int duplicates() const { return m_duplicates; }
    QVector<QUrl> takeUrls();

private:
    void indexSeen();

    QVector<QUrl> m_urls;
    QSet<QUrl> m_seen; // QUrl is implicitly shared: the set costs no copy of a URL
    int m_duplicates = 0;
    bool m_indexed = true; // m_seen holds every URL of m_urls
};

} // namespace Fetchpool
