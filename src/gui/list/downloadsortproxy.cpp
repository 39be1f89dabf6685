#include "list/downloadsortproxy.h"

#include "list/downloadmodel.h"

namespace Fetchpool::Gui {

DownloadSortProxy::DownloadSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void DownloadSortProxy::setSourceModel(QAbstractItemModel *model)
{
    m_downloads = qobject_cast<const DownloadModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool DownloadSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_downloads)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_downloads->lessThan(left.row(), right.row(), left.column());
}

} // namespace Fetchpool::Gui
