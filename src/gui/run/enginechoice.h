#pragma once

#include <QObject>
#include <QString>

class QComboBox;
class QLabel;
class QToolBar;

namespace Fetchpool::Gui {

class DaemonList;
class GuiSettings;
class RunController;
class RunMode;

// The toolbar's "Engine" beside Sequential / Parallel: This Computer, each
// aria2 daemon of Preferences → Engines by name, and All Daemons (the batch
// shared by their slots) when there are two or more, and This Computer and
// All Daemons (the batch shared by this computer's workers and the daemons'
// slots) when there is one or more. The choice is remembered, handed to the
// run controller for the next run (daemons and secrets as they are then),
// and not changeable while a run goes. On daemons alone the worker count is
// disabled: the daemons' slots decide; mixed, it is this computer's share.
class EngineChoice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineChoice)

public:
    // Adds "Engine [choice]" to `bar` (Alt+N).
    EngineChoice(QToolBar *bar, DaemonList &daemons, GuiSettings &settings, RunController &runs, RunMode &mode,
                 QObject *parent = nullptr);

    // EngineChoiceKey::local(), all(), mixed() or a daemon's id.
    QString current() const;
    bool isRemote() const;
    void choose(const QString &key);
    void setRunning(bool running);

Q_SIGNALS:
    void changed();

private:
    void fill(); // the entries, from the daemons; keeps the choice when it is still there
    void apply(); // the choice to the settings, the run controller and the worker count

    DaemonList &m_daemons;
    GuiSettings &m_settings;
    RunController &m_runs;
    RunMode &m_mode;
    QLabel *m_label;
    QComboBox *m_box;
    bool m_filling = false;
};

} // namespace Fetchpool::Gui
