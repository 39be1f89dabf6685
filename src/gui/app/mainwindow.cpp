#include "app/mainwindow.h"

#include "intake/addurlsdialog.h"
#include "app/appicons.h"
#include "app/demosession.h"
#include "run/destinationbutton.h"
#include "intake/droptarget.h"
#include "list/emptylisthint.h"
#include "gallery/gallerymodel.h"
#include "gallery/galleryview.h"
#include "list/itemcommands.h"
#include "list/liststore.h"
#include "app/preferencesdialog.h"
#include "list/progressdelegate.h"
#include "intake/rejectsdialog.h"
#include "sweep/sweepdialog.h"
#include "timeline/timelinepanel.h"
#include "timeline/timelinerecorder.h"
#include "timeline/timelineview.h"
#include "desktop/runnotifier.h"
#include "desktop/taskbarprogress.h"
#include "run/timingpanel.h"

#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>

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
    setUpStatusBar();
    setUpActions();
    setUpTimeline();
    setUpGallery();

    auto *dropTarget = new DropTarget(this, m_ui->centralWidget);
    connect(dropTarget, &DropTarget::dropped, this,
            [this](const QMimeData *data) { m_intake.takeMimeData(data, tr("dropped links")); });
    connect(&m_intake, &UrlIntake::finished, this, &MainWindow::onIntakeFinished);

    connect(&m_runs, &RunController::runStarted, m_ui->timingPanel, &TimingPanel::runStarted);
    connect(&m_runs, &RunController::progressed, m_ui->timingPanel, &TimingPanel::updateProgress);
    connect(&m_runs, &RunController::runFinished, m_ui->timingPanel, &TimingPanel::runFinished);
    connect(&m_runs, &RunController::runFinished, this, &MainWindow::onRunFinished);
    connect(&m_runs, &RunController::runFinished, &m_exporter, &ReportExporter::recordRun);
    connect(&m_exporter, &ReportExporter::finished, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty())
            statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), MessageTimeoutMs);
        else
            reportProblem(tr("Cannot Export the Report"), error);
    });
    connect(&m_runs, &RunController::comparisonChanged, this,
            [this] { m_ui->timingPanel->showComparison(m_runs.comparison()); });
    connect(&m_runs, &RunController::runningChanged, this, &MainWindow::updateActions);
    // The desktop follows the run: progress in the title and taskbar, a
    // notification when a batch ends while the window is in the background.
    new TaskbarProgress(this, &m_runs);
    new RunNotifier(this, &m_runs);
    connect(&m_model, &DownloadModel::listChanged, this, [this] {
        updateActions();
        updateListSummary();
        scheduleSave();
    });

    setDestination(m_settings.destination());
    restoreList();
    m_galleryModel->addItems(m_model.items());
    restoreLayout();
    updateActions();
    updateListSummary();
}

MainWindow::~MainWindow()
{
    if (m_store)
        m_store->saveNow();
}

TimingPanel *MainWindow::timingPanel() const
{
    return m_ui->timingPanel;
}

void MainWindow::setUpList()
{
    m_proxy.setSourceModel(&m_model);

    QTableView *view = m_ui->listView;
    view->setModel(&m_proxy);
    view->setItemDelegateForColumn(DownloadModel::ProgressColumn, new ProgressDelegate(view));
    view->setIconSize(QSize(16, 16));

    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder); // the order URLs were added in
    view->setSortingEnabled(true);
    const int widths[] = {230, 300, 90, 150, 100, 190, 80, 64, 80, 80, 80, 100, 70};
    static_assert(std::size(widths) == DownloadModel::ColumnCount);
    for (int column = 0; column < DownloadModel::ColumnCount; ++column) {
        header->resizeSection(column, widths[column]);
        header->setSectionHidden(column, DownloadModel::isHiddenByDefault(column));
    }
    // The URL takes whatever room the other columns leave.
    header->setSectionResizeMode(DownloadModel::UrlColumn, QHeaderView::Stretch);

    // Uniform rows: the view never measures 10,000 rows to lay them out.
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 10);

    new EmptyListHint(tr("<p><b>No downloads yet</b></p>"
                         "<p>Paste links with Ctrl+V, drop link lists or web pages here,<br>"
                         "or use <i>Add URLs…</i> in the toolbar.</p>"
                         "<p>New to Fetchpool? <i>Help → Load Demo Batch</i> lists 100 images from a "
                         "built-in local server: press Start in Sequential, then in Parallel.</p>"),
                      view);

    connect(view, &QTableView::doubleClicked, this, &MainWindow::openSelectedFiles);
    connect(view, &QTableView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
}

