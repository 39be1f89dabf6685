#pragma once

#include "app/guisettings.h"
#include "intake/intakeresult.h"
#include "intake/urlintake.h"
#include "list/downloadmodel.h"
#include "list/downloadsortproxy.h"
#include "list/liststore.h"
#include "run/reportexporter.h"
#include "run/runcontroller.h"

#include <QMainWindow>
#include <QPointer>
#include <QThreadPool>

#include <memory>

class QDockWidget;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace Fetchpool::Gui {

class DemoSession;
class DestinationButton;
class GalleryModel;
class GalleryView;
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
    TimelineRecorder *timeline() const { return m_timeline; }
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    GalleryModel *galleryModel() const { return m_galleryModel; }
    GalleryView *gallery() const { return m_gallery; }
    bool isGalleryShown() const;
    QString destination() const;
    int workerCount() const; // 1 in Sequential

    void setDestination(const QString &folder);
    void setParallel(bool parallel);
    void setParallelWorkers(int workers);

    // Files and URLs from the command line.
    void addArguments(const QStringList &arguments);
    // Starts once every pending paste, drop or file read has landed in the list.
    void startWhenListReady();

public Q_SLOTS:
    bool startRun();
    void loadDemo();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setUpList();
    void setUpToolBar();
    void setUpStatusBar();
    void setUpActions();
    void setUpTimeline();
    void setUpGallery();
    void showGallery(bool gallery);
    void selectItem(quint64 id); // in the list, from the timeline
    void openItem(quint64 id);
    void restoreList();
    void restoreLayout();
    void saveLayout();

    void pasteUrls();
    void showAddDialog();
    void openLists();
    void onIntakeFinished(const IntakeResult &result);
    void retryFailed();
    void retrySelected();
    void removeSelected();
    void openSelectedFiles();
    void openSelectedFolders();
    void copySelectedUrls();
    void showContextMenu(const QPoint &position);
    void showAbout();
    void showPreferences(); // Edit → Preferences…
    void offerDemo(); // loadDemo(), after asking when it would hide the user's list
    void onFolderChosen(const QString &folder);
    void onModeChanged();
    void onRunFinished(const RunProgress &run, qint64 wallUs);
    void reportProblem(const QString &title, const QString &problem);
    void showSweepDialog();  // Run → Measure…
    bool isMeasuring() const;
    void exportReport();     // File → Export Report…

    QVector<quint64> selectedIds() const;
    QVector<const DownloadItem *> selectedItems() const;
    void updateActions();
    void updateListSummary();
    void scheduleSave();

    std::unique_ptr<Ui::MainWindow> m_ui;
    // The window's own threads for work that must not run on the UI thread
    // (reading pasted and dropped lists, hashing a list, saving the list,
    // rendering the demo's pictures): never the global pool, which Qt and
    // QtConcurrent share. Declared first, so it goes last.
    QThreadPool m_background;
    GuiSettings m_settings;
    DownloadModel m_model;
    DownloadSortProxy m_proxy;
    bool m_startAfterDemoImages = false;
    std::unique_ptr<DemoSession> m_demo; // outlives the run controller, whose run may use its server
    RunController m_runs;
    UrlIntake m_intake;
    std::unique_ptr<ListStore> m_store;
    QVector<IntakeReject> m_lastRejects;
    bool m_startWhenReady = false;

    DestinationButton *m_destination = nullptr;
    QSpinBox *m_workers = nullptr;
    QLabel *m_workersLabel = nullptr;
    QLabel *m_listSummary = nullptr;
    QToolButton *m_rejectsButton = nullptr;
    TimelineRecorder *m_timeline = nullptr;
    TimelinePanel *m_timelinePanel = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    GalleryModel *m_galleryModel = nullptr;
    GalleryView *m_gallery = nullptr;
    QStackedWidget *m_listPages = nullptr; // the list or the gallery
    ReportExporter m_exporter;
    QPointer<class SweepDialog> m_sweepDialog;
};

} // namespace Fetchpool::Gui
