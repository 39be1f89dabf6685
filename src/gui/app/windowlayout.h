#pragma once

class QMainWindow;
class QRect;
class QSize;

namespace Fetchpool::Gui {

class ColumnPriorities;
class GuiSettings;

// The window's layout across restarts: its geometry, its toolbars and docks
// (each dock's size and whether it is open), and the list's columns as the
// user chose them, not as a narrow window left them.
class WindowLayout final
{
public:
    static void restore(QMainWindow &window, const GuiSettings &settings, ColumnPriorities &columns);
    static void save(const QMainWindow &window, GuiSettings &settings, ColumnPriorities &columns);

    // Where a window of the `designed` size goes on a screen of `available`
    // room when it starts for the first time: as designed where it fits,
    // else cut down to the screen (less FrameRoom) and centred on it.
    static QRect fittedGeometry(const QSize &designed, const QRect &available);

private:
    // The first start (nothing saved): fittedGeometry() on the window's screen.
    static void fitToScreen(QMainWindow &window);
    static constexpr int FrameRoom = 48; // window frame and a panel, in pixels
};

} // namespace Fetchpool::Gui
