#pragma once

#include <QObject>

class QAction;
class QLabel;
class QSpinBox;
class QToolBar;

namespace Fetchpool::Gui {

class GuiSettings;

// Sequential or Parallel, and with how many workers: the two mode actions
// as one exclusive choice, the toolbar's worker count, both remembered in
// the settings, and neither changeable while a run goes.
class RunMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunMode)

public:
    // Adds "Workers [n]" to `bar` (Alt+W); checks the remembered mode's action.
    RunMode(QAction *sequential, QAction *parallel, QToolBar *bar, GuiSettings &settings, QObject *parent = nullptr);

    bool isParallel() const;
    int workerCount() const; // 1 in Sequential
    void setParallel(bool parallel);
    void setParallelWorkers(int workers);
    void setRunning(bool running);
    // On aria2 daemons the daemons' own download slots decide, not the
    // worker count: the spin box is disabled and says so.
    void setRemote(bool remote);

private:
    void onModeChanged();
    void updateEnabled();

    QAction *const m_sequential;
    QAction *const m_parallel;
    GuiSettings &m_settings;
    QLabel *m_workersLabel = nullptr;
    QSpinBox *m_workers = nullptr;
    bool m_running = false;
    bool m_remote = false;
};

} // namespace Fetchpool::Gui
