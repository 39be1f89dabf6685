#pragma once

#include "list/downloaditem.h"

#include <QVector>

class QAbstractItemView;
class QModelIndex;
class QSortFilterProxyModel;

namespace Fetchpool::Gui {

class DownloadModel;

// The list's selection in the model's terms: the view shows the rows through
// a sort proxy, and the window's commands want items and ids, not proxy rows.
class ListSelection final
{
    Q_DISABLE_COPY_MOVE(ListSelection)

public:
    ListSelection(QAbstractItemView *view, const QSortFilterProxyModel *proxy, const DownloadModel *model);

    QVector<quint64> ids() const;
    QVector<const DownloadItem *> items() const;
    // The id of the row at the view's `index`.
    quint64 idAt(const QModelIndex &index) const;
    // Makes the item current and the only selected one, and scrolls to it;
    // nothing when it is not listed.
    void select(quint64 id);

private:
    QAbstractItemView *const m_view;
    const QSortFilterProxyModel *const m_proxy;
    const DownloadModel *const m_model;
};

} // namespace Fetchpool::Gui
