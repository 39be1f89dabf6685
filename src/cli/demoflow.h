#pragma once

#include "demopluginloader.h"
#include "downloadtypes.h"
#include "runcomparison.h"

#include <QObject>
#include <QUrl>
#include <QVector>

#include <optional>

namespace Fetchpool::Demo {
class DemoServerInterface;
}

namespace Fetchpool::Cli {

class BatchRun;

// --demo: the plugin's server on 127.0.0.1 with its pictures rendered up
// front, then the batch fetched in the order of DemoRuns (Sequential, then
// Parallel), each run into a subfolder of its own, and the two compared.
class DemoFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoFlow)

public:
    explicit DemoFlow(BatchRun &batch, QObject *parent = nullptr);
    ~DemoFlow() override; // stops the server

    // Loads the plugin, starts its server and renders `count` pictures;
    // their URLs, or nothing with the reason in *error.
    std::optional<QVector<QUrl>> prepare(int count, QString *error);
    // Runs `urls` (the batch and whatever else was named) into subfolders of
    // `options.destination`; Parallel with `options.workers` when more than
    // one. False, with the reason in *error, when the first run cannot start.
    bool start(const QVector<QUrl> &urls, const EngineOptions &options, QString *error);
    // The run going on is the last.
    void stop() { m_pendingRuns.clear(); }

Q_SIGNALS:
    // After the last run, its totals; the comparison is printed by then.
    void finished(const Fetchpool::RunProgress &lastRun);
    // A later run could not start; nothing more follows.
    void failed(const QString &error);

private:
    bool startNext(QString *error);
    void onRunFinished(const RunProgress &run, qint64 wallUs);

    BatchRun &m_batch;
    DemoPluginLoader m_plugin;
    Demo::DemoServerInterface *m_server = nullptr; // the plugin's, stopped with this flow
    QVector<QUrl> m_urls;
    EngineOptions m_options;
    QVector<int> m_pendingRuns; // worker counts still to run
    int m_workers = 0;          // of the run going on
    RunRecord m_run;            // the run going on, for the comparison
    RunComparison m_comparison;
};

} // namespace Fetchpool::Cli
