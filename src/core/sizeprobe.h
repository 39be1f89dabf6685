#pragma once

#include "downloadtypes.h"

#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>

class QThreadPool;

namespace Fetchpool {

// What a HEAD request said about one URL.
struct ProbeResult
{
    QUrl url;
    qint64 size = -1;   // -1: unknown (no Content-Length, HEAD refused, failed)
    QString mimeType;   // the Content-Type without parameters; empty when unknown
    int httpStatus = 0; // 0: no response
    // For a URL asked for a preview: its bytes, when it was at most
    // Limits::previewBytes. Empty otherwise.
    QByteArray preview;
};

// How far a SizeProbe goes.
struct SizeProbeLimits
{
    int maxUrls = 200;             // the first ones; the rest stay unknown
    int parallel = 4;              // requests at a time
    int budgetMs = 30'000;         // for all of them together
    qint64 previewBytes = 512 * 1024;
    int maxPreviews = 100;
};

// Asks the servers for the size and type of a list of URLs, a few at a time
// in the background: HEAD, with the same request options as downloads
// (RequestSetup), so a page's images behind a cookie answer as they will for
// the download. Bounded in the URLs it asks about and in time; a server that
// refuses HEAD (405, 501) leaves the size unknown. Small images can be
// fetched whole for a thumbnail. Results arrive on the owner's thread.
class SizeProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizeProbe)

public:
    using Limits = SizeProbeLimits;

    explicit SizeProbe(QObject *parent = nullptr);
    ~SizeProbe() override; // cancels and waits for the requests in flight

    // Probes `urls` (a probe going on is cancelled); `previews` are the ones
    // worth fetching whole when small. `referer`: the page they came from.
    void start(const QVector<QUrl> &urls, const EngineOptions &requestOptions, const QUrl &referer,
               const QSet<QUrl> &previews = {}, Limits limits = {});
    void cancel();
    bool isRunning() const { return m_running; }

    struct State; // shared with the requests in flight

Q_SIGNALS:
    void probed(const Fetchpool::ProbeResult &result);
    // Once per start() that was not cancelled: everything asked for has
    // answered, or the time is up.
    void finished();

private:
    std::unique_ptr<QThreadPool> m_pool;
    std::shared_ptr<State> m_state;
    bool m_running = false;
};

} // namespace Fetchpool

Q_DECLARE_METATYPE(Fetchpool::ProbeResult)
