#pragma once

#include <QCoreApplication>

#include "downloadtypes.h"

#include <QElapsedTimer>

class QNetworkAccessManager;

namespace Fetchpool {

class Cancellation;
class FileNamer;
class HostLimiter;
class ResumeIndex;
struct ResumablePart;

// What a fetch reports while it runs; called on the fetching thread.
class FetchObserver
{
public:
    virtual ~FetchObserver() = default;
    virtual void stateChanged(ItemState state) = 0;
    // `received` counts the whole file, including bytes kept from an earlier attempt.
    virtual void bytesReceived(qint64 delta, qint64 received, qint64 total) = 0;
    virtual void requestOpened() = 0;
    virtual void requestClosed() = 0;
};

// Performs one download on the calling thread, with the calling thread's
// QNetworkAccessManager: redirects (policy-checked), timeouts, retries with
// backoff, resume of a partial body (within the run, and from a part file an
// interrupted earlier run left), streaming to `<name>.part` and the rename to
// the final name once the body is complete.
class Fetcher final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Fetcher)
    Q_DISABLE_COPY_MOVE(Fetcher)

public:
    Fetcher(const EngineOptions &options, FileNamer &namer, HostLimiter &hosts,
            ResumeIndex &resumable, QNetworkAccessManager &network, const QElapsedTimer &runClock);
    ~Fetcher();

    ItemResult fetch(const DownloadJob &job, Cancellation &cancellation, FetchObserver &observer);

    static QString userAgent();

private:
    struct Transfer;
    struct Hop;

    FetchError attempt(Transfer &transfer, Cancellation &cancellation, FetchObserver &observer);
    Hop request(const QUrl &url, Transfer &transfer, Cancellation &cancellation,
                FetchObserver &observer);
    int retryDelayMs(int attempt, int retryAfterMs) const;
    void continuePart(Transfer &transfer, const ResumablePart &part, FetchObserver &observer);
    bool keepForResume(Transfer &transfer, ItemResult &result);
    void recordResumeInfo(Transfer &transfer);

    const EngineOptions &m_options;
    FileNamer &m_namer;
    HostLimiter &m_hosts;
    ResumeIndex &m_resumable;
    QNetworkAccessManager &m_network;
    const QElapsedTimer &m_runClock;
};

} // namespace Fetchpool
