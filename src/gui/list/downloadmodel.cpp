#include "list/downloadmodel.h"

#include "list/downloadcolumns.h"
#include "list/itemtooltip.h"
#include "list/statuscell.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace Fetchpool::Gui {

DownloadModel::DownloadModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_retries, &RetryCountdown::ticked, this, &DownloadModel::countDownRetries);
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
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(isNumeric(section) ? Qt::AlignRight | Qt::AlignVCenter
                                                      : Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const QString tip = DownloadColumns::headerToolTip(section);
        return tip.isEmpty() ? QVariant() : tip;
    }
    case Qt::DisplayRole:
        return DownloadColumns::title(section);
    default:
        return {};
    }
}

QVariant DownloadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const DownloadItem &item = m_items.at(index.row());
    const ItemState state = item.result.state;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return DownloadColumns::text(item, column);
    case SortRole:
        return DownloadColumns::sortValue(item, column);
    case Qt::ToolTipRole:
        return ItemToolTip::forColumn(item, column);
    case Qt::DecorationRole:
        if (column == NameColumn)
            return m_icons.icon(item.result.mimeType, item.displayName());
        if (column == StatusColumn)
            return StatusCell::icon(item);
        return {};
    case Qt::TextAlignmentRole:
        if (isNumeric(column))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn && state == ItemState::Failed)
            return QColor(0xc0, 0x1c, 0x28);
        if (column == UrlColumn || (column == StatusColumn && state == ItemState::Queued))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case ProgressRole:
        return DownloadColumns::progressPerMille(item);
    case StateRole:
        return int(state);
    case IdRole:
        return item.result.id;
    default:
        return {};
    }
}

bool DownloadModel::lessThan(int leftRow, int rightRow, int column) const
{
    return DownloadColumns::lessThan(m_items.at(leftRow), m_items.at(rightRow), column);
}

int DownloadModel::addUrls(const QVector<QUrl> &urls, const QHash<QUrl, ItemOptions> &options)
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
        item.result.id = nextId();
        item.result.url = urls[i];
        if (const auto found = options.constFind(urls[i]); found != options.cend() && !found->isEmpty())
            item.options = std::make_shared<const ItemOptions>(*found);
    }
    m_rows.rowsChanged();
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
        m_urls.insert(item.result.url);
        if (m_urls.size() == listed)
            continue;
        item.result.id = nextId(); // keeps the rows in increasing id order
        fresh.push_back(std::move(item));
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_items.append(std::move(fresh));
    m_rows.rowsChanged();
    endInsertRows();
    Q_EMIT listChanged();
}

int DownloadModel::rowOf(quint64 id) const
{
    return m_rows.rowOf(m_items, id);
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
        ItemResult &result = item.result;
        if (isFinal(result.state) && !isFinal(progress.state))
            continue; // an older snapshot than the result already applied
        setState(item, progress.state);
        result.bytes = progress.received;
        result.totalBytes = progress.total;
        result.worker = progress.worker;
        result.startUs = progress.startUs;
        result.firstByteUs = progress.firstByteUs;
        if (!progress.segments.isEmpty())
            result.segments = progress.segments;
        applyAttempts(item, progress);
        changed.push_back(row);
    }
    // The rows in the batch are announced whole; the others only when their
    // rate changed, a stalled one's included.
    std::sort(changed.begin(), changed.end());
    QVector<int> rateChanged;
    for (int row : sampleLiveRates(nowMs)) {
        if (!std::binary_search(changed.cbegin(), changed.cend(), row))
            rateChanged.push_back(row);
    }
    emitRowRanges(std::move(changed), SizeColumn, ColumnCount - 1);
    emitRowRanges(std::move(rateChanged), SpeedColumn, SpeedColumn);
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
        setState(item, result.state);
        item.finish(result);
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
        setState(m_items[row], ItemState::Queued);
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
        for (int row = firstRow; row <= lastRow; ++row) {
            m_urls.remove(m_items.at(row).result.url);
            m_receiving.remove(m_items.at(row).result.id);
            m_retries.forget(m_items.at(row).result.id);
        }
        m_items.erase(m_items.begin() + firstRow, m_items.begin() + lastRow + 1);
        m_rows.rowsChanged();
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
    m_receiving.clear();
    m_retries.clear();
    m_rows.reset();
    endRemoveRows();
    Q_EMIT listChanged();
}

QVector<quint64> DownloadModel::idsInState(std::initializer_list<ItemState> states) const
{
    QVector<quint64> ids;
    for (const DownloadItem &item : m_items) {
        if (std::find(states.begin(), states.end(), item.result.state) != states.end())
            ids.push_back(item.result.id);
    }
    return ids;
}

int DownloadModel::countInState(std::initializer_list<ItemState> states) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [&](const DownloadItem &item) {
        return std::find(states.begin(), states.end(), item.result.state) != states.end();
    }));
}

void DownloadModel::setState(DownloadItem &item, ItemState state)
{
    if (item.result.state == state)
        return;
    if (item.result.state == ItemState::Receiving) {
        m_receiving.remove(item.result.id);
        item.liveRate.reset();
    }
    if (state == ItemState::Receiving)
        m_receiving.insert(item.result.id);
    if (state != ItemState::Connecting) {
        m_retries.forget(item.result.id); // only a connecting item waits to retry
        item.liveAttempts.retrySecondsLeft = -1;
    }
    item.result.state = state;
    item.forgetNameSortKey(); // a done row shows its file's name
}

QVector<int> DownloadModel::sampleLiveRates(qint64 nowMs)
{
    QVector<int> rows;
    for (quint64 id : std::as_const(m_receiving)) {
        const int row = rowOf(id);
        if (row >= 0 && m_items[row].liveRate.sample(m_items[row].result.bytes, nowMs))
            rows.push_back(row);
    }
    return rows;
}

void DownloadModel::applyAttempts(DownloadItem &item, const ItemProgress &progress)
{
    item.takeAttempts(progress);
    const quint64 id = item.result.id;
    if (progress.isWaitingToRetry() && !isFinal(item.result.state))
        m_retries.wait(id, progress.retryInMs);
    else
        m_retries.forget(id);
    item.liveAttempts.retrySecondsLeft = m_retries.secondsLeft(id);
}

void DownloadModel::countDownRetries()
{
    QVector<int> rows;
    for (quint64 id : m_retries.waitingIds()) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        LiveAttempts &live = m_items[row].liveAttempts;
        const int left = m_retries.secondsLeft(id);
        if (live.retrySecondsLeft != left) {
            live.retrySecondsLeft = left;
            rows.push_back(row);
        }
    }
    emitRowRanges(std::move(rows), StatusColumn, StatusColumn);
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

void DownloadModel::setRateLimit(const QVector<quint64> &ids, qint64 bytesPerSecond)
{
    // Tooltips are asked for when shown: no repaint needed, only a save.
    for (quint64 id : ids) {
        if (const int row = rowOf(id); row >= 0)
            m_items[row].rateLimit = qMax(qint64(0), bytesPerSecond);
    }
    Q_EMIT listChanged();
}

} // namespace Fetchpool::Gui
