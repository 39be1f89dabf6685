#pragma once

#include "clioptions.h"
#include "demopluginloader.h"
#include "downloadengine.h"
#include "progressline.h"
#include "runreport.h"
#include "workersweep.h"

#include <QObject>

namespace Fetchpool::Demo {
class DemoServerInterface;
}

namespace Fetchpool::Cli {

// One invocation of fetchpool-cli: gathers the URLs, runs the engine (twice
// for --demo, once per worker count for --sweep), prints progress, failures
// and a summary, and ends with an exit status: 0 all done, 1 some failed or
// rejected, 2 unusable input, 130 interrupted.
class CliRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliRun)

public:
    explicit CliRun(CliOptions options, QObject *parent = nullptr);
    ~CliRun() override;

    void start();
    void interrupt();

Q_SIGNALS:
    void finished(int exitStatus);

private:
    bool collectUrls();
    bool prepareDestination();
    void startRun(int workers);
    void onItemsFinished(const QVector<Fetchpool::ItemResult> &results);
    void onRunFinished(const Fetchpool::RunProgress &run, qint64 wallUs);
    void printSummary(const RunProgress &run, qint64 wallUs) const;
    void printResumeSummary() const;
    bool wantsReport() const;
    void writeReports();
    void startSweep();
    void onSweepStepFinished(const Fetchpool::SweepStep &step);
    void onSweepFinished(const Fetchpool::SweepResult &result);
    void finish(int exitStatus);

    CliOptions m_options;
    DownloadEngine m_engine;
    WorkerSweep m_sweep;
    ProgressLine m_progress;
    DemoPluginLoader m_demoPlugin;
    Demo::DemoServerInterface *m_demoServer = nullptr; // --demo: the plugin's, stopped with this run
    QVector<QUrl> m_urls;
    int m_rejected = 0;
    bool m_interrupted = false;
    RunReport m_report; // items only when a report is written
    int m_partsKept = 0;       // this run: stopped items whose part a later run can continue
    int m_partsContinued = 0;  // this run: items that continued an earlier run's part
    RunComparison m_comparison;
    QVector<int> m_pendingRuns; // worker counts still to run (two for --demo)
};

} // namespace Fetchpool::Cli
