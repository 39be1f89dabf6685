#include "run/runcommands.h"

#include "app/demosession.h"
#include "app/guisettings.h"
#include "list/downloadmodel.h"
#include "run/destinationbutton.h"
#include "run/runagainquestion.h"
#include "run/runcontroller.h"
#include "run/runmode.h"
#include "sweep/sweeplauncher.h"
#include "units.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>

namespace Fetchpool::Gui {

RunCommands::RunCommands(RunController &runs, const DownloadModel &model, const RunMode &mode,
                         const DestinationButton &destination, const SweepLauncher &sweeps, QWidget *window)
    : QObject(window)
    , m_runs(runs)
    , m_model(model)
    , m_mode(mode)
    , m_destination(destination)
    , m_sweeps(sweeps)
    , m_window(window)
{
    connect(&m_runs, &RunController::runFinished, this, &RunCommands::onRunFinished);
}

bool RunCommands::start(Ask ask)
{
    if (m_sweeps.isMeasuring()) {
        Q_EMIT problem(tr("Cannot Start"),
                       tr("Worker counts are being measured: wait for the measurement to end or cancel it."));
        return false;
    }
    if (m_demo && m_demo->deferUntilImagesReady([this, ask] { start(ask); })) {
        Q_EMIT statusChanged(tr("Preparing the demo images…"));
        return true;
    }
    const QString folder = folderForRun();
    if (folder.isEmpty())
        return false;
    const ExistingFiles preferred = GuiSettings().existingFiles();
    // aria2 daemons neither skip nor replace: they save new copies, so there is nothing to ask.
    const bool asks = ask == Ask::IfFilesExist && m_runs.startRunsAgain() && !m_runs.remoteChosen();
    if (const int files = asks ? finishedFilesIn(folder) : 0; files > 0) {
        RunAgainQuestion::ask(m_window, files, folder, preferred,
                              [this, folder](ExistingFiles chosen) { startIn(folder, chosen); });
        return true;
    }
    return startIn(folder, preferred);
}

int RunCommands::finishedFilesIn(const QString &folder) const
{
    // Saved paths are canonical (the engine resolves its folder); so is this one.
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    const QString cleanFolder = canonical.isEmpty() ? QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) : canonical;
    int files = 0;
    for (const DownloadItem &item : m_model.items()) {
        files += item.result.state == ItemState::Done && !item.result.filePath.isEmpty()
                && QDir::cleanPath(QFileInfo(item.result.filePath).absolutePath()) == cleanFolder;
    }
    return files;
}

bool RunCommands::startIn(const QString &folder, ExistingFiles existing)
{
    const int workers = m_mode.workerCount();
    m_runs.setExistingFiles(existing);
    QString error;
    if (!m_runs.start(folder, workers, &error)) {
        Q_EMIT problem(tr("Cannot Start"), error);
        return false;
    }
    const int total = m_runs.engine().progress().total;
    if (m_runs.isRemote()) {
        // The daemons are being asked; the timing panel shows their slots once they answer.
        Q_EMIT statusChanged(tr("Downloading %n item(s) on aria2 daemons…", nullptr, total));
        return true;
    }
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

void RunCommands::resume(const QVector<quint64> &ids)
{
    const QVector<quint64> rows = m_runs.resumable(ids);
    if (rows.isEmpty())
        return;
    const bool joining = m_runs.isRunning();
    if (!joining && m_sweeps.isMeasuring()) {
        Q_EMIT problem(tr("Cannot Resume"),
                       tr("Worker counts are being measured: wait for the measurement to end or cancel it."));
        return;
    }
    const QString folder = joining ? m_destination.folder() : folderForRun();
    if (folder.isEmpty())
        return;
    QString error;
    if (!m_runs.resume(rows, folder, m_mode.workerCount(), &error)) {
        Q_EMIT problem(tr("Cannot Resume"), error);
        return;
    }
    Q_EMIT statusChanged(joining ? tr("%n item(s) resumed: they join the run", nullptr, int(rows.size()))
                                 : tr("Resuming %n item(s)…", nullptr, int(rows.size())));
}

void RunCommands::retryFailed()
{
    retryIds(m_model.idsInState({ItemState::Failed, ItemState::Cancelled}), m_destination.folder());
}

void RunCommands::retry(const QVector<const DownloadItem *> &items)
{
    QVector<quint64> ids;
    QSet<QString> folders; // of the files finished items would replace
    int files = 0;
    for (const DownloadItem *item : items) {
        if (item->result.state == ItemState::Queued)
            continue;
        ids << item->result.id;
        if (item->result.state == ItemState::Done && !item->result.filePath.isEmpty()) {
            folders.insert(QFileInfo(item->result.filePath).absolutePath());
            ++files;
        }
    }
    if (ids.isEmpty())
        return;
    if (files == 0) {
        retryIds(ids, m_destination.folder());
        return;
    }
    // Saving anywhere but beside the old files would leave them without a
    // row (and "name (1).ext" beside them): the retry runs in their folder.
    if (folders.size() > 1) {
        Q_EMIT problem(tr("Cannot Retry"),
                       tr("The files to replace are in different folders. Retry the items of one folder at a time."));
        return;
    }
    const QString folder = *folders.cbegin();
    if (!QFileInfo::exists(folder)) {
        retryIds(ids, m_destination.folder()); // the files went with their folder: nothing to replace
        return;
    }
    askToReplace(files, ids, folder);
}

void RunCommands::askToReplace(int files, const QVector<quint64> &ids, const QString &folder)
{
    auto *question = new QMessageBox(QMessageBox::Question, tr("Retry Finished Items"),
                                     tr("Download %n finished file(s) again and replace them?", nullptr, files),
                                     QMessageBox::Cancel, m_window);
    question->setObjectName(QStringLiteral("replaceQuestion"));
    question->setInformativeText(tr("A file is replaced only once its new copy has arrived complete. If the "
                                    "download fails or is stopped, the file stays as it is."));
    QPushButton *replace = question->addButton(tr("Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(QStringLiteral("replace"));
    question->setDefaultButton(replace);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this, [this, replace, ids, folder](QAbstractButton *button) {
        if (button == replace)
            retryIds(ids, folder);
    });
    question->open();
}

void RunCommands::retryIds(const QVector<quint64> &ids, const QString &folder)
{
    // A retry downloads again: its finished rows' files are replaced by
    // name (DownloadJob::replaces), whatever Start's policy is.
    m_runs.setExistingFiles(ExistingFiles::Rename);
    QString error;
    if (!m_runs.retry(ids, folder, m_mode.workerCount(), &error))
        Q_EMIT problem(tr("Cannot Retry"), error);
}

void RunCommands::fetchAgain(const QVector<quint64> &ids)
{
    if (!m_runs.isRunning()) {
        retryIds(ids, m_destination.folder()); // as Retry Failed does
        return;
    }
    QString error;
    if (!m_runs.fetchAgain(ids, m_destination.folder(), m_mode.workerCount(), &error))
        Q_EMIT problem(tr("Cannot Retry"), error);
}

void RunCommands::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    QString text = tr("Run finished in %1: %2 of %3 done").arg(formatDuration(wallUs)).arg(run.done).arg(run.total);
    if (run.failed > 0)
        text += tr(", %n failed", nullptr, run.failed);
    if (run.cancelled > 0)
        text += tr(", %n cancelled", nullptr, run.cancelled);
    if (const int kept = m_runs.unreplacedFiles(); kept > 0)
        text = tr("%1. %n file(s) not replaced: the earlier copy is kept.", nullptr, kept).arg(text);
    Q_EMIT statusChanged(text);
}

} // namespace Fetchpool::Gui
