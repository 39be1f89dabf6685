#pragma once

#include "urlglob.h"
#include "urllistparser.h"
#include "urlmerger.h"

namespace Fetchpool {

// What the list parsers hand their finds to: each candidate is checked
// (UrlListParser::acceptUrl), resolved against a base when relative, and
// kept once (UrlMerger); what fails is kept as a reject with its line.
// Listed lines may be URL patterns, expanded as GlobOptions say.
class UrlCollector final
{
    Q_DISABLE_COPY_MOVE(UrlCollector)
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::UrlCollector)

public:
    explicit UrlCollector(GlobOptions glob = {}) : m_glob(std::move(glob)) {}

    // `base`, when given, resolves a relative `text` (links in HTML).
    // Returns the URL as listed (also for a repeat), or nothing for a reject.
    std::optional<QUrl> add(const QString &text, int line, const QUrl &base = {});
    // A line of a list, or an argument: a URL, or a pattern (UrlGlob) that
    // stands for several. Returns the URLs it gave, repeats included.
    QVector<QUrl> addListed(const QString &text, int line);
    void reject(int line, const QString &text, const QString &reason);
    // aria2 lists: the options of a listed URL (the first listing's win),
    // and lines that were read but ignored.
    void setOptions(const QUrl &url, const ListItemOptions &options);
    void note(int line, const QString &text, const QString &reason);
    // Room for about `urls` URLs, so the set of seen ones is not rebuilt as it grows.
    void expect(qsizetype urls) { m_urls.reserve(urls); }
    UrlList take();

private:
    QVector<QUrl> addPattern(const UrlGlob &glob, const QString &text, int line);

    GlobOptions m_glob;
    UrlMerger m_urls;
    QVector<UrlReject> m_rejects;
    QHash<QUrl, ListItemOptions> m_options;
    QVector<UrlReject> m_notes;
    int m_schemeAdded = 0;
    QVector<UrlPattern> m_patterns;
    int m_malformedPatterns = 0;
    QHash<QUrl, QString> m_patternNames; // GlobOptions::namePattern filled in
};

} // namespace Fetchpool
