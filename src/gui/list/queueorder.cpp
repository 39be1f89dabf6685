#include "list/queueorder.h"

#include "list/downloadmodel.h"

#include <QSortFilterProxyModel>

#include <algorithm>

namespace Fetchpool::Gui::QueueOrder {

namespace {

// The shown rows of `ids`, in the order shown.
QVector<int> shownRows(const DownloadModel &model, const QSortFilterProxyModel &shown, const QVector<quint64> &ids)
{
    QVector<int> rows;
    rows.reserve(ids.size());
    for (quint64 id : ids) {
        const int row = model.rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = shown.mapFromSource(model.index(row, 0));
        if (index.isValid())
            rows.push_back(index.row());
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

// The shown rows in blocks of adjacent ones, as ids.
QVector<QVector<quint64>> blocks(const QSortFilterProxyModel &shown, const QVector<int> &rows)
{
    QVector<QVector<quint64>> found;
    for (int i = 0; i < rows.size(); ++i) {
        if (i == 0 || rows[i] != rows[i - 1] + 1)
            found.push_back({});
        found.back().push_back(shown.index(rows[i], 0).data(DownloadModel::IdRole).toULongLong());
    }
    return found;
}

int sourceRow(const QSortFilterProxyModel &shown, int shownRow)
{
    return shown.mapToSource(shown.index(shownRow, 0)).row();
}

} // namespace

bool moveUp(DownloadModel &model, const QSortFilterProxyModel &shown, const QVector<quint64> &ids)
{
    bool moved = false;
    // Top block first: a block that reaches the top stays, the next one
    // then stops under it.
    for (const QVector<quint64> &block : blocks(shown, shownRows(model, shown, ids))) {
        const int first = shownRows(model, shown, block).first();
        if (first > 0 && !ids.contains(shown.index(first - 1, 0).data(DownloadModel::IdRole).toULongLong()))
            moved = model.moveIds(block, sourceRow(shown, first - 1)) || moved;
    }
    return moved;
}

bool moveDown(DownloadModel &model, const QSortFilterProxyModel &shown, const QVector<quint64> &ids)
{
    bool moved = false;
    auto found = blocks(shown, shownRows(model, shown, ids));
    std::reverse(found.begin(), found.end());
    for (const QVector<quint64> &block : std::as_const(found)) {
        const int last = shownRows(model, shown, block).last();
        if (last + 1 < shown.rowCount()
            && !ids.contains(shown.index(last + 1, 0).data(DownloadModel::IdRole).toULongLong())) {
            moved = model.moveIds(block, sourceRow(shown, last + 1) + 1) || moved;
        }
    }
    return moved;
}

bool moveToTop(DownloadModel &model, const QVector<quint64> &ids)
{
    return model.moveIds(ids, 0);
}

bool moveToBottom(DownloadModel &model, const QVector<quint64> &ids)
{
    return model.moveIds(ids, model.rowCount());
}

bool canMoveUp(const DownloadModel &model, const QSortFilterProxyModel &shown, const QVector<quint64> &ids)
{
    const QVector<int> rows = shownRows(model, shown, ids);
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i] != i)
            return true; // a row not selected above this one
    }
    return false;
}

bool canMoveDown(const DownloadModel &model, const QSortFilterProxyModel &shown, const QVector<quint64> &ids)
{
    const QVector<int> rows = shownRows(model, shown, ids);
    const int count = shown.rowCount();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[rows.size() - 1 - i] != count - 1 - i)
            return true;
    }
    return false;
}

} // namespace Fetchpool::Gui::QueueOrder
