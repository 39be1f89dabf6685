// DownloadModel's per-row options: digests from sums files matched to rows
// by file name.
#include "list/downloadmodel.h"

namespace Fetchpool::Gui {

int DownloadModel::applyChecksums(const ChecksumFile::Digests &digests)
{
    if (digests.isEmpty())
        return 0;
    QVector<int> changed;
    for (int row = 0; row < m_items.size(); ++row) {
        DownloadItem &item = m_items[row];
        // A running row's job is already out; a done row's file is as it is.
        const ItemState state = item.result.state;
        const bool waiting = state == ItemState::Queued || state == ItemState::Failed
                || state == ItemState::Cancelled || state == ItemState::Paused;
        if (!waiting || (item.options && item.options->listed.checksum.isValid()))
            continue;
        const auto digest = digests.constFind(item.plannedName());
        if (digest == digests.cend())
            continue;
        ItemOptions options = item.options ? *item.options : ItemOptions();
        options.listed.checksum = *digest;
        item.options = std::make_shared<const ItemOptions>(std::move(options));
        changed.push_back(row);
    }
    if (changed.isEmpty())
        return 0;
    const int given = int(changed.size());
    emitRowRanges(std::move(changed), NameColumn, ColumnCount - 1);
    Q_EMIT listChanged();
    return given;
}

} // namespace Fetchpool::Gui
