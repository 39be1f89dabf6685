#include "list/downloadmodel.h"

#include "runreport.h"

#include <QApplication>
#include <QFileInfo>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace Fetchpool::Gui {

namespace {

// A rate measured over less than this is mostly noise from batch timing.
constexpr qint64 SpeedWindowMs = 400;

QIcon stateIcon(ItemState state)
{
    static const QIcon queued(QStringLiteral(":/icons/state-queued.svg"));
    static const QIcon active(QStringLiteral(":/icons/state-active.svg"));
    static const QIcon done(QStringLiteral(":/icons/state-done.svg"));
    static const QIcon failed(QStringLiteral(":/icons/state-failed.svg"));
    static const QIcon cancelled(QStringLiteral(":/icons/state-cancelled.svg"));
    switch (state) {
    case ItemState::Queued: return queued;
    case ItemState::Connecting:
    case ItemState::Receiving: return active;
    case ItemState::Done: return done;
    case ItemState::Failed: return failed;
    case ItemState::Cancelled: return cancelled;
    }
    return {};
}

// A done item whose bytes are not what its name or the server said.
QIcon mismatchIcon()
{
    static const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    return warning;
}

QString durationText(qint64 us)
{
    return us >= 0 ? RunComparison::formatDuration(us) : QString();
}

int perMille(qint64 received, qint64 total)
{
    if (total <= 0)
        return -1;
    return int(qBound(qint64(0), received * 1000 / total, qint64(1000)));
}

} // namespace

DownloadModel::DownloadModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool DownloadModel::isHiddenByDefault(int column)
{
    return column == QueuedColumn || column == BodyColumn || column == RateColumn || column == AttemptsColumn;
}

bool DownloadModel::isNumeric(int column)
{
    return column == SizeColumn || column == SpeedColumn || column == TimeColumn || column >= WorkerColumn;
}

int DownloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DownloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DownloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                      : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case QueuedColumn: return tr("Time from the start of the run until a worker took the item");
        case FirstByteColumn: return tr("Time from the request until the response headers arrived");
        case BodyColumn: return tr("Time from the response headers until the last byte");
        case RateColumn: return tr("Body bytes per second while receiving");
        case AttemptsColumn: return tr("Requests made, retries included");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case UrlColumn: return tr("URL");
    case SizeColumn: return tr("Size");
    case ProgressColumn: return tr("Progress");
    case SpeedColumn: return tr("Speed");
    case StatusColumn: return tr("Status");
    case TimeColumn: return tr("Time");
    case WorkerColumn: return tr("Worker");
    case QueuedColumn: return tr("Queued");
    case FirstByteColumn: return tr("First Byte");
    case BodyColumn: return tr("Body");
    case RateColumn: return tr("Rate");
    case AttemptsColumn: return tr("Attempts");
    }
    return {};
}

QVariant DownloadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const DownloadItem &item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(item, column);
    case SortRole:
        return sortData(item, column);
    case Qt::ToolTipRole:
        return toolTip(item, column);
    case Qt::DecorationRole:
        if (column == NameColumn)
            return m_icons.icon(item.mimeType, item.displayName());
        if (column == StatusColumn)
            return item.contentMismatch.isEmpty() ? stateIcon(item.state) : mismatchIcon();
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && item.state == ItemState::Failed)
            return QColor(0xc0, 0x1c, 0x28);
        if (column == UrlColumn || (column == StatusColumn && item.state == ItemState::Queued))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case ProgressRole:
        if (item.state == ItemState::Done)
            return 1000;
        return perMille(item.received, item.total);
    case StateRole:
        return int(item.state);
    case IdRole:
        return item.id;
    default:
        return {};
    }
}

