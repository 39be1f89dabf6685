#pragma once

#include "timelinecomparison.h"

#include <QObject>
#include <QUrl>
#include <QVector>

#include <functional>
#include <memory>

namespace Fetchpool {
class TransferEngine;
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
    explicit TimelineRecorder(TransferEngine *engine, QObject *parent = nullptr);

    // The current run, or the last one; null before the first.
    std::shared_ptr<const RunTimeline> current() const { return m_current; }
    const TimelineComparison &comparison() const { return m_comparison; }

    // What the view draws, top to bottom: Sequential above Parallel, the
    // running (or just finished) run in the place of its mode; below them
    // the last partial run, which never takes a complete run's place.
    QVector<TimelineGroup> groups() const;
    static QString caption(const RunTimeline &run);

    // The identity of the list the current run took (the engine hashes it
    // once, off the UI thread; RunController passes it on). The engine
    // announces it before the run's end, where the run joins the comparison.
    void setListFingerprint(const QByteArray &fingerprint);
    // How many items the list holds, asked as each run starts: a run of
    // fewer is partial.
    void setListSize(std::function<int()> listSize) { m_listSize = std::move(listSize); }
    // Whether a run starting now goes to aria2 daemons: such a run is shown
    // beside the Sequential and Parallel ones, never in their place.
    void setRemoteRun(std::function<bool()> remoteRun) { m_remoteRun = std::move(remoteRun); }
    // Whether a run starting now is shared by this computer and the daemons.
    void setMixedRun(std::function<bool()> mixedRun) { m_mixedRun = std::move(mixedRun); }

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
    QByteArray m_fingerprint; // of the current run's list, once known
    std::function<int()> m_listSize;
    std::function<bool()> m_remoteRun;
    std::function<bool()> m_mixedRun;
};

} // namespace Fetchpool::Gui
