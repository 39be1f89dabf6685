#include "clirun.h"

#include "demoserverinterface.h"
#include "urllistparser.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace Fetchpool::Cli {

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "fetchpool-cli: %s\n", text.toLocal8Bit().constData());
}

void printOut(const QString &text)
{
    std::fprintf(stdout, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stdout);
}

} // namespace

CliRun::CliRun(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_progress(stderr)
{
    connect(&m_engine, &DownloadEngine::progressed, this,
            [this](const RunProgress &run, const QVector<ItemProgress> &) { m_progress.update(run); });
    connect(&m_engine, &DownloadEngine::itemsFinished, this, &CliRun::onItemsFinished);
    connect(&m_engine, &DownloadEngine::runFinished, this, &CliRun::onRunFinished);
    connect(&m_sweep, &WorkerSweep::progressed, this,
            [this](int, const RunProgress &run) { m_progress.update(run); });
    connect(&m_sweep, &WorkerSweep::stepFinished, this,
            [this](int, const SweepStep &step) { onSweepStepFinished(step); });
    connect(&m_sweep, &WorkerSweep::finished, this, &CliRun::onSweepFinished);
}

CliRun::~CliRun()
{
    if (m_demoServer)
        m_demoServer->stop();
}

void CliRun::start()
{
    if (!collectUrls())
        return;
    if (m_urls.isEmpty()) {
        printError(QStringLiteral("no usable URLs in the input"));
        finish(2);
        return;
    }
    if (m_options.isSweep()) {
        startSweep();
        return;
    }
    if (!prepareDestination())
        return;
    if (m_options.demo) {
        printOut(QStringLiteral("Demo: %1 images from a local server, each answering after 60-200 ms.")
                         .arg(m_urls.size()));
        m_pendingRuns = {1, m_options.engine.workers > 1 ? m_options.engine.workers : 16};
    } else {
        m_pendingRuns = {m_options.engine.workers};
    }
    startRun(m_pendingRuns.takeFirst());
}

bool CliRun::collectUrls()
{
    if (m_options.demo) {
        QString error;
        m_demoServer = m_demoPlugin.load(&error);
        if (!m_demoServer) {
            printError(error);
            finish(2);
            return false;
        }
        if (!m_demoServer->start()) {
            printError(QStringLiteral("cannot start the demo server on 127.0.0.1"));
            finish(2);
            return false;
        }
        m_urls = m_demoServer->batchUrls(m_options.demoCount);
        // Rendered up front, or the sequential run would pay for drawing the
        // pictures and the parallel run would get them from the cache.
        printOut(QStringLiteral("Preparing %1 demo images...").arg(m_urls.size()));
        m_demoServer->prerenderImages(m_urls);
    }

    QSet<QUrl> seen(m_urls.cbegin(), m_urls.cend());
    auto add = [&](const QVector<QUrl> &urls) {
        for (const QUrl &url : urls) {
            if (!seen.contains(url)) {
                seen.insert(url);
                m_urls << url;
            }
        }
    };
    auto reportRejects = [&](const QString &source, const QVector<UrlReject> &rejects) {
        for (const UrlReject &reject : rejects) {
            printError(QStringLiteral("%1:%2: %3: %4").arg(source).arg(reject.line).arg(reject.reason, reject.text));
        }
        m_rejected += int(rejects.size());
    };

    if (!m_options.inputFile.isEmpty()) {
        const UrlListParser parser;
        UrlList list;
        if (m_options.inputFile == QLatin1String("-")) {
            QFile input;
            if (!input.open(stdin, QIODevice::ReadOnly)) {
                printError(QStringLiteral("cannot read standard input: %1").arg(input.errorString()));
                finish(2);
                return false;
            }
            list = parser.parse(input);
            reportRejects(QStringLiteral("stdin"), list.rejects);
        } else {
            QString error;
            auto parsed = parser.parseFile(m_options.inputFile, &error);
            if (!parsed) {
                printError(error);
                finish(2);
                return false;
            }
            list = std::move(*parsed);
            reportRejects(m_options.inputFile, list.rejects);
        }
        add(list.urls);
    }

    for (int i = 0; i < m_options.urls.size(); ++i) {
        QString reason;
        if (const auto url = UrlListParser::acceptUrl(m_options.urls[i], &reason)) {
            add({*url});
        } else {
            printError(QStringLiteral("argument %1: %2: %3").arg(i + 1).arg(reason, m_options.urls[i]));
            ++m_rejected;
        }
    }
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
        printError(QStringLiteral("cannot create destination folder '%1'").arg(destination));
        finish(2);
        return false;
    }
    return true;
}

