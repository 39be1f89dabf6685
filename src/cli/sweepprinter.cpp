#include "sweepprinter.h"

#include "console.h"
#include "units.h"

#include <algorithm>

namespace Fetchpool::Cli {

SweepPrinter::SweepPrinter(QString csvPath, QString jsonPath)
    : m_csvPath(std::move(csvPath))
    , m_jsonPath(std::move(jsonPath))
{
}

void SweepPrinter::printStart(int measured, int listSize, quint32 seed, int steps) const
{
    Console::out(measured < listSize
                         ? QStringLiteral("Measuring a sample of %1 of %2 URLs (seed %3) at %4.")
                                   .arg(measured)
                                   .arg(listSize)
                                   .arg(seed)
                                   .arg(Console::count(steps, QStringLiteral("worker count"),
                                                       QStringLiteral("worker counts")))
                         : QStringLiteral("Measuring %1 at %2.")
                                   .arg(Console::count(measured, QStringLiteral("URL"), QStringLiteral("URLs")),
                                        Console::count(steps, QStringLiteral("worker count"),
                                                       QStringLiteral("worker counts"))));
    Console::out(QStringLiteral("%1  %2  %3  %4")
                         .arg(QStringLiteral("workers"), QStringLiteral("wall time").rightJustified(10),
                              QStringLiteral("speed-up").rightJustified(9), QStringLiteral("failed").rightJustified(6)));
}

void SweepPrinter::printStep(const SweepResult &result, const SweepStep &step) const
{
    const auto factor = result.speedUp(step);
    QString row = QStringLiteral("%1  %2  %3  %4")
                          .arg(QString::number(step.workers).rightJustified(7),
                               formatDuration(step.wallUs).rightJustified(10),
                               (factor ? QStringLiteral("%1×").arg(*factor, 0, 'f', 2) : QStringLiteral("–"))
                                       .rightJustified(9),
                               QString::number(step.failed + step.cancelled).rightJustified(6));
    if (step.timedOut)
        row += QStringLiteral("  timed out after %1").arg(formatDuration(step.timeoutUs));
    Console::out(row);
}

bool SweepPrinter::printEnd(const SweepResult &result) const
{
    if (!result.error.isEmpty())
        Console::error(result.error);
    printRecommendation(result);
    return writeFiles(result);
}

void SweepPrinter::printRecommendation(const SweepResult &result) const
{
    const int recommended = result.recommendedWorkers();
    const SweepStep *base = result.baseline();
    const auto chosen = std::find_if(result.steps.cbegin(), result.steps.cend(),
                                     [recommended](const SweepStep &step) { return step.workers == recommended; });
    using Standing = SweepResult::Standing;
    const Standing standing = result.standing();
    if (standing == Standing::OnlyBaseline) {
        Console::out(QStringLiteral("Only one worker count (%1) was measured completely: nothing to compare it "
                                    "with, no recommendation.")
                             .arg(recommended));
    } else if (standing != Standing::None && base && chosen != result.steps.cend()) {
        const int gainPercent = int(SweepResult::DiminishingGain * 100);
        if (standing == Standing::StillRising) {
            Console::out(QStringLiteral("Still gaining %1 % or more at %2 workers: larger counts may be faster yet.")
                                 .arg(gainPercent)
                                 .arg(recommended));
        } else if (standing == Standing::LargerNotCounted) {
            Console::out(QStringLiteral("Larger counts did not fetch every URL in time: they do not count."));
        } else {
            Console::out(QStringLiteral("Diminishing returns from %1 workers: more gain less than %2 %.")
                                 .arg(recommended)
                                 .arg(gainPercent));
        }
        const QString worker = QStringLiteral("worker");
        const QString workers = QStringLiteral("workers");
        Console::out(QStringLiteral("Recommended: %1 (%2× the speed of %3)%4.")
                             .arg(Console::count(recommended, worker, workers))
                             .arg(*result.speedUp(*chosen), 0, 'f', 1)
                             .arg(Console::count(base->workers, worker, workers),
                                  result.isPartial()
                                          ? QStringLiteral(", from %1").arg(Console::count(
                                                    result.completeSteps(), QStringLiteral("completed step"),
                                                    QStringLiteral("completed steps")))
                                          : QString()));
    } else if (result.steps.isEmpty()) {
        if (result.cancelled)
            Console::out(QStringLiteral("Cancelled before the first step ended: no recommendation."));
    } else if (result.timedOutSteps() > 0) {
        Console::out(QStringLiteral("No step fetched every URL in time (%1 timed out): no recommendation.")
                             .arg(result.timedOutSteps()));
    } else {
        Console::out(QStringLiteral("No worker count fetched every URL: no recommendation."));
    }
}

bool SweepPrinter::writeFiles(const SweepResult &result) const
{
    bool written = true;
    QString error;
    if (!m_csvPath.isEmpty() && !result.writeCsv(m_csvPath, &error)) {
        Console::error(error);
        written = false;
    }
    if (!m_jsonPath.isEmpty() && !result.writeJson(m_jsonPath, &error)) {
        Console::error(error);
        written = false;
    }
    return written;
}

} // namespace Fetchpool::Cli
