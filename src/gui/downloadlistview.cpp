#include "downloadlistview.h"

#include <QHeaderView>

namespace Fetchpool::Gui {

void DownloadListView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid()) {
        QTableView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    // The changed rows' band across the viewport; nothing when it is off screen.
    const int top = rowViewportPosition(topLeft.row());
    const int bottom = rowViewportPosition(bottomRight.row()) + rowHeight(bottomRight.row());
    const QRect band = QRect(0, top, viewport()->width(), bottom - top).intersected(viewport()->rect());
    if (!band.isEmpty())
        viewport()->update(band);
}

} // namespace Fetchpool::Gui
