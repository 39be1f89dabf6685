// DownloadModel's queue: rows held back by Pause outside a run, and the
// order, changed by the move actions and by dragging rows within the list.
#include "list/downloadmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

namespace Fetchpool::Gui {

int DownloadModel::hold(const QVector<quint64> &ids)
{
    QVector<int> changed;
    for (quint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        DownloadItem &item = m_items[row];
        // A stopped row keeps its part, and the paused row says so.
        if (item.result.state == ItemState::Queued || item.result.state == ItemState::Cancelled) {
            setState(item, ItemState::Paused);
            changed.push_back(row);
        }
    }
    if (changed.isEmpty())
        return 0;
    const int held = int(changed.size());
    emitRowRanges(std::move(changed), NameColumn, ColumnCount - 1);
    Q_EMIT listChanged();
    return held;
}

bool DownloadModel::moveIds(const QVector<quint64> &ids, int beforeRow)
{
    QVector<bool> moving(m_items.size(), false);
    int count = 0;
    for (quint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0 && !moving[row]) {
            moving[row] = true;
            ++count;
        }
    }
    if (count == 0)
        return false;
    beforeRow = qBound(0, beforeRow, int(m_items.size()));
    // The new order as old row numbers: the rows that stay, with the moved
    // ones, in their present order, where `beforeRow` was.
    QVector<int> order;
    order.reserve(m_items.size());
    auto insertMoved = [&] {
        for (int row = 0; row < m_items.size(); ++row) {
            if (moving[row])
                order.push_back(row);
        }
    };
    for (int row = 0; row < m_items.size(); ++row) {
        if (row == beforeRow)
            insertMoved();
        if (!moving[row])
            order.push_back(row);
    }
    if (beforeRow == m_items.size())
        insertMoved();
    bool changed = false;
    for (int row = 0; row < order.size() && !changed; ++row)
        changed = order[row] != row;
    if (!changed)
        return false;

    // Any permutation in one step: views keep their selection and current
    // row through the persistent indexes, the sort proxy maps again.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QVector<int> newRowOf(m_items.size());
    QVector<DownloadItem> reordered;
    reordered.reserve(m_items.size());
    for (int row = 0; row < order.size(); ++row) {
        newRowOf[order[row]] = row;
        reordered.push_back(std::move(m_items[order[row]]));
    }
    m_items = std::move(reordered);
    m_rows.rowsMoved(m_items);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.push_back(index.isValid() ? this->index(newRowOf[index.row()], index.column()) : QModelIndex());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT orderChanged();
    Q_EMIT listChanged();
    return true;
}

QVector<quint64> DownloadModel::orderedIds() const
{
    QVector<quint64> ids;
    ids.reserve(m_items.size());
    for (const DownloadItem &item : m_items)
        ids.push_back(item.result.id);
    return ids;
}

QString DownloadModel::rowIdsMimeType()
{
    return QStringLiteral("application/x-fetchpool-row-ids");
}

Qt::ItemFlags DownloadModel::flags(const QModelIndex &index) const
{
    // Rows are dragged; drops go between them (the root), never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractTableModel::flags(index) | Qt::ItemIsDragEnabled;
}

QStringList DownloadModel::mimeTypes() const
{
    return {rowIdsMimeType()};
}

QMimeData *DownloadModel::mimeData(const QModelIndexList &indexes) const
{
    QVector<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows.push_back(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    // Which list the rows are from: a drop elsewhere never takes these ids.
    stream << quint64(quintptr(this)) << qint32(rows.size());
    for (int row : std::as_const(rows))
        stream << m_items.at(row).result.id;
    auto *data = new QMimeData;
    data->setData(rowIdsMimeType(), encoded);
    return data;
}

QVector<quint64> DownloadModel::droppedIds(const QMimeData *data) const
{
    if (!data || !data->hasFormat(rowIdsMimeType()))
        return {};
    QDataStream stream(data->data(rowIdsMimeType()));
    quint64 source = 0;
    qint32 count = 0;
    stream >> source >> count;
    if (source != quint64(quintptr(this)) || count <= 0 || count > m_items.size())
        return {};
    QVector<quint64> ids(count);
    for (quint64 &id : ids)
        stream >> id;
    return stream.status() == QDataStream::Ok ? ids : QVector<quint64>();
}

bool DownloadModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(rowIdsMimeType());
}

bool DownloadModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    if (action != Qt::MoveAction)
        return false;
    const QVector<quint64> ids = droppedIds(data);
    if (ids.isEmpty())
        return false;
    // Between rows: `row`; on a row: before it; below the last row: the end.
    const int before = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_items.size());
    moveIds(ids, before);
    // Taken either way; the dragged rows are never removed afterwards, as
    // the model has no removeRows() for the view to call.
    return true;
}

} // namespace Fetchpool::Gui
