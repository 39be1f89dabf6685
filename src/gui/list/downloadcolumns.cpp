#include "list/downloadcolumns.h"

#include "list/downloadmodel.h"
#include "list/sizetext.h"
#include "list/statuscell.h"
#include "runcomparison.h"
#include "units.h"

namespace Fetchpool::Gui {

namespace {

QString durationText(qint64 us)
{
    return us >= 0 ? formatDuration(us) : QString();
}

// What the item has or will have: what the server announced, or what arrived.
qint64 sizeOf(const ItemResult &result)
{
    return result.totalBytes >= 0 ? result.totalBytes : result.bytes;
}

} // namespace

QString DownloadColumns::title(int column)
{
    switch (column) {
    case DownloadModel::NameColumn: return tr("Name");
    case DownloadModel::UrlColumn: return tr("URL");
    case DownloadModel::SizeColumn: return tr("Size");
    case DownloadModel::ProgressColumn: return tr("Progress");
    case DownloadModel::SpeedColumn: return tr("Speed");
    case DownloadModel::StatusColumn: return tr("Status");
    case DownloadModel::TimeColumn: return tr("Time");
    case DownloadModel::WorkerColumn: return tr("Worker");
    case DownloadModel::QueuedColumn: return tr("Queued");
    case DownloadModel::FirstByteColumn: return tr("First Byte");
    case DownloadModel::BodyColumn: return tr("Body");
    case DownloadModel::RateColumn: return tr("Rate");
    case DownloadModel::AttemptsColumn: return tr("Attempts");
    }
    return {};
}

QString DownloadColumns::headerToolTip(int column)
{
    switch (column) {
    case DownloadModel::QueuedColumn: return tr("Time from the start of the run until a worker took the item");
    case DownloadModel::FirstByteColumn: return tr("Time from the request until the response headers arrived");
    case DownloadModel::BodyColumn: return tr("Time from the response headers until the last byte");
    case DownloadModel::RateColumn: return tr("Body bytes per second while receiving");
    case DownloadModel::AttemptsColumn: return tr("Requests made, retries included");
    default: return {};
    }
}

QString DownloadColumns::text(const DownloadItem &item, int column)
{
    const ItemResult &result = item.result;
    switch (column) {
    case DownloadModel::NameColumn:
        return item.displayName();
    case DownloadModel::UrlColumn:
        return item.displayUrl();
    case DownloadModel::SizeColumn:
        return result.totalBytes >= 0 || result.bytes > 0 ? SizeText::size(sizeOf(result)) : QString();
    case DownloadModel::ProgressColumn:
        if (result.state == ItemState::Queued)
            return QString();
        if (const int permille = progressPerMille(item); permille >= 0)
            return tr("%1 %").arg(permille / 10);
        return result.bytes > 0 ? SizeText::size(result.bytes) : QString();
    case DownloadModel::SpeedColumn:
        // A receiving item shows its rate once measured, 0 included: a stall shows.
        if (result.state == ItemState::Receiving && item.liveRate.isMeasured())
            return SizeText::rate(item.liveRate.bytesPerSecond());
        return item.bytesPerSecond() > 0 ? SizeText::rate(item.bytesPerSecond()) : QString();
    case DownloadModel::StatusColumn:
        return StatusCell::text(item);
    case DownloadModel::TimeColumn:
        return durationText(item.durationUs());
    case DownloadModel::WorkerColumn:
        // Shown from 1, like "in flight 3 of 16 workers".
        return result.worker >= 0 ? QString::number(result.worker + 1) : QString();
    case DownloadModel::QueuedColumn:
        return durationText(item.queuedUs());
    case DownloadModel::FirstByteColumn:
        return durationText(item.timeToFirstByteUs());
    case DownloadModel::BodyColumn:
        return durationText(item.bodyUs());
    case DownloadModel::RateColumn:
        return item.bodyBytesPerSecond() > 0 ? SizeText::rate(item.bodyBytesPerSecond()) : QString();
    case DownloadModel::AttemptsColumn:
        return result.attempts > 0 ? QString::number(result.attempts) : QString();
    }
    return {};
}

QVariant DownloadColumns::sortValue(const DownloadItem &item, int column)
{
    const ItemResult &result = item.result;
    switch (column) {
    case DownloadModel::NameColumn: return item.displayName();
    case DownloadModel::UrlColumn: return result.url.toString();
    case DownloadModel::SizeColumn: return sizeOf(result);
    case DownloadModel::ProgressColumn: return progressPerMille(item);
    case DownloadModel::SpeedColumn: return item.bytesPerSecond();
    case DownloadModel::StatusColumn: return int(result.state);
    case DownloadModel::TimeColumn: return item.durationUs();
    case DownloadModel::WorkerColumn: return result.worker;
    case DownloadModel::QueuedColumn: return item.queuedUs();
    case DownloadModel::FirstByteColumn: return item.timeToFirstByteUs();
    case DownloadModel::BodyColumn: return item.bodyUs();
    case DownloadModel::RateColumn: return item.bodyBytesPerSecond();
    case DownloadModel::AttemptsColumn: return result.attempts;
    }
    return {};
}

bool DownloadColumns::lessThan(const DownloadItem &left, const DownloadItem &right, int column)
{
    switch (column) {
    case DownloadModel::NameColumn: return left.nameSortKey() < right.nameSortKey();
    case DownloadModel::UrlColumn: return left.result.url < right.result.url;
    default: break;
    }
    // The numeric columns: their raw values are cheap to compare.
    return QVariant::compare(sortValue(left, column), sortValue(right, column)) == QPartialOrdering::Less;
}

int DownloadColumns::progressPerMille(const DownloadItem &item)
{
    const ItemResult &result = item.result;
    if (result.state == ItemState::Done)
        return 1000;
    if (result.totalBytes <= 0)
        return -1;
    return int(qBound(qint64(0), result.bytes * 1000 / result.totalBytes, qint64(1000)));
}

} // namespace Fetchpool::Gui
