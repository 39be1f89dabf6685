#include "serverstats.h"

#include "httprequest.h"
#include "requestobserver.h"
#include "sendobserver.h"

namespace Fetchpool::Demo {

int ServerStats::recordRequest(const HttpRequest &request)
{
    if (m_observer)
        m_observer->requestReceived(request);
    const QMutexLocker locker(&m_mutex);
    ++m_requests;
    m_peak = qMax(m_peak, ++m_active);
    return ++m_pathCounts[request.path];
}

void ServerStats::finishRequest()
{
    const QMutexLocker locker(&m_mutex);
    --m_active;
}

void ServerStats::recordConnection()
{
    const QMutexLocker locker(&m_mutex);
    ++m_connections;
}

void ServerStats::recordBytesSent(const QString &path, qint64 bytes)
{
    if (m_sendObserver)
        m_sendObserver->bytesSent(path, bytes);
}

int ServerStats::requestCount() const
{
    const QMutexLocker locker(&m_mutex);
    return m_requests;
}

int ServerStats::requestCount(const QString &path) const
{
    const QMutexLocker locker(&m_mutex);
    return m_pathCounts.value(path);
}

int ServerStats::peakConcurrentRequests() const
{
    const QMutexLocker locker(&m_mutex);
    return m_peak;
}

int ServerStats::totalConnections() const
{
    const QMutexLocker locker(&m_mutex);
    return m_connections;
}

void ServerStats::reset()
{
    const QMutexLocker locker(&m_mutex);
    m_pathCounts.clear();
    m_requests = 0;
    m_connections = 0;
    // Requests still in flight stay counted: they end after the reset.
    m_peak = m_active;
}

ActiveRequest &ActiveRequest::operator=(ActiveRequest &&other) noexcept
{
    if (this != &other) {
        finish();
        m_stats = std::exchange(other.m_stats, nullptr);
    }
    return *this;
}

void ActiveRequest::finish()
{
    if (m_stats)
        std::exchange(m_stats, nullptr)->finishRequest();
}

} // namespace Fetchpool::Demo
