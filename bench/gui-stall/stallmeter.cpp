#include "stallmeter.h"

#include <algorithm>
#include <numeric>

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_gapsNs.clear();
    m_endsNs.clear();
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallMeter::stop()
{
    tick(); // a stall that lasts until the end counts too
    m_timer.stop();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_gapsNs.push_back(now - m_lastNs);
    m_endsNs.push_back(now);
    m_lastNs = now;
}

double StallMeter::longestGapMs() const
{
    return m_gapsNs.isEmpty() ? 0.0 : double(*std::max_element(m_gapsNs.cbegin(), m_gapsNs.cend())) / 1e6;
}

double StallMeter::percentileGapMs(double fraction) const
{
    if (m_gapsNs.isEmpty())
        return 0.0;
    QVector<qint64> sorted = m_gapsNs;
    std::sort(sorted.begin(), sorted.end());
    const int index = qBound(0, int(fraction * double(sorted.size() - 1)), int(sorted.size()) - 1);
    return double(sorted[index]) / 1e6;
}

QStringList StallMeter::worstGaps(int count) const
{
    QVector<int> order(m_gapsNs.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) { return m_gapsNs[a] > m_gapsNs[b]; });
    QStringList gaps;
    for (int i = 0; i < qMin(count, int(order.size())); ++i) {
        const int index = order[i];
        gaps << QStringLiteral("%1 ms at %2 ms")
                        .arg(double(m_gapsNs[index]) / 1e6, 0, 'f', 1)
                        .arg((m_endsNs[index] - m_gapsNs[index]) / 1'000'000);
    }
    return gaps;
}
