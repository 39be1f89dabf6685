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

QVector<QUrl> UrlCollector::addListed(const QString &text, int line)
{
    if (m_glob.enabled && UrlGlob::mayBePattern(text)) {
        UrlGlob::Error error;
        if (const auto glob = UrlGlob::parse(text, &error))
            return addPattern(*glob, text, line);
        reject(line, text, tr("malformed URL pattern at column %1: %2").arg(error.column).arg(error.reason));
        ++m_malformedPatterns;
        return {};
    }
    const auto url = add(text, line);
    return url ? QVector<QUrl>{*url} : QVector<QUrl>{};
}

QVector<QUrl> UrlCollector::addPattern(const UrlGlob &glob, const QString &text, int line)
{
    if (glob.patternCount() == 0) { // only escapes or an IPv6 host
        const auto url = add(glob.url(0), line);
        return url ? QVector<QUrl>{*url} : QVector<QUrl>{};
    }
    // The first URL stands for the rest: a pattern of a million ftp:// URLs
    // is one reject, not a million.
    QString reason;
    if (!UrlListParser::acceptUrl(glob.url(0), &reason)) {
        reject(line, text, tr("the pattern's first URL, %1, is refused: %2").arg(glob.url(0), reason));
        return {};
    }
    const QString &namePattern = m_glob.namePattern;
    if (!namePattern.isEmpty()) {
        if (!glob.acceptsNamePattern(namePattern, &reason)) {
            reject(line, text, reason);
            return {};
        }
    }

    constexpr qint64 Shown = 3;
    UrlPattern summary{line, shortened(text), glob.count(), {}, {}, glob.count() <= m_glob.maxExpand};
    for (qint64 i = 0; i < qMin(Shown, glob.count()); ++i)
        summary.first << glob.url(i);
    for (qint64 i = qMax(Shown, glob.count() - Shown); i < glob.count(); ++i)
        summary.last << glob.url(i);
    m_patterns << summary;
    if (!summary.expanded) {
        reject(line, text,
               tr("the pattern stands for %L1 URLs, more than the %L2 taken from one pattern without asking")
                       .arg(glob.count())
                       .arg(m_glob.maxExpand));
        return {};
    }

    QVector<QUrl> urls;
    urls.reserve(glob.count());
    for (qint64 i = 0; i < glob.count(); ++i) {
        const QString name = namePattern.isEmpty() ? QString() : glob.name(namePattern, i);
        if (!name.isEmpty() && !Aria2Options::isSafeFileName(name)) {
            reject(line, glob.url(i), tr("the name pattern gives '%1', which is not a plain file name").arg(name));
            continue;
        }
        const auto url = add(glob.url(i), line);
        if (!url)
            continue;
        urls << *url;
        if (!name.isEmpty() && !m_patternNames.contains(*url))
            m_patternNames.insert(*url, name);
    }
    return urls;
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
    list.patterns = std::exchange(m_patterns, {});
    list.malformedPatterns = std::exchange(m_malformedPatterns, 0);
    // A name the list itself gives (out=) goes before the name pattern's.
    for (auto it = m_patternNames.cbegin(); it != m_patternNames.cend(); ++it) {
        ListItemOptions &options = list.itemOptions[it.key()];
        if (options.outName.isEmpty())
            options.outName = it.value();
    }
    m_patternNames.clear();
    return list;
}

} // namespace Fetchpool
