#pragma once

#include "batchrun.h"
#include "clioptions.h"
#include "progressline.h"
#include "sweepprinter.h"
#include "workersweep.h"

#include <QObject>
#include <QUrl>
#include <QVector>

#include <memory>

namespace Fetchpool::Cli {

class DemoFlow;
class PageGrab;

// One invocation of fetchpool-cli: gathers the URLs, then does what was
// asked — one run (BatchRun), the demo (DemoFlow) or a worker-count sweep
// (SweepPrinter) — and ends with an exit status: 0 all done, 1 some failed
// or rejected, 2 unusable input, 130 interrupted.
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
    void startRun();
    void startFromPage();
    void startDemo();
    void startSweep();
    void onRunFinished(const Fetchpool::RunProgress &run);
    void onSweepFinished(const Fetchpool::SweepResult &result);
    void fail(const QString &error);
    void finish(int exitStatus);

    CliOptions m_options;
    ProgressLine m_progress;
    BatchRun m_batch;
    WorkerSweep m_sweep;
    SweepPrinter m_sweepPrinter;
    std::unique_ptr<DemoFlow> m_demo; // --demo only; stops its server before the engine goes
    std::unique_ptr<PageGrab> m_pageGrab; // --from-page only
    QVector<QUrl> m_urls;
    QVector<DownloadJob> m_jobs; // m_urls with their list options and checksums
    int m_rejected = 0;
    bool m_interrupted = false;
};

} // namespace Fetchpool::Cli
