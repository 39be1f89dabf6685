#pragma once

#include "intake/intakeresult.h"
#include "urlmerger.h"

namespace Fetchpool::Gui {

// Merges parsed lists into one IntakeResult: the URLs once each in
// first-seen order (UrlMerger), the rejects and notes with their source, the
// options the lists gave their URLs, and the digests of sums files and of
// pasted sums lines.
class IntakeBuilder final
{
public:
    void addUrl(const QUrl &url) { m_urls.add(url); }
    void addUrl(const QUrl &url, const QUrl &sourcePage);

    // `firstLine` is the line of the source where `list` began (chunks of a
    // big paste). A line that is not a URL but a sums line (`HEX  name`)
    // gives a digest instead of a reject. `sourcePage`: the page the links
    // came from, when known.
    void addList(const UrlList &list, const QString &source, int firstLine = 1, const QUrl &sourcePage = {});
    void addDigests(const ChecksumFile::Digests &digests);

    void reject(const QString &source, int line, const QString &text, const QString &reason);

    IntakeResult take();

private:
    void noteSourcePage(const QUrl &url, const QUrl &sourcePage);

    UrlMerger m_urls;
    QVector<IntakeReject> m_rejects;
    QVector<IntakeReject> m_notes;
    QHash<QUrl, ItemOptions> m_options;
    ChecksumFile::Digests m_digests;
    int m_listDuplicates = 0; // repeats each parser already removed from its own list
    int m_schemeAdded = 0;    // bare www. addresses the parsers took as https://
    QVector<UrlPattern> m_patterns;
    int m_malformedPatterns = 0;
};

} // namespace Fetchpool::Gui
