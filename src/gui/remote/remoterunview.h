#pragma once

#include <QObject>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QStatusBar;
class QWidget;

namespace Fetchpool {
struct RunProgress;
}

namespace Fetchpool::Gui {

class EngineChoice;
class RunCommands;
class RunController;
class TimelinePanel;
class TimingPanel;

// What the window shows of a run on aria2 daemons, while and after it: the
// timeline's note that its times are polled, each daemon's files and
// throughput in the timing panel, a daemon left out or gone away in the
// status bar with its reason (it stays there until the next run starts,
// beside the run's own messages), and, when no daemon was left to take
// the items (every one went away, or none could take the run), Run → Retry
// on This Computer for the items that failed so, offered at once.
class RemoteRunView final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteRunView)

public:
    struct Parts
    {
        RunController &runs;
        RunCommands &commands;
        EngineChoice &choice;
        TimingPanel *timing;
        TimelinePanel *timeline;
        QMenu *runMenu;
        QAction *insertBefore; // in runMenu
        QStatusBar *statusBar;
    };
    RemoteRunView(const Parts &parts, QWidget *window, std::function<void(const QString &)> showStatus);

    QAction *retryHereAction() const { return m_retryHere; }
    // The daemons left out of the current or last run, or gone during it,
    // with the reasons; empty when every one served the whole run.
    QString problemsText() const;
    // The stranded items go again, on this computer (which the toolbar then shows chosen).
    void retryHere();
    // Whether Retry on This Computer has items to take.
    void updateAction();

private:
    void onRunStarted();
    void showFigures();
    void onRunFinished(const RunProgress &run);
    void offerRetryHere(int items);

    Parts m_parts;
    QWidget *const m_window;
    std::function<void(const QString &)> m_showStatus;
    QAction *m_retryHere;
    QLabel *m_problems; // in the status bar, until the next run starts
    QStringList m_problemLines;
};

} // namespace Fetchpool::Gui
