#pragma once

#include "urllistparser.h"
#include "urlmerger.h"

namespace Fetchpool {

// What the list parsers hand their finds to: each candidate is checked
// (UrlListParser::acceptUrl), resolved against a base when relative, and
// kept once (UrlMerger); what fails is kept as a reject with its line.
class UrlCollector final
{
    Q_DISABLE_COPY_MOVE(UrlCollector)

public:
    UrlCollector() = default;

    // `base`, when given, resolves a relative `text` (links in HTML).
    void add(const QString &text, int line, const QUrl &base = {});
    void reject(int line, const QString &text, const QString &reason);
    // Room for about `urls` URLs, so the set of seen ones is not rebuilt as it grows.
    void expect(qsizetype urls) { m_urls.reserve(urls); }
    UrlList take();

private:
    UrlMerger m_urls;
    QVector<UrlReject> m_rejects;
};

} // namespace Fetchpool
