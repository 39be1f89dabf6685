#pragma once

class QWidget;

namespace Fetchpool::Gui {

class DownloadModel;
class GuiSettings;
class PreferencesFlow;
class RunCommands;
class RunController;
class SecretStore;

// The window's logins on one secret store: the 401 prompt (LoginFlow), whose
// answers fetch failed rows again through Run's commands, and the proxy
// password of Preferences (ProxyPassword), read back for the runs.
struct WindowLogins
{
    // Returns the secret store, a child of `window`.
    static SecretStore *install(QWidget *window, RunController &runs, const DownloadModel &model, GuiSettings &settings,
                        RunCommands &commands, PreferencesFlow &preferences);
};

} // namespace Fetchpool::Gui