void MainWindow::setUpToolBar()
{
    QToolBar *bar = m_ui->mainToolBar;
    bar->setIconSize(QSize(22, 22));

    m_workersLabel = new QLabel(tr("Workers"), bar);
    m_workersLabel->setContentsMargins(8, 0, 4, 0);
    m_workers = new QSpinBox(bar);
    m_workers->setObjectName(QStringLiteral("workerCount"));
    m_workers->setRange(1, EngineOptions::MaxWorkers);
    m_workers->setValue(m_settings.workers());
    m_workers->setToolTip(tr("Downloads at the same time in Parallel (1–%1)").arg(EngineOptions::MaxWorkers));
    m_workers->setAccelerated(true);
    m_workersLabel->setBuddy(m_workers);
    bar->addWidget(m_workersLabel);
    bar->addWidget(m_workers);
    connect(m_workers, &QSpinBox::valueChanged, this, [this](int workers) { m_settings.setWorkers(workers); });

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_destination = new DestinationButton(bar);
    bar->addWidget(m_destination);
    connect(m_destination, &DestinationButton::folderChosen, this, &MainWindow::onFolderChosen);
}

void MainWindow::setUpStatusBar()
{
    m_rejectsButton = new QToolButton(statusBar());
    m_rejectsButton->setObjectName(QStringLiteral("rejectsButton"));
    m_rejectsButton->setText(tr("Rejected Lines…"));
    m_rejectsButton->setAutoRaise(true);
    m_rejectsButton->hide();
    connect(m_rejectsButton, &QToolButton::clicked, this, [this] {
        auto *dialog = new RejectsDialog(m_lastRejects, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_listSummary = new QLabel(statusBar());
    m_listSummary->setObjectName(QStringLiteral("listSummary"));
    statusBar()->addPermanentWidget(m_rejectsButton);
    statusBar()->addPermanentWidget(m_listSummary);
}

void MainWindow::setUpActions()
{
    struct IconFor
    {
        QAction *action;
        const char *name;
    };
    const IconFor icons[] = {
        {m_ui->actionOpenList, "document-open"},
        {m_ui->actionChooseFolder, "folder"},
        {m_ui->actionQuit, "application-exit"},
        {m_ui->actionPaste, "edit-paste"},
        {m_ui->actionAddUrls, "list-add"},
        {m_ui->actionRemove, "list-remove"},
        {m_ui->actionSelectAll, "edit-select-all"},
        {m_ui->actionStart, "media-playback-start"},
        {m_ui->actionStop, "media-playback-stop"},
        {m_ui->actionRetryFailed, "view-refresh"},
        {m_ui->actionClearFinished, "edit-clear-all"},
        {m_ui->actionSequential, "fetchpool-sequential"},
        {m_ui->actionParallel, "fetchpool-parallel"},
        {m_ui->actionLoadDemo, "fetchpool-demo"},
        {m_ui->actionAbout, "help-about"},
        {m_ui->actionOpenFile, "document-open"},
        {m_ui->actionOpenFolder, "folder-open"},
        {m_ui->actionCopyUrl, "edit-copy"},
        {m_ui->actionRetryItem, "view-refresh"},
    };
    for (const IconFor &entry : icons)
        entry.action->setIcon(AppIcons::icon(QString::fromLatin1(entry.name)));
    m_ui->actionStart->setIconText(tr("Start"));
    m_ui->actionStop->setIconText(tr("Stop"));
    m_ui->actionAddUrls->setIconText(tr("Add URLs"));

    // Actions on the selected items listen where the list is, so Return or
    // Ctrl+C in the worker spin box keep their usual meaning there.
    for (QAction *action : {m_ui->actionOpenFile, m_ui->actionOpenFolder, m_ui->actionCopyUrl,
                            m_ui->actionRetryItem}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->listView->addAction(action);
    }

    auto *modes = new QActionGroup(this);
    modes->addAction(m_ui->actionSequential);
    modes->addAction(m_ui->actionParallel);
    modes->setExclusive(true);
    (m_settings.parallel() ? m_ui->actionParallel : m_ui->actionSequential)->setChecked(true);
    connect(modes, &QActionGroup::triggered, this, &MainWindow::onModeChanged);

    connect(m_ui->actionOpenList, &QAction::triggered, this, &MainWindow::openLists);
    connect(m_ui->actionChooseFolder, &QAction::triggered, m_destination, &DestinationButton::chooseFolder);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionPaste, &QAction::triggered, this, &MainWindow::pasteUrls);
    connect(m_ui->actionAddUrls, &QAction::triggered, this, &MainWindow::showAddDialog);
    connect(m_ui->actionRemove, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_ui->actionSelectAll, &QAction::triggered, m_ui->listView, &QTableView::selectAll);
    connect(m_ui->actionStart, &QAction::triggered, this, &MainWindow::startRun);
    connect(m_ui->actionStop, &QAction::triggered, &m_runs, &RunController::stop);
    connect(m_ui->actionRetryFailed, &QAction::triggered, this, &MainWindow::retryFailed);
    connect(m_ui->actionClearFinished, &QAction::triggered, &m_runs, &RunController::clearFinished);
    connect(m_ui->actionLoadDemo, &QAction::triggered, this, &MainWindow::offerDemo);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->actionPreferences->setShortcuts(QKeySequence::Preferences);
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionMeasure, &QAction::triggered, this, &MainWindow::showSweepDialog);
    connect(m_ui->actionExportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(m_ui->actionOpenFile, &QAction::triggered, this, &MainWindow::openSelectedFiles);
    connect(m_ui->actionOpenFolder, &QAction::triggered, this, &MainWindow::openSelectedFolders);
    connect(m_ui->actionCopyUrl, &QAction::triggered, this, &MainWindow::copySelectedUrls);
    connect(m_ui->actionRetryItem, &QAction::triggered, this, &MainWindow::retrySelected);
    onModeChanged();
}

void MainWindow::setUpTimeline()
{
    m_timeline = new TimelineRecorder(&m_runs.engine(), this);
    connect(&m_runs, &RunController::listIdentified, m_timeline, &TimelineRecorder::setListFingerprint);
    m_timelinePanel = new TimelinePanel(m_timeline, this);
    TimelineView *view = m_timelinePanel->view();
    view->setItemNamer([this](quint64 id) {
        const int row = m_model.rowOf(id);
        return row < 0 ? QString() : m_model.item(row).displayName();
    });
    connect(view, &TimelineView::itemClicked, this, &MainWindow::selectItem);
    connect(m_ui->listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, view](const QModelIndex &current) {
                if (current.isValid())
                    view->setHighlightedItem(m_proxy.mapToSource(current).data(DownloadModel::IdRole).toULongLong());
            });

    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timelinePanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    resizeDocks({m_timelineDock}, {300}, Qt::Vertical);
    QAction *toggle = m_timelineDock->toggleViewAction();
    toggle->setText(tr("&Timeline"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    toggle->setStatusTip(tr("Show every run as lanes of workers and bars of items, Sequential above Parallel"));
    m_ui->menuView->addAction(toggle);
}

void MainWindow::setUpGallery()
{
    m_galleryModel = new GalleryModel(this);
    m_gallery = new GalleryView(m_galleryModel, this);
    m_listPages = new QStackedWidget(m_ui->centralWidget);
    m_listPages->setObjectName(QStringLiteral("listPages"));
    delete m_ui->centralLayout->replaceWidget(m_ui->listView, m_listPages);
    m_listPages->addWidget(m_ui->listView);
    m_listPages->addWidget(m_gallery);

    connect(&m_runs.engine(), &DownloadEngine::itemsFinished, m_galleryModel, &GalleryModel::addResults);
    auto dropUnlisted = [this] {
        m_galleryModel->retainListed([this](quint64 id) { return m_model.rowOf(id) >= 0; });
    };
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, dropUnlisted);
    connect(&m_model, &QAbstractItemModel::modelReset, this, dropUnlisted);
    connect(m_gallery, &GalleryView::openRequested, this, &MainWindow::openItem);

    auto *pages = new QActionGroup(this);
    pages->addAction(m_ui->actionShowList);
    pages->addAction(m_ui->actionShowGallery);
    m_ui->actionShowList->setChecked(true);
    connect(m_ui->actionShowList, &QAction::triggered, this, [this] { showGallery(false); });
    connect(m_ui->actionShowGallery, &QAction::triggered, this, [this] { showGallery(true); });
}

bool MainWindow::isGalleryShown() const
{
    return m_listPages->currentWidget() == m_gallery;
}

void MainWindow::showGallery(bool gallery)
{
    m_listPages->setCurrentWidget(gallery ? static_cast<QWidget *>(m_gallery) : m_ui->listView);
    (gallery ? m_ui->actionShowGallery : m_ui->actionShowList)->setChecked(true);
}

void MainWindow::selectItem(quint64 id)
{
    const int row = m_model.rowOf(id);
    if (row < 0)
        return;
    showGallery(false);
    const QModelIndex index = m_proxy.mapFromSource(m_model.index(row, 0));
    m_ui->listView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->listView->scrollTo(index);
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
            statusBar()->showMessage(tr("%n item(s) left to download from the last session: press Start to continue",
                                        nullptr, queued), MessageTimeoutMs);
    } else {
        statusBar()->showMessage(error, MessageTimeoutMs);
    }
    m_store->setThreadPool(&m_background);
    m_store->setSnapshotProvider([this] { return StoredList{destination(), m_model.items()}; });
    connect(m_store.get(), &ListStore::saveFailed, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, MessageTimeoutMs); });
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(m_settings.windowState());
    const QByteArray header = m_settings.headerState();
    if (!header.isEmpty())
        m_ui->listView->horizontalHeader()->restoreState(header);
}

