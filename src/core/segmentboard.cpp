#include "segmentboard.h"

#include "segmentedpart.h"

namespace Fetchpool {

void SegmentBoard::add(const std::shared_ptr<SegmentedPart> &part)
{
    {
        QMutexLocker lock(&m_mutex);
        m_parts.insert(part->setup().itemIndex, part);
    }
    wakeAll();
}

void SegmentBoard::remove(const SegmentedPart *part)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_parts.constFind(part->setup().itemIndex);
    if (it != m_parts.constEnd() && it.value().get() == part)
        m_parts.erase(it);
}

std::optional<SegmentBoard::Ticket> SegmentBoard::take(int worker, Cancellation *helper, int waitMs)
{
    QMutexLocker lock(&m_mutex);
    const quint64 seen = m_generation;
    for (int round = 0; round < 2; ++round) {
        // The file with the most bytes still to come gains most from a helper.
        std::shared_ptr<SegmentedPart> best;
        qint64 bestLeft = -1;
        for (const auto &part : std::as_const(m_parts)) {
            const qint64 left = part->setup().total - part->doneBytes();
            if (left > bestLeft && part->hasClaimableWork()) {
                best = part;
                bestLeft = left;
            }
        }
        if (best) {
            if (const auto segment = best->claim(worker, helper))
                return Ticket{best, *segment};
        }
        if (round == 0 && m_generation == seen)
            m_changed.wait(&m_mutex, waitMs);
    }
    return std::nullopt;
}

void SegmentBoard::wakeAll()
{
    QMutexLocker lock(&m_mutex);
    ++m_generation;
    m_changed.wakeAll();
}

QVector<SegmentRecord> SegmentBoard::detail(int index) const
{
    std::shared_ptr<SegmentedPart> part;
    {
        QMutexLocker lock(&m_mutex);
        part = m_parts.value(index);
    }
    return part ? part->history() : QVector<SegmentRecord>();
}

} // namespace Fetchpool
