#pragma once

#include "app/guisettings.h"
#include "intake/urlintake.h"
#include "list/downloadmodel.h"
#include "list/downloadsortproxy.h"
#include "list/liststore.h"
#include "run/reportexporter.h"
#include "run/runcontroller.h"

#include <QMainWindow>
#include <QThreadPool>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace Fetchpool::Gui {

class CloseGuard;
class ColumnPriorities;
class DaemonList;
class DemoSession;
class EngineChoice;
class RemoteRunView;
class DestinationButton;
class PreferencesFlow;
class GalleryModel;
class GalleryView;
class IntakeCommands;
class ListFilterBar;
class ListPages;
class ListSelection;
class ListSummary;
class RunCommands;
class RunMode;
class SweepLauncher;
class TimelineDock;
class TimelinePanel;
class TimelineRecorder;
class TimingPanel;

// The Fetchpool window: the list, the run controls and the timing display.
// It wires the pieces together and keeps the actions' enabled state in line
// with the list and the run; the pieces do the work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `store` keeps the list across restarts; without one nothing is saved
    // (the demo, tests).
    explicit MainWindow(std::unique_ptr<ListStore> store = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    DownloadModel &model() { return m_model; }
    RunController &runs() { return m_runs; }
    UrlIntake &intake() { return m_intake; }
    TimingPanel *timingPanel() const;
    TimelineRecorder *timeline() const;
    TimelinePanel *timelinePanel() const;
    GalleryModel *galleryModel() const;
    GalleryView *gallery() const;
    bool isGalleryShown() const;
    QString destination() const;
    int workerCount() const; // 1 in Sequential

    void setDestination(const QString &folder);
    void setParallel(bool parallel);
    void setParallelWorkers(int workers);

    // Files and URLs from the command line.
    void addArguments(const QStringList &arguments);
    // Starts once every pending paste, drop or file read has landed in the
    // list; a script's start, which never asks what to do with finished files.
    void startWhenListReady();

Q_SIGNALS:
    // The window closed for good (not hidden to the tray): the program ends.
    // Qt's quit on the last window closed misses a window closed while hidden.
    void closedForGood();

public Q_SLOTS:
    bool startRun();
    void loadDemo();
    // SIGTERM/SIGINT: quits as Quit does (the run stopped, its parts kept,
    // the list saved), without asking.
    void quitWithoutAsking();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpList();
    void setUpToolBar();
    void setUpCommands(); // Run → Measure…, Start and Retry, the ways in for URLs
    void connectActions();
    void setUpTimeline();
    void selectItem(quint64 id); // in the list, from the timeline
    void openItem(quint64 id);
    void restoreList();

    void offerDemo(); // loadDemo(), after asking when it would hide the user's list
    void reportProblem(const QString &title, const QString &problem);
    void showStatus(const QString &message); // for a while
    void exportReport(); // File → Export Report…

    void updateActions();
    void scheduleSave();

    std::unique_ptr<Ui::MainWindow> m_ui;
    // The window's own threads for work that must not run on the UI thread
    // (reading pasted and dropped lists, saving the list, removing kept part
    // files, rendering the demo's pictures): never the global pool, which Qt
    // and QtConcurrent share. Declared first, so it goes last.
    QThreadPool m_background;
    GuiSettings m_settings;
    DownloadModel m_model;
    DownloadSortProxy m_proxy;
    std::unique_ptr<ListSelection> m_selection; // once the form has made the list's view
    std::unique_ptr<DemoSession> m_demo; // outlives the run controller, whose run may use its server
    RunController m_runs;
    UrlIntake m_intake;
    std::unique_ptr<ListStore> m_store;

    ReportExporter m_exporter;

    RunMode *m_mode = nullptr;
    DestinationButton *m_destination = nullptr;
    ListFilterBar *m_filterBar = nullptr;
    ColumnPriorities *m_columns = nullptr;
    SweepLauncher *m_sweeps = nullptr; // Run → Measure…
    RunCommands *m_runCommands = nullptr;
    IntakeCommands *m_intakeCommands = nullptr;
    ListSummary *m_listSummary = nullptr;
    TimelineDock *m_timelineDock = nullptr;
    PreferencesFlow *m_preferences = nullptr; // Edit → Preferences…
    DaemonList *m_daemons = nullptr; // Preferences → Engines
    EngineChoice *m_engineChoice = nullptr; // the toolbar's engine
    RemoteRunView *m_remoteView = nullptr; // runs on aria2 daemons, while and after
    ListPages *m_pages = nullptr; // the list or the gallery
    CloseGuard *m_closeGuard = nullptr; // what closing means during a run
};

} // namespace Fetchpool::Gui