void MainWindow::saveLayout()
{
    m_settings.setWindowLayout(saveGeometry(), saveState(), m_ui->listView->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_store) {
        QString error;
        if (!m_store->saveNow(&error))
            statusBar()->showMessage(error);
    }
    // A run still going is cancelled by the engine; its items were saved as
    // queued and continue on the next Start.
    event->accept();
}

QString MainWindow::destination() const
{
    return m_destination->folder();
}

int MainWindow::workerCount() const
{
    return m_ui->actionSequential->isChecked() ? 1 : m_workers->value();
}

void MainWindow::setDestination(const QString &folder)
{
    m_destination->setFolder(folder);
}

void MainWindow::setParallel(bool parallel)
{
    (parallel ? m_ui->actionParallel : m_ui->actionSequential)->setChecked(true);
    onModeChanged();
}

void MainWindow::setParallelWorkers(int workers)
{
    m_workers->setValue(workers);
}

void MainWindow::onModeChanged()
{
    const bool parallel = m_ui->actionParallel->isChecked();
    m_settings.setParallel(parallel);
    updateActions();
}

void MainWindow::onFolderChosen(const QString &folder)
{
    if (!m_demo)
        m_settings.setDestination(folder); // the demo's scratch folder is not a choice to remember
    scheduleSave();
}

