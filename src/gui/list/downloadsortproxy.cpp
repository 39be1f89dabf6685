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

void DownloadSortProxy::setRowGroup(RowGroup group)
{
    if (group == m_group)
        return;
    m_group = group;
    invalidateFilter();
}

void DownloadSortProxy::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_foldedText = trimmed.toCaseFolded();
    invalidateFilter();
}

bool DownloadSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_downloads)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_downloads->lessThan(left.row(), right.row(), left.column());
}

bool DownloadSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_downloads || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const DownloadItem &item = m_downloads->item(sourceRow);
    if (!inRowGroup(item.result.state, m_group))
        return false;
    // The name first: its folded form is kept per row, the URL's text is not.
    return m_text.isEmpty() || item.nameSortKey().contains(m_foldedText)
            || item.displayUrl().contains(m_text, Qt::CaseInsensitive);
}

} // namespace Fetchpool::Gui
