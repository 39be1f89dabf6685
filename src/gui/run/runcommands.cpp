#include "run/runcommands.h"

#include "app/demosession.h"
#include "app/guisettings.h"
#include "list/downloadmodel.h"
#include "run/destinationbutton.h"
#include "run/runcontroller.h"
#include "run/runmode.h"
#include "sweep/sweeplauncher.h"
#include "units.h"

#include <QDir>

namespace Fetchpool::Gui {

RunCommands::RunCommands(RunController &runs, const DownloadModel &model, const RunMode &mode,
                         const DestinationButton &destination, const SweepLauncher &sweeps, QObject *parent)
    : QObject(parent)
    , m_runs(runs)
    , m_model(model)
    , m_mode(mode)
    , m_destination(destination)
    , m_sweeps(sweeps)
{
    connect(&m_runs, &RunController::runFinished, this, &RunCommands::onRunFinished);
}

bool RunCommands::start()
{
    if (m_sweeps.isMeasuring()) {
        Q_EMIT problem(tr("Cannot Start"),
                       tr("Worker counts are being measured: wait for the measurement to end or cancel it."));
        return false;
    }
    if (m_demo && m_demo->deferUntilImagesReady([this] { start(); })) {
        Q_EMIT statusChanged(tr("Preparing the demo images…"));
        return true;
    }
    const QString folder = folderForRun();
    if (folder.isEmpty())
        return false;
    const int workers = m_mode.workerCount();
    QString error;
    if (!m_runs.start(folder, workers, &error)) {
        Q_EMIT problem(tr("Cannot Start"), error);
        return false;
    }
    const int total = m_runs.engine().progress().total;
    Q_EMIT statusChanged(workers == 1 ? tr("Downloading %n item(s) one at a time…", nullptr, total)
                                      : tr("Downloading %n item(s) with %1 workers…", nullptr, total).arg(workers));
    return true;
}

QString RunCommands::folderForRun()
{
    QString reason;
    const QString folder = m_demo ? m_demo->folderForRun(m_mode.workerCount(), &reason) : m_destination.folder();
    // Only the default Downloads folder is created on the fly: a chosen
    // folder that vanished is more likely a typo or an unplugged disk.
    const bool isDefault = !m_demo && QDir::cleanPath(folder) == QDir::cleanPath(GuiSettings::defaultDestination());
    if (reason.isEmpty())
        reason = RunController::prepareDestination(folder, isDefault);
    if (!reason.isEmpty()) {
        Q_EMIT problem(tr("Cannot Start"), reason);
        return {};
    }
    return folder;
}

void RunCommands::retryFailed()
{
    retryIds(m_model.idsInState({ItemState::Failed, ItemState::Cancelled}));
}

void RunCommands::retry(const QVector<const DownloadItem *> &items)
{
    QVector<quint64> ids;
    for (const DownloadItem *item : items) {
        if (item->result.state != ItemState::Queued)
            ids << item->result.id;
    }
    if (!ids.isEmpty())
        retryIds(ids);
}

void RunCommands::retryIds(const QVector<quint64> &ids)
{
    QString error;
    if (!m_runs.retry(ids, m_destination.folder(), m_mode.workerCount(), &error))
        Q_EMIT problem(tr("Cannot Retry"), error);
}

void RunCommands::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    QString text = tr("Run finished in %1: %2 of %3 done").arg(formatDuration(wallUs)).arg(run.done).arg(run.total);
    if (run.failed > 0)
        text += tr(", %n failed", nullptr, run.failed);
    if (run.cancelled > 0)
        text += tr(", %n cancelled", nullptr, run.cancelled);
    Q_EMIT statusChanged(text);
}

} // namespace Fetchpool::Gui
