#include "intake/intakebuilder.h"

namespace Fetchpool::Gui {

void IntakeBuilder::addUrl(const QUrl &url, const QUrl &sourcePage)
{
    m_urls.add(url);
    noteSourcePage(url, sourcePage);
}

void IntakeBuilder::addList(const UrlList &list, const QString &source, int firstLine, const QUrl &sourcePage)
{
    m_urls.addUnique(list.urls);
    m_listDuplicates += list.duplicates;
    m_schemeAdded += list.schemeAdded;
    for (auto it = list.itemOptions.cbegin(); it != list.itemOptions.cend(); ++it) {
        if (!m_options.contains(it.key())) // the first list to name a URL decides, as for the URL itself
            m_options[it.key()].listed = it.value();
    }
    if (sourcePage.isValid()) {
        for (const QUrl &url : list.urls)
            noteSourcePage(url, sourcePage);
    }
    for (UrlReject reject : list.rejects) {
        // Sums pasted or dropped together with the links they check.
        const ChecksumFile::Digests digests = ChecksumFile::parse(reject.text);
        if (!digests.isEmpty()) {
            addDigests(digests);
            continue;
        }
        reject.line += firstLine - 1;
        m_rejects.push_back({source, std::move(reject)});
    }
    for (UrlReject note : list.notes) {
        note.line += firstLine - 1;
        m_notes.push_back({source, std::move(note)});
    }
    m_malformedPatterns += list.malformedPatterns;
    for (UrlPattern pattern : list.patterns) {
        pattern.line += firstLine - 1;
        m_patterns.push_back(std::move(pattern));
    }
}

void IntakeBuilder::addDigests(const ChecksumFile::Digests &digests)
{
    for (auto it = digests.cbegin(); it != digests.cend(); ++it) {
        if (!m_digests.contains(it.key()))
            m_digests.insert(it.key(), it.value());
    }
}

void IntakeBuilder::reject(const QString &source, int line, const QString &text, const QString &reason)
{
    m_rejects.push_back({source, UrlReject{line, text, reason}});
}

void IntakeBuilder::noteSourcePage(const QUrl &url, const QUrl &sourcePage)
{
    if (!sourcePage.isValid())
        return;
    ItemOptions &options = m_options[url];
    if (options.sourcePage.isEmpty())
        options.sourcePage = sourcePage;
}

IntakeResult IntakeBuilder::take()
{
    IntakeResult result;
    result.duplicates = m_listDuplicates + m_urls.duplicates();
    result.urls = m_urls.takeUrls();
    result.rejects = std::move(m_rejects);
    result.notes = std::move(m_notes);
    result.options = std::move(m_options);
    result.digests = std::move(m_digests);
    result.schemeAdded = m_schemeAdded;
    result.patterns = std::move(m_patterns);
    result.malformedPatterns = m_malformedPatterns;
    return result;
}

} // namespace Fetchpool::Gui
