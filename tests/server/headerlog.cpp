#include "headerlog.h"

namespace Fetchpool::Test {

void HeaderLog::requestReceived(const Demo::HttpRequest &request)
{
    const QMutexLocker locker(&m_mutex);
    m_paths[request.path].append(request.headers);
    m_order.append(request.path);
}

QStringList HeaderLog::paths() const
{
    const QMutexLocker locker(&m_mutex);
    return m_order;
}

QStringList HeaderLog::values(const QString &path, const QByteArray &name) const
{
    const QByteArray lowerName = name.toLower();
    QStringList values;
    const QMutexLocker locker(&m_mutex);
    const auto log = m_paths.constFind(path);
    if (log == m_paths.constEnd())
        return values;
    for (const Demo::HeaderList &headers : *log) {
        Demo::HttpRequest request;
        request.headers = headers;
        values.append(QString::fromLatin1(request.header(lowerName)));
    }
    return values;
}

void HeaderLog::reset()
{
    const QMutexLocker locker(&m_mutex);
    m_paths.clear();
    m_order.clear();
}

} // namespace Fetchpool::Test
