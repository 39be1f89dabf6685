#include "segmenttooltip.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Fetchpool::Gui {

QString SegmentToolTip::text(const ItemResult &result)
{
    if (result.segments.isEmpty())
        return {};
    QVector<SegmentRecord> segments = result.segments;
    std::sort(segments.begin(), segments.end(), [](const auto &a, const auto &b) { return a.offset < b.offset; });
    const QLocale locale;
    QStringList lines;
    //: The heading of a row's tooltip for a file fetched in segments; %n is how many.
    lines << tr("Fetched in %n segment(s):", nullptr, int(segments.size()));
    for (const SegmentRecord &segment : std::as_const(segments)) {
        const int percent = segment.length > 0 ? int(segment.received * 100 / segment.length) : 100;
        //: One segment of a file: %1 and %2 are byte positions ("1.5 MiB"), %3 the worker's number, %4 a percentage.
        lines << tr("%1 to %2 by worker %3: %4 %")
                         .arg(locale.formattedDataSize(segment.offset), locale.formattedDataSize(segment.offset + segment.length))
                         .arg(segment.worker + 1)
                         .arg(locale.toString(percent));
    }
    return lines.join(u'\n');
}

} // namespace Fetchpool::Gui
