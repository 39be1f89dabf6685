#pragma once

#include <QObject>

namespace Ui {
class MainWindow;
}

class QMainWindow;

namespace Fetchpool::Gui {

class GuiSettings;
class ListSelection;
class RunController;
class SpeedLimitButton;
class SpeedLimitChoices;

// The window's speed limits. The global one: Run → Speed Limit and the same
// menu on the status bar's limit button, remembered in the settings and
// applied at once, also during a run. The selected rows' own: Edit → Speed
// Limit for Selected, which the rows' context menu shows too; the rows'
// status tooltip names it.
class SpeedLimitControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeedLimitControls)

public:
    SpeedLimitControls(Ui::MainWindow &ui, RunController &runs, GuiSettings &settings,
                       const ListSelection &selection, QMainWindow *window);

    SpeedLimitButton *button() const { return m_button; }
    // The global limit, from the menus or Preferences: shown, remembered, applied.
    void chooseGlobal(qint64 bytesPerSecond);

private:
    void updateItemMenu();

    Ui::MainWindow &m_ui;
    RunController &m_runs;
    GuiSettings &m_settings;
    const ListSelection &m_selection;
    SpeedLimitChoices *m_global;
    SpeedLimitChoices *m_items;
    SpeedLimitButton *m_button;
};

} // namespace Fetchpool::Gui
