#include "list/itemtooltip.h"

#include "list/downloadmodel.h"
#include "list/segmenttooltip.h"
#include "list/statuscell.h"

namespace Fetchpool::Gui {

QVariant ItemToolTip::forColumn(const DownloadItem &item, int column)
{
    switch (column) {
    case DownloadModel::NameColumn:
        return item.result.filePath.isEmpty() ? item.displayName() : item.result.filePath;
    case DownloadModel::UrlColumn:
        return item.displayUrl();
    case DownloadModel::StatusColumn:
    case DownloadModel::ProgressColumn: {
        // A file fetched in segments lists them under the status.
        const QString status = StatusCell::toolTip(item) + StatusCell::limitNote(item);
        const QString segments = SegmentToolTip::text(item.result);
        return segments.isEmpty() ? status : status + QLatin1Char('\n') + segments;
    }
    default:
        return {};
    }
}

} // namespace Fetchpool::Gui
