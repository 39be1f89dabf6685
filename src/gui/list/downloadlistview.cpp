#include "list/downloadlistview.h"

#include "list/downloadmodel.h"

#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>

namespace Fetchpool::Gui {

DownloadListView::DownloadListView(QWidget *parent)
    : QTableView(parent)
{
    setTabKeyNavigation(false);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &DownloadListView::showColumnMenu);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int section) { setDragEnabled(section < 0); });
}

bool DownloadListView::carriesRows(const QDropEvent *event) const
{
    return event->mimeData()->hasFormat(DownloadModel::rowIdsMimeType())
            && horizontalHeader()->sortIndicatorSection() < 0;
}

void DownloadListView::passToWindow(QEvent *event)
{
    // The window's drop target filters the window's own drag events.
    QCoreApplication::sendEvent(window(), event);
}

void DownloadListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (carriesRows(event))
        QTableView::dragEnterEvent(event);
    else
        passToWindow(event);
}

void DownloadListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (carriesRows(event))
        QTableView::dragMoveEvent(event);
    else
        passToWindow(event);
}

void DownloadListView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QTableView::dragLeaveEvent(event);
    passToWindow(event);
}

void DownloadListView::dropEvent(QDropEvent *event)
{
    if (carriesRows(event))
        QTableView::dropEvent(event);
    else
        passToWindow(event);
}

QMenu *DownloadListView::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    fillColumnMenu(menu);
    return menu;
}

void DownloadListView::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    QAbstractItemModel *columns = model();
    if (!columns)
        return;
    QHeaderView *header = horizontalHeader();
    const int count = columns->columnCount();
    int visible = 0;
    for (int column = 0; column < count; ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < count; ++column) {
        QAction *action = menu->addAction(columns->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setToolTip(columns->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        // The last visible column stays: a table without columns cannot be clicked to get them back.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            if (shown && header->sectionSize(column) < header->minimumSectionSize() * 2)
                header->resizeSection(column, header->defaultSectionSize());
            Q_EMIT columnChosen(column, shown);
        });
    }
    menu->setToolTipsVisible(true);
}

void DownloadListView::showColumnMenu(const QPoint &position)
{
    QMenu *menu = createColumnMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(horizontalHeader()->viewport()->mapToGlobal(position));
}

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
