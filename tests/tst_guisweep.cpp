// Measure… from the window against the in-process test server: the sweep
// runs, plots, recommends, hands its count to the toolbar and leaves no
// scratch files, cancelled or not; it never overlaps a normal run. Also the
// list's column menu and the report export.
#include "guitestwindow.h"
#include "list/downloadlistview.h"
#include "run/reportexporter.h"
#include "serverfiles.h"
#include "sweep/sweepdialog.h"
#include "testserver.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHeaderView>
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
    QVERIFY(m_window.open());
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
