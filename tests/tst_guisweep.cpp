// Measure… from the window against the in-process test server: the sweep
// runs, plots, recommends, hands its count to the toolbar and leaves no
// scratch files, cancelled or not; it never overlaps a normal run. Also the
// list's column menu and the report export.
#include "guitestwindow.h"
#include "list/downloadlistview.h"
#include "run/reportexporter.h"
#include "serverfiles.h"
#include "sweep/sweepdialog.h"
#include "sweep/sweepplot.h"
#include "testserver.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <set>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using namespace Fetchpool::Test;

namespace {

// Scratch folders of sweeps in the system's temporary folder.
QStringList sweepScratchFolders()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
            .entryList({QStringLiteral("fetchpool-sweep-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
}

} // namespace

class tst_GuiSweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void measureRecommendsAndHandsOverTheCount();
    void closingWhileMeasuringCancelsAndCleansUp();
    void measuringAndRunningExcludeEachOther();
    void knownFailuresAreLeftOut();
    void namesTheUrlAStepWaitsOn();
    void cancelRecommendsFromTheCompletedSteps();
    void everyPlotMarkHasALegendAndATooltip();
    void columnMenuShowsAndHidesColumns();
    void olderHeaderStateStillRestores();
    void exportWritesTheListsTiming();

private:
    QVector<QUrl> files(const QString &prefix, int count, int latencyMs) const
    {
        return fileUrls(m_server, prefix, count, QStringLiteral("size=4096&latency=%1").arg(latencyMs));
    }
    SweepDialog *openSweepDialog();

    TestServer m_server{4};
    TestWindow m_window;
    QStringList m_scratchBefore;
};

void tst_GuiSweep::initTestCase()
{
    setUpGuiTestApplication();
    QVERIFY(m_server.start());
}

void tst_GuiSweep::init()
{
    m_scratchBefore = sweepScratchFolders();
    // The designed size, whatever the offscreen screen's (the first start
    // fits the window to a smaller one), so every default column has room.
    QVERIFY(m_window.open(QSize(1280, 720)));
}

void tst_GuiSweep::cleanup()
{
    m_window.close();
    QCOMPARE(sweepScratchFolders(), m_scratchBefore);
}

SweepDialog *tst_GuiSweep::openSweepDialog()
{
    m_window.action("actionMeasure")->trigger();
    return m_window->findChild<SweepDialog *>();
}

void tst_GuiSweep::measureRecommendsAndHandsOverTheCount()
{
    QVERIFY(!m_window.action("actionMeasure")->isEnabled()); // nothing to measure yet
    m_window->model().addUrls(files(QStringLiteral("measure"), 16, 80));
    QVERIFY(m_window.action("actionMeasure")->isEnabled());
    m_window->setParallel(false);

    SweepDialog *dialog = openSweepDialog();
    QVERIFY(dialog);
    QSignalSpy measuring(dialog, &SweepDialog::measuringChanged);
    dialog->setMaxWorkers(8);
    dialog->setSampleSize(0);
    m_server.resetStats();
    dialog->measure();
    QVERIFY(dialog->isMeasuring());
    QCOMPARE(measuring.count(), 1);
    // No normal run while measuring.
    QVERIFY(!m_window.action("actionStart")->isEnabled());
    QVERIFY(!m_window.action("actionMeasure")->isEnabled());
    QVERIFY(!m_window->startRun());

    // 16 × 80 ms at 1 worker, then halving: a few seconds.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isMeasuring(), 60'000);
    QCOMPARE(measuring.count(), 2);
    QVERIFY(m_window.action("actionStart")->isEnabled());
    const SweepResult result = dialog->result();
    QCOMPARE(result.steps.size(), 4); // 1, 2, 4, 8
    for (const SweepStep &step : result.steps)
        QVERIFY(step.isComplete());
    // Every step fetched every file, and the eight-worker step had more than
    // half its workers waiting at the server together (80 ms each).
    for (int i = 0; i < 16; ++i)
        QCOMPARE(m_server.requestCount(QStringLiteral("/files/measure-%1.bin").arg(i)), 4);
    QVERIFY2(m_server.peakConcurrentRequests() > 4 && m_server.peakConcurrentRequests() <= 8,
             qPrintable(QString::number(m_server.peakConcurrentRequests())));
    // Which count is recommended depends on the measured times; whatever it
    // is, the dialog says it and hands it over.
    const int recommended = result.recommendedWorkers();
    QVERIFY2(QVector<int>({1, 2, 4, 8}).contains(recommended), qPrintable(QString::number(recommended)));
    // Nothing of the sweep reached the list or the destination.
    QCOMPARE(m_window->model().countInState({ItemState::Queued}), 16);
    QCOMPARE(QDir(m_window.destination()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());

    auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("sweepVerdict"));
    QVERIFY(verdict->text().contains(QString::number(recommended)));
    auto *use = dialog->findChild<QPushButton *>(QStringLiteral("useWorkersButton"));
    QVERIFY(use->isVisibleTo(dialog));
    QVERIFY(use->text().contains(QString::number(recommended)));
    // A count the sweep never measures: the hand-over must change it.
    m_window->setParallel(true);
    m_window->setParallelWorkers(3);
    use->click();
    QCOMPARE(m_window->workerCount(), recommended);
    if (recommended > 1)
        QCOMPARE(m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"))->value(), recommended);

    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->grab().save(QDir::temp().filePath(QStringLiteral("tst_guisweep-dialog.png")));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<SweepDialog *>());
}

void tst_GuiSweep::closingWhileMeasuringCancelsAndCleansUp()
{
    // Two files, then ones the server never answers: only closing can end the sweep.
    m_window->model().addUrls(files(QStringLiteral("close"), 2, 0));
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("close-hang"), 28, QStringLiteral("hang=1")));
    SweepDialog *dialog = openSweepDialog();
    QVERIFY(dialog);
    QPointer<SweepDialog> guard(dialog);
    dialog->setMaxWorkers(4);
    dialog->measure();
    QVERIFY(dialog->isMeasuring());
    QCOMPARE(sweepScratchFolders().size(), m_scratchBefore.size() + 1);
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("sweepStatus"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("2 of 30")), 20'000);

    dialog->reject(); // Close or Esc while measuring
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 20'000);
    QCOMPARE(sweepScratchFolders(), m_scratchBefore);
    QVERIFY(m_window.action("actionStart")->isEnabled());
}

