#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace Fetchpool::Gui {

class DownloadModel;
class GuiSettings;
class RunController;
class RunMode;
class SweepDialog;

// Run → Measure…: one sweep dialog at a time over the list as it stands
// (without the rows that failed), with the window's connection settings;
// Measure… again brings it to the front. Its "Use N Workers" sets the
// window's mode.
class SweepLauncher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepLauncher)

public:
    SweepLauncher(QWidget *window, const DownloadModel &model, const RunController &runs, const GuiSettings &settings,
                  RunMode &mode);

    bool isMeasuring() const;
    void open();

Q_SIGNALS:
    void measuringChanged();
    // For the status bar: the mode chosen from the measurement.
    void reported(const QString &message);

private:
    void useWorkers(int workers);

    QWidget *const m_window;
    const DownloadModel &m_model;
    const RunController &m_runs;
    const GuiSettings &m_settings;
    RunMode &m_mode;
    QPointer<SweepDialog> m_dialog;
};

} // namespace Fetchpool::Gui
