#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace Fetchpool {
struct RunProgress;
}

namespace Fetchpool::Gui {

class RunController;
class TrayIcon;

// Tells the user that a batch has finished while they were looking at
// something else: a message from Fetchpool's tray icon. Nothing appears when
// the window is active, and nothing at all without a system tray.
class RunNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunNotifier)

public:
    RunNotifier(QWidget *window, RunController *runs, TrayIcon *tray);

    // The message for a finished run: "100 of 100 done in 1.25 s, 3 failed".
    static QString summary(const RunProgress &run, qint64 wallUs);

Q_SIGNALS:
    // A finished run was announced (whether or not a tray showed it).
    void notified(const QString &title, const QString &message);

private:
    void onRunFinished(const RunProgress &run, qint64 wallUs);

    QWidget *const m_window;
    TrayIcon *const m_tray;
};

} // namespace Fetchpool::Gui
