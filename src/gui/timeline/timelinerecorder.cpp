#include "timelinerecorder.h"

#include "transferengine.h"
#include "units.h"


namespace Fetchpool::Gui {

TimelineRecorder::TimelineRecorder(TransferEngine *engine, QObject *parent)
    : QObject(parent)
{
    connect(engine, &TransferEngine::runStarted, this, &TimelineRecorder::onRunStarted);
    connect(engine, &TransferEngine::progressed, this, &TimelineRecorder::onProgressed);
    connect(engine, &TransferEngine::itemsFinished, this, &TimelineRecorder::onItemsFinished);
    connect(engine, &TransferEngine::runFinished, this, &TimelineRecorder::onRunFinished);
}

QVector<TimelineGroup> TimelineRecorder::groups() const
{
    std::shared_ptr<const RunTimeline> sequential = m_comparison.sequential();
    std::shared_ptr<const RunTimeline> parallel = m_comparison.parallel();
    std::shared_ptr<const RunTimeline> partial = m_comparison.partial();
    if (m_current && (m_current->isPartial() || m_current->isRemote()))
        partial = m_current;
    else if (m_current)
        (m_current->isSequential() ? sequential : parallel) = m_current;
    QVector<TimelineGroup> groups;
    for (const auto &run : {sequential, parallel, partial}) {
        if (run)
            groups.push_back({run, caption(*run)});
    }
    return groups;
}

QString TimelineRecorder::caption(const RunTimeline &run)
{
    QString text = run.isMixed()        ? tr("This computer and aria2 daemons · lanes: %1").arg(run.workers())
            : run.isRemote()     ? tr("aria2 daemons · download slots: %1").arg(run.workers())
            : run.isSequential() ? tr("Sequential · 1 worker")
                                 : tr("Parallel · %n worker(s)", nullptr, run.workers());
    if (run.isPartial())
        text = tr("Partial run: %1 of %n item(s)", nullptr, run.listedItems()).arg(run.itemCount())
                + QStringLiteral(" · ") + text;
    if (!run.isFinished())
        return text + tr(" · running, %1").arg(formatDuration(run.nowUs()));
    text += QStringLiteral(" · ") + formatDuration(run.nowUs());
    const RunProgress &totals = run.totals();
    if (totals.failed > 0)
        text += tr(" · %n failed", nullptr, totals.failed);
    if (totals.cancelled > 0)
        text += tr(" · %n cancelled", nullptr, totals.cancelled);
    return text;
}

void TimelineRecorder::onRunStarted(int total, int workers)
{
    m_current = std::make_shared<RunTimeline>(total, workers);
    if (m_listSize)
        m_current->setListedItems(m_listSize());
    if (m_remoteRun)
        m_current->setRemote(m_remoteRun());
    if (m_mixedRun)
        m_current->setMixed(m_mixedRun());
    m_fingerprint.clear();
    Q_EMIT groupsChanged();
}

void TimelineRecorder::onProgressed(const RunProgress &run, const QVector<ItemProgress> &items)
{
    if (!m_current || m_current->isFinished())
        return;
    m_current->applyProgress(items, run.elapsedUs);
    Q_EMIT changed();
}

void TimelineRecorder::onItemsFinished(const QVector<ItemResult> &results)
{
    if (!m_current || m_current->isFinished())
        return;
    m_current->applyResults(results);
    Q_EMIT changed();
}

void TimelineRecorder::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    if (!m_current)
        return;
    m_current->finish(run, wallUs);
    Q_EMIT changed();
    if (m_current->isPartial() || m_current->isRemote()) {
        // A retry of a few items is no measure of the list, nor is a run on
        // aria2 daemons (polled times, their slots): it is kept beside the
        // complete runs, which stay as they were.
        m_comparison.recordPartial(m_current);
        Q_EMIT groupsChanged();
        return;
    }
    // A run whose list was never identified cannot be compared with another.
    if (m_fingerprint.isEmpty())
        return;
    m_comparison.record(m_fingerprint, m_current);
    Q_EMIT groupsChanged();
}

void TimelineRecorder::setListFingerprint(const QByteArray &fingerprint)
{
    m_fingerprint = fingerprint;
}

} // namespace Fetchpool::Gui
