#include "run/reportexporter.h"
#include "reportwriter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Fetchpool::Gui {

ReportExporter::ReportExporter(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_write, &QFutureWatcherBase::finished, this, [this] { Q_EMIT finished(m_path, m_write.result()); });
}

ReportExporter::~ReportExporter()
{
    m_write.waitForFinished();
}

void ReportExporter::recordRun(const RunProgress &run, qint64 wallUs)
{
    m_lastRun = run;
    m_lastWallUs = wallUs;
    m_lastStartedAt = QDateTime::currentDateTimeUtc().addMSecs(-wallUs / 1000);
}

bool ReportExporter::exportTo(const QString &path, ReportFormat format, const QVector<DownloadItem> &items)
{
    if (isBusy())
        return false;
    m_path = path;
    m_write.setFuture(QtConcurrent::run(
            &m_pool, [path, format, items, run = m_lastRun, wallUs = m_lastWallUs, startedAt = m_lastStartedAt] {
                QString error;
                ReportWriter::write(reportFor(items, run, wallUs, startedAt), path, format, &error);
                return error;
            }));
    return true;
}

RunReport ReportExporter::reportFor(const QVector<DownloadItem> &items, const RunProgress &lastRun, qint64 wallUs,
                                    const QDateTime &startedAt)
{
    RunReport report;
    report.startedAt = startedAt;
    report.workers = lastRun.workers;
    report.maxPerHost = 0; // the window sets no per-host cap
    report.wallUs = wallUs;
    report.totals.workers = lastRun.workers;
    report.items.reserve(items.size());
    for (const DownloadItem &item : items) {
        const ItemResult &result = item.result;
        report.items << result;
        ++report.totals.total;
        switch (result.state) {
        case ItemState::Done:
            ++report.totals.done;
            report.totals.bytes += result.bytes;
            break;
        case ItemState::Failed: ++report.totals.failed; break;
        case ItemState::Cancelled:
        case ItemState::Paused: ++report.totals.cancelled; break; // stopped, to continue later
        default: break;
        }
    }
    return report;
}

} // namespace Fetchpool::Gui
