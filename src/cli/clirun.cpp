#include "clirun.h"

#include "demobatch.h"
#include "testserver.h"
#include "urllistparser.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

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
}

CliRun::~CliRun() = default;

void CliRun::start()
{
    if (!collectUrls() || !prepareDestination())
        return;
    if (m_urls.isEmpty()) {
        printError(QStringLiteral("no usable URLs in the input"));
        finish(2);
        return;
    }
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
        m_demoServer = std::make_unique<Test::TestServer>();
        if (!m_demoServer->start()) {
            printError(QStringLiteral("cannot start the demo server on 127.0.0.1"));
            finish(2);
            return false;
        }
        m_urls = Test::demoBatchUrls(*m_demoServer, m_options.demoCount);
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
    m_report.items.resize(jobs.size());

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
}

void CliRun::onItemsFinished(const QVector<ItemResult> &results)
{
    for (const ItemResult &result : results) {
        m_report.items[qsizetype(result.id)] = result;
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

    if (!m_options.reportPath.isEmpty()) {
        QString error;
        if (!m_report.writeJson(m_options.reportPath, &error))
            printError(error);
    }
    if (run.done == run.total)
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

void CliRun::finish(int exitStatus)
{
    QMetaObject::invokeMethod(this, [this, exitStatus] { Q_EMIT finished(exitStatus); },
                              Qt::QueuedConnection);
}

} // namespace Fetchpool::Cli
