#pragma once

// Collects what one engine run (DownloadEngine, or any TransferEngine) reports and waits for its end on
// signals; shared by the suites that drive the engine end to end.
#include "downloadengine.h"

#include <QHash>
#include <QSignalSpy>
#include <QVector>

#include <functional>

namespace Fetchpool::Test {

class RunRecorder
{
    Q_DISABLE_COPY_MOVE(RunRecorder)

public:
    explicit RunRecorder(TransferEngine &engine)
        : m_finished(&engine, &TransferEngine::runFinished)
    {
        m_connections[0] = QObject::connect(&engine, &TransferEngine::itemsFinished, &engine,
                         [this](const QVector<ItemResult> &results) {
                             ++finishedBatches;
                             for (const ItemResult &result : results) {
                                 if (byId.contains(result.id))
                                     ++duplicateResults;
                                 byId.insert(result.id, result);
                             }
                             if (onFinishedBatch)
                                 onFinishedBatch(results);
                         });
        m_connections[1] = QObject::connect(&engine, &TransferEngine::progressed, &engine,
                         [this](const RunProgress &, const QVector<ItemProgress> &) { ++progressBatches; });
    }

    // A recorder may end before its engine (one per run of a long-lived engine).
    ~RunRecorder()
    {
        for (const QMetaObject::Connection &connection : m_connections)
            QObject::disconnect(connection);
    }

    bool wait(int timeoutMs = 60'000) { return !m_finished.isEmpty() || m_finished.wait(timeoutMs); }
    RunProgress run() const { return m_finished.first().at(0).value<RunProgress>(); }
    qint64 wallUs() const { return m_finished.first().at(1).toLongLong(); }

    QHash<quint64, ItemResult> byId;
    int duplicateResults = 0;
    int finishedBatches = 0;
    int progressBatches = 0;
    // Called on the engine's thread with every batch of finished items.
    std::function<void(const QVector<ItemResult> &)> onFinishedBatch;

private:
    QSignalSpy m_finished;
    QMetaObject::Connection m_connections[2];
};

// One job per URL, with ids counting up from `firstId` in list order.
inline QVector<DownloadJob> jobsFor(const QVector<QUrl> &urls, quint64 firstId = 0)
{
    QVector<DownloadJob> jobs;
    jobs.reserve(urls.size());
    for (int i = 0; i < urls.size(); ++i)
        jobs.push_back({firstId + quint64(i), urls[i]});
    return jobs;
}

// Runs `jobs` on an engine of their own to the end: each job's result by id
// (none for a run that did not start or did not end, with a warning).
inline QHash<quint64, ItemResult> runToEnd(const QVector<DownloadJob> &jobs, const EngineOptions &options)
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QString error;
    if (!engine.start(jobs, options, &error))
        qWarning() << "the run did not start:" << error;
    else if (!recorder.wait())
        qWarning() << "the run did not end";
    return recorder.byId;
}

} // namespace Fetchpool::Test
