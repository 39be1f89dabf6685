#pragma once

#include <QTableView>

namespace Fetchpool::Gui {

// The download list's table. Repaints only the rows that changed and are on
// screen: QAbstractItemView repaints the whole viewport for any multi-row
// change, which at 30 batches a second over 10,000 rows would mean redrawing
// every visible progress bar for changes nobody can see.
class DownloadListView final : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
};

} // namespace Fetchpool::Gui
