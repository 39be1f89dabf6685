#pragma once

#include "timelinecomparison.h"

#include <QFutureWatcher>
#include <QObject>
#include <QUrl>
#include <QVector>

#include <memory>

namespace Fetchpool {
class DownloadEngine;
}

namespace Fetchpool::Gui {

// One run drawn by the timeline, with the caption of its lane group.
struct TimelineGroup
{
    std::shared_ptr<const RunTimeline> run;
    QString caption; // "Parallel · 16 workers · 936 ms"
};

// Records the engine's runs as timelines: the live one, and the last
// Sequential and Parallel runs of the same list for the side-by-side view.
// Lives on the engine's thread and only listens to its signals.
class TimelineRecorder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineRecorder)

public:
    explicit TimelineRecorder(DownloadEngine *engine, QObject *parent = nullptr);
    ~TimelineRecorder() override; // waits for a fingerprint being hashed

    // The current run, or the last one; null before the first.
    std::shared_ptr<const RunTimeline> current() const { return m_current; }
    const TimelineComparison &comparison() const { return m_comparison; }

    // What the view draws, top to bottom: Sequential above Parallel, the
    // running (or just finished) run in the place of its mode.
    QVector<TimelineGroup> groups() const;
    static QString caption(const RunTimeline &run);

Q_SIGNALS:
    void changed();       // bars moved on (at most at the engine's ~30 batches a second)
    void groupsChanged(); // a run started, or the comparison changed

private:
    void onRunStarted(int total, int workers);
    void onProgressed(const RunProgress &run, const QVector<ItemProgress> &items);
    void onItemsFinished(const QVector<ItemResult> &results);
    void onRunFinished(const RunProgress &run, qint64 wallUs);

    std::shared_ptr<RunTimeline> m_current;
    TimelineComparison m_comparison;
    QVector<QUrl> m_urls; // of the current run, for its list fingerprint
    // The list identity is hashed on a worker thread (10,000 URLs sorted),
    // one watcher per finished run so a quick next run cannot lose one.
    QVector<QFutureWatcher<QByteArray> *> m_hashing;
};

} // namespace Fetchpool::Gui