void MainWindow::addArguments(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        m_intake.takeArguments(arguments);
}

void MainWindow::startWhenListReady()
{
    if (m_intake.pending() == 0)
        startRun();
    else
        m_startWhenReady = true;
}

bool MainWindow::startRun()
{
    if (isMeasuring()) {
        reportProblem(tr("Cannot Start"), tr("Worker counts are being measured: wait for the measurement to end or cancel it."));
        return false;
    }
    if (m_demo && !m_demo->imagesReady().isFinished()) {
        if (m_startAfterDemoImages)
            return true; // Start pressed twice while the pictures render
        m_startAfterDemoImages = true;
        statusBar()->showMessage(tr("Preparing the demo images…"));
        auto *watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            m_startAfterDemoImages = false;
            startRun();
        });
        watcher->setFuture(m_demo->imagesReady());
        return true;
    }
    QString folder = destination();
    if (m_demo) {
        QString error;
        folder = m_demo->folderForRun(workerCount(), &error);
        if (folder.isEmpty()) {
            reportProblem(tr("Cannot Start"), error);
            return false;
        }
    }
    // Only the default Downloads folder is created on the fly: a chosen
    // folder that vanished is more likely a typo or an unplugged disk.
    const bool isDefault = !m_demo && QDir::cleanPath(folder) == QDir::cleanPath(GuiSettings::defaultDestination());
    const QString problem = RunController::prepareDestination(folder, isDefault);
    if (!problem.isEmpty()) {
        reportProblem(tr("Cannot Start"), problem);
        return false;
    }
    QString error;
    if (!m_runs.start(folder, workerCount(), &error)) {
        reportProblem(tr("Cannot Start"), error);
        return false;
    }
    const int total = m_runs.engine().progress().total;
    statusBar()->showMessage(workerCount() == 1
                                     ? tr("Downloading %n item(s) one at a time…", nullptr, total)
                                     : tr("Downloading %n item(s) with %1 workers…", nullptr, total).arg(workerCount()));
    updateActions();
    return true;
}

