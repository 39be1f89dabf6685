#pragma once

#include "clioptions.h"
#include "pagefetch.h"
#include "sizeprobe.h"

#include <QObject>
#include <QThreadPool>

namespace Fetchpool::Cli {

// --from-page: reads the page with the run's request options, keeps what
// --accept and --min-size let through, and hands on the jobs, each with the
// page as its Referer. Says on standard error how many it found and kept.
class PageGrab final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageGrab)

public:
    explicit PageGrab(const CliOptions &options, QObject *parent = nullptr);

    void start();
    void cancel();

    // Without --accept: everything but links to other pages.
    static bool accepted(const PageLink &link, const QStringList &suffixes);

Q_SIGNALS:
    void ready(const QVector<Fetchpool::DownloadJob> &jobs);
    void failed(const QString &error);

private:
    void onPage(const PageFetchResult &result);
    void onProbed(const ProbeResult &result);
    void finishJobs();

    const CliOptions &m_options;
    QThreadPool m_parsePool;
    PageFetch m_fetch;
    SizeProbe m_probe;
    QUrl m_page;
    QVector<PageLink> m_kept;
    QHash<QUrl, qint64> m_sizes;
    int m_found = 0;
};

} // namespace Fetchpool::Cli
