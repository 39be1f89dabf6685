#pragma once

#include <QList>

class QLayout;
class QMainWindow;
class QWidget;

namespace Fetchpool::Gui {

// Tab as the window reads: areas in the order given, and within a layout
// top to bottom and left to right, rather than in the order the widgets
// happened to be created.
class FocusOrder final
{
public:
    // The widgets in `area` (itself included) that can take the focus with
    // Tab: in its layouts' order, top to bottom and left to right, then any
    // others in their present order. Buttons of an exclusive group count
    // even while unchecked: the group's stop is whichever one is checked.
    static QList<QWidget *> stopsIn(QWidget *area);
    static QList<QWidget *> stopsIn(QLayout *layout);
    // Tab goes from each widget of `stops` to the next.
    static void chain(const QList<QWidget *> &stops);
    // The window's toolbars (their own controls: their buttons are actions
    // with shortcuts, and take no Tab), the central widget's layout, the
    // docks, the status bar.
    static void followReadingOrder(QMainWindow *window);
};

} // namespace Fetchpool::Gui
