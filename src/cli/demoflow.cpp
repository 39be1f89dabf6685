#include "demoflow.h"

#include "batchrun.h"
#include "console.h"
#include "demoruns.h"
#include "demoserverinterface.h"

#include <QDir>
#include <QStringList>

namespace Fetchpool::Cli {

namespace {

// The window's ComparisonText::basis() in the console's English: "Compared on 4 of 6 items; 2 failed."
QString comparedOn(const RunComparison::Figures &figures)
{
    const QString items = Console::count(figures.items, QStringLiteral("item"), QStringLiteral("items"));
    if (figures.isWholeList())
        return QStringLiteral("Compared on all %1.").arg(items);
    QStringList left;
    if (figures.failed > 0)
        left << QStringLiteral("%1 failed").arg(figures.failed);
    if (figures.cancelled > 0)
        left << QStringLiteral("%1 cancelled").arg(figures.cancelled);
    if (figures.continued > 0)
        left << QStringLiteral("%1 resumed from a kept part").arg(figures.continued);
    return QStringLiteral("Compared on %1 of %2; %3.").arg(figures.compared).arg(items, left.join(QStringLiteral(", ")));
}

} // namespace

DemoFlow::DemoFlow(BatchRun &batch, QObject *parent)
    : QObject(parent)
    , m_batch(batch)
{
    connect(&m_batch, &BatchRun::itemsFinished, this, [this](const QVector<ItemResult> &results) { m_run.add(results); });
    connect(&m_batch, &BatchRun::finished, this, &DemoFlow::onRunFinished);
}

DemoFlow::~DemoFlow()
{
    if (m_server)
        m_server->stop();
}

std::optional<QVector<QUrl>> DemoFlow::prepare(int count, QString *error)
{
    m_server = m_plugin.load(error);
    if (!m_server)
        return std::nullopt;
    if (!m_server->start()) {
        *error = QStringLiteral("cannot start the demo server on 127.0.0.1");
        return std::nullopt;
    }
    const QVector<QUrl> urls = m_server->batchUrls(count);
    // Rendered up front, or the sequential run would pay for drawing the
    // pictures and the parallel run would get them from the cache.
    Console::out(QStringLiteral("Preparing %1 demo images...").arg(urls.size()));
    m_server->prerenderImages(urls);
    return urls;
}

bool DemoFlow::start(const QVector<QUrl> &urls, const EngineOptions &options, QString *error)
{
    m_urls = urls;
    m_options = options;
    // The list is hashed while the runs go, for the comparison at the end.
    m_options.fingerprintList = true;
    m_pendingRuns = DemoRuns::workerCounts(options.workers);
    Console::out(QStringLiteral("Demo: %1 images from a local server, each answering after 60-200 ms.")
                         .arg(m_urls.size()));
    return startNext(error);
}

bool DemoFlow::startNext(QString *error)
{
    m_workers = m_pendingRuns.takeFirst();
    EngineOptions options = m_options;
    options.workers = m_workers;
    // Each demo run gets its own subfolder, so both runs save every image.
    options.destination = QDir(m_options.destination).filePath(DemoRuns::folderName(m_workers));
    QDir().mkpath(options.destination);
    m_run = RunRecord(m_workers);
    Console::out(m_workers == 1 ? QStringLiteral("Sequential run (1 worker)...")
                                : QStringLiteral("Parallel run (%1 workers)...").arg(m_workers));
    return m_batch.start(m_urls, options, error);
}

void DemoFlow::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    // Every demo run takes the whole batch: failures and all, it is compared
    // on the items both runs fetched.
    m_run.setWallUs(wallUs);
    m_comparison.record(m_batch.listFingerprint(), std::move(m_run));
    m_run = RunRecord();
    if (!m_pendingRuns.isEmpty()) {
        QString error;
        if (!startNext(&error))
            Q_EMIT failed(error);
        return;
    }
    if (const auto &figures = m_comparison.figures()) {
        Console::out(m_comparison.summary());
        Console::out(comparedOn(*figures));
    } else if (m_comparison.sequential() && m_comparison.parallel()) {
        Console::out(QStringLiteral("Not compared: no item succeeded in both runs."));
    }
    Console::out(QStringLiteral("Files saved under %1").arg(QDir::toNativeSeparators(m_options.destination)));
    Q_EMIT finished(run);
}

} // namespace Fetchpool::Cli
