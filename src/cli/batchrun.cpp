#include "batchrun.h"

#include "aria2engine.h"
#include "atomicfile.h"
#include "console.h"
#include "downloadengine.h"
#include "mixedengine.h"
#include "listexport.h"
#include "partfile.h"
#include "progressline.h"
#include "reportwriter.h"
#include "units.h"

#include <QDir>

namespace Fetchpool::Cli {

BatchRun::BatchRun(const CliOptions &options, ProgressLine &progress, QObject *parent)
    : QObject(parent)
    , m_progress(progress)
{
    const std::pair<const QString &, ReportFormat> reports[] = {
        {options.reportPath, ReportFormat::Json},
        {options.csvReportPath, ReportFormat::Csv},
        {options.markdownReportPath, ReportFormat::Markdown},
    };
    for (const auto &[path, format] : reports) {
        if (!path.isEmpty())
            m_reports.push_back({path, format});
    }
    m_exportFailedPath = options.exportFailedPath;
    if (options.engines.isEmpty()) {
        m_engine = std::make_unique<DownloadEngine>();
    } else if (options.localEngine) {
        auto mixed = std::make_unique<MixedEngine>(options.engines);
        m_mixed = mixed.get();
        connect(m_mixed, &MixedEngine::endpointProblem, this, [this](const QString &problem) {
            m_progress.clear();
            Console::error(problem);
        });
        m_engine = std::move(mixed);
    } else {
        auto remote = std::make_unique<Aria2Engine>(options.engines);
        m_remote = remote.get();
        connect(m_remote, &Aria2Engine::endpointProblem, this, [this](const QString &problem) {
            m_progress.clear();
            Console::error(problem);
        });
        m_engine = std::move(remote);
    }
    connect(m_engine.get(), &TransferEngine::progressed, this,
            [this](const RunProgress &run, const QVector<ItemProgress> &) { m_progress.update(run); });
    connect(m_engine.get(), &TransferEngine::itemsFinished, this, &BatchRun::onItemsFinished);
    connect(m_engine.get(), &TransferEngine::runFinished, this, &BatchRun::onRunFinished);
}

bool BatchRun::start(const QVector<QUrl> &urls, const EngineOptions &options, QString *error)
{
    return start(DownloadJob::fromUrls(urls), options, error);
}

bool BatchRun::start(const QVector<DownloadJob> &jobs, const EngineOptions &options, QString *error)
{
    m_report = {};
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_report.workers = options.workers;
    m_report.maxPerHost = options.maxPerHost;
    // Every item's result only when a report will be written: a list of
    // 100,000 URLs otherwise keeps no more than its counts.
    if (!m_reports.isEmpty())
        m_report.items.resize(jobs.size());
    m_partsKept = 0;
    m_partsContinued = 0;
    m_skipped = 0;
    m_unchanged = 0;
    m_verified = 0;
    m_fromMirror = 0;
    m_failedIds.clear();
    m_refusalShown = false;
    m_jobs = m_exportFailedPath.isEmpty() ? QVector<DownloadJob>() : jobs;
    return m_engine->start(jobs, options, error);
}

void BatchRun::onItemsFinished(const QVector<ItemResult> &results)
{
    for (const ItemResult &result : results) {
        if (!m_reports.isEmpty())
            m_report.items[qsizetype(result.id)] = result;
        m_partsKept += PartFile::isKeptPart(result.state, result.filePath) ? 1 : 0;
        m_partsContinued += result.state == ItemState::Done && result.resumedFrom > 0 ? 1 : 0;
        m_verified += result.state == ItemState::Done && result.verified ? 1 : 0;
        printExisting(result);
        printMirror(result);
        if (result.state == ItemState::Failed || result.state == ItemState::Cancelled)
            m_failedIds.push_back(result.id);
        if (result.state == ItemState::Failed && m_remote && !m_remote->refusal().isEmpty()
            && result.error.message == m_remote->refusal()) {
            // No daemon could take the run: the reason once, not once per item.
            if (!m_refusalShown) {
                m_refusalShown = true;
                m_progress.clear();
                Console::error(m_remote->refusal());
            }
        } else if (result.state == ItemState::Failed) {
            m_progress.clear();
            Console::error(QStringLiteral("failed: %1: %2")
                                   .arg(result.url.toDisplayString(QUrl::RemovePassword), result.error.message));
        }
    }
    Q_EMIT itemsFinished(results);
}

void BatchRun::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    m_progress.clear();
    m_report.wallUs = wallUs;
    m_report.totals = run;
    if (m_remote || m_mixed)
        m_report.workers = run.workers; // the daemons' lanes, with this computer's workers when mixed
    if (m_mixed && !m_mixed->refusal().isEmpty()) {
        // Every item was fetched here instead; the reason is told once.
        Console::error(QStringLiteral("%1; this computer took the whole list").arg(m_mixed->refusal()));
    }

