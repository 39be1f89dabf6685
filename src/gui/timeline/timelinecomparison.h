#pragma once

#include "runtimeline.h"

#include <QByteArray>

#include <memory>

namespace Fetchpool::Gui {

// The last Sequential and the last Parallel timeline of one list of URLs
// (RunComparison's fingerprint), drawn one above the other on one time scale,
// and a partial run made after them (a retry of some items), drawn below
// without taking their place. A run over another list drops the figures of
// the old one; any complete run drops the partial one, which it follows.
class TimelineComparison final
{
public:
    using Run = std::shared_ptr<const RunTimeline>;

    // Keeps `run`, a run of the whole list, as the entry of its mode.
    void record(const QByteArray &listFingerprint, Run run);
    // Keeps `run`, which took only some of the list's items, beside the complete runs.
    void recordPartial(Run run) { m_partial = std::move(run); }
    void clear();

    QByteArray listFingerprint() const { return m_fingerprint; }
    Run sequential() const { return m_sequential; }
    Run parallel() const { return m_parallel; }
    Run partial() const { return m_partial; }

private:
    QByteArray m_fingerprint;
    Run m_sequential;
    Run m_parallel;
    Run m_partial;
};

} // namespace Fetchpool::Gui
