#include "app/mainwindow.h"

#include "app/aboutdialog.h"
#include "app/appicons.h"
#include "app/closeguard.h"
#include "app/demosession.h"
#include "app/focusorder.h"
#include "app/preferencesflow.h"
#include "app/toolbarfit.h"
#include "app/windowactions.h"
#include "app/windowlayout.h"
#include "desktop/runnotifier.h"
#include "desktop/taskbarprogress.h"
#include "desktop/trayicon.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"
#include "gallery/listpages.h"
#include "intake/clipboardoffer.h"
#include "intake/intakecommands.h"
#include "intake/newlinksbar.h"
#include "limit/speedlimitcontrols.h"
#include "list/columnpriorities.h"
#include "list/followactive.h"
#include "list/itemcommands.h"
#include "list/listfilterbar.h"
#include "list/itemdetailsarea.h"
#include "list/listselection.h"
#include "list/listsummary.h"
#include "list/liststore.h"
#include "list/listviewdefaults.h"
#include "login/windowlogins.h"
#include "remote/daemonlist.h"
#include "remote/remoterunview.h"
#include "run/destinationbutton.h"
#include "run/enginechoice.h"
#include "run/listexporter.h"
#include "run/queuecommands.h"
#include "run/reportfiledialog.h"
#include "run/runcommands.h"
#include "run/runmode.h"
#include "run/timingpanel.h"
#include "sweep/sweeplauncher.h"
#include "timeline/timelinedock.h"

#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QMessageBox>