void CliRun::startRun(int workers)
{
    EngineOptions options = m_options.engine;
    options.workers = workers;
    if (m_options.demo) {
        // Each demo run gets its own subfolder, so both runs save every image.
        options.destination = QDir(options.destination)
                                      .filePath(workers == 1 ? QStringLiteral("sequential")
                                                             : QStringLiteral("parallel-%1").arg(workers));
        QDir().mkpath(options.destination);
        printOut(workers == 1 ? QStringLiteral("Sequential run (1 worker)...")
                              : QStringLiteral("Parallel run (%1 workers)...").arg(workers));
    }

    QVector<DownloadJob> jobs;
    jobs.reserve(m_urls.size());
    for (int i = 0; i < m_urls.size(); ++i)
        jobs.push_back({quint64(i), m_urls[i]});

    m_report = {};
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_report.workers = workers;
    m_report.maxPerHost = options.maxPerHost;
    // Every item's result only when a report will be written: a list of
    // 100,000 URLs otherwise keeps no more than its counts.
    if (wantsReport())
        m_report.items.resize(jobs.size());
    m_partsKept = 0;
    m_partsContinued = 0;

    QString error;
    if (!m_engine.start(jobs, options, &error)) {
        printError(error);
        finish(2);
    }
}

void CliRun::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    m_pendingRuns.clear();
    m_progress.clear();
    printError(QStringLiteral("interrupted: cancelling (press Ctrl+C again to quit at once)"));
    m_engine.cancel();
    m_sweep.cancel();
}

void CliRun::onItemsFinished(const QVector<ItemResult> &results)
{
    for (const ItemResult &result : results) {
        if (wantsReport())
            m_report.items[qsizetype(result.id)] = result;
        m_partsKept += result.state == ItemState::Cancelled && result.bytes > 0 ? 1 : 0;
        m_partsContinued += result.state == ItemState::Done && result.resumedFrom > 0 ? 1 : 0;
        if (result.state == ItemState::Failed) {
            m_progress.clear();
            printError(QStringLiteral("failed: %1: %2")
                               .arg(result.url.toDisplayString(QUrl::RemovePassword), result.error.message));
        }
    }
}

void CliRun::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    m_progress.clear();
    m_report.wallUs = wallUs;
    m_report.totals = run;
    printSummary(run, wallUs);
    printResumeSummary();

    writeReports();
    // Only the demo compares runs; hashing every URL of a long list for
    // nothing would hold up the end of a plain run.
    if (m_options.demo && run.done == run.total)
        m_comparison.record(RunComparison::fingerprint(m_urls), m_report.workers, wallUs);

    if (!m_pendingRuns.isEmpty() && !m_interrupted) {
        startRun(m_pendingRuns.takeFirst());
        return;
    }
    if (m_options.demo) {
        if (m_comparison.speedUp())
            printOut(m_comparison.summary());
        printOut(QStringLiteral("Files saved under %1").arg(QDir::toNativeSeparators(m_options.engine.destination)));
    }
    if (m_interrupted)
        finish(130);
    else
        finish(run.done == run.total && m_rejected == 0 ? 0 : 1);
}

void CliRun::printSummary(const RunProgress &run, qint64 wallUs) const
{
    const double seconds = double(wallUs) / 1e6;
    printOut(QStringLiteral("%1 done, %2 failed, %3 cancelled · %4 in %5 (%6) · %7 %8")
                     .arg(run.done)
                     .arg(run.failed)
                     .arg(run.cancelled)
                     .arg(formatBytes(run.bytes), RunComparison::formatDuration(wallUs),
                          formatRate(seconds > 0 ? double(run.bytes) / seconds : 0))
                     .arg(run.workers)
                     .arg(run.workers == 1 ? QStringLiteral("worker") : QStringLiteral("workers")));
}

// Tells what crosses over to the next run: parts kept by Ctrl+C, and parts
// an earlier run left that this one continued.
void CliRun::printResumeSummary() const
{
    if (m_partsContinued > 0)
        printOut(QStringLiteral("%1 continued from what an earlier run left").arg(m_partsContinued));
    if (m_partsKept > 0)
        printOut(QStringLiteral("%1 partial %2 kept; run the same list into the same folder to continue")
                         .arg(m_partsKept)
                         .arg(m_partsKept == 1 ? QStringLiteral("file") : QStringLiteral("files")));
}

bool CliRun::wantsReport() const
{
    return !m_options.reportPath.isEmpty() || !m_options.csvReportPath.isEmpty()
            || !m_options.markdownReportPath.isEmpty();
}

void CliRun::writeReports()
{
    const std::pair<const QString &, RunReport::Format> reports[] = {
        {m_options.reportPath, RunReport::Format::Json},
        {m_options.csvReportPath, RunReport::Format::Csv},
        {m_options.markdownReportPath, RunReport::Format::Markdown},
    };
    for (const auto &[path, format] : reports) {
        QString error;
        if (!path.isEmpty() && !m_report.write(path, format, &error))
            printError(error);
    }
}