void tst_GuiSweep::measuringAndRunningExcludeEachOther()
{
    m_window->model().addUrls(files(QStringLiteral("busy"), 8, 2000));
    m_window->setParallel(true);
    m_window->setParallelWorkers(2);
    QVERIFY(m_window->startRun());
    QVERIFY(!m_window.action("actionMeasure")->isEnabled());

    // A dialog left open from before the run refuses to measure during it.
    m_window->runs().stop();
    QTRY_VERIFY(!m_window->runs().isRunning());
    SweepDialog *dialog = openSweepDialog();
    QVERIFY(dialog);
    QVERIFY(m_window->startRun());
    dialog->measure();
    QVERIFY(!dialog->isMeasuring());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("sweepStatus"))->text().contains(QStringLiteral("run")));
    m_window->runs().stop();
    QTRY_VERIFY(!m_window->runs().isRunning());
}

// Rows that failed in the list are not measured (they would wait out their
// timeouts at every step); the dialog says how many it left out.
void tst_GuiSweep::knownFailuresAreLeftOut()
{
    m_window->model().addUrls(files(QStringLiteral("known-good"), 4, 20));
    m_window->model().addUrls(fileUrls(m_server, QStringLiteral("known-bad"), 3, QStringLiteral("status=404")));
    QVERIFY(m_window.runToEnd());
    QCOMPARE(m_window->model().countInState({ItemState::Failed}), 3);

    SweepDialog *dialog = openSweepDialog();
    QVERIFY(dialog);
    auto *skipped = dialog->findChild<QLabel *>(QStringLiteral("sweepSkipped"));
    QVERIFY(skipped->isVisibleTo(dialog));
    QVERIFY2(skipped->text().startsWith(QStringLiteral("3 URL")), qPrintable(skipped->text()));
    QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("sampleSize"))->maximum(), 4);

    dialog->setMaxWorkers(2);
    dialog->setSampleSize(0);
    m_server.resetStats();
    dialog->measure();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isMeasuring(), 30'000);
    const SweepResult result = dialog->result();
    QCOMPARE(result.urlCount, 4);
    QCOMPARE(result.steps.size(), 2);
    for (const SweepStep &step : result.steps)
        QVERIFY(step.isComplete());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_server.requestCount(QStringLiteral("/files/known-bad-%1.bin").arg(i)), 0);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(m_server.requestCount(QStringLiteral("/files/known-good-%1.bin").arg(i)), 2);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<SweepDialog *>());
}

