#pragma once

#include "checksumfile.h"
#include "list/downloaditem.h"
#include "list/mimeiconcache.h"
#include "list/retrycountdown.h"
#include "list/rowindex.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QVector>

namespace Fetchpool::Gui {

// The download list. Rows are identified by a stable id (the engine's job id),
// found through RowIndex. The rows' order is the queue's: runs take the rows
// in it, and the user changes it with the move actions or by dragging rows.
// Engine batches are applied in one pass and announced with one dataChanged
// per contiguous range of rows, so 10,000 rows updating 30 times a second
// stay cheap for the views.
class DownloadModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Columns after WorkerColumn break an item's time down; appended, so a
    // header state saved before they existed still fits the first ones.
    enum Column { NameColumn, UrlColumn, SizeColumn, ProgressColumn, SpeedColumn,
                  StatusColumn, TimeColumn, WorkerColumn,
                  QueuedColumn,    // run start -> picked up by a worker
                  FirstByteColumn, // picked up -> response headers
                  BodyColumn,      // response headers -> the end
                  RateColumn,      // body bytes over body time
                  AttemptsColumn,
                  ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw numbers, so sorting is numeric
        ProgressRole,                // 0..1000 per mille, or -1 when unknown
        StateRole,                   // ItemState as int
        IdRole,
    };

    explicit DownloadModel(QObject *parent = nullptr);

    // The timing columns but the first byte are hidden until asked for, so
    // the list stays readable.
    static bool isHiddenByDefault(int column);
    static bool isNumeric(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Appends the URLs not already listed, in one insertion, with the
    // options `options` holds for them. Returns how many were added.
    int addUrls(const QVector<QUrl> &urls, const QHash<QUrl, ItemOptions> &options = {});
    // Gives the rows that have no checksum yet and are not running or done
    // the digest listed for their file name (downloadmodeloptions.cpp).
    // Returns how many rows got one.
    int applyChecksums(const ChecksumFile::Digests &digests);
    // Appends stored rows as they are (restoring a saved list), skipping listed URLs.
    void addItems(QVector<DownloadItem> items);
    bool contains(const QUrl &url) const { return m_urls.contains(url); }

    const DownloadItem &item(int row) const { return m_items.at(row); }
    const QVector<DownloadItem> &items() const { return m_items; }
    int rowOf(quint64 id) const; // -1 when not listed

    // Engine batches. `nowMs` is a monotonic clock reading for the live
    // rates. The engine publishes a batch several times a second while it
    // runs, empty ones included, and every batch also measures the items
    // that received nothing: a stalled transfer's rate drops to 0.
    void applyProgress(const QVector<ItemProgress> &batch, qint64 nowMs);
    void applyResults(const QVector<ItemResult> &results);

    // Puts the rows back to Queued, dropping what earlier runs produced.
    void requeue(const QVector<quint64> &ids);
    void removeIds(const QVector<quint64> &ids);
    void setRateLimit(const QVector<quint64> &ids, qint64 bytesPerSecond); // the rows' own speed limit
    void clear();

    QVector<quint64> idsInState(std::initializer_list<ItemState> states) const;
    int countInState(std::initializer_list<ItemState> states) const;

    // The order of two rows by `column`, as sorting the list wants it:
    // straight from the rows, without a QVariant or a decoded URL per
    // comparison (DownloadSortProxy).
    bool lessThan(int leftRow, int rightRow, int column) const;

    // Holds back queued or stopped rows outside a run: they become Paused
    // (downloadmodelqueue.cpp). Returns how many did.
    int hold(const QVector<quint64> &ids);
    // The queue order (downloadmodelqueue.cpp). Moves the rows of `ids`, in
    // their present order, to stand together before row `beforeRow` (the
    // end for rowCount()). Returns whether any row moved.
    bool moveIds(const QVector<quint64> &ids, int beforeRow);
    QVector<quint64> orderedIds() const; // every row's id, in list order
    // Dragging rows within the list moves them; a drop from elsewhere is not taken here.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    static QString rowIdsMimeType();

Q_SIGNALS:
    // Rows were added, removed, or reached a final state: worth persisting.
    void listChanged();
    // Rows moved: the queue's order changed (listChanged follows).
    void orderChanged();

private:
    // The row's state as of `state`: a row that stops receiving drops its live rate.
    void setState(DownloadItem &item, ItemState state);
    // Measures every receiving row at `nowMs`; the rows whose rate changed.
    QVector<int> sampleLiveRates(qint64 nowMs);
    // The engine's word on a running item's attempts.
    void applyAttempts(DownloadItem &item, const ItemProgress &progress);
    // Shows the waiting rows' seconds left; repaints the rows whose number changed.
    void countDownRetries();
    void emitRowRanges(QVector<int> rows, int firstColumn, int lastColumn);
    quint64 nextId() { return ++m_lastId; }
    QVector<quint64> droppedIds(const QMimeData *data) const; // empty unless dragged from this list

    QVector<DownloadItem> m_items;
    RowIndex m_rows;
    QSet<QUrl> m_urls;
    // The ids of the rows receiving right now: at most one per worker, so
    // measuring them on every batch stays cheap whatever the list's length.
    QSet<quint64> m_receiving;
    RetryCountdown m_retries; // the rows waiting for their next attempt
    quint64 m_lastId = 0;
    mutable MimeIconCache m_icons;
};

} // namespace Fetchpool::Gui
