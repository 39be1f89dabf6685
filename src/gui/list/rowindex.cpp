#include "list/rowindex.h"

#include <algorithm>

namespace Fetchpool::Gui {

int RowIndex::rowOf(const QVector<DownloadItem> &items, quint64 id) const
{
    if (m_sorted) {
        const auto found = std::lower_bound(
                items.cbegin(), items.cend(), id,
                [](const DownloadItem &item, quint64 wanted) { return item.result.id < wanted; });
        return found != items.cend() && found->result.id == id ? int(found - items.cbegin()) : -1;
    }
    if (m_byId.isEmpty() && !items.isEmpty()) {
        m_byId.reserve(items.size());
        for (int row = 0; row < items.size(); ++row)
            m_byId.insert(items.at(row).result.id, row);
    }
    return m_byId.value(id, -1);
}

void RowIndex::rowsMoved(const QVector<DownloadItem> &items)
{
    m_byId.clear();
    m_sorted = std::is_sorted(items.cbegin(), items.cend(), [](const DownloadItem &left, const DownloadItem &right) {
        return left.result.id < right.result.id;
    });
}

void RowIndex::reset()
{
    m_byId.clear();
    m_sorted = true;
}

} // namespace Fetchpool::Gui
