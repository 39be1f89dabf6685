#pragma once

#include "list/downloaditem.h"

#include <QVariant>

namespace Fetchpool::Gui {

// What a row's cell says when hovered: the saved file's path, the whole URL,
// and under Status and Progress the full status, the row's own speed limit
// and, for a file fetched in segments, each segment.
class ItemToolTip final
{
public:
    static QVariant forColumn(const DownloadItem &item, int column);
};

} // namespace Fetchpool::Gui
