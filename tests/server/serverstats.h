#pragma once

#include "httprequest.h"

#include <QHash>
#include <QMutex>
#include <QStringList>
#include <QVector>

#include <utility>

namespace Fetchpool::Test {

// What the server has seen, readable from any thread while it runs.
class ServerStats
{
public:
    // Counts a request as received and in progress. Returns its 1-based
    // ordinal among requests to the same path since the last reset, which
    // is what `fail=N` decides on.
    int recordRequest(const QString &path, const HeaderList &headers);
    void finishRequest();
    void recordConnection();

    int requestCount() const;
    int requestCount(const QString &path) const;
    QStringList requestHeaders(const QString &path, const QByteArray &name) const;
    int peakConcurrentRequests() const;
    int totalConnections() const;
    void reset();

private:
    struct PathLog
    {
        int count = 0;
        QVector<HeaderList> headers;
    };

    // One lock for everything: a request touches it twice, far below any
    // cost that matters next to a socket write.
    mutable QMutex m_mutex;
    QHash<QString, PathLog> m_paths;
    int m_requests = 0;
    int m_active = 0;
    int m_peak = 0;
    int m_connections = 0;
};

// Keeps one request counted as in progress until finish() or destruction,
// so an aborted connection can never leave the concurrency count behind.
class ActiveRequest
{
public:
    ActiveRequest() = default;
    explicit ActiveRequest(ServerStats *stats) : m_stats(stats) {}
    ActiveRequest(ActiveRequest &&other) noexcept : m_stats(std::exchange(other.m_stats, nullptr)) {}
    ActiveRequest &operator=(ActiveRequest &&other) noexcept;
    ActiveRequest(const ActiveRequest &) = delete;
    ActiveRequest &operator=(const ActiveRequest &) = delete;
    ~ActiveRequest() { finish(); }

    void finish();

private:
    ServerStats *m_stats = nullptr;
};

} // namespace Fetchpool::Test
