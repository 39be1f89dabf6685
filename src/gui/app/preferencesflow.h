#pragma once

#include <QObject>

#include <functional>

class QMainWindow;

namespace Fetchpool::Gui {

class DaemonList;
class DestinationButton;
class GuiSettings;
class ProxyPassword;
class RunController;
class RunMode;
class SecretStore;
class SpeedLimitControls;

// Edit → Preferences…: opens the dialog on the window's current settings and
// hands what the user confirmed to the part that owns each one (the folder
// button, the worker count, Run → When a File Exists, the speed limit), so
// the toolbar, the menus and the status bar never disagree with it.
class PreferencesFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesFlow)

public:
    struct Parts
    {
        GuiSettings &settings;
        RunController &runs;
        RunMode &mode;
        DestinationButton &destination;
        SpeedLimitControls &speedLimits;
    };
    PreferencesFlow(const Parts &parts, QMainWindow *window, std::function<void(const QString &)> showStatus);

    // (appended) The proxy password's keeper, and the store it uses.
    void setProxyPassword(ProxyPassword *password, SecretStore *secrets)
    {
        m_proxyPassword = password;
        m_secrets = secrets;
    }

    // (appended) The aria2 daemons of the Engines page.
    void setDaemonList(DaemonList *daemons) { m_daemons = daemons; }

    void open();
    // The stored request settings, with their cookie file read, for the
    // window's runs; a cookie file that cannot be read is said in the status.
    void applyStoredRequests();

private:
    Parts m_parts;
    QMainWindow *const m_window;
    std::function<void(const QString &)> m_showStatus;
    ProxyPassword *m_proxyPassword = nullptr;
    SecretStore *m_secrets = nullptr;
    DaemonList *m_daemons = nullptr;
};

} // namespace Fetchpool::Gui
