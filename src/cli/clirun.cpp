#include "clirun.h"

#include "cliinput.h"
#include "console.h"
#include "demoflow.h"
#include "pagegrab.h"
#include "urlmerger.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace Fetchpool::Cli {

CliRun::CliRun(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_progress(stderr)
    , m_batch(m_options, m_progress)
    , m_sweepPrinter(m_options.sweepCsvPath, m_options.sweepJsonPath)
{
    connect(&m_sweep, &WorkerSweep::progressed, this,
            [this](int, const RunProgress &run) { m_progress.update(run); });
    connect(&m_sweep, &WorkerSweep::stepFinished, this, [this](int, const SweepStep &step) {
        m_progress.clear();
        m_sweepPrinter.printStep(m_sweep.result(), step);
    });
    connect(&m_sweep, &WorkerSweep::finished, this, &CliRun::onSweepFinished);
}

CliRun::~CliRun() = default;

void CliRun::start()
{
    if (!m_options.fromPage.isEmpty()) {
        if (prepareDestination())
            startFromPage();
        return;
    }
    if (!collectUrls())
        return;
    if (m_urls.isEmpty()) {
        fail(QStringLiteral("no usable URLs in the input"));
        return;
    }
    if (m_options.isSweep()) {
        startSweep();
        return;
    }
    if (!prepareDestination())
        return;
    if (m_demo)
        startDemo();
    else
        startRun();
}

bool CliRun::collectUrls()
{
    UrlMerger urls;
    if (m_options.demo) {
        m_demo = std::make_unique<DemoFlow>(m_batch);
        QString error;
        const auto batch = m_demo->prepare(m_options.demoCount, &error);
        if (!batch) {
            fail(error);
            return false;
        }
        urls.addUnique(*batch);
    }
    CliInput input;
    if (!input.gather(m_options, urls)) {
        finish(2);
        return false;
    }
    m_rejected = input.rejected();
    m_urls = urls.takeUrls();
    m_jobs = input.jobs(m_urls, m_options);
    return true;
}

bool CliRun::prepareDestination()
{
    QString &destination = m_options.engine.destination;
    if (destination.isEmpty()) {
        // --demo without -d: a fresh scratch folder, kept so the images can be looked at.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        QTemporaryDir scratch(base + QStringLiteral("/fetchpool-demo-XXXXXX"));
        scratch.setAutoRemove(false);
        destination = scratch.path();
    }
    if (!QDir().mkpath(destination)) {
        fail(QStringLiteral("cannot create destination folder '%1'").arg(destination));
        return false;
    }
    return true;
}

void CliRun::startRun()
{
    connect(&m_batch, &BatchRun::finished, this, [this](const RunProgress &run) { onRunFinished(run); });
    QString error;
    if (!m_batch.start(m_jobs, m_options.engine, &error))
        fail(error);
}

// The page is read first; its files then go as one run like any list's.
void CliRun::startFromPage()
{
    m_pageGrab = std::make_unique<PageGrab>(m_options);
    connect(m_pageGrab.get(), &PageGrab::failed, this, &CliRun::fail);
    connect(m_pageGrab.get(), &PageGrab::ready, this, [this](const QVector<DownloadJob> &jobs) {
        if (m_interrupted) {
            finish(130);
            return;
        }
        if (jobs.isEmpty()) {
            Console::error(QStringLiteral("nothing on the page to download"));
            finish(1);
            return;
        }
        m_jobs = jobs;
        startRun();
    });
    m_pageGrab->start();
}

void CliRun::startDemo()
{
    connect(m_demo.get(), &DemoFlow::finished, this, &CliRun::onRunFinished);
    connect(m_demo.get(), &DemoFlow::failed, this, &CliRun::fail);
    QString error;
    if (!m_demo->start(m_urls, m_options.engine, &error))
        fail(error);
}

void CliRun::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    if (m_demo)
        m_demo->stop();
    m_progress.clear();
    Console::error(QStringLiteral("interrupted: cancelling (press Ctrl+C again to quit at once)"));
    m_batch.cancel();
    m_sweep.cancel();
    if (m_pageGrab && !m_batch.isRunning()) {
        m_pageGrab->cancel();
        finish(130);
    }
}

void CliRun::onRunFinished(const RunProgress &run)
{
    if (m_interrupted)
        finish(130);
    else
        finish(run.done == run.total && m_rejected == 0 ? 0 : 1);
}

void CliRun::startSweep()
{
    SweepOptions options;
    options.workerCounts = m_options.sweepCounts;
    options.engine = m_options.engine;
    options.sampleSize = m_options.sampleSize;
    options.sampleSeed = m_options.sampleSeed;
    if (!options.engine.destination.isEmpty() && !QDir().mkpath(options.engine.destination)) {
        fail(QStringLiteral("cannot create destination folder '%1'").arg(options.engine.destination));
        return;
    }
    QString error;
    if (!m_sweep.start(m_urls, options, &error)) {
        fail(error);
        return;
    }
    m_sweepPrinter.printStart(int(m_sweep.urls().size()), int(m_urls.size()), m_options.sampleSeed,
                              m_sweep.stepCount());
}

void CliRun::onSweepFinished(const SweepResult &result)
{
    m_progress.clear();
    const bool written = m_sweepPrinter.printEnd(result);
    if (m_interrupted || result.cancelled) {
        finish(130);
        return;
    }
    const bool allComplete = !result.steps.isEmpty()
            && std::all_of(result.steps.cbegin(), result.steps.cend(), [](const SweepStep &s) { return s.isComplete(); });
    finish(result.error.isEmpty() && written && allComplete && m_rejected == 0 ? 0 : 1);
}

// Unusable input, or nothing could start: the reason, and exit status 2.
void CliRun::fail(const QString &error)
{
    Console::error(error);
    finish(2);
}

void CliRun::finish(int exitStatus)
{
    QMetaObject::invokeMethod(this, [this, exitStatus] { Q_EMIT finished(exitStatus); },
                              Qt::QueuedConnection);
}

} // namespace Fetchpool::Cli