void MainWindow::retryFailed()
{
    QString error;
    if (!m_runs.retry(m_model.idsInState({ItemState::Failed, ItemState::Cancelled}), destination(),
                      workerCount(), &error)) {
        reportProblem(tr("Cannot Retry"), error);
    }
}

void MainWindow::retrySelected()
{
    QVector<quint64> ids;
    for (const DownloadItem *item : selectedItems()) {
        if (item->state != ItemState::Queued)
            ids << item->id;
    }
    if (ids.isEmpty())
        return;
    QString error;
    if (!m_runs.retry(ids, destination(), workerCount(), &error))
        reportProblem(tr("Cannot Retry"), error);
}

void MainWindow::removeSelected()
{
    m_runs.remove(selectedIds());
}

void MainWindow::onRunFinished(const RunProgress &run, qint64 wallUs)
{
    QString text = tr("Run finished in %1: %2 of %3 done").arg(RunComparison::formatDuration(wallUs))
                           .arg(run.done).arg(run.total);
    if (run.failed > 0)
        text += tr(", %n failed", nullptr, run.failed);
    if (run.cancelled > 0)
        text += tr(", %n cancelled", nullptr, run.cancelled);
    statusBar()->showMessage(text);
    updateActions();
    updateListSummary();
}

void MainWindow::reportProblem(const QString &title, const QString &problem)
{
    statusBar()->showMessage(problem, MessageTimeoutMs);
    // Window-modal and not waited for: the run state never hangs on a dialog.
    auto *box = new QMessageBox(QMessageBox::Warning, title, problem, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::pasteUrls()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (!UrlIntake::canTake(data)) {
        statusBar()->showMessage(tr("The clipboard holds no text or links."), MessageTimeoutMs);
        return;
    }
    m_intake.takeMimeData(data, tr("clipboard"));
}

void MainWindow::showAddDialog()
{
    auto *dialog = new AddUrlsDialog(m_background, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setListedCheck([this](const QUrl &url) { return m_model.contains(url); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { onIntakeFinished(dialog->result()); });
    dialog->open();
}

void MainWindow::openLists()
{
    const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Open Link Lists"), QDir::homePath(),
            tr("Link lists (*.txt *.list *.html *.htm *.url *.desktop);;All files (*)"));
    if (!files.isEmpty())
        m_intake.takeFiles(files);
}

void MainWindow::onIntakeFinished(const IntakeResult &result)
{
    const int added = m_model.addUrls(result.urls);
    const int listed = int(result.urls.size()) - added;
    const int rejected = int(result.rejects.size());

    QString text = added > 0 || listed > 0 ? tr("Added %n URL(s)", nullptr, added) : tr("No URLs found");
    if (listed > 0)
        text += tr(", skipped %n already in the list", nullptr, listed);
    if (result.duplicates > 0)
        text += tr(", %n repeated", nullptr, result.duplicates);
    if (rejected > 0)
        text += tr(", %n line(s) rejected", nullptr, rejected);
    statusBar()->showMessage(text, MessageTimeoutMs);

    m_lastRejects = result.rejects;
    m_rejectsButton->setVisible(rejected > 0);
    m_rejectsButton->setToolTip(tr("Show the %n line(s) the last addition could not use", nullptr, rejected));

    if (m_startWhenReady && m_intake.pending() == 0) {
        m_startWhenReady = false;
        startRun();
    }
}

void MainWindow::offerDemo()
{
    if (!m_demo && m_model.rowCount() > 0) {
        const auto answer = QMessageBox::question(
                this, tr("Load the Demo Batch"),
                tr("The demo batch replaces the list on screen until Fetchpool is restarted.\n"
                   "Your list is saved as it is and comes back on the next start."),
                QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Ok);
        if (answer != QMessageBox::Ok)
            return;
    }
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

QVector<quint64> MainWindow::selectedIds() const
{
    QVector<quint64> ids;
    const QModelIndexList rows = m_ui->listView->selectionModel()->selectedRows();
    ids.reserve(rows.size());
    for (const QModelIndex &row : rows)
        ids << m_proxy.mapToSource(row).data(DownloadModel::IdRole).toULongLong();
    return ids;
}

QVector<const DownloadItem *> MainWindow::selectedItems() const
{
    QVector<const DownloadItem *> items;
    const QModelIndexList rows = m_ui->listView->selectionModel()->selectedRows();
    items.reserve(rows.size());
    for (const QModelIndex &row : rows)
        items << &m_model.item(m_proxy.mapToSource(row).row());
    return items;
}

void MainWindow::openSelectedFiles()
{
    ItemCommands::openFiles(selectedItems());
}

void MainWindow::openSelectedFolders()
{
    ItemCommands::showFolders(selectedItems(), destination());
}

void MainWindow::copySelectedUrls()
{
    ItemCommands::copyUrls(selectedItems());
}

void MainWindow::showContextMenu(const QPoint &position)
{
    if (!m_ui->listView->indexAt(position).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_ui->actionOpenFile);
    menu.addAction(m_ui->actionOpenFolder);
    menu.addSeparator();
    menu.addAction(m_ui->actionCopyUrl);
    menu.addAction(m_ui->actionRetryItem);
    menu.addSeparator();
    menu.addAction(m_ui->actionRemove);
    menu.exec(m_ui->listView->viewport()->mapToGlobal(position));
}

bool MainWindow::isMeasuring() const
{
    return m_sweepDialog && m_sweepDialog->isMeasuring();
}

void MainWindow::showSweepDialog()
{
    if (m_sweepDialog) {
        m_sweepDialog->raise();
        m_sweepDialog->activateWindow();
        return;
    }
    if (m_demo && !m_demo->imagesReady().isFinished()) {
        statusBar()->showMessage(tr("Preparing the demo images: measure again in a moment."), MessageTimeoutMs);
        return;
    }
    QVector<QUrl> urls;
    urls.reserve(m_model.rowCount());
    for (const DownloadItem &item : m_model.items())
        urls << item.url;
    auto *dialog = new SweepDialog(urls, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnection(m_settings.connection());
    dialog->setBusyCheck([this] {
        return m_runs.isRunning() ? tr("A run is going: stop it or let it finish before measuring.") : QString();
    });
    connect(dialog, &SweepDialog::measuringChanged, this, &MainWindow::updateActions);
    connect(dialog, &SweepDialog::workersChosen, this, [this](int workers) {
        setParallel(workers > 1);
        if (workers > 1)
            setParallelWorkers(workers);
        statusBar()->showMessage(workers > 1 ? tr("Parallel with %1 workers, as measured").arg(workers)
                                             : tr("Sequential, as measured"),
                                 MessageTimeoutMs);
    });
    m_sweepDialog = dialog;
    dialog->show();
}

void MainWindow::exportReport()
{
    if (m_exporter.isBusy()) {
        statusBar()->showMessage(tr("A report is still being written."), MessageTimeoutMs);
        return;
    }
    const QString csvFilter = tr("CSV, one row per item (*.csv)");
    const QString jsonFilter = tr("JSON, the run and every item (*.json)");
    const QString markdownFilter = tr("Markdown summary (*.md)");
    QString filter = csvFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report"),
                                                QDir(destination()).filePath(QStringLiteral("fetchpool-report.csv")),
                                                QStringList{csvFilter, jsonFilter, markdownFilter}.join(QStringLiteral(";;")),
                                                &filter);
    if (path.isEmpty())
        return;
    // The filter chosen decides the format; the name gets its suffix if it has none.
    const RunReport::Format format = filter == jsonFilter ? RunReport::Format::Json
            : filter == markdownFilter                    ? RunReport::Format::Markdown
                                                          : RunReport::Format::Csv;
    const QString suffix = format == RunReport::Format::Json ? QStringLiteral("json")
            : format == RunReport::Format::Markdown          ? QStringLiteral("md")
                                                             : QStringLiteral("csv");
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    m_exporter.exportTo(path, format, m_model.items());
    statusBar()->showMessage(tr("Writing the report…"));
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings.connection(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionSettings connection = dialog->connection();
        m_settings.setConnection(connection);
        m_runs.setConnection(connection);
        if (m_runs.isRunning())
            statusBar()->showMessage(tr("The new settings apply from the next run."), MessageTimeoutMs);
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Fetchpool"),
            tr("<h3>Fetchpool %1</h3>"
               "<p>Downloads a list of URLs into a folder, one at a time or with a pool of workers, "
               "and shows how much time the pool saves.</p>"
               "<p>Built with Qt %2.</p>")
                    .arg(QStringLiteral(FETCHPOOL_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::updateActions()
{
    const bool running = m_runs.isRunning();
    const bool anyRows = m_model.rowCount() > 0;
    const ItemCommands::Items selected = selectedItems();

    m_ui->actionStart->setEnabled(m_runs.canStart() && !isMeasuring());
    m_ui->actionMeasure->setEnabled(!running && !isMeasuring() && anyRows);
    m_ui->actionExportReport->setEnabled(anyRows);
    m_ui->actionStop->setEnabled(running);
    m_ui->actionRetryFailed->setEnabled(m_runs.canRetry());
    m_ui->actionClearFinished->setEnabled(m_model.countInState({ItemState::Done}) > 0);
    m_ui->actionRemove->setEnabled(!selected.isEmpty());
    m_ui->actionSelectAll->setEnabled(anyRows);
    m_ui->actionSequential->setEnabled(!running);
    m_ui->actionParallel->setEnabled(!running);
    m_workers->setEnabled(!running && m_ui->actionParallel->isChecked());
    m_workersLabel->setEnabled(m_workers->isEnabled());
    m_destination->setEnabled(!running);
    m_ui->actionChooseFolder->setEnabled(!running);
    m_ui->actionLoadDemo->setEnabled(!running);
    m_ui->actionOpenFile->setEnabled(ItemCommands::anyOpenable(selected));
    m_ui->actionOpenFolder->setEnabled(!selected.isEmpty());
    m_ui->actionCopyUrl->setEnabled(!selected.isEmpty());
    m_ui->actionRetryItem->setEnabled(!running && ItemCommands::anyRetryable(selected));
}

void MainWindow::updateListSummary()
{
    const int total = m_model.rowCount();
    if (total == 0) {
        m_listSummary->setText(tr("List empty"));
        return;
    }
    const int done = m_model.countInState({ItemState::Done});
    const int failed = m_model.countInState({ItemState::Failed});
    QString text = tr("%n item(s)", nullptr, total) + tr(" · %1 done").arg(done);
    if (failed > 0)
        text += tr(" · %1 failed").arg(failed);
    m_listSummary->setText(text);
}

void MainWindow::scheduleSave()
{
    if (m_store)
        m_store->scheduleSave();
}

} // namespace Fetchpool::Gui