namespace Fetchpool::Gui {

namespace {
constexpr int MessageTimeoutMs = 12'000;
} // namespace

MainWindow::MainWindow(std::unique_ptr<ListStore> store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_runs(&m_model, m_background)
    , m_intake(m_background)
    , m_store(std::move(store))
{
    m_ui->setupUi(this);
    setWindowIcon(AppIcons::applicationIcon());
    m_runs.setConnection(m_settings.connection());
    setUpList();
    setUpToolBar();
    setUpCommands();
    m_listSummary = new ListSummary(m_model, statusBar());
    statusBar()->addPermanentWidget(m_listSummary); // after the intake's rejects button
    auto *speedLimits = new SpeedLimitControls(*m_ui, m_runs, m_settings, *m_selection, this); // and the limit button after it
    m_preferences = new PreferencesFlow({m_settings, m_runs, *m_mode, *m_destination, *speedLimits}, this,
                                        [this](const QString &message) { showStatus(message); });
    m_preferences->applyStoredRequests();
    SecretStore *secrets = WindowLogins::install(this, m_runs, m_model, m_settings, *m_runCommands, *m_preferences);
    // The aria2 daemons, and the toolbar's choice of engine after the worker count.
    m_daemons = new DaemonList(m_settings, *secrets, this);
    m_preferences->setDaemonList(m_daemons);
    m_engineChoice = new EngineChoice(m_ui->mainToolBar, *m_daemons, m_settings, m_runs, *m_mode, this);
    WindowActions::dress(*m_ui);
    connectActions();
    setUpTimeline();
    const QList<QAction *> runMenu = m_ui->menuRun->actions();
    QAction *afterRetry = runMenu.value(runMenu.indexOf(m_ui->actionRetryFailed) + 1); // Run → Retry on This Computer
    m_remoteView = new RemoteRunView({m_runs, *m_runCommands, *m_engineChoice, m_ui->timingPanel,
                                      m_timelineDock->panel(), m_ui->menuRun, afterRetry, statusBar()},
                                     this, [this](const QString &message) { showStatus(message); });
    m_pages = new ListPages(m_ui->listView, m_model, m_runs.engine(), m_ui->actionShowList, m_ui->actionShowGallery);
    connect(m_pages->gallery(), &GalleryView::openRequested, this, &MainWindow::openItem);
    auto *details = new ItemDetailsArea(m_pages, m_ui->listView, m_model, m_settings);
    m_ui->menuView->addAction(details->toggleAction());
    new ListExporter(m_model, *m_selection, m_ui->menuFile, m_ui->actionExportReport, this,
                     [this](const QString &message, bool problem) {
                         if (problem)
                             reportProblem(tr("Cannot Export the List"), message);
                         else
                             showStatus(message);
                     });
    // Above the list, between the folder and the rows: links copied while Watch Clipboard is on.
    auto *newLinks = new NewLinksBar(m_ui->centralWidget);
    QWidget *listArea = m_ui->listView; // by now inside the pages and the details' splitter
    while (listArea->parentWidget() != m_ui->centralWidget)
        listArea = listArea->parentWidget();
    m_ui->centralLayout->insertWidget(m_ui->centralLayout->indexOf(listArea), newLinks);
    FocusOrder::followReadingOrder(this);
    m_ui->listView->setFocus();

    connect(&m_runs, &RunController::runStarted, m_ui->timingPanel, &TimingPanel::runStarted);
    connect(&m_runs, &RunController::progressed, m_ui->timingPanel, &TimingPanel::updateProgress);
    connect(&m_runs, &RunController::runFinished, m_ui->timingPanel, &TimingPanel::runFinished);
    connect(&m_runs, &RunController::runFinished, m_listSummary, &ListSummary::refresh);
    connect(&m_runs, &RunController::runFinished, &m_exporter, &ReportExporter::recordRun);
    connect(&m_exporter, &ReportExporter::finished, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty())
            showStatus(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
        else
            reportProblem(tr("Cannot Export the Report"), error);
    });
    connect(&m_runs, &RunController::comparisonChanged, this,
            [this] { m_ui->timingPanel->showComparison(m_runs.comparison()); });
    connect(&m_runs, &RunController::runningChanged, this, &MainWindow::updateActions);
    // The desktop follows the run: progress in the title, taskbar and tray,
    // a notification when a batch ends while the window is in the background.
    new TaskbarProgress(this, &m_runs);
    auto *tray = new TrayIcon(this, m_runs,
                              {m_ui->actionStart, m_ui->actionStop, m_ui->actionQuit, m_ui->actionWatchClipboard});
    new RunNotifier(this, &m_runs, tray);
    new ClipboardOffer({m_ui->actionWatchClipboard, m_settings, *m_intakeCommands, m_model, m_background, newLinks,
                        tray, m_ui->listView},
                       this);
    m_closeGuard = new CloseGuard(this, m_runs, m_settings, *tray);
    connect(&m_model, &DownloadModel::listChanged, this, [this] {
        updateActions();
        scheduleSave();
    });

    setDestination(m_settings.destination());
    restoreList();
    m_pages->galleryModel()->addItems(m_model.items());
    WindowLayout::restore(*this, m_settings, *m_columns);
    updateActions();
}

MainWindow::~MainWindow()
{
    if (m_store)
        m_store->saveNow();
}

// The pieces as the window's users (AutoStart, the tests, the benchmark) reach them.
TimingPanel *MainWindow::timingPanel() const { return m_ui->timingPanel; }
TimelineRecorder *MainWindow::timeline() const { return m_timelineDock->recorder(); }
TimelinePanel *MainWindow::timelinePanel() const { return m_timelineDock->panel(); }
GalleryModel *MainWindow::galleryModel() const { return m_pages->galleryModel(); }
GalleryView *MainWindow::gallery() const { return m_pages->gallery(); }
bool MainWindow::isGalleryShown() const { return m_pages->isGalleryShown(); }
QString MainWindow::destination() const { return m_destination->folder(); }
int MainWindow::workerCount() const { return m_mode->workerCount(); }
void MainWindow::setDestination(const QString &folder) { m_destination->setFolder(folder); }
void MainWindow::setParallel(bool parallel) { m_mode->setParallel(parallel); }
void MainWindow::setParallelWorkers(int workers) { m_mode->setParallelWorkers(workers); }

void MainWindow::setUpList()
{
    m_proxy.setSourceModel(&m_model);
    DownloadListView *view = m_ui->listView;
    ListViewDefaults::apply(view, &m_proxy);
    m_columns = new ColumnPriorities(view);
    m_selection = std::make_unique<ListSelection>(view, &m_proxy, &m_model);
    connect(view, &QTableView::doubleClicked, this, [this] { ItemCommands::openFiles(m_selection->items()); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    // Above the list, out of the toolbar's overflow: the run's folder and the quick filter.
    m_destination = m_ui->destinationButton;
    connect(m_destination, &DestinationButton::folderChosen, this, [this](const QString &folder) {
        if (!m_demo)
            m_settings.setDestination(folder); // the demo's scratch folder is not a choice to remember
        scheduleSave();
    });
    m_filterBar = new ListFilterBar(m_proxy, m_model, view, m_ui->centralWidget);
    m_ui->listBarLayout->addWidget(m_filterBar);

    auto *follow = new FollowActive(m_ui->actionFollowActive, view, m_proxy, m_model, m_settings, this);
    connect(follow, &FollowActive::reported, this, &MainWindow::showStatus);
}

void MainWindow::setUpToolBar()
{
    QToolBar *bar = m_ui->mainToolBar;
    bar->setIconSize(QSize(22, 22));
    m_mode = new RunMode(m_ui->actionSequential, m_ui->actionParallel, bar, m_settings, this);
    new ToolBarFit(bar);
}

void MainWindow::setUpCommands()
{
    m_sweeps = new SweepLauncher(this, m_model, m_runs, m_settings, *m_mode);
    connect(m_sweeps, &SweepLauncher::measuringChanged, this, &MainWindow::updateActions);
    connect(m_sweeps, &SweepLauncher::reported, this, &MainWindow::showStatus);
    m_runCommands = new RunCommands(m_runs, m_model, *m_mode, *m_destination, *m_sweeps, this);
    connect(m_runCommands, &RunCommands::problem, this, &MainWindow::reportProblem);
    connect(m_runCommands, &RunCommands::statusChanged, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    m_intakeCommands = new IntakeCommands(m_intake, m_model, m_background, this);
    connect(m_intakeCommands, &IntakeCommands::reported, this, &MainWindow::showStatus);
    m_intakeCommands->setRequestOptions([this] { return m_runs.requestOptions(); });
    new QueueCommands(*m_ui, m_runs, *m_runCommands, m_model, m_proxy, *m_selection, this);
}

void MainWindow::connectActions()
{
    connect(m_ui->actionOpenList, &QAction::triggered, m_intakeCommands, &IntakeCommands::openLists);
    connect(m_ui->actionChooseFolder, &QAction::triggered, m_destination, &DestinationButton::chooseFolder);
    connect(m_ui->actionQuit, &QAction::triggered, this, [this] { m_closeGuard->quit(); });
    connect(m_ui->actionPaste, &QAction::triggered, m_intakeCommands, &IntakeCommands::paste);
    connect(m_ui->actionAddUrls, &QAction::triggered, m_intakeCommands, &IntakeCommands::showAddDialog);
    connect(m_ui->actionAddFromPage, &QAction::triggered, m_intakeCommands, &IntakeCommands::showAddFromPage);
    connect(m_ui->actionRemove, &QAction::triggered, this, [this] { m_runs.remove(m_selection->ids()); });
    connect(m_ui->actionSelectAll, &QAction::triggered, m_ui->listView, &QTableView::selectAll);
    connect(m_ui->actionFilterList, &QAction::triggered, this, [this] {
        m_pages->showGallery(false);
        m_filterBar->focusText();
    });
    connect(m_ui->actionStart, &QAction::triggered, this, &MainWindow::startRun);
    connect(m_ui->actionStop, &QAction::triggered, &m_runs, &RunController::stop);
    connect(m_ui->actionRetryFailed, &QAction::triggered, m_runCommands, &RunCommands::retryFailed);
    connect(m_ui->actionClearFinished, &QAction::triggered, &m_runs, &RunController::clearFinished);
    connect(m_ui->actionLoadDemo, &QAction::triggered, this, &MainWindow::offerDemo);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { AboutDialog::open(this); });
    connect(m_ui->actionPreferences, &QAction::triggered, m_preferences, &PreferencesFlow::open);
    connect(m_ui->actionMeasure, &QAction::triggered, this, [this] {
        if (m_demo && !m_demo->imagesReady())
            showStatus(tr("Preparing the demo images: measure again in a moment."));
        else
            m_sweeps->open();
    });
    connect(m_ui->actionExportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_ui->actionOpenFile, &QAction::triggered, this, [this] { ItemCommands::openFiles(m_selection->items()); });
    connect(m_ui->actionOpenFolder, &QAction::triggered, this,
            [this] { ItemCommands::showFolders(m_selection->items(), destination()); });
    connect(m_ui->actionCopyUrl, &QAction::triggered, this, [this] { ItemCommands::copyUrls(m_selection->items()); });
    connect(m_ui->actionRetryItem, &QAction::triggered, this, [this] { m_runCommands->retry(m_selection->items()); });
}

void MainWindow::setUpTimeline()
{
    m_timelineDock = new TimelineDock(m_runs, m_model, this);
    connect(m_timelineDock, &TimelineDock::itemClicked, this, &MainWindow::selectItem);
    connect(m_ui->listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_timelineDock->highlight(m_selection->idAt(current));
            });
    m_timelineDock->addTo(this, m_ui->menuView);
}

void MainWindow::selectItem(quint64 id)
{
    const int row = m_model.rowOf(id);
    if (row < 0)
        return;
    m_pages->showGallery(false);
    m_filterBar->reveal(row);
    m_selection->select(id);
}

void MainWindow::openItem(quint64 id)
{
    const int row = m_model.rowOf(id);
    if (row >= 0)
        ItemCommands::openFiles({&m_model.item(row)});
}

void MainWindow::restoreList()
{
    if (!m_store)
        return;
    QString error;
    if (auto stored = m_store->load(&error)) {
        if (!stored->destination.isEmpty())
            setDestination(stored->destination);
        m_model.addItems(std::move(stored->items));
        const int queued = m_model.countInState({ItemState::Queued});
        if (queued > 0 && queued < m_model.rowCount())
            showStatus(tr("%n item(s) left to download from the last session: press Start to continue", nullptr,
                          queued));
    } else {
        showStatus(error);
    }
    m_store->setThreadPool(&m_background);
    m_store->setSnapshotProvider([this] { return StoredList{destination(), m_model.items()}; });
    connect(m_store.get(), &ListStore::saveFailed, this, &MainWindow::showStatus);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // During a run: asks, hides to the tray, or closes once the run has stopped.
    if (!m_closeGuard->mayClose()) {
        event->ignore();
        return;
    }
    WindowLayout::save(*this, m_settings, *m_columns);
    if (m_store) {
        QString error;
        if (!m_store->saveNow(&error))
            statusBar()->showMessage(error);
    }
    event->accept();
    Q_EMIT closedForGood();
}

void MainWindow::quitWithoutAsking()
{
    m_closeGuard->quitWithoutAsking();
}

void MainWindow::addArguments(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        m_intake.takeArguments(arguments);
}

void MainWindow::startWhenListReady()
{
    m_intakeCommands->whenSettled([this] { m_runCommands->start(RunCommands::Ask::Never); });
}

bool MainWindow::startRun()
{
    return m_runCommands->start();
}

void MainWindow::reportProblem(const QString &title, const QString &problem)
{
    showStatus(problem);
    // Window-modal and not waited for: the run state never hangs on a dialog.
    auto *box = new QMessageBox(QMessageBox::Warning, title, problem, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, MessageTimeoutMs);
}

void MainWindow::offerDemo()
{
    if (m_demo || m_model.rowCount() == 0 || DemoSession::mayHideList(this))
        loadDemo();
}

void MainWindow::loadDemo()
{
    if (m_runs.isRunning())
        return;
    if (!m_demo) {
        auto demo = std::make_unique<DemoSession>(m_background);
        QString error;
        if (!demo->start(&error)) {
            reportProblem(tr("Cannot Load the Demo"), error);
            return;
        }
        m_demo = std::move(demo);
        m_runCommands->setDemo(m_demo.get());
        // The user's own list stays as it was saved; the demo is not kept.
        if (m_store) {
            m_store->saveNow();
            m_store.reset();
        }
    }
    m_model.clear();
    m_model.addUrls(m_demo->urls());
    setDestination(m_demo->folder());
    setWindowTitle(tr("Fetchpool — Demo Batch"));
    statusBar()->showMessage(tr("Demo batch loaded: press Start in Sequential, then in Parallel"));
}

void MainWindow::exportReport()
{
    if (m_exporter.isBusy()) {
        showStatus(tr("A report is still being written."));
        return;
    }
    const auto choice = ReportFileDialog::ask(this, destination());
    if (!choice)
        return;
    m_exporter.exportTo(choice->path, choice->format, m_model.items());
    statusBar()->showMessage(tr("Writing the report…"));
}

void MainWindow::updateActions()
{
    const bool running = m_runs.isRunning();
    const bool anyRows = m_model.rowCount() > 0;
    const ItemCommands::Items selected = m_selection->items();

    m_ui->actionStart->setEnabled(m_runs.canStart() && !m_sweeps->isMeasuring());
    m_ui->actionMeasure->setEnabled(!running && !m_sweeps->isMeasuring() && anyRows);
    m_ui->actionExportReport->setEnabled(anyRows);
    m_ui->actionStop->setEnabled(running);
    m_ui->actionRetryFailed->setEnabled(m_runs.canRetry());
    m_ui->actionClearFinished->setEnabled(m_model.countInState({ItemState::Done}) > 0);
    m_ui->actionRemove->setEnabled(!selected.isEmpty());
    m_ui->actionSelectAll->setEnabled(anyRows);
    m_mode->setRunning(running);
    if (m_engineChoice)
        m_engineChoice->setRunning(running);
    if (m_remoteView)
        m_remoteView->updateAction();
    m_destination->setEnabled(!running);
    m_ui->actionChooseFolder->setEnabled(!running);
    m_ui->actionLoadDemo->setEnabled(!running);
    m_ui->actionOpenFile->setEnabled(ItemCommands::anyOpenable(selected));
    m_ui->actionOpenFolder->setEnabled(!selected.isEmpty());
    m_ui->actionCopyUrl->setEnabled(!selected.isEmpty());
    m_ui->actionRetryItem->setEnabled(!running && ItemCommands::anyRetryable(selected));
}

void MainWindow::scheduleSave()
{
    if (m_store)
        m_store->scheduleSave();
}

} // namespace Fetchpool::Gui
