#pragma once

class QMainWindow;

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
};

} // namespace Fetchpool::Gui
