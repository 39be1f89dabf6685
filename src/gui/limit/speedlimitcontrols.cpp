#include "limit/speedlimitcontrols.h"

#include "app/guisettings.h"
#include "limit/speedlimitbutton.h"
#include "limit/speedlimitchoices.h"
#include "list/listselection.h"
#include "run/runcontroller.h"

#include "ui_mainwindow.h"

#include <QMainWindow>
#include <QStatusBar>

namespace Fetchpool::Gui {

SpeedLimitControls::SpeedLimitControls(Ui::MainWindow &ui, RunController &runs, GuiSettings &settings,
                                       const ListSelection &selection, QMainWindow *window)
    : QObject(window)
    , m_ui(ui)
    , m_runs(runs)
    , m_settings(settings)
    , m_selection(selection)
    , m_global(new SpeedLimitChoices(ui.menuSpeedLimit, window))
    , m_items(new SpeedLimitChoices(ui.menuItemSpeedLimit, window))
    , m_button(new SpeedLimitButton(ui.menuSpeedLimit, window->statusBar()))
{
    ui.menuSpeedLimit->menuAction()->setIcon(m_button->icon());
    window->statusBar()->addPermanentWidget(m_button);
    connect(m_global, &SpeedLimitChoices::limitChosen, this, &SpeedLimitControls::chooseGlobal);
    const qint64 remembered = settings.speedLimit();
    m_global->setCurrent(remembered);
    m_button->showLimit(remembered);
    runs.setRateLimit(remembered);

    connect(m_items, &SpeedLimitChoices::limitChosen, this,
            [this](qint64 rate) { m_runs.setItemRateLimit(m_selection.ids(), rate); });
    connect(ui.menuItemSpeedLimit, &QMenu::aboutToShow, this, &SpeedLimitControls::updateItemMenu);
    connect(ui.listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_ui.menuItemSpeedLimit->menuAction()->setEnabled(!m_selection.ids().isEmpty()); });
    ui.menuItemSpeedLimit->menuAction()->setEnabled(false);
}

void SpeedLimitControls::chooseGlobal(qint64 bytesPerSecond)
{
    m_global->setCurrent(bytesPerSecond); // checked in the menus when it came from elsewhere
    m_button->showLimit(bytesPerSecond);
    m_settings.setSpeedLimit(bytesPerSecond);
    m_runs.setRateLimit(bytesPerSecond);
}

// The check shows the first selected row's limit.
void SpeedLimitControls::updateItemMenu()
{
    const auto items = m_selection.items();
    m_items->setCurrent(items.isEmpty() ? 0 : items.first()->rateLimit);
}

} // namespace Fetchpool::Gui