QVariant DownloadModel::displayData(const DownloadItem &item, int column) const
{
    switch (column) {
    case NameColumn:
        return item.displayName();
    case UrlColumn:
        return item.displayUrl();
    case SizeColumn:
        if (item.total >= 0)
            return formatBytes(item.total);
        if (item.received > 0)
            return formatBytes(item.received);
        return QString();
    case ProgressColumn:
        if (item.state == ItemState::Queued)
            return QString();
        if (item.state == ItemState::Done)
            return tr("100 %");
        if (const int permille = perMille(item.received, item.total); permille >= 0)
            return tr("%1 %").arg(permille / 10);
        return item.received > 0 ? formatBytes(item.received) : QString();
    case SpeedColumn:
        if ((item.state == ItemState::Receiving || item.state == ItemState::Done) && item.bytesPerSecond > 0)
            return formatRate(item.bytesPerSecond);
        return QString();
    case StatusColumn:
        return statusText(item);
    case TimeColumn:
        return item.durationUs >= 0 ? RunComparison::formatDuration(item.durationUs) : QString();
    case WorkerColumn:
        // Shown from 1, like "in flight 3 of 16 workers".
        return item.worker >= 0 ? QString::number(item.worker + 1) : QString();
    case QueuedColumn:
        return durationText(item.queuedUs());
    case FirstByteColumn:
        return durationText(item.timeToFirstByteUs());
    case BodyColumn:
        return durationText(item.bodyUs());
    case RateColumn:
        return item.bodyBytesPerSecond() > 0 ? formatRate(item.bodyBytesPerSecond()) : QString();
    case AttemptsColumn:
        return item.attempts > 0 ? QString::number(item.attempts) : QString();
    }
    return {};
}

