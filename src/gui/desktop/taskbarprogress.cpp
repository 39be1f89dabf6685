#include "desktop/taskbarprogress.h"

#include "logging.h"
#include "run/runcontroller.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QGuiApplication>
#include <QVariantMap>
#include <QWidget>

namespace Fetchpool::Gui {

TaskbarProgress::TaskbarProgress(QWidget *window, RunController *runs)
    : QObject(window)
    , m_window(window)
{
    connect(runs, &RunController::runStarted, this, &TaskbarProgress::onRunStarted);
    connect(runs, &RunController::progressed, this, &TaskbarProgress::onProgress);
    connect(runs, &RunController::runFinished, this, &TaskbarProgress::onRunFinished);
}

QString TaskbarProgress::titleWithProgress(int percent, const QString &title)
{
    return tr("%1% — %2").arg(percent).arg(title);
}

void TaskbarProgress::onRunStarted()
{
    m_plainTitle = m_window->windowTitle();
    m_shownPercent = -1;
    onProgress({});
}

void TaskbarProgress::onProgress(const RunProgress &run)
{
    const double fraction = run.total > 0 ? double(run.finished()) / run.total : 0.0;
    const int percent = int(fraction * 100);
    // Progress arrives up to 30 times a second; the title changes 100 times a run at most.
    if (percent == m_shownPercent)
        return;
    m_shownPercent = percent;
    m_window->setWindowTitle(titleWithProgress(percent, m_plainTitle));
    publishToDock(fraction, true);
}

void TaskbarProgress::onRunFinished()
{
    if (m_shownPercent < 0)
        return;
    m_shownPercent = -1;
    m_window->setWindowTitle(m_plainTitle);
    publishToDock(0.0, false);
}

void TaskbarProgress::publishToDock(double fraction, bool visible)
{
    // Without a session bus (a headless run) the title is enough; asking for
    // one anyway could make libdbus autolaunch a bus daemon on X11.
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    const QString desktopFile = QGuiApplication::desktopFileName();
    if (desktopFile.isEmpty())
        return;
    QDBusMessage update = QDBusMessage::createSignal(QStringLiteral("/io/github/fetchpool/Fetchpool/progress"),
                                                     QStringLiteral("com.canonical.Unity.LauncherEntry"),
                                                     QStringLiteral("Update"));
    const QVariantMap properties{
        {QStringLiteral("progress"), fraction},
        {QStringLiteral("progress-visible"), visible},
    };
    update << QStringLiteral("application://%1.desktop").arg(desktopFile) << properties;
    if (!bus.send(update))
        qCDebug(lcGui) << "cannot send the dock progress:" << bus.lastError().message();
}

} // namespace Fetchpool::Gui
