#include "app/preferencesflow.h"

#include "app/guisettings.h"
#include "app/preferencesdialog.h"
#include "limit/speedlimitcontrols.h"
#include "login/proxypassword.h"
#include "remote/daemonlist.h"
#include "run/destinationbutton.h"
#include "run/existingfilesmenu.h"
#include "run/runcontroller.h"
#include "run/runmode.h"

#include <QMainWindow>

#include <utility>

namespace Fetchpool::Gui {

PreferencesFlow::PreferencesFlow(const Parts &parts, QMainWindow *window,
                                 std::function<void(const QString &)> showStatus)
    : QObject(window)
    , m_parts(parts)
    , m_window(window)
    , m_showStatus(std::move(showStatus))
{
}

void PreferencesFlow::applyStoredRequests()
{
    QString problem;
    m_parts.runs.setRequests(RequestOptions::load(m_parts.settings.requests(), &problem));
    if (!problem.isEmpty())
        m_showStatus(tr("Downloads go without cookies: %1").arg(problem));
}

void PreferencesFlow::open()
{
    RunDefaults run;
    run.destination = m_parts.destination.folder();
    run.workers = m_parts.settings.workers();
    run.existingFiles = m_parts.settings.existingFiles();
    run.speedLimit = m_parts.settings.speedLimit();
    ConnectionSettings shown = m_parts.settings.connection();
    if (m_proxyPassword)
        shown.proxyPassword = m_proxyPassword->password();
    auto *dialog = new PreferencesDialog(run, shown, m_parts.settings.requests(), m_parts.settings.closing(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_secrets)
        dialog->watchSecretStore(*m_secrets);
    if (m_daemons)
        dialog->showDaemons(m_daemons->daemons());
    connect(dialog, &QDialog::accepted, this, [this, dialog, run] {
        m_parts.settings.setClosing(dialog->closing());
        const ConnectionSettings connection = dialog->connection();
        m_parts.settings.setConnection(connection);
        m_parts.runs.setConnection(connection);
        if (m_proxyPassword)
            m_proxyPassword->keep(connection);
        m_parts.settings.setRequests(dialog->requests());
        if (m_daemons && dialog->daemons() != m_daemons->daemons())
            m_daemons->keep(dialog->daemons()); // the toolbar's engine choice follows
        m_parts.runs.setRequests(dialog->requestOptions());

        const RunDefaults chosen = dialog->run();
        if (chosen.destination != run.destination)
            m_parts.destination.choose(chosen.destination);
        m_parts.mode.setParallelWorkers(chosen.workers);
        // Through the menu's own choice, so the menu shows it checked.
        if (auto *existing = m_window->findChild<ExistingFilesMenu *>())
            existing->choose(chosen.existingFiles);
        if (chosen.speedLimit != run.speedLimit)
            m_parts.speedLimits.chooseGlobal(chosen.speedLimit); // at once, also during a run
        if (m_parts.runs.isRunning())
            m_showStatus(tr("The new settings apply from the next run; the speed limit already applies."));
    });
    dialog->open();
}

} // namespace Fetchpool::Gui
