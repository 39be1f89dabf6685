#pragma once

#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>

namespace Fetchpool {

// A cancel signal that reaches a worker wherever it is: between attempts
// (waitFor wakes up at once) or inside a transfer (the attached wake-up runs
// on the cancelling thread and makes the worker's poll return, so the worker
// sees the flag and ends the transfer on its own thread).
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

    // While attached, cancel() also calls `wake`, from the cancelling thread,
    // so it must be thread-safe (curl_multi_wakeup is). Once detach()
    // returns, `wake` is never called again.
    void attach(std::function<void()> wake);
    void detach();

    // Sleeps up to `ms` milliseconds; returns true at once if cancelled.
    bool waitFor(int ms);

private:
    // One per item of a run: standard primitives, which need no allocation of
    // their own (a QWaitCondition allocates its state).
    std::atomic_bool m_cancelled{false};
    std::atomic_bool m_keepPart{false};
    std::mutex m_mutex;
    std::condition_variable m_wakeWaiters;
    std::function<void()> m_wake;
};

} // namespace Fetchpool
