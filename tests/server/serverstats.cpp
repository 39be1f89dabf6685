#include "serverstats.h"

namespace Fetchpool::Test {

int ServerStats::recordRequest(const QString &path, const HeaderList &headers)
{
    const QMutexLocker locker(&m_mutex);
    ++m_requests;
    m_peak = qMax(m_peak, ++m_active);
    PathLog &log = m_paths[path];
    log.headers.append(headers);
    return ++log.count;
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

int ServerStats::requestCount() const
{
    const QMutexLocker locker(&m_mutex);
    return m_requests;
}

int ServerStats::requestCount(const QString &path) const
{
    const QMutexLocker locker(&m_mutex);
    return m_paths.value(path).count;
}

QStringList ServerStats::requestHeaders(const QString &path, const QByteArray &name) const
{
    const QByteArray lowerName = name.toLower();
    QStringList values;
    const QMutexLocker locker(&m_mutex);
    const auto log = m_paths.constFind(path);
    if (log == m_paths.constEnd())
        return values;
    for (const HeaderList &headers : log->headers) {
        HttpRequest request;
        request.headers = headers;
        values.append(QString::fromLatin1(request.header(lowerName)));
    }
    return values;
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
    m_paths.clear();
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

} // namespace Fetchpool::Test
