#pragma once

#include <QtGlobal>

#include <curl/curl.h>

#include <atomic>
#include <memory>
#include <vector>

namespace Fetchpool {

class TrustStore;

// One worker's libcurl handles. The easy handle is reused for every request
// the worker makes, so its keep-alive connections and TLS sessions serve the
// next item like the per-thread session of the classic thread-pool scripts.
// It is driven through a multi handle of its own, which keeps those
// connections (libcurl's connection cache belongs to the multi) and which
// another thread can wake from its poll: that is how Stop reaches a transfer
// within milliseconds even when the server is silent.
//
// Slots belong to the engine, not to pool threads: QThreadPool retires idle
// threads, and a slot outlives them. One thread at a time uses a slot.
class WorkerSlot final
{
    Q_DISABLE_COPY_MOVE(WorkerSlot)

public:
    WorkerSlot(CURLSH *share, TrustStore *trust);
    ~WorkerSlot();

    // Creates the handles on first use, on the worker's thread: 256 of each
    // made up front cost the owner thread a few milliseconds at Start.
    void open();
    CURL *easy() const { return m_easy.get(); }
    CURLM *multi() const { return m_multi.get(); }
    CURLSH *share() const { return m_share; }
    TrustStore *trust() const { return m_trust; }
    char *errorBuffer() { return m_errorBuffer; }

    // From any thread, once open(): makes the slot's curl_multi_poll return
    // now. The multi lives as long as the slot, so a late wake-up is harmless.
    void wake() const;

private:
    // Idle connections one worker keeps open; a worker that alternates between a
    // few hosts keeps all of them warm.
    static constexpr long MaxKeptConnections = 8;

    struct EasyDeleter { void operator()(CURL *easy) const { curl_easy_cleanup(easy); } };
    struct MultiDeleter { void operator()(CURLM *multi) const { curl_multi_cleanup(multi); } };

    CURLSH *const m_share;
    TrustStore *const m_trust;
    // Declared before the easy handle: the easy handle goes first.
    std::unique_ptr<CURLM, MultiDeleter> m_multi;
    std::unique_ptr<CURL, EasyDeleter> m_easy;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
};

// The engine's slots. A worker checks its slot out for the length of its
// loop; the engine changes the number of slots only while none is out.
class SlotPool final
{
    Q_DISABLE_COPY_MOVE(SlotPool)

public:
    SlotPool() = default;

    // Exactly `count` slots afterwards, keeping the first ones (and their warm
    // connections). Only while no slot is checked out.
    void resize(int count, CURLSH *share, TrustStore *trust);
    int size() const { return int(m_slots.size()); }
    bool anyCheckedOut() const { return m_checkedOut.load(std::memory_order_acquire) > 0; }

    // RAII: slot `index` for one worker loop.
    class Lease
    {
        Q_DISABLE_COPY_MOVE(Lease)

    public:
        Lease(SlotPool &pool, int index);
        ~Lease();
        WorkerSlot &slot() const { return m_slot; }

    private:
        SlotPool &m_pool;
        WorkerSlot &m_slot;
    };

    // Closes every kept connection and forgets every TLS session: before the
    // share or the trust store they used goes away, and when what is trusted
    // changes (a kept connection or a resumed session is never checked again).
    void clear();

private:
    std::vector<std::unique_ptr<WorkerSlot>> m_slots;
    std::atomic<int> m_checkedOut{0};
};

} // namespace Fetchpool
