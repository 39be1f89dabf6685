#pragma once

#include <QCoreApplication>

class QMenu;
class QPoint;
class QWidget;

namespace Ui {
class MainWindow;
}

namespace Fetchpool::Gui {

// What the form cannot say about the window's actions: their themed icons,
// the toolbar's short texts, the platform's shortcuts for Preferences and
// Find, View → Columns, and the item actions listening only where the list
// is; and the menu of item actions a right-click on a row opens.
class WindowActions final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::Gui::WindowActions)

public:
    static void dress(Ui::MainWindow &ui);
    // The menu of item actions; the caller owns it.
    static QMenu *createItemMenu(Ui::MainWindow &ui, QWidget *parent);
    // At `position` in the list's viewport; nothing off the rows.
    static void showItemMenu(Ui::MainWindow &ui, const QPoint &position);
};

} // namespace Fetchpool::Gui
