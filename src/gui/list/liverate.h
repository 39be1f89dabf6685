#pragma once

#include <QtGlobal>

namespace Fetchpool::Gui {

// The rate a receiving item shows, measured from the byte counts the engine
// publishes: over windows of at least WindowMs, smoothed so the figure is
// readable, and 0 as soon as a whole window passed without a byte, so a
// stalled transfer does not keep showing its last rate.
class LiveRate final
{
public:
    // Shorter windows measure mostly the timing of the engine's batches.
    static constexpr qint64 WindowMs = 400;

    // `bytes` received so far, at `nowMs` on a monotonic clock. True when
    // the rate shown changed.
    bool sample(qint64 bytes, qint64 nowMs);
    void reset() { *this = LiveRate(); }

    bool isMeasured() const { return m_measured; } // a first window has passed
    double bytesPerSecond() const { return m_bytesPerSecond; }

private:
    qint64 m_anchorBytes = 0; // the window starts here
    qint64 m_anchorMs = -1;
    double m_bytesPerSecond = 0;
    bool m_measured = false;
};

} // namespace Fetchpool::Gui
