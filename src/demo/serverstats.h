#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <utility>

namespace Fetchpool::Demo {

struct HttpRequest;
class RequestObserver;
class SendObserver;

// What the server has seen, readable from any thread while it runs.
class ServerStats final
{
    Q_DISABLE_COPY_MOVE(ServerStats)

public:
    ServerStats() = default;

    // Also tells `observer` of every request; set before any listener starts.
    void setObserver(RequestObserver *observer) { m_observer = observer; }
    // Also tells `observer` of the bytes sent; set before any listener starts.
    void setSendObserver(SendObserver *observer) { m_sendObserver = observer; }

    // Counts a request as received and in progress. Returns its 1-based
    // ordinal among requests to the same path since the last reset, which
    // is what a route such as `fail=N` decides on.
    int recordRequest(const HttpRequest &request);
    void finishRequest();
    void recordConnection();
    void recordBytesSent(const QString &path, qint64 bytes);

    int requestCount() const;
    int requestCount(const QString &path) const;
    int peakConcurrentRequests() const;
    int totalConnections() const;
    void reset();

private:
    RequestObserver *m_observer = nullptr;
    SendObserver *m_sendObserver = nullptr;
    // One lock for everything: a request touches it twice, far below any
    // cost that matters next to a socket write.
    mutable QMutex m_mutex;
    QHash<QString, int> m_pathCounts;
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

} // namespace Fetchpool::Demo
