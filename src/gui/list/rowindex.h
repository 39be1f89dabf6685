#pragma once

#include "list/downloaditem.h"

#include <QHash>
#include <QVector>

namespace Fetchpool::Gui {

// Finds a row of the download list by its id. Ids are handed out in
// increasing order, so until the user reorders the list its rows are sorted
// by id and a binary search finds one: no index to build for 100,000 pasted
// rows. Once rows have moved, a hash is built on the first lookup after each
// change to the rows, and kept until the next one.
class RowIndex final
{
public:
    int rowOf(const QVector<DownloadItem> &items, quint64 id) const; // -1 when not listed

    // Rows were appended or removed: neither unsorts sorted rows.
    void rowsChanged() { m_byId.clear(); }
    // Rows moved: they may no longer be in id order.
    void rowsMoved(const QVector<DownloadItem> &items);
    // The list is empty again.
    void reset();

private:
    bool m_sorted = true;
    mutable QHash<quint64, int> m_byId; // only while unsorted; empty until needed
};

} // namespace Fetchpool::Gui