bool DownloadModel::lessThan(int leftRow, int rightRow, int column) const
{
    const DownloadItem &left = m_items.at(leftRow);
    const DownloadItem &right = m_items.at(rightRow);
    switch (column) {
    case NameColumn: return left.nameSortKey() < right.nameSortKey();
    case UrlColumn: return left.url < right.url;
    default: break;
    }
    // The numeric columns: their raw values are cheap to compare.
    const QVariant a = sortData(left, column);
    const QVariant b = sortData(right, column);
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

QVariant DownloadModel::sortData(const DownloadItem &item, int column) const
{
    switch (column) {
    case NameColumn: return item.displayName();
    case UrlColumn: return item.url.toString();
    case SizeColumn: return item.total >= 0 ? item.total : item.received;
    case ProgressColumn: return item.state == ItemState::Done ? 1000 : perMille(item.received, item.total);
    case SpeedColumn: return item.bytesPerSecond;
    case StatusColumn: return int(item.state);
    case TimeColumn: return item.durationUs;
    case WorkerColumn: return item.worker;
    case QueuedColumn: return item.queuedUs();
    case FirstByteColumn: return item.timeToFirstByteUs();
    case BodyColumn: return item.bodyUs();
    case RateColumn: return item.bodyBytesPerSecond();
    case AttemptsColumn: return item.attempts;
    }
    return {};
}

QString DownloadModel::statusText(const DownloadItem &item) const
{
    switch (item.state) {
    case ItemState::Queued: return tr("Queued");
    case ItemState::Connecting: return tr("Connecting…");
    case ItemState::Receiving: return tr("Downloading");
    case ItemState::Done:
        return item.contentMismatch.isEmpty() ? tr("Done") : tr("Done: content mismatch");
    case ItemState::Cancelled:
        // Stop keeps a resumable part file; Start continues from it.
        if (item.filePath.endsWith(QLatin1String(".part")) && item.received > 0)
            return tr("Stopped, %1 kept to resume").arg(formatBytes(item.received));
        return tr("Cancelled");
    case ItemState::Failed:
        return item.errorMessage.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(item.errorMessage);
    }
    return {};
}

QString DownloadModel::toolTip(const DownloadItem &item, int column) const
{
    switch (column) {
    case NameColumn:
        return item.filePath.isEmpty() ? item.displayName() : item.filePath;
    case UrlColumn:
        return item.displayUrl();
    case StatusColumn:
        if (!item.errorMessage.isEmpty())
            return statusText(item).section(QLatin1Char(':'), 0, 0) + QStringLiteral(": ") + item.errorMessage;
        if (!item.contentMismatch.isEmpty()) {
            return tr("Done, but the content does not match: %1 (the server said %2, the bytes are %3)")
                    .arg(item.contentMismatch,
                         item.mimeType.isEmpty() ? tr("nothing") : item.mimeType,
                         item.detectedMimeType.isEmpty() ? tr("of an unknown type") : item.detectedMimeType);
        }
        if (item.httpStatus > 0)
            return tr("%1 (HTTP %2, %n attempt(s))", nullptr, item.attempts).arg(statusText(item)).arg(item.httpStatus);
        return statusText(item);
    default:
        return {};
    }
}

int DownloadModel::addUrls(const QVector<QUrl> &urls)
{
    // First which URLs are new (one hash operation each: the set grows only
    // for a URL not listed yet), then one insertion of exactly those rows.
    QVector<int> fresh;
    fresh.reserve(urls.size());
    m_urls.reserve(m_urls.size() + urls.size());
    for (int i = 0; i < urls.size(); ++i) {
        const qsizetype listed = m_urls.size();
        m_urls.insert(urls[i]);
        if (m_urls.size() > listed)
            fresh.push_back(i);
    }
    if (fresh.isEmpty())
        return 0;

    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_items.reserve(first + fresh.size());
    for (int i : std::as_const(fresh)) {
        DownloadItem &item = m_items.emplace_back();
        item.id = nextId();
        item.url = urls[i];
    }
    endInsertRows();
    Q_EMIT listChanged();
    return int(fresh.size());
}

void DownloadModel::addItems(QVector<DownloadItem> items)
{
    QVector<DownloadItem> fresh;
    fresh.reserve(items.size());
    m_urls.reserve(m_urls.size() + items.size());
    for (DownloadItem &item : items) {
        const qsizetype listed = m_urls.size();
        m_urls.insert(item.url);
        if (m_urls.size() == listed)
            continue;
        item.id = nextId(); // keeps the rows in increasing id order
        fresh.push_back(std::move(item));
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_items.append(std::move(fresh));
    endInsertRows();
    Q_EMIT listChanged();
}

int DownloadModel::rowOf(quint64 id) const
{
    const auto found = std::lower_bound(m_items.cbegin(), m_items.cend(), id,
                                        [](const DownloadItem &item, quint64 wanted) { return item.id < wanted; });
    return found != m_items.cend() && found->id == id ? int(found - m_items.cbegin()) : -1;
}

void DownloadModel::applyProgress(const QVector<ItemProgress> &batch, qint64 nowMs)
{
    QVector<int> changed;
    changed.reserve(batch.size());
    for (const ItemProgress &progress : batch) {
        const int row = rowOf(progress.id);
        if (row < 0)
            continue; // removed while it was running
        DownloadItem &item = m_items[row];
        if (isFinal(item.state) && !isFinal(progress.state))
            continue; // an older snapshot than the result already applied
        item.state = progress.state;
        item.received = progress.received;
        item.total = progress.total;
        item.worker = progress.worker;
        item.startUs = progress.startUs;
        item.firstByteUs = progress.firstByteUs;
        if (progress.state == ItemState::Receiving) {
            if (item.sampleMs < 0) {
                item.sampleMs = nowMs;
                item.sampleBytes = progress.received;
            } else if (nowMs - item.sampleMs >= SpeedWindowMs) {
                const double rate = double(progress.received - item.sampleBytes) * 1000.0
                        / double(nowMs - item.sampleMs);
                // Smoothed so the figure is readable, yet follows real changes.
                item.bytesPerSecond = item.bytesPerSecond > 0 ? 0.5 * rate + 0.5 * item.bytesPerSecond : rate;
                item.sampleMs = nowMs;
                item.sampleBytes = progress.received;
            }
        }
        changed.push_back(row);
    }
    emitRowRanges(std::move(changed), SizeColumn, ColumnCount - 1);
}

void DownloadModel::applyResults(const QVector<ItemResult> &results)
{
    QVector<int> changed;
    changed.reserve(results.size());
    for (const ItemResult &result : results) {
        const int row = rowOf(result.id);
        if (row < 0)
            continue;
        DownloadItem &item = m_items[row];
        item.state = result.state;
        item.filePath = result.filePath;
        if (result.state == ItemState::Done && !result.filePath.isEmpty()) {
            item.fileName = QFileInfo(result.filePath).fileName();
            item.forgetNameSortKey();
        }
        else if (result.state != ItemState::Cancelled)
            item.filePath.clear(); // a failed item leaves no file behind
        // A stopped item may keep its part file for the next run: filePath names it.
        item.mimeType = result.mimeType;
        item.received = result.bytes;
        item.total = result.totalBytes >= 0 ? result.totalBytes
                                            : (result.state == ItemState::Done ? result.bytes : -1);
        item.durationUs = result.startUs >= 0 && result.endUs >= result.startUs ? result.endUs - result.startUs : -1;
        item.worker = result.worker;
        item.httpStatus = result.httpStatus;
        item.attempts = result.attempts;
        item.startUs = result.startUs;
        item.firstByteUs = result.firstByteUs;
        item.endUs = result.endUs;
        item.detectedMimeType = result.detectedMimeType;
        item.contentMismatch = result.state == ItemState::Done ? result.contentMismatch : QString();
        item.errorKind = result.state == ItemState::Done ? ErrorKind::None : result.error.kind;
        item.errorMessage = result.state == ItemState::Done ? QString() : result.error.message;
        item.bytesPerSecond = 0;
        // The item's own average, waiting for the server included: what the
        // user got, comparable with the run's aggregate rate.
        if (result.state == ItemState::Done && item.durationUs > 0)
            item.bytesPerSecond = double(result.bytes) * 1e6 / double(item.durationUs);
        item.sampleMs = -1;
        changed.push_back(row);
    }
    if (changed.isEmpty())
        return;
    emitRowRanges(std::move(changed), NameColumn, ColumnCount - 1);
    Q_EMIT listChanged();
}

void DownloadModel::requeue(const QVector<quint64> &ids)
{
    QVector<int> changed;
    changed.reserve(ids.size());
    for (quint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        m_items[row].requeue();
        changed.push_back(row);
    }
    if (changed.isEmpty())
        return;
    emitRowRanges(std::move(changed), NameColumn, ColumnCount - 1);
    Q_EMIT listChanged();
}

void DownloadModel::removeIds(const QVector<quint64> &ids)
{
    QVector<int> rows;
    rows.reserve(ids.size());
    for (quint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0)
            rows.push_back(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the last range to the first, so earlier row numbers stay valid.
    int end = int(rows.size());
    while (end > 0) {
        int begin = end - 1;
        while (begin > 0 && rows[begin - 1] == rows[begin] - 1)
            --begin;
        const int firstRow = rows[begin];
        const int lastRow = rows[end - 1];
        beginRemoveRows({}, firstRow, lastRow);
        for (int row = firstRow; row <= lastRow; ++row)
            m_urls.remove(m_items.at(row).url);
        m_items.erase(m_items.begin() + firstRow, m_items.begin() + lastRow + 1);
        endRemoveRows();
        end = begin;
    }
    Q_EMIT listChanged();
}

void DownloadModel::clear()
{
    if (m_items.isEmpty())
        return;
    // Rows removed rather than a model reset: a reset would also forget the
    // header's column sizes.
    beginRemoveRows({}, 0, int(m_items.size()) - 1);
    m_items.clear();
    m_urls.clear();
    endRemoveRows();
    Q_EMIT listChanged();
}

QVector<quint64> DownloadModel::idsInState(std::initializer_list<ItemState> states) const
{
    QVector<quint64> ids;
    for (const DownloadItem &item : m_items) {
        if (std::find(states.begin(), states.end(), item.state) != states.end())
            ids.push_back(item.id);
    }
    return ids;
}

int DownloadModel::countInState(std::initializer_list<ItemState> states) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [&](const DownloadItem &item) {
        return std::find(states.begin(), states.end(), item.state) != states.end();
    }));
}

void DownloadModel::emitRowRanges(QVector<int> rows, int firstColumn, int lastColumn)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    int rangeStart = rows.first();
    int previous = rangeStart;
    for (int i = 1; i <= rows.size(); ++i) {
        const bool atEnd = i == rows.size();
        if (!atEnd && rows[i] <= previous + 1) {
            previous = rows[i];
            continue;
        }
        Q_EMIT dataChanged(index(rangeStart, firstColumn), index(previous, lastColumn));
        if (!atEnd)
            rangeStart = previous = rows[i];
    }
}

} // namespace Fetchpool::Gui
