#include "cancellation.h"

#include <QDeadlineTimer>
#include <QMetaObject>

namespace Fetchpool {

void Cancellation::cancel(PartialFile partial)
{
    QMutexLocker lock(&m_mutex);
    if (m_cancelled.load(std::memory_order_acquire))
        return; // the first decision about the part file stands
    m_keepPart.store(partial == PartialFile::KeepResumable, std::memory_order_release);
    m_cancelled.store(true, std::memory_order_release);
    m_wake.wakeAll();
    if (m_context && m_abort)
        QMetaObject::invokeMethod(m_context, m_abort, Qt::QueuedConnection);
}

void Cancellation::attach(QObject *context, std::function<void()> abort)
{
    QMutexLocker lock(&m_mutex);
    m_context = context;
    m_abort = std::move(abort);
    if (isCancelled())
        QMetaObject::invokeMethod(m_context, m_abort, Qt::QueuedConnection);
}

void Cancellation::detach()
{
    // Queued aborts already posted to the context die with it: the context is
    // destroyed by its owner right after detaching.
    QMutexLocker lock(&m_mutex);
    m_context = nullptr;
    m_abort = nullptr;
}

bool Cancellation::waitFor(int ms)
{
    QDeadlineTimer deadline(ms);
    QMutexLocker lock(&m_mutex);
    while (!isCancelled() && !deadline.hasExpired())
        m_wake.wait(&m_mutex, deadline);
    return isCancelled();
}

} // namespace Fetchpool