// A URL the server never answers holds the first step: the dialog names it,
// and after Cancel it says why there is nothing to recommend.
void tst_GuiSweep::namesTheUrlAStepWaitsOn()
{
    m_window->model().addUrls(files(QStringLiteral("waits"), 2, 0));
    const QUrl hanging = m_server.url(QStringLiteral("/files/waits-forever.bin?hang=1"));
    m_window->model().addUrls({hanging});
    SweepDialog *dialog = openSweepDialog();
    QVERIFY(dialog);
    dialog->setMaxWorkers(2);
    dialog->measure();
    auto *waiting = dialog->findChild<QLabel *>(QStringLiteral("sweepWaiting"));
    QTRY_VERIFY_WITH_TIMEOUT(waiting->text().startsWith(QStringLiteral("Waiting on ")), 10'000);
    QVERIFY2(waiting->text().contains(QStringLiteral("waits-forever.bin")) || waiting->text().contains(QChar(0x2026)),
             qPrintable(waiting->text()));
    QCOMPARE(waiting->toolTip(), hanging.toDisplayString());

    dialog->cancelMeasuring();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isMeasuring(), 10'000);
    QCOMPARE(waiting->text(), QString());
    const QString verdict = dialog->findChild<QLabel *>(QStringLiteral("sweepVerdict"))->text();
    QVERIFY2(verdict.contains(QStringLiteral("Cancelled during the first step")), qPrintable(verdict));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("useWorkersButton"))->isVisibleTo(dialog));
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<SweepDialog *>());
}

// Cancelled in its third step, the sweep still recommends, from the two
// steps it completed, and says so.
void tst_GuiSweep::cancelRecommendsFromTheCompletedSteps()
{
    m_window->model().addUrls(files(QStringLiteral("cut-short"), 8, 40));
    SweepDialog *dialog = openSweepDialog();
    QVERIFY(dialog);
    dialog->setMaxWorkers(8);
    dialog->setSampleSize(0);
    connect(&dialog->sweep(), &WorkerSweep::stepStarted, dialog, [dialog](int index) {
        if (index == 2)
            dialog->cancelMeasuring();
    });
    dialog->measure();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isMeasuring(), 30'000);
    const SweepResult result = dialog->result();
    QVERIFY(result.cancelled);
    QCOMPARE(result.steps.size(), 2);
    QCOMPARE(result.completeSteps(), 2);
    const int recommended = result.recommendedWorkers();
    QVERIFY2(recommended == 1 || recommended == 2, qPrintable(QString::number(recommended)));

    const QString verdict = dialog->findChild<QLabel *>(QStringLiteral("sweepVerdict"))->text();
    QVERIFY2(!verdict.contains(QStringLiteral("No worker count fetched every URL")), qPrintable(verdict));
    if (recommended == 2) {
        QVERIFY2(verdict.contains(QStringLiteral("Recommended: 2 workers")), qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("From the 2 step")), qPrintable(verdict));
        auto *use = dialog->findChild<QPushButton *>(QStringLiteral("useWorkersButton"));
        QVERIFY(use->isVisibleTo(dialog));
        QVERIFY(use->text().contains(QStringLiteral("2")));
    } else {
        QVERIFY2(verdict.contains(QStringLiteral("do not help")), qPrintable(verdict));
    }
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<SweepDialog *>());
}

