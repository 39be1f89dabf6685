#include "app/windowlayout.h"

#include "app/guisettings.h"
#include "list/columnpriorities.h"

#include <QMainWindow>

namespace Fetchpool::Gui {

void WindowLayout::restore(QMainWindow &window, const GuiSettings &settings, ColumnPriorities &columns)
{
    const QByteArray geometry = settings.windowGeometry();
    if (!geometry.isEmpty())
        window.restoreGeometry(geometry);
    window.restoreState(settings.windowState());
    const QByteArray header = settings.headerState();
    if (!header.isEmpty())
        columns.restoreState(header);
}

void WindowLayout::save(const QMainWindow &window, GuiSettings &settings, ColumnPriorities &columns)
{
    settings.setWindowLayout(window.saveGeometry(), window.saveState(), columns.saveState());
}

} // namespace Fetchpool::Gui
