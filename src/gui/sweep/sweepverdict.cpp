#include "sweep/sweepverdict.h"

#include <algorithm>

namespace Fetchpool::Gui {

SweepVerdict::SweepVerdict(const SweepResult &result)
{
    using Standing = SweepResult::Standing;
    const Standing standing = result.standing();
    const int recommended = result.recommendedWorkers();
    const SweepStep *base = result.baseline();
    const auto chosen = std::find_if(result.steps.cbegin(), result.steps.cend(),
                                     [recommended](const SweepStep &step) { return step.workers == recommended; });
    if (standing == Standing::None || standing == Standing::OnlyBaseline || !base || chosen == result.steps.cend()) {
        m_text = noRecommendation(result);
        return;
    }
    m_workers = recommended;
    m_text = recommendation(result, *base, *chosen);
}

QString SweepVerdict::recommendation(const SweepResult &result, const SweepStep &base, const SweepStep &chosen) const
{
    const int gainPercent = int(SweepResult::DiminishingGain * 100);
    const double factor = result.speedUp(chosen).value_or(1.0);
    QString text;
    switch (result.standing()) {
    case SweepResult::Standing::NoGain:
        text = tr("<b>More workers do not help this list.</b> No larger count was %1 % faster or more; "
                  "the server or the connection is the limit.")
                       .arg(gainPercent);
        break;
    case SweepResult::Standing::StillRising:
        text = tr("<b>Recommended: %1 workers</b>, %2× as fast as %n worker(s). The curve is still rising at %1: "
                  "larger counts may be faster yet.", nullptr, base.workers)
                       .arg(m_workers)
                       .arg(factor, 0, 'f', 1);
        break;
    case SweepResult::Standing::LargerNotCounted:
        text = tr("<b>Recommended: %1 workers</b>, %2× as fast as %n worker(s). Larger counts did not fetch every "
                  "URL in time, so they do not count.", nullptr, base.workers)
                       .arg(m_workers)
                       .arg(factor, 0, 'f', 1);
        break;
    default:
        text = tr("<b>Recommended: %1 workers</b>, %2× as fast as %n worker(s). Beyond %1, more workers gain "
                  "less than %3 %: they add threads, connections and server load for little time.",
                  nullptr, base.workers)
                       .arg(m_workers)
                       .arg(factor, 0, 'f', 1)
                       .arg(gainPercent);
        break;
    }
    // A sweep cut short says what its recommendation rests on.
    if (result.isPartial())
        text += QLatin1Char(' ') + tr("From the %n step(s) that completed.", nullptr, result.completeSteps());
    return text;
}

QString SweepVerdict::noRecommendation(const SweepResult &result)
{
    if (result.steps.isEmpty()) {
        return result.cancelled ? tr("Cancelled during the first step: no step completed, so there is nothing to "
                                     "recommend from.")
                                : QString(); // an error, which the status line gives
    }
    if (result.standing() == SweepResult::Standing::OnlyBaseline) {
        return tr("Only one worker count was measured completely: there is nothing to compare it with, so there "
                  "is no recommendation.");
    }
    if (result.timedOutSteps() > 0) {
        return tr("<b>No recommendation:</b> no step fetched every URL in time (%n step(s) timed out). A step "
                  "with failures or a timeout measures something else.", nullptr, result.timedOutSteps());
    }
    return tr("<b>No recommendation:</b> no step fetched every URL, and a step with failures measures something "
              "else. Run the list once: Measure… then leaves out the URLs that failed.");
}

} // namespace Fetchpool::Gui
