#include "list/retrycountdown.h"

#include <limits>

namespace Fetchpool::Gui {

RetryCountdown::RetryCountdown(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // the number shown changes on the second
    connect(&m_timer, &QTimer::timeout, this, &RetryCountdown::onTimeout);
}

void RetryCountdown::wait(quint64 id, qint64 inMs)
{
    m_deadlines.insert(id, m_clock.elapsed() + qMax(qint64(0), inMs));
    schedule();
}

void RetryCountdown::forget(quint64 id)
{
    if (m_deadlines.remove(id) > 0)
        schedule();
}

void RetryCountdown::clear()
{
    m_deadlines.clear();
    m_timer.stop();
}

int RetryCountdown::secondsLeft(quint64 id) const
{
    const auto found = m_deadlines.constFind(id);
    if (found == m_deadlines.constEnd())
        return -1;
    const qint64 leftMs = qMax(qint64(0), found.value() - m_clock.elapsed());
    return int((leftMs + 999) / 1000);
}

void RetryCountdown::onTimeout()
{
    Q_EMIT ticked();
    schedule();
}

// The next moment a shown number drops: the soonest next whole-second
// boundary among the rows still counting. A wait that has run out shows 0
// until the engine reports the attempt, so it needs no more wake-ups.
void RetryCountdown::schedule()
{
    const qint64 now = m_clock.elapsed();
    qint64 nextMs = std::numeric_limits<qint64>::max();
    for (const qint64 deadline : std::as_const(m_deadlines)) {
        const qint64 leftMs = deadline - now;
        if (leftMs <= 0)
            continue;
        const qint64 toBoundary = leftMs % 1000 == 0 ? 1000 : leftMs % 1000;
        nextMs = qMin(nextMs, toBoundary);
    }
    if (nextMs == std::numeric_limits<qint64>::max())
        m_timer.stop();
    else
        m_timer.start(int(nextMs));
}

} // namespace Fetchpool::Gui
