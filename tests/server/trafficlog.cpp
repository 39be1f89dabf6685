#include "trafficlog.h"

#include <algorithm>

namespace Fetchpool::Test {

TrafficLog::TrafficLog()
{
    m_clock.start();
}

void TrafficLog::bytesSent(const QString &path, qint64 bytes)
{
    const qint64 us = m_clock.nsecsElapsed() / 1000;
    const QMutexLocker lock(&m_mutex);
    append(m_total, us, bytes);
    append(m_paths[path], us, bytes);
}

void TrafficLog::append(QVector<Sample> &samples, qint64 us, qint64 bytes)
{
    const qint64 before = samples.isEmpty() ? 0 : samples.last().bytes;
    samples.push_back({us, before + bytes});
}

qint64 TrafficLog::nowMs() const
{
    return m_clock.elapsed();
}

qint64 TrafficLog::sentBy(const QVector<Sample> &samples, qint64 us)
{
    // The last sample at or before `us`.
    const auto after = std::upper_bound(samples.cbegin(), samples.cend(), us,
                                        [](qint64 time, const Sample &sample) { return time < sample.us; });
    return after == samples.cbegin() ? 0 : std::prev(after)->bytes;
}

qint64 TrafficLog::bytesSentBy(qint64 ms, const QString &path) const
{
    if (ms > nowMs())
        return -1;
    const QMutexLocker lock(&m_mutex);
    if (path.isEmpty())
        return sentBy(m_total, ms * 1000);
    const auto it = m_paths.constFind(path);
    return it == m_paths.constEnd() ? 0 : sentBy(it.value(), ms * 1000);
}

void TrafficLog::reset()
{
    const QMutexLocker lock(&m_mutex);
    m_total.clear();
    m_paths.clear();
}

} // namespace Fetchpool::Test
