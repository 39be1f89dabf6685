#pragma once

#include <QColor>

#include <cmath>

namespace Fetchpool::Gui {

// `front` laid over `back` with `frontShare` (0..1) of its strength: the
// in-between shades the timeline and the outcome bar draw, which follow the
// palette instead of being fixed colours.
inline QColor blend(const QColor &front, const QColor &back, double frontShare)
{
    const double backShare = 1.0 - frontShare;
    auto mix = [&](int a, int b) { return int(std::lround(a * frontShare + b * backShare)); };
    return QColor(mix(front.red(), back.red()), mix(front.green(), back.green()), mix(front.blue(), back.blue()));
}

} // namespace Fetchpool::Gui