    printSummary(run, wallUs);
    printEngines();
    printResumeSummary();
    writeReports();
    exportFailed();
    Q_EMIT finished(run, wallUs);
}

// What --existing did to an item, as it happens: the file it left or replaced.
void BatchRun::printExisting(const ItemResult &result)
{
    if (result.state != ItemState::Done || result.existing == ExistingOutcome::None)
        return;
    const QString url = result.url.toDisplayString(QUrl::RemovePassword);
    const QString file = QDir::toNativeSeparators(result.filePath);
    m_progress.clear();
    switch (result.existing) {
    case ExistingOutcome::Skipped:
        ++m_skipped;
        Console::out(QStringLiteral("skipped: %1: %2 exists").arg(url, file));
        break;
    case ExistingOutcome::Unchanged:
        ++m_unchanged;
        Console::out(QStringLiteral("unchanged: %1: %2 is current").arg(url, file));
        break;
    case ExistingOutcome::Updated:
        Console::out(QStringLiteral("updated: %1: %2 replaced by the newer copy").arg(url, file));
        break;
    case ExistingOutcome::None:
        break;
    }
}

// An item the listed URL did not serve, as it happens: the mirror that did.
void BatchRun::printMirror(const ItemResult &result)
{
    if (result.state != ItemState::Done || !result.servedBy.isValid() || result.servedBy == result.url)
        return;
    ++m_fromMirror;
    m_progress.clear();
    Console::out(QStringLiteral("mirror: %1: served by %2")
                         .arg(result.url.toDisplayString(QUrl::RemovePassword),
                              result.servedBy.toDisplayString(QUrl::RemovePassword)));
}

void BatchRun::printSummary(const RunProgress &run, qint64 wallUs) const
{
    const double seconds = double(wallUs) / 1e6;
    // Items left as they were count as done; the summary says how many.
    QStringList kept;
    if (m_skipped > 0)
        kept << QStringLiteral("%1 skipped: file exists").arg(m_skipped);
    if (m_unchanged > 0)
        kept << QStringLiteral("%1 unchanged").arg(m_unchanged);
    if (m_verified > 0)
        kept << QStringLiteral("%1 verified").arg(m_verified);
    if (m_fromMirror > 0)
        kept << QStringLiteral("%1 from a mirror").arg(m_fromMirror);
    const QString done = kept.isEmpty()
            ? QStringLiteral("%1 done").arg(run.done)
            : QStringLiteral("%1 done (%2)").arg(run.done).arg(kept.join(QStringLiteral(", ")));
    Console::out(QStringLiteral("%1, %2 failed, %3 cancelled · %4 in %5 (%6) · %7")
                         .arg(done)
                         .arg(run.failed)
                         .arg(run.cancelled)
                         .arg(formatBytes(run.bytes), formatDuration(wallUs),
                              formatRate(seconds > 0 ? double(run.bytes) / seconds : 0))
                         .arg(m_remote ? Console::count(run.workers, QStringLiteral("download slot on aria2"),
                                                        QStringLiteral("download slots on aria2"))
                              : m_mixed ? Console::count(run.workers, QStringLiteral("lane"), QStringLiteral("lanes"))
                                          + QStringLiteral(" here and on aria2")
                                        : Console::count(run.workers, QStringLiteral("worker"), QStringLiteral("workers"))));
}

