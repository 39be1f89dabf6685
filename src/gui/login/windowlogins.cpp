#include "login/windowlogins.h"

#include "app/guisettings.h"
#include "app/preferencesflow.h"
#include "login/loginflow.h"
#include "login/proxypassword.h"
#include "login/secretstore.h"
#include "run/runcommands.h"
#include "run/runcontroller.h"

#include <QWidget>

namespace Fetchpool::Gui {

SecretStore *WindowLogins::install(QWidget *window, RunController &runs, const DownloadModel &model, GuiSettings &settings,
                           RunCommands &commands, PreferencesFlow &preferences)
{
    auto *secrets = new SecretStore(window);
    secrets->setObjectName(QStringLiteral("secretStore"));
    new LoginFlow(runs, model, settings, *secrets,
                  [&commands](const QVector<quint64> &ids) { commands.fetchAgain(ids); }, window);
    auto *proxyPassword = new ProxyPassword(*secrets, window);
    preferences.setProxyPassword(proxyPassword, secrets);
    proxyPassword->load(settings.connection(),
                        [&runs](const ConnectionSettings &connection) { runs.setConnection(connection); });
    return secrets;
}

} // namespace Fetchpool::Gui
