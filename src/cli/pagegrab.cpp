#include "pagegrab.h"

#include "console.h"
#include "units.h"

namespace Fetchpool::Cli {

PageGrab::PageGrab(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_fetch(m_parsePool)
{
    connect(&m_fetch, &PageFetch::finished, this, &PageGrab::onPage);
    connect(&m_probe, &SizeProbe::probed, this, &PageGrab::onProbed);
    connect(&m_probe, &SizeProbe::finished, this, &PageGrab::finishJobs);
}

void PageGrab::start()
{
    m_fetch.start(QUrl(m_options.fromPage), m_options.engine);
}

void PageGrab::cancel()
{
    m_fetch.cancel();
    m_probe.cancel();
}

bool PageGrab::accepted(const PageLink &link, const QStringList &suffixes)
{
    if (suffixes.isEmpty())
        return link.kind != PageLinkKind::Link;
    // wget's --accept: the file name ends in one of them, in any case.
    const QString path = link.url.path();
    for (const QString &suffix : suffixes) {
        if (path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void PageGrab::onPage(const PageFetchResult &result)
{
    if (!result.ok()) {
        Q_EMIT failed(QStringLiteral("%1: %2").arg(result.pageUrl.toString(), result.error));
        return;
    }
    m_page = result.finalUrl;
    m_found = int(result.links.size());
    for (const PageLink &link : result.links) {
        if (accepted(link, m_options.accept))
            m_kept << link;
    }
    if (m_options.minSize <= 0 || m_kept.isEmpty()) {
        finishJobs();
        return;
    }
    QVector<QUrl> urls;
    for (const PageLink &link : std::as_const(m_kept))
        urls << link.url;
    SizeProbe::Limits limits;
    limits.maxUrls = int(urls.size());
    limits.parallel = qBound(1, m_options.engine.workers, 8);
    limits.budgetMs = 120'000;
    m_probe.start(urls, m_options.engine, m_page, {}, limits);
}

void PageGrab::onProbed(const ProbeResult &result)
{
    m_sizes.insert(result.url, result.size);
}

void PageGrab::finishJobs()
{
    auto headers = std::make_shared<ItemHeaders>();
    headers->referer = m_page.toString();
    QVector<DownloadJob> jobs;
    int unknown = 0;
    for (const PageLink &link : std::as_const(m_kept)) {
        if (m_options.minSize > 0) {
            const qint64 size = m_sizes.value(link.url, -1);
            if (size < 0) {
                ++unknown;
                if (m_options.rejectUnknownSize)
                    continue;
            } else if (size < m_options.minSize) {
                continue;
            }
        }
        DownloadJob job{quint64(jobs.size()), link.url};
        job.headers = headers;
        jobs << job;
    }
    Console::error(QStringLiteral("%1: found %2 links and images, keeping %3")
                           .arg(m_page.toString())
                           .arg(m_found)
                           .arg(jobs.size()));
    if (unknown > 0) {
        Console::error(m_options.rejectUnknownSize
                               ? QStringLiteral("note: %1 of unknown size left out (--reject-unknown-size)").arg(unknown)
                               : QStringLiteral("note: %1 of unknown size kept; --reject-unknown-size leaves them out")
                                         .arg(unknown));
    }
    Q_EMIT ready(jobs);
}

} // namespace Fetchpool::Cli
