#include "runqueue.h"

#include <QSet>

namespace Fetchpool {

RunQueue::RunQueue(int count)
    : m_count(count)
{
    for (int index = 0; index < count; ++index)
        m_order.push_back(index);
}

int RunQueue::take(bool wait)
{
    std::unique_lock lock(m_mutex);
    if (wait)
        m_arrived.wait(lock, [this] { return m_over || !m_order.empty(); });
    if (m_order.empty())
        return m_over ? Over : NoneNow;
    const int index = m_order.front();
    m_order.pop_front();
    return index;
}

bool RunQueue::extend(int added, const std::function<void(int first)> &prepare)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_over)
            return false;
        prepare(m_count);
        for (int i = 0; i < added; ++i)
            m_order.push_back(m_count + i);
        m_count += added;
    }
    m_arrived.notify_all();
    return true;
}

void RunQueue::reorder(const QVector<int> &order)
{
    const std::lock_guard lock(m_mutex);
    if (m_order.size() < 2)
        return;
    QSet<int> waiting;
    waiting.reserve(qsizetype(m_order.size()));
    for (int index : m_order)
        waiting.insert(index);
    std::deque<int> reordered;
    for (int index : order) {
        if (waiting.remove(index)) // once each, even if `order` names it twice
            reordered.push_back(index);
    }
    for (int index : m_order) {
        if (waiting.contains(index))
            reordered.push_back(index);
    }
    m_order.swap(reordered);
}

bool RunQueue::itemEnded(const std::function<void()> &last)
{
    {
        const std::lock_guard lock(m_mutex);
        if (++m_ended < m_count)
            return false;
        last();
        m_over = true;
        m_order.clear(); // only items that ended while queued can be left
    }
    m_arrived.notify_all();
    return true;
}

int RunQueue::count() const
{
    const std::lock_guard lock(m_mutex);
    return m_count;
}

QVector<int> RunQueue::queued() const
{
    const std::lock_guard lock(m_mutex);
    return QVector<int>(m_order.cbegin(), m_order.cend());
}

} // namespace Fetchpool
