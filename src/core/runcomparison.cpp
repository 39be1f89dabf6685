#include "runcomparison.h"

#include "units.h"

#include <QStringList>

#include <algorithm>

namespace Fetchpool {

void RunComparison::record(const QByteArray &listFingerprint, RunRecord run)
{
    if (listFingerprint != m_fingerprint) {
        clear();
        m_fingerprint = listFingerprint;
    }
    m_partial.reset();
    if (run.isSequential())
        m_sequential = std::move(run);
    else
        m_parallel = std::move(run);
    compare();
}

void RunComparison::notePartialRun(int items, int listSize, int workers, int keptExisting)
{
    m_partial = PartialRun{items, listSize, workers, keptExisting};
}

void RunComparison::clear()
{
    m_fingerprint.clear();
    m_sequential.reset();
    m_parallel.reset();
    m_figures.reset();
    m_partial.reset();
}

void RunComparison::compare()
{
    m_figures.reset();
    if (!m_sequential || !m_parallel)
        return;
    using Outcome = RunRecord::Outcome;
    const RunRecord &sequential = *m_sequential;
    const RunRecord &parallel = *m_parallel;
    Figures figures;
    figures.items = std::max(sequential.total(), parallel.total());
    QVector<RunRecord::Span> sequentialSpans;
    QVector<RunRecord::Span> parallelSpans;
    const QVector<QUrl> urls = sequential.urls();
    for (const QUrl &url : urls) {
        Outcome inSequential;
        Outcome inParallel;
        RunRecord::Span sequentialSpan;
        RunRecord::Span parallelSpan;
        sequential.outcome(url, &inSequential, &sequentialSpan);
        if (!parallel.outcome(url, &inParallel, &parallelSpan))
            continue; // counted with the rest below
        if (inSequential == Outcome::Fetched && inParallel == Outcome::Fetched) {
            ++figures.compared;
            sequentialSpans << sequentialSpan;
            parallelSpans << parallelSpan;
        } else if (inSequential == Outcome::Failed || inParallel == Outcome::Failed) {
            ++figures.failed;
        } else if (inSequential == Outcome::Cancelled || inParallel == Outcome::Cancelled) {
            ++figures.cancelled;
        }
    }
    figures.continued = figures.items - figures.compared - figures.failed - figures.cancelled;
    if (figures.compared == 0)
        return;
    if (figures.isWholeList()) {
        // Nothing left out: the runs' own wall times, startup and all.
        figures.sequentialUs = sequential.wallUs();
        figures.parallelUs = parallel.wallUs();
    } else {
        figures.sequentialUs = coveredUs(sequentialSpans);
        figures.parallelUs = coveredUs(parallelSpans);
    }
    m_figures = figures;
}

RunComparison::Missing RunComparison::missing() const
{
    if (m_figures)
        return Missing::Nothing;
    if (!m_sequential && !m_parallel)
        return Missing::BothRuns;
    if (!m_sequential)
        return Missing::SequentialRun;
    if (!m_parallel)
        return Missing::ParallelRun;
    return Missing::CommonItems;
}

std::optional<double> RunComparison::speedUp() const
{
    if (!m_figures || m_figures->parallelUs <= 0)
        return std::nullopt;
    return double(m_figures->sequentialUs) / double(m_figures->parallelUs);
}

std::optional<qint64> RunComparison::shownUs(bool parallel) const
{
    if (m_figures)
        return parallel ? m_figures->parallelUs : m_figures->sequentialUs;
    const std::optional<RunRecord> &run = parallel ? m_parallel : m_sequential;
    if (!run)
        return std::nullopt;
    return run->wallUs();
}

QString RunComparison::summary() const
{
    QStringList parts;
    if (const auto us = shownUs(false))
        parts << tr("Sequential %1").arg(formatDuration(*us));
    if (const auto us = shownUs(true))
        parts << tr("Parallel ×%1 %2").arg(m_parallel->workers()).arg(formatDuration(*us));
    if (const auto factor = speedUp())
        parts << tr("%1× faster").arg(*factor, 0, 'f', 1);
    return parts.join(QStringLiteral(" · "));
}

} // namespace Fetchpool