// Each kind of mark on the plot, the red ring of a step with failures and
// the cross of a step that timed out included, has a legend entry and a
// tooltip; the legend wraps in a narrow plot instead of running off it.
void tst_GuiSweep::everyPlotMarkHasALegendAndATooltip()
{
    auto stepOf = [](int workers, qint64 wallMs) {
        SweepStep step;
        step.workers = workers;
        step.wallUs = wallMs * 1000;
        step.total = step.done = 10;
        return step;
    };
    SweepResult result;
    result.plannedSteps = 4;
    result.steps = {stepOf(1, 1000), stepOf(2, 520), stepOf(4, 300), stepOf(8, 3000)};
    result.steps[2].done = 8;
    result.steps[2].failed = 2;
    result.steps[3].done = 6;
    result.steps[3].cancelled = 4;
    result.steps[3].timedOut = true;
    result.steps[3].timeoutUs = 3'000'000;

    SweepPlot plot;
    plot.resize(640, 340);
    plot.setPlannedCounts({1, 2, 4, 8});
    plot.setResult(result);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));

    const SweepPlotScale scale = plot.scale();
    QVERIFY(scale.isUsable());
    std::set<SweepPlotScale::Mark> kinds;
    for (const SweepPlotScale::Placed &placed : scale.marks()) {
        kinds.insert(placed.mark);
        QVERIFY2(!scale.toolTipAt(placed.centre).isEmpty(), qPrintable(QString::number(int(placed.mark))));
    }
    using Mark = SweepPlotScale::Mark;
    for (Mark mark : {Mark::Wall, Mark::SpeedUp, Mark::Knee, Mark::Incomplete, Mark::TimedOut})
        QVERIFY2(kinds.count(mark) > 0, qPrintable(QString::number(int(mark))));
    std::set<Mark> legend;
    for (const SweepPlotScale::LegendEntry &entry : scale.legend()) {
        legend.insert(entry.mark);
        QVERIFY(!entry.label.isEmpty());
        QVERIFY2(entry.text.right() <= plot.width(), qPrintable(entry.label));
    }
    for (Mark mark : std::as_const(kinds))
        QVERIFY2(legend.count(mark) > 0, qPrintable(QString::number(int(mark))));

    // The red ring: pointing at it explains it, with the step's figures.
    const auto ring = std::find_if(scale.marks().cbegin(), scale.marks().cend(),
                                   [](const SweepPlotScale::Placed &p) { return p.mark == Mark::Incomplete; });
    const QString ringTip = scale.toolTipAt(ring->centre);
    QVERIFY2(ringTip.contains(QStringLiteral("2 of 10 URLs not fetched")), qPrintable(ringTip));
    const auto cross = std::find_if(scale.marks().cbegin(), scale.marks().cend(),
                                    [](const SweepPlotScale::Placed &p) { return p.mark == Mark::TimedOut; });
    QVERIFY2(scale.toolTipAt(cross->centre).contains(QStringLiteral("Timed out after 3.00 s")),
             qPrintable(scale.toolTipAt(cross->centre)));
    // The widget shows it as a tooltip on hover, and nothing off the marks.
    const QPoint at = ring->centre.toPoint();
    QHelpEvent hover(QEvent::ToolTip, at, plot.mapToGlobal(at));
    QCoreApplication::sendEvent(&plot, &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), ringTip);
    const QPointF between((scale.x(2) + scale.x(4)) / 2, scale.area().top() + 2);
    QCOMPARE(scale.toolTipAt(between), QString());

    // Narrow: the legend takes more rows, every entry within the plot.
    plot.resize(380, 340);
    const SweepPlotScale narrow = plot.scale();
    QSet<qreal> rows;
    for (const SweepPlotScale::LegendEntry &entry : narrow.legend()) {
        rows.insert(entry.text.top());
        QVERIFY2(entry.text.right() <= plot.width(), qPrintable(entry.label));
    }
    QVERIFY(rows.size() > 1);
    QVERIFY(narrow.area().top() > scale.area().top());
    plot.grab().save(QDir::temp().filePath(QStringLiteral("tst_guisweep-plot-narrow.png")));
}

