#pragma once

#include <QtGlobal>

namespace Fetchpool {

// The arithmetic of one rate limit, as a generic cell rate algorithm: the
// bucket remembers when everything charged so far has been paid for at the
// rate (the "theoretical arrival time"), and a charge moves that time on by
// bytes ÷ rate. Bytes are charged after they arrived, so the bucket may go
// into debt; whoever charged waits until the debt is paid down to `burst`.
// Charges made while others wait queue up behind theirs, in order: that is
// what makes the limit fair between transfers that share it.
//
// Times are nanoseconds on any monotonic clock the caller chooses. Not
// thread-safe: RateLimiter and TransferPacer guard their own.
class TokenBucket final
{
public:
    // How far ahead of the rate a bucket that was idle may run: a tenth of a
    // second's worth, so a limit is accurate over seconds and smooth enough.
    static constexpr qint64 DefaultBurstNs = 100'000'000;

    explicit TokenBucket(qint64 bytesPerSecond = 0, qint64 burstNs = DefaultBurstNs);

    qint64 rate() const { return m_rate; }
    bool isLimited() const { return m_rate > 0; }

    // A new rate from `nowNs` on; any debt is forgiven, so a raised limit
    // acts at once and a lowered one from the next charge. 0 = no limit.
    void setRate(qint64 bytesPerSecond, qint64 nowNs);

    // Charges `bytes` received at `nowNs`. Returns the time from which the
    // next read may happen: at or before `nowNs` when it may happen at once.
    qint64 charge(qint64 bytes, qint64 nowNs);

    // The time from which a read may happen, without charging anything.
    qint64 readyAt() const;

private:
    qint64 m_rate = 0;
    qint64 m_burstNs = DefaultBurstNs;
    qint64 m_paidUntilNs = 0; // the theoretical arrival time
};

} // namespace Fetchpool
