#include "desktop/runnotifier.h"

#include "desktop/trayicon.h"
#include "logging.h"
#include "run/runcontroller.h"
#include "units.h"

#include <QWidget>

namespace Fetchpool::Gui {

RunNotifier::RunNotifier(QWidget *window, RunController *runs, TrayIcon *tray)
    : QObject(window)
    , m_window(window)
    , m_tray(tray)
{
    connect(runs, &RunController::runFinished, this, &RunNotifier::onRunFinished);
}

QString RunNotifier::summary(const RunProgress &run, qint64 wallUs)
{
    QString text = tr("%1 of %n done in %2", nullptr, run.total)
                           .arg(run.done)
                           .arg(formatDuration(wallUs));
    if (run.failed > 0)
        text += tr(", %n failed", nullptr, run.failed);
    if (run.cancelled > 0)
        text += tr(", %n cancelled", nullptr, run.cancelled);
    return text;
}

void RunNotifier::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    // Hidden in the tray or behind another window; not when the user watched it end.
    if (m_window->isActiveWindow())
        return;
    const QString title = run.failed > 0 ? tr("Downloads finished with failures") : tr("Downloads finished");
    const QString message = summary(run, wallUs);
    m_tray->showMessage(title, message,
                        run.failed > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    qCInfo(lcGui).noquote() << title << "-" << message;
    Q_EMIT notified(title, message);
}

} // namespace Fetchpool::Gui
