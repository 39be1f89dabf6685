#include "timelinerecorder.h"

#include "downloadengine.h"
#include "runreport.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Fetchpool::Gui {

TimelineRecorder::TimelineRecorder(DownloadEngine *engine, QObject *parent)
    : QObject(parent)
{
    connect(engine, &DownloadEngine::runStarted, this, &TimelineRecorder::onRunStarted);
    connect(engine, &DownloadEngine::progressed, this, &TimelineRecorder::onProgressed);
    connect(engine, &DownloadEngine::itemsFinished, this, &TimelineRecorder::onItemsFinished);
    connect(engine, &DownloadEngine::runFinished, this, &TimelineRecorder::onRunFinished);
}

TimelineRecorder::~TimelineRecorder()
{
    for (QFutureWatcher<QByteArray> *watcher : std::as_const(m_hashing))
        watcher->waitForFinished();
}

QVector<TimelineGroup> TimelineRecorder::groups() const
{
    std::shared_ptr<const RunTimeline> sequential = m_comparison.sequential();
    std::shared_ptr<const RunTimeline> parallel = m_comparison.parallel();
    if (m_current)
        (m_current->isSequential() ? sequential : parallel) = m_current;
    QVector<TimelineGroup> groups;
    for (const auto &run : {sequential, parallel}) {
        if (run)
            groups.push_back({run, caption(*run)});
    }
    return groups;
}

QString TimelineRecorder::caption(const RunTimeline &run)
{
    QString text = run.isSequential() ? tr("Sequential · 1 worker")
                                      : tr("Parallel · %n worker(s)", nullptr, run.workers());
    if (!run.isFinished())
        return text + tr(" · running, %1").arg(RunComparison::formatDuration(run.nowUs()));
    text += QStringLiteral(" · ") + RunComparison::formatDuration(run.nowUs());
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
    m_urls.clear();
    m_urls.reserve(total);
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
    for (const ItemResult &result : results)
        m_urls.push_back(result.url);
    Q_EMIT changed();
}

void TimelineRecorder::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    if (!m_current)
        return;
    m_current->finish(run, wallUs);
    Q_EMIT changed();

    auto *watcher = new QFutureWatcher<QByteArray>(this);
    m_hashing.push_back(watcher);
    std::shared_ptr<const RunTimeline> finished = m_current;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, finished] {
        m_hashing.removeOne(watcher);
        watcher->deleteLater();
        m_comparison.record(watcher->result(), finished);
        Q_EMIT groupsChanged();
    });
    watcher->setFuture(QtConcurrent::run(&RunComparison::fingerprint, std::exchange(m_urls, {})));
}

} // namespace Fetchpool::Gui
