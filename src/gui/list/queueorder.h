#pragma once

#include <QVector>

class QSortFilterProxyModel;

namespace Fetchpool::Gui {

class DownloadModel;

// Move Up, Move Down, Move to Top and Move to Bottom on the rows of `ids`,
// as the list shows them: up and down step past the neighbouring row the
// user sees (the quick filter may hide others in between), and each run of
// adjacent rows moves as a block. Only in the list's own order: sorted by a
// column, the rows on screen say nothing of the queue.
namespace QueueOrder {

bool moveUp(DownloadModel &model, const QSortFilterProxyModel &shown, const QVector<quint64> &ids);
bool moveDown(DownloadModel &model, const QSortFilterProxyModel &shown, const QVector<quint64> &ids);
bool moveToTop(DownloadModel &model, const QVector<quint64> &ids);
bool moveToBottom(DownloadModel &model, const QVector<quint64> &ids);

// Whether the moves would change anything for these rows.
bool canMoveUp(const DownloadModel &model, const QSortFilterProxyModel &shown, const QVector<quint64> &ids);
bool canMoveDown(const DownloadModel &model, const QSortFilterProxyModel &shown, const QVector<quint64> &ids);

} // namespace QueueOrder

} // namespace Fetchpool::Gui