void tst_GuiSweep::columnMenuShowsAndHidesColumns()
{
    auto *view = m_window->findChild<DownloadListView *>();
    QVERIFY(view);
    QHeaderView *header = view->horizontalHeader();
    QCOMPARE(header->count(), int(DownloadModel::ColumnCount));
    QVERIFY(header->isSectionHidden(DownloadModel::QueuedColumn));
    QVERIFY(header->isSectionHidden(DownloadModel::AttemptsColumn));
    QVERIFY(!header->isSectionHidden(DownloadModel::FirstByteColumn));

    std::unique_ptr<QMenu> menu(view->createColumnMenu(nullptr));
    const QList<QAction *> entries = menu->actions();
    QCOMPARE(entries.size(), int(DownloadModel::ColumnCount));
    QAction *queued = entries.at(DownloadModel::QueuedColumn);
    QCOMPARE(queued->text(), QStringLiteral("Queued"));
    QVERIFY(queued->isCheckable() && !queued->isChecked());
    queued->trigger();
    QVERIFY(!header->isSectionHidden(DownloadModel::QueuedColumn));
    QVERIFY(header->sectionSize(DownloadModel::QueuedColumn) > 20);
    entries.at(DownloadModel::UrlColumn)->trigger();
    QVERIFY(header->isSectionHidden(DownloadModel::UrlColumn));

    // The choice is part of the saved header state.
    const QByteArray state = header->saveState();
    header->setSectionHidden(DownloadModel::QueuedColumn, true);
    QVERIFY(header->restoreState(state));
    QVERIFY(!header->isSectionHidden(DownloadModel::QueuedColumn));

    // The last visible column cannot be hidden.
    for (int column = 0; column < DownloadModel::ColumnCount; ++column)
        header->setSectionHidden(column, column != DownloadModel::NameColumn);
    std::unique_ptr<QMenu> last(view->createColumnMenu(nullptr));
    QVERIFY(!last->actions().at(DownloadModel::NameColumn)->isEnabled());
    QVERIFY(last->actions().at(DownloadModel::SizeColumn)->isEnabled());
}

void tst_GuiSweep::olderHeaderStateStillRestores()
{
    // A header saved by a version with the eight original columns, Worker hidden.
    QStandardItemModel older(0, 8);
    checkModel(&older);
    QHeaderView saved(Qt::Horizontal);
    saved.setModel(&older);
    saved.setSectionHidden(7, true);
    saved.resizeSection(0, 321);
    const QByteArray state = saved.saveState();

    auto *view = m_window->findChild<DownloadListView *>();
    QHeaderView *header = view->horizontalHeader();
    header->restoreState(state);
    QCOMPARE(header->count(), int(DownloadModel::ColumnCount));
    QVERIFY(header->isSectionHidden(DownloadModel::WorkerColumn));
    QCOMPARE(header->sectionSize(DownloadModel::NameColumn), 321);
    // The timing columns can still be shown from the menu.
    std::unique_ptr<QMenu> menu(view->createColumnMenu(nullptr));
    QAction *body = menu->actions().at(DownloadModel::BodyColumn);
    body->setChecked(!body->isChecked());
    QCOMPARE(header->isSectionHidden(DownloadModel::BodyColumn), !body->isChecked());
}

void tst_GuiSweep::exportWritesTheListsTiming()
{
    m_window->model().addUrls(files(QStringLiteral("export"), 3, 40));
    m_window->setParallel(true);
    m_window->setParallelWorkers(3);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    QVERIFY(m_window->startRun());
    QVERIFY(finished.wait(30'000));

    ReportExporter exporter;
    exporter.recordRun(finished.first().at(0).value<RunProgress>(), finished.first().at(1).toLongLong());
    QSignalSpy written(&exporter, &ReportExporter::finished);
    const QString path = QDir(m_window.destination()).filePath(QStringLiteral("report.json"));
    QVERIFY(exporter.exportTo(path, ReportFormat::Json, m_window->model().items()));
    QVERIFY(written.wait(10'000));
    QCOMPARE(written.first().at(1).toString(), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("workers")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("done")).toInt(), 3);
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    for (const QJsonValue &item : items) {
        // Each file waited 40 ms for its response.
        QVERIFY(item.toObject().value(QStringLiteral("timeToFirstByteUs")).toInteger() >= 40'000);
        QCOMPARE(item.toObject().value(QStringLiteral("attempts")).toInt(), 1);
    }

    const QString unwritable = QStringLiteral("/nonexistent/folder/report.csv");
    QVERIFY(exporter.exportTo(unwritable, ReportFormat::Csv, m_window->model().items()));
    QVERIFY(written.wait(10'000));
    QVERIFY(written.last().at(1).toString().contains(unwritable));
}

QTEST_MAIN(tst_GuiSweep)
#include "tst_guisweep.moc"
