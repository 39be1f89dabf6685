#pragma once

#include "runtimeline.h"

#include <QCoreApplication>
#include <QString>

namespace Fetchpool::Gui {

// What the timeline says about a bar under the mouse: the item, its URL,
// where its time went (queued, first byte, body), bytes, attempts and outcome;
// for a segment, which bytes of which file and how fast.
class TimelineToolTip final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::TimelineToolTip)

public:
    // Rich text; `name` as the list shows the item, else the URL's file name.
    static QString html(const RunTimeline &run, const TimelineBar &bar, QString name);

private:
    static QString outcome(const TimelineBar &bar);
    static QString segmentHtml(const RunTimeline &run, const TimelineBar &bar, const QString &name);
};

} // namespace Fetchpool::Gui
