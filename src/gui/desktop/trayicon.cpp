#include "desktop/trayicon.h"

#include "desktop/runtooltip.h"
#include "run/runcontroller.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace Fetchpool::Gui {

TrayIcon::TrayIcon(QWidget *window, RunController &runs, const Commands &commands)
    : QObject(window)
    , m_window(window)
    , m_runs(runs)
    , m_commands(commands)
    , m_toolTip(new RunToolTip(runs, this))
    , m_menu(std::make_unique<QMenu>())
{
    buildMenu();
    connect(m_toolTip, &RunToolTip::changed, this, [this](const QString &text) {
        if (m_icon)
            m_icon->setToolTip(text);
        Q_EMIT toolTipChanged(text);
    });
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = std::make_unique<QSystemTrayIcon>(m_window->windowIcon());
    m_icon->setContextMenu(m_menu.get());
    m_icon->setToolTip(m_toolTip->text());
    connect(m_icon.get(), &QSystemTrayIcon::activated, this, &TrayIcon::onActivated);
    connect(m_icon.get(), &QSystemTrayIcon::messageClicked, this, &TrayIcon::showWindow);
    m_icon->show();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::buildMenu()
{
    m_menu->setToolTipsVisible(true);
    m_show = m_menu->addAction(tr("&Show Fetchpool"), this, &TrayIcon::showWindow);
    m_menu->addSeparator();
    m_pauseAll = addMirror(m_commands.stop, tr("&Pause All"),
                           tr("Stop every download now. Partial files are kept where the server allows "
                              "continuing them, and Resume continues them."));
    m_resume = addMirror(m_commands.start, tr("&Resume"), {});
    m_menu->addSeparator();
    m_quit = addMirror(m_commands.quit, m_commands.quit->text(), m_commands.quit->statusTip());
    updateResume();
    connect(m_commands.start, &QAction::changed, this, &TrayIcon::updateResume);
    connect(&m_runs, &RunController::runningChanged, this, &TrayIcon::updateResume);
    connect(m_menu.get(), &QMenu::aboutToShow, this, &TrayIcon::updateResume);
}

// An entry standing for one of the window's actions: it triggers that action
// and is enabled exactly when it is.
QAction *TrayIcon::addMirror(QAction *command, const QString &text, const QString &toolTip)
{
    auto *mirror = m_menu->addAction(command->icon(), text);
    mirror->setToolTip(toolTip.isEmpty() ? text : toolTip);
    mirror->setEnabled(command->isEnabled());
    connect(command, &QAction::changed, mirror, [command, mirror] { mirror->setEnabled(command->isEnabled()); });
    connect(mirror, &QAction::triggered, command, &QAction::trigger);
    return mirror;
}

// Start continues what Pause All stopped, and then says so; otherwise it is
// the window's plain Start (queued items, or the whole list again).
void TrayIcon::updateResume()
{
    if (m_runs.startContinuesStopped()) {
        m_resume->setText(tr("&Resume"));
        m_resume->setToolTip(tr("Start again, continuing the partial files Pause All kept."));
    } else {
        m_resume->setText(m_commands.start->text());
        m_resume->setToolTip(m_commands.start->statusTip());
    }
}

bool TrayIcon::isShown() const
{
    return m_icon && m_icon->isVisible();
}

QString TrayIcon::toolTip() const
{
    return m_toolTip->text();
}

bool TrayIcon::showMessage(const QString &title, const QString &message, QSystemTrayIcon::MessageIcon icon)
{
    if (!isShown() || !QSystemTrayIcon::supportsMessages())
        return false;
    m_icon->showMessage(title, message, icon);
    Q_EMIT messageShown(title, message);
    return true;
}

void TrayIcon::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void TrayIcon::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
        showWindow();
}

} // namespace Fetchpool::Gui
