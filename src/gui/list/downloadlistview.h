#pragma once

#include <QTableView>

namespace Fetchpool::Gui {

// The download list's table. Repaints only the rows that changed and are on
// screen: QAbstractItemView repaints the whole viewport for any multi-row
// change, which at 30 batches a second over 10,000 rows would mean redrawing
// every visible progress bar for changes nobody can see.
//
// The header's context menu and View → Columns show and hide columns (the
// header state, saved with the window, remembers the choice). Tab leaves the
// table rather than walking its cells: the arrows do that.
//
// Rows dragged within the list move there (DownloadModel::dropMimeData), in
// the list's own order only: sorted by a column, rows cannot be dragged.
// Anything else dragged over the list is the window's to take (the links
// and files its DropTarget accepts).
class DownloadListView final : public QTableView
{
    Q_OBJECT

public:
    explicit DownloadListView(QWidget *parent = nullptr);

    // The menu of checkable column names the header offers; the caller owns it.
    QMenu *createColumnMenu(QWidget *parent);
    // Replaces `menu`'s entries with the columns as they are now.
    void fillColumnMenu(QMenu *menu);

Q_SIGNALS:
    // The user showed or hid `column` from the column menu.
    void columnChosen(int column, bool shown);

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showColumnMenu(const QPoint &position);
    bool carriesRows(const QDropEvent *event) const; // rows of this list, and the list in its own order
    void passToWindow(QEvent *event);
};

} // namespace Fetchpool::Gui
