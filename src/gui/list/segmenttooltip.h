#pragma once

#include "downloadtypes.h"

#include <QCoreApplication>
#include <QString>

namespace Fetchpool::Gui {

// The per-segment detail of a file fetched in segments, for the row's
// tooltip: which bytes each segment covers, which worker fetched them and
// how far it got. Empty for a file fetched in one piece.
class SegmentToolTip final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::SegmentToolTip)

public:
    static QString text(const ItemResult &result);
};

} // namespace Fetchpool::Gui
