#pragma once

#include <QMutex>
#include <QPointer>
#include <QWaitCondition>

#include <atomic>
#include <functional>

namespace Fetchpool {

// A cancel signal that reaches a worker wherever it is: between attempts
// (waitFor wakes up at once) or inside a transfer (the registered abort runs
// on the worker's own thread, queued to its context object, so the network
// objects are only ever touched by the thread that owns them).
class Cancellation final
{
    Q_DISABLE_COPY_MOVE(Cancellation)

public:
    Cancellation() = default;

    // Stopping a whole run keeps a resumable part file for the next run;
    // removing an item discards it.
    enum class PartialFile { Discard, KeepResumable };

    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    void cancel(PartialFile partial = PartialFile::Discard);
    bool keepsResumablePart() const { return m_keepPart.load(std::memory_order_acquire); }

    // While attached, cancel() queues `abort` to run on `context`'s thread.
    // If cancellation already happened, the abort is queued right away.
    void attach(QObject *context, std::function<void()> abort);
    void detach();

    // Sleeps up to `ms` milliseconds; returns true at once if cancelled.
    bool waitFor(int ms);

private:
    std::atomic_bool m_cancelled{false};
    std::atomic_bool m_keepPart{false};
    QMutex m_mutex;
    QWaitCondition m_wake;
    QPointer<QObject> m_context;
    std::function<void()> m_abort;
};

} // namespace Fetchpool
