#pragma once

#include "list/downloaditem.h"

#include <QCoreApplication>
#include <QVariant>

namespace Fetchpool::Gui {

// The download list's columns (DownloadModel::Column): their headers, the
// text a row shows in each, and the raw values they sort by.
class DownloadColumns final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::DownloadColumns)

public:
    static QString title(int column);
    static QString headerToolTip(int column); // for the timing columns, whose names are terse
    static QString text(const DownloadItem &item, int column);
    // Raw numbers for the numeric columns, so sorting is numeric.
    static QVariant sortValue(const DownloadItem &item, int column);
    // The order of two rows by `column`, straight from the rows: without a
    // QVariant or a decoded URL per comparison where that can be avoided.
    static bool lessThan(const DownloadItem &left, const DownloadItem &right, int column);
    // 0..1000 per mille, or -1 while the size is unknown.
    static int progressPerMille(const DownloadItem &item);
};

} // namespace Fetchpool::Gui
