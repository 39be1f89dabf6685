#pragma once

#include "runtimeline.h"

#include <QByteArray>

#include <memory>

namespace Fetchpool::Gui {

// The last Sequential and the last Parallel timeline of one list of URLs
// (RunComparison's fingerprint), drawn one above the other on one time scale.
// A run over another list drops the figures of the old one.
class TimelineComparison final
{
public:
    using Run = std::shared_ptr<const RunTimeline>;

    // Keeps `run` as the entry of its mode.
    void record(const QByteArray &listFingerprint, Run run);
    void clear();

    QByteArray listFingerprint() const { return m_fingerprint; }
    Run sequential() const { return m_sequential; }
    Run parallel() const { return m_parallel; }

private:
    QByteArray m_fingerprint;
    Run m_sequential;
    Run m_parallel;
};

} // namespace Fetchpool::Gui
