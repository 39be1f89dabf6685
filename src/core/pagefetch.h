#pragma once

#include "downloadengine.h"
#include "pagelinks.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>
#include <utility>

class QTemporaryDir;
class QThreadPool;

namespace Fetchpool {

// A page read for its links, or why it could not be.
struct PageFetchResult
{
    QUrl pageUrl;            // as asked for
    QUrl finalUrl;           // after redirects: the links' base, and their Referer
    QVector<PageLink> links; // in page order
    QString error;           // empty on success

    bool ok() const { return error.isEmpty(); }
};

// Reads one web page through the engine, with the same request options as
// downloads (headers, cookies, logins, proxy, CA file), so a page behind a
// login or a cookie reads as the browser shows it; then finds its links off
// the owner's thread. The page goes into a temporary folder that is removed
// once it is parsed.
class PageFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFetch)

public:
    // Parses on `pool` (the window's own threads, or the console's).
    explicit PageFetch(QThreadPool &pool, QObject *parent = nullptr);
    ~PageFetch() override; // cancels; waits for a parse in progress

    // A page larger than this is refused: no page of links is that big, and
    // it would be parsed in memory.
    static constexpr qint64 MaxPageBytes = 16 * 1024 * 1024;

    bool isRunning() const { return m_running; }
    // Starts reading `page`; one page at a time (a start while one is read
    // cancels that one). Only `requestOptions`' request and connection
    // options count: the folder and worker count are the fetch's own.
    void start(const QUrl &page, const EngineOptions &requestOptions);
    void cancel();

Q_SIGNALS:
    void finished(const Fetchpool::PageFetchResult &result);

private:
    void onProgressed(const QVector<ItemProgress> &items);
    void onItemsFinished(const QVector<ItemResult> &results);
    void fail(const QString &error);
    void startEngine(const std::pair<DownloadJob, EngineOptions> &request);

    QThreadPool &m_pool;
    DownloadEngine m_engine;
    std::shared_ptr<QTemporaryDir> m_folder;
    QFutureWatcher<QVector<PageLink>> m_parse;
    PageFetchResult m_result;
    bool m_running = false;
    bool m_tooLarge = false;
    quint64 m_jobId = 0;
    quint64 m_parsedJob = 0; // the job whose page m_parse reads
    std::optional<std::pair<DownloadJob, EngineOptions>> m_pending;
};

} // namespace Fetchpool

Q_DECLARE_METATYPE(Fetchpool::PageFetchResult)
