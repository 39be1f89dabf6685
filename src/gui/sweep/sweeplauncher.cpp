#include "sweep/sweeplauncher.h"

#include "app/guisettings.h"
#include "list/downloadmodel.h"
#include "run/runcontroller.h"
#include "run/runmode.h"
#include "sweep/sweepdialog.h"

namespace Fetchpool::Gui {

SweepLauncher::SweepLauncher(QWidget *window, const DownloadModel &model, const RunController &runs,
                             const GuiSettings &settings, RunMode &mode)
    : QObject(window)
    , m_window(window)
    , m_model(model)
    , m_runs(runs)
    , m_settings(settings)
    , m_mode(mode)
{
}

bool SweepLauncher::isMeasuring() const
{
    return m_dialog && m_dialog->isMeasuring();
}

void SweepLauncher::open()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    // URLs known to fail would only wait out their timeouts at every step.
    QVector<QUrl> urls;
    urls.reserve(m_model.rowCount());
    int failed = 0;
    for (const DownloadItem &item : m_model.items()) {
        if (item.result.state == ItemState::Failed)
            ++failed;
        else
            urls << item.result.url;
    }
    auto *dialog = new SweepDialog(urls, m_window);
    dialog->setSkippedFailures(failed);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnection(m_settings.connection());
    dialog->setBusyCheck([this] {
        return m_runs.isRunning() ? tr("A run is going: stop it or let it finish before measuring.") : QString();
    });
    connect(dialog, &SweepDialog::measuringChanged, this, &SweepLauncher::measuringChanged);
    connect(dialog, &SweepDialog::workersChosen, this, &SweepLauncher::useWorkers);
    m_dialog = dialog;
    dialog->show();
}

void SweepLauncher::useWorkers(int workers)
{
    m_mode.setParallel(workers > 1);
    if (workers > 1)
        m_mode.setParallelWorkers(workers);
    Q_EMIT reported(workers > 1 ? tr("Parallel with %1 workers, as measured").arg(workers)
                                : tr("Sequential, as measured"));
}

} // namespace Fetchpool::Gui
