#include "list/listselection.h"

#include "list/downloadmodel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

namespace Fetchpool::Gui {

ListSelection::ListSelection(QAbstractItemView *view, const QSortFilterProxyModel *proxy, const DownloadModel *model)
    : m_view(view)
    , m_proxy(proxy)
    , m_model(model)
{
}

QVector<quint64> ListSelection::ids() const
{
    QVector<quint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids << idAt(row);
    return ids;
}

QVector<const DownloadItem *> ListSelection::items() const
{
    QVector<const DownloadItem *> items;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    items.reserve(rows.size());
    for (const QModelIndex &row : rows)
        items << &m_model->item(m_proxy->mapToSource(row).row());
    return items;
}

quint64 ListSelection::idAt(const QModelIndex &index) const
{
    return m_proxy->mapToSource(index).data(DownloadModel::IdRole).toULongLong();
}

void ListSelection::select(quint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

} // namespace Fetchpool::Gui
