#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace Fetchpool {
struct RunProgress;
}

namespace Fetchpool::Gui {

class RunController;

// Overall progress of a run where the desktop shows it: as a percentage in
// the window title (so in the taskbar and the window switcher), and on the
// task manager entry of docks that follow the LauncherEntry D-Bus
// convention (KDE Plasma, Dash to Dock, Plank). Both clear when the run ends.
class TaskbarProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskbarProgress)

public:
    TaskbarProgress(QWidget *window, RunController *runs);

    // "42% — Fetchpool": the title during a run, translated.
    static QString titleWithProgress(int percent, const QString &title);

private:
    void onRunStarted();
    void onProgress(const RunProgress &run);
    void onRunFinished();
    void publishToDock(double fraction, bool visible);

    QWidget *const m_window;
    QString m_plainTitle;
    int m_shownPercent = -1;
};

} // namespace Fetchpool::Gui