void CliRun::startSweep()
{
    SweepOptions options;
    options.workerCounts = m_options.sweepCounts;
    options.engine = m_options.engine;
    options.sampleSize = m_options.sampleSize;
    options.sampleSeed = m_options.sampleSeed;
    if (!options.engine.destination.isEmpty() && !QDir().mkpath(options.engine.destination)) {
        printError(QStringLiteral("cannot create destination folder '%1'").arg(options.engine.destination));
        finish(2);
        return;
    }
    QString error;
    if (!m_sweep.start(m_urls, options, &error)) {
        printError(error);
        finish(2);
        return;
    }
    const int count = int(m_sweep.urls().size());
    printOut(count < m_urls.size()
                     ? QStringLiteral("Measuring a sample of %1 of %2 URLs (seed %3) at %4 worker counts.")
                               .arg(count)
                               .arg(m_urls.size())
                               .arg(m_options.sampleSeed)
                               .arg(m_sweep.stepCount())
                     : QStringLiteral("Measuring %1 URLs at %2 worker counts.").arg(count).arg(m_sweep.stepCount()));
    printOut(QStringLiteral("%1  %2  %3  %4").arg(QStringLiteral("workers"), QStringLiteral("wall time").rightJustified(10),
                                                 QStringLiteral("speed-up").rightJustified(9),
                                                 QStringLiteral("failed").rightJustified(6)));
}

void CliRun::onSweepStepFinished(const SweepStep &step)
{
    m_progress.clear();
    const auto factor = m_sweep.result().speedUp(step);
    printOut(QStringLiteral("%1  %2  %3  %4")
                     .arg(QString::number(step.workers).rightJustified(7),
                          RunComparison::formatDuration(step.wallUs).rightJustified(10),
                          (factor ? QStringLiteral("%1×").arg(*factor, 0, 'f', 2) : QStringLiteral("–")).rightJustified(9),
                          QString::number(step.failed + step.cancelled).rightJustified(6)));
}

void CliRun::onSweepFinished(const SweepResult &result)
{
    m_progress.clear();
    if (!result.error.isEmpty())
        printError(result.error);
    const int recommended = result.recommendedWorkers();
    const SweepStep *base = result.baseline();
    const auto chosen = std::find_if(result.steps.cbegin(), result.steps.cend(),
                                     [recommended](const SweepStep &step) { return step.workers == recommended; });
    if (recommended > 0 && base && chosen != result.steps.cend()) {
        const bool stillGaining = recommended != base->workers && chosen + 1 == result.steps.cend();
        printOut(stillGaining
                         ? QStringLiteral("Still gaining %1 % or more at %2 workers: larger counts may be faster yet.")
                                   .arg(int(SweepResult::DiminishingGain * 100))
                                   .arg(recommended)
                         : QStringLiteral("Diminishing returns from %1 workers: more gain less than %2 %.")
                                   .arg(recommended)
                                   .arg(int(SweepResult::DiminishingGain * 100)));
        printOut(QStringLiteral("Recommended: %1 %2 (%3× the speed of %4 %5).")
                         .arg(recommended)
                         .arg(recommended == 1 ? QStringLiteral("worker") : QStringLiteral("workers"))
                         .arg(*result.speedUp(*chosen), 0, 'f', 1)
                         .arg(base->workers)
                         .arg(base->workers == 1 ? QStringLiteral("worker") : QStringLiteral("workers")));
    } else if (!result.cancelled) {
        printOut(QStringLiteral("No worker count fetched every URL: no recommendation."));
    }
    bool written = true;
    QString error;
    if (!m_options.sweepCsvPath.isEmpty() && !result.writeCsv(m_options.sweepCsvPath, &error)) {
        printError(error);
        written = false;
    }
    if (!m_options.sweepJsonPath.isEmpty() && !result.writeJson(m_options.sweepJsonPath, &error)) {
        printError(error);
        written = false;
    }
    if (m_interrupted || result.cancelled) {
        finish(130);
        return;
    }
    const bool allComplete = !result.steps.isEmpty()
            && std::all_of(result.steps.cbegin(), result.steps.cend(), [](const SweepStep &s) { return s.isComplete(); });
    finish(result.error.isEmpty() && written && allComplete && m_rejected == 0 ? 0 : 1);
}

void CliRun::finish(int exitStatus)
{
    QMetaObject::invokeMethod(this, [this, exitStatus] { Q_EMIT finished(exitStatus); },
                              Qt::QueuedConnection);
}

} // namespace Fetchpool::Cli
