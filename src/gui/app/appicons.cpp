#include "app/appicons.h"

namespace Fetchpool::Gui::AppIcons {

QIcon icon(const QString &themeName)
{
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/") + themeName + QStringLiteral(".svg")));
}

QIcon applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/fetchpool.svg"));
}

} // namespace Fetchpool::Gui::AppIcons