// What each daemon did: files, bytes and their rate over the run, or why it
// was left out or went away. Names only, never a token.
void BatchRun::printEngines() const
{
    if (!m_remote && !m_mixed)
        return;
    if (m_mixed) {
        const LocalSideFigures local = m_mixed->localFigures();
        const double seconds = double(m_report.wallUs) / 1e6;
        Console::out(QStringLiteral("this computer (%1): %2 · %3 (%4)")
                             .arg(Console::count(local.workers, QStringLiteral("worker"), QStringLiteral("workers")),
                                  Console::count(local.files, QStringLiteral("file"), QStringLiteral("files")),
                                  formatBytes(local.bytes),
                                  formatRate(seconds > 0 ? double(local.bytes) / seconds : 0)));
    }
    const QVector<Aria2EndpointFigures> all = m_mixed ? m_mixed->remoteFigures() : m_remote->figures();
    for (const Aria2EndpointFigures &figures : all) {
        QString line = QStringLiteral("%1: %2 · %3 (%4)")
                               .arg(figures.endpoint,
                                    Console::count(figures.files, QStringLiteral("file"), QStringLiteral("files")),
                                    formatBytes(figures.bytes), formatRate(figures.bytesPerSecond));
        // The problem without the name the line starts with already.
        QString problem = figures.problem;
        const QString unreachable = QStringLiteral("cannot reach %1: ").arg(figures.endpoint);
        if (problem.startsWith(unreachable))
            problem.remove(0, unreachable.size());
        else if (problem.startsWith(figures.endpoint + QStringLiteral(": ")))
            problem.remove(0, figures.endpoint.size() + 2);
        else if (problem.startsWith(figures.endpoint + QLatin1Char(' ')))
            problem.remove(0, figures.endpoint.size() + 1);
        if (!figures.tookPart)
            line = QStringLiteral("%1: left out: %2").arg(figures.endpoint, problem);
        else if (!problem.isEmpty())
            line += QStringLiteral(" · ") + problem;
        Console::out(line);
    }
}

// Tells what crosses over to the next run: parts kept by Ctrl+C, and parts
// an earlier run left that this one continued.
void BatchRun::printResumeSummary() const
{
    if (m_partsContinued > 0)
        Console::out(QStringLiteral("%1 continued from what an earlier run left").arg(m_partsContinued));
    if (m_partsKept > 0)
        Console::out(QStringLiteral("%1 kept; run the same list into the same folder to continue")
                             .arg(Console::count(m_partsKept, QStringLiteral("partial file"),
                                                 QStringLiteral("partial files"))));
}

void BatchRun::writeReports() const
{
    for (const auto &[path, format] : m_reports) {
        QString error;
        if (!ReportWriter::write(m_report, path, format, &error))
            Console::error(error);
    }
}

void BatchRun::exportFailed() const
{
    if (m_exportFailedPath.isEmpty())
        return;
    QVector<ExportEntry> entries;
    entries.reserve(m_failedIds.size());
    // The jobs' ids are their places in the list (DownloadJob::fromUrls).
    for (quint64 id : m_failedIds) {
        if (id < quint64(m_jobs.size()))
            entries.push_back(ListExport::entryFor(m_jobs[qsizetype(id)]));
    }
    // Written also when nothing failed: a script that retries the file finds it empty.
    QString error;
    if (!saveFileAtomically(m_exportFailedPath, ListExport::write(entries, ListExport::formatForFile(m_exportFailedPath)),
                            &error)) {
        Console::error(error);
        return;
    }
    Console::out(QStringLiteral("%1 written to %2")
                         .arg(Console::count(int(entries.size()), QStringLiteral("failed URL"), QStringLiteral("failed URLs")),
                              QDir::toNativeSeparators(m_exportFailedPath)));
}

} // namespace Fetchpool::Cli
