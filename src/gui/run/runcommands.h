#pragma once

#include "existingfiles.h"
#include "list/downloaditem.h"

#include <QObject>

class QWidget;

namespace Fetchpool {
struct RunProgress;
}

namespace Fetchpool::Gui {

class DemoSession;
class DestinationButton;
class DownloadModel;
class RunController;
class RunMode;
class SweepLauncher;

// Run → Start, Retry Failed and Retry on chosen items: the folder a run
// saves into (the chosen one, or the demo's next run folder), the mode's
// worker count, and what the status bar says as a run starts and ends.
// Retry on finished items asks first, once per command, whether to replace
// their files; it then saves into their folder, so each new copy replaces
// its row's file and no file is left behind without a row. Start on a
// finished list with files in the run's folder asks what to do with them
// (RunAgainQuestion); otherwise Run → When a File Exists decides.
class RunCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunCommands)

public:
    // `window`: the parent, and the parent of the questions asked.
    RunCommands(RunController &runs, const DownloadModel &model, const RunMode &mode,
                const DestinationButton &destination, const SweepLauncher &sweeps, QWidget *window);

    // From the demo's loading on, Start saves into its run folders.
    void setDemo(DemoSession *demo) { m_demo = demo; }

    // Whether Start on a finished list asks what to do with the files it
    // has in the run's folder (RunAgainQuestion). A scripted start
    // (--autostart) never asks: the default of Run → When a File Exists holds.
    enum class Ask { IfFilesExist, Never };
    // False when nothing started; true also while Start waits for the demo's
    // pictures or for the answer to its question.
    bool start(Ask ask = Ask::IfFilesExist);
    void retryFailed();
    // The ones not queued already; finished ones after asking to replace their files.
    void retry(const QVector<const DownloadItem *> &items);
    // The paused rows among `ids` go on: into the run going on, or as a run of their own.
    void resume(const QVector<quint64> &ids);
    // Failed rows go again (after a login was given): into the run going
    // on, or as a retry of them into the chosen folder.
    void fetchAgain(const QVector<quint64> &ids);

Q_SIGNALS:
    // For the status bar, shown until the next message.
    void statusChanged(const QString &message);
    void problem(const QString &title, const QString &problem);

private:
    QString folderForRun(); // empty after a problem was reported
    // Starts the run into `folder` with `existing` as its existing-file policy.
    bool startIn(const QString &folder, ExistingFiles existing);
    // Done rows whose file is in `folder` (by path: no disk access).
    int finishedFilesIn(const QString &folder) const;
    void retryIds(const QVector<quint64> &ids, const QString &folder);
    // Window-modal, not waited for: the retry starts when Replace is pressed.
    void askToReplace(int files, const QVector<quint64> &ids, const QString &folder);
    void onRunFinished(const RunProgress &run, qint64 wallUs);

    RunController &m_runs;
    const DownloadModel &m_model;
    const RunMode &m_mode;
    const DestinationButton &m_destination;
    const SweepLauncher &m_sweeps;
    QWidget *const m_window;
    DemoSession *m_demo = nullptr;
};

} // namespace Fetchpool::Gui
