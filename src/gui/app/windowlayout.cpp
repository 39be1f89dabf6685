#include "app/windowlayout.h"

#include "app/guisettings.h"
#include "list/columnpriorities.h"

#include <QMainWindow>
#include <QScreen>

namespace Fetchpool::Gui {

void WindowLayout::restore(QMainWindow &window, const GuiSettings &settings, ColumnPriorities &columns)
{
    const QByteArray geometry = settings.windowGeometry();
    if (!geometry.isEmpty())
        window.restoreGeometry(geometry);
    else
        fitToScreen(window);
    window.restoreState(settings.windowState());
    const QByteArray header = settings.headerState();
    if (!header.isEmpty())
        columns.restoreState(header);
}

QRect WindowLayout::fittedGeometry(const QSize &designed, const QRect &available)
{
    // The designed size (1280x720) on a small screen or a netbook: cut down to
    // what the screen has, less room for the frame and a panel, and centred.
    const QSize room = available.size() - QSize(FrameRoom, FrameRoom);
    QRect frame(QPoint(), designed.boundedTo(room));
    frame.moveCenter(available.center());
    return frame;
}

void WindowLayout::fitToScreen(QMainWindow &window)
{
    const QScreen *screen = window.screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    if (window.width() + FrameRoom <= available.width() && window.height() + FrameRoom <= available.height())
        return; // fits: where to put it is the window manager's choice
    // The window's minimum size still holds (resize() keeps to it).
    const QRect fitted = fittedGeometry(window.size(), available);
    window.resize(fitted.size());
    window.move(fitted.topLeft());
}

void WindowLayout::save(const QMainWindow &window, GuiSettings &settings, ColumnPriorities &columns)
{
    settings.setWindowLayout(window.saveGeometry(), window.saveState(), columns.saveState());
}

} // namespace Fetchpool::Gui
