#pragma once

#include <QIcon>
#include <QString>

namespace Fetchpool::Gui {

// Icons from the freedesktop theme, with the bundled SVG of the same name as
// the fallback, so the window looks complete on desktops without a theme.
namespace AppIcons {

QIcon icon(const QString &themeName);
QIcon applicationIcon();

} // namespace AppIcons

} // namespace Fetchpool::Gui
