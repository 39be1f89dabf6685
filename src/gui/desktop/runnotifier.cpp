#include "desktop/runnotifier.h"

#include "logging.h"
#include "run/runcontroller.h"
#include "units.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Fetchpool::Gui {

namespace {

constexpr int MessageShownMs = 10'000;

} // namespace

RunNotifier::RunNotifier(QWidget *window, RunController *runs)
    : QObject(window)
    , m_window(window)
{
    connect(runs, &RunController::runStarted, this, &RunNotifier::onRunStarted);
    connect(runs, &RunController::runFinished, this, &RunNotifier::onRunFinished);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, &RunNotifier::onApplicationStateChanged);
}

RunNotifier::~RunNotifier() = default;

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

void RunNotifier::onRunStarted()
{
    m_running = true;
    if (!m_tray) {
        if (!QSystemTrayIcon::isSystemTrayAvailable())
            return;
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::activated, this, &RunNotifier::showWindow);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &RunNotifier::showWindow);
    }
    m_tray->setToolTip(tr("Fetchpool: downloading…"));
    m_tray->show();
}

void RunNotifier::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    m_running = false;
    if (m_window->isActiveWindow()) {
        if (m_tray)
            m_tray->hide();
        return;
    }
    const QString title = run.failed > 0 ? tr("Downloads finished with failures") : tr("Downloads finished");
    const QString message = summary(run, wallUs);
    if (m_tray && QSystemTrayIcon::supportsMessages()) {
        m_tray->setToolTip(message);
        m_tray->showMessage(title, message,
                            run.failed > 0 ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information,
                            MessageShownMs);
    }
    qCInfo(lcGui).noquote() << title << "-" << message;
    Q_EMIT notified(title, message);
}

void RunNotifier::onApplicationStateChanged(Qt::ApplicationState state)
{
    // Back in the window: the news has been seen.
    if (state == Qt::ApplicationActive && !m_running && m_tray && m_tray->isVisible())
        m_tray->hide();
}

void RunNotifier::showWindow()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace Fetchpool::Gui
