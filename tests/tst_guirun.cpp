// Runs from the window against the in-process test server: the Sequential /
// Parallel toggle and the worker count reach the engine, a full run turns
// every row done and fills the comparison, Stop cancels, failures can be
// retried, and a bad destination is reported before anything starts.
#include "app/autostart.h"
#include "app/mainwindow.h"
#include "app/pluraltranslator.h"
#include "app/preferencesdialog.h"
#include "testserver.h"
#include "run/timingpanel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace Fetchpool;
using namespace Fetchpool::Gui;
using Fetchpool::Test::TestServer;

class tst_GuiRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void sequentialRunsOnOneWorker();
    void parallelUsesTheWorkerCount();
    void fullRunsFillTheComparison();
    void stopCancelsPromptly();
    void startAfterStopResumesKeptParts();
    void removingAStoppedItemDeletesItsPart();
    void failuresShowTheirReasonAndCanBeRetried();
    void missingDestinationIsReportedBeforeStarting();
    void actionsFollowTheRunState();
    void removingRunningItemsCancelsThem();
    void demoBatchUsesAScratchFolder();
    void autostartRunsEachModeInTurn();
    void preferencesApplyToTheNextRun();

private:
    QVector<QUrl> files(const QString &prefix, int count, const QString &query) const;
    QAction *action(const char *name) const;
    // Presses Start and waits for the run's end; returns (run, wallUs).
    QList<QVariant> runToEnd(int timeoutMs = 60'000);

    TestServer m_server{4};
    std::unique_ptr<QTemporaryDir> m_destination;
    std::unique_ptr<MainWindow> m_window;
};

void tst_GuiRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FetchpoolTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_guirun"));
    PluralTranslator::install();
    QVERIFY(m_server.start());
    QVERIFY(m_server.startTls());
}

void tst_GuiRun::init()
{
    QSettings().clear();
    m_destination = std::make_unique<QTemporaryDir>();
    QVERIFY(m_destination->isValid());
    m_window = std::make_unique<MainWindow>();
    m_window->setDestination(m_destination->path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_GuiRun::cleanup()
{
    m_window.reset();
    m_destination.reset();
}

QVector<QUrl> tst_GuiRun::files(const QString &prefix, int count, const QString &query) const
{
    QVector<QUrl> urls;
    for (int i = 0; i < count; ++i)
        urls << m_server.url(QStringLiteral("/files/%1-%2.bin?%3").arg(prefix).arg(i).arg(query));
    return urls;
}

QAction *tst_GuiRun::action(const char *name) const
{
    auto *found = m_window->findChild<QAction *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

QList<QVariant> tst_GuiRun::runToEnd(int timeoutMs)
{
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    action("actionStart")->trigger();
    if (!m_window->runs().isRunning())
        qFatal("the run did not start: %s", qPrintable(m_window->statusBar()->currentMessage()));
    if (!finished.wait(timeoutMs))
        qFatal("the run did not end in time");
    return finished.first();
}

void tst_GuiRun::sequentialRunsOnOneWorker()
{
    m_window->model().addUrls(files(QStringLiteral("seq"), 6, QStringLiteral("size=2048&latency=20")));
    m_window->setParallelWorkers(12);
    m_window->setParallel(false);
    QVERIFY(!m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"))->isEnabled());
    QCOMPARE(m_window->workerCount(), 1);

    QSignalSpy started(&m_window->runs().engine(), &DownloadEngine::runStarted);
    const QList<QVariant> end = runToEnd();
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().at(1).toInt(), 1);
    QCOMPARE(end.at(0).value<RunProgress>().workers, 1);
    for (const DownloadItem &item : m_window->model().items()) {
        QCOMPARE(item.state, ItemState::Done);
        QCOMPARE(item.worker, 0);
    }
}

void tst_GuiRun::parallelUsesTheWorkerCount()
{
    m_window->model().addUrls(files(QStringLiteral("par"), 24, QStringLiteral("size=4096&latency=150")));
    m_window->setParallel(true);
    auto *spin = m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"));
    QVERIFY(spin->isEnabled());
    spin->setValue(8);
    QCOMPARE(m_window->workerCount(), 8);

    m_server.resetStats();
    QSignalSpy started(&m_window->runs().engine(), &DownloadEngine::runStarted);
    const QList<QVariant> end = runToEnd();
    QCOMPARE(started.first().at(1).toInt(), 8);
    QCOMPARE(end.at(0).value<RunProgress>().workers, 8);
    QCOMPARE(end.at(0).value<RunProgress>().done, 24);

    std::set<int> workers;
    for (const DownloadItem &item : m_window->model().items())
        workers.insert(item.worker);
    QCOMPARE(int(workers.size()), 8);
    QCOMPARE(*workers.rbegin(), 7);
    QVERIFY(m_server.peakConcurrentRequests() > 1);
    QCOMPARE(QSettings().value(QStringLiteral("run/workers")).toInt(), 8);
}

void tst_GuiRun::fullRunsFillTheComparison()
{
    const QVector<QUrl> urls = files(QStringLiteral("cmp"), 16, QStringLiteral("size=8192&latency=60"));
    m_window->model().addUrls(urls);
    TimingPanel *panel = m_window->timingPanel();
    QVERIFY(panel->comparisonText().startsWith(QStringLiteral("Run the list")));

    m_window->setParallel(false);
    const QList<QVariant> sequential = runToEnd();
    const qint64 sequentialUs = sequential.at(1).toLongLong();
    QCOMPARE(panel->elapsedText(), RunComparison::formatDuration(sequentialUs));
    QVERIFY2(panel->comparisonText().startsWith(QStringLiteral("Sequential ")), qPrintable(panel->comparisonText()));
    for (const DownloadItem &item : m_window->model().items()) {
        QCOMPARE(item.state, ItemState::Done);
        QVERIFY2(QFileInfo::exists(item.filePath), qPrintable(item.filePath));
        QCOMPARE(QFileInfo(item.filePath).size(), 8192);
        QCOMPARE(QFileInfo(item.filePath).absolutePath(), QFileInfo(m_destination->path()).canonicalFilePath());
    }

    // Start again on a finished list runs the same list, now in parallel.
    m_window->setParallel(true);
    m_window->setParallelWorkers(8);
    const QList<QVariant> parallel = runToEnd();
    const qint64 parallelUs = parallel.at(1).toLongLong();
    QCOMPARE(parallel.at(0).value<RunProgress>().done, 16);
    for (const DownloadItem &item : m_window->model().items())
        QCOMPARE(item.state, ItemState::Done);

    const QString summary = panel->comparisonText();
    QVERIFY2(summary.contains(QStringLiteral("Sequential ") + RunComparison::formatDuration(sequentialUs)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Parallel ×8 ") + RunComparison::formatDuration(parallelUs)), qPrintable(summary));
    QVERIFY2(summary.endsWith(QStringLiteral("faster")), qPrintable(summary));
    QVERIFY(m_window->runs().comparison().speedUp().value() > 2.0);
    // Both runs saved every file: 16 from each, none left as .part.
    QCOMPARE(QDir(m_destination->path()).entryList(QDir::Files).size(), 32);

    // Another list: the comparison starts over instead of mixing figures.
    m_window->model().addUrls(files(QStringLiteral("other"), 2, QStringLiteral("size=16")));
    runToEnd();
    QVERIFY2(!panel->comparisonText().contains(QStringLiteral("Sequential")), qPrintable(panel->comparisonText()));
}

void tst_GuiRun::stopCancelsPromptly()
{
    m_window->model().addUrls(files(QStringLiteral("slow"), 20, QStringLiteral("size=65536&latency=20000")));
    m_window->setParallel(true);
    m_window->setParallelWorkers(4);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    action("actionStart")->trigger();
    QVERIFY(m_window->runs().isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->runs().engine().progress().inFlight == 4, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->timingPanel()->inFlightText() == QStringLiteral("In flight 4 of 4 workers"), 10'000);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(action("actionStop")->isEnabled());
    action("actionStop")->trigger();
    QVERIFY(finished.wait(5'000));
    QVERIFY2(clock.elapsed() < 3'000, qPrintable(QString::number(clock.elapsed())));

    for (const DownloadItem &item : m_window->model().items())
        QVERIFY(item.state == ItemState::Cancelled || item.state == ItemState::Done);
    QCOMPARE(m_window->model().countInState({ItemState::Cancelled}), 20);
    QVERIFY(QDir(m_destination->path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QVERIFY(action("actionRetryFailed")->isEnabled());
    QVERIFY(action("actionStart")->isEnabled());
}

void tst_GuiRun::startAfterStopResumesKeptParts()
{
    // With a validator (etag=1) Stop keeps each part; Start continues from it.
    const qint64 size = 200'000;
    const QVector<QUrl> urls = files(QStringLiteral("resume"), 3, QStringLiteral("size=%1&etag=1&stall=2000").arg(size));
    m_window->model().addUrls(urls);
    m_window->setParallel(true);
    m_window->setParallelWorkers(4);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    action("actionStart")->trigger();
    const QDir folder(m_destination->path());
    auto partsWithBytes = [&] {
        int n = 0;
        for (const QFileInfo &info : folder.entryInfoList({QStringLiteral("*.part")}, QDir::Files))
            n += info.size() > 0 ? 1 : 0;
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(partsWithBytes() == 3, 10'000);
    action("actionStop")->trigger();
    QVERIFY(finished.wait(5'000));
    QCOMPARE(m_window->model().countInState({ItemState::Cancelled}), 3);
    const QString status = m_window->model().index(0, DownloadModel::StatusColumn).data().toString();
    QVERIFY2(status.contains(QStringLiteral("kept to resume")), qPrintable(status));

    m_server.resetStats();
    finished.clear();
    QVERIFY(action("actionStart")->isEnabled());
    action("actionStart")->trigger();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(m_window->model().countInState({ItemState::Done}), 3);
    for (int i = 0; i < 3; ++i) {
        const QString path = QStringLiteral("/files/resume-%1.bin").arg(i);
        const QStringList ranges = m_server.requestHeaders(path, "Range");
        QCOMPARE(ranges.size(), 1);
        QVERIFY2(ranges.first().startsWith(QLatin1String("bytes=")) && ranges.first() != QLatin1String("bytes=0-"),
                 qPrintable(ranges.first()));
        QFile file(folder.filePath(QStringLiteral("resume-%1.bin").arg(i)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), TestServer::body(size, TestServer::seedForPath(path)));
    }
    QCOMPARE(folder.entryList({QStringLiteral("*.part")}, QDir::Files), QStringList());
}

void tst_GuiRun::removingAStoppedItemDeletesItsPart()
{
    m_window->model().addUrls(files(QStringLiteral("drop"), 1, QStringLiteral("size=200000&etag=1&stall=5000")));
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    action("actionStart")->trigger();
    const QString part = QDir(m_destination->path()).filePath(QStringLiteral("drop-0.bin.part"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(part).size() > 0, 10'000);
    action("actionStop")->trigger();
    QVERIFY(finished.wait(5'000));
    QVERIFY(QFileInfo::exists(part));

    m_window->runs().remove({m_window->model().item(0).id});
    QCOMPARE(m_window->model().rowCount(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(part), 5'000);
}

void tst_GuiRun::failuresShowTheirReasonAndCanBeRetried()
{
    // The first request to each path answers 404 (not worth retrying within
    // the run); the next one succeeds.
    const QVector<QUrl> urls = files(QStringLiteral("flaky"), 3, QStringLiteral("size=100&fail=1&failstatus=404"));
    m_window->model().addUrls(urls);
    m_window->model().addUrls(files(QStringLiteral("fine"), 2, QStringLiteral("size=100")));
    runToEnd();

    DownloadModel &model = m_window->model();
    QCOMPARE(model.countInState({ItemState::Failed}), 3);
    QCOMPARE(model.countInState({ItemState::Done}), 2);
    const int row = model.rowOf(model.idsInState({ItemState::Failed}).first());
    const QString tip = model.index(row, DownloadModel::StatusColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("404")), qPrintable(tip));
    QVERIFY(action("actionRetryFailed")->isEnabled());

    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    action("actionRetryFailed")->trigger();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.first().at(0).value<RunProgress>().total, 3); // only the failed ones ran
    QCOMPARE(model.countInState({ItemState::Done}), 5);
    QVERIFY(!action("actionRetryFailed")->isEnabled());
}

void tst_GuiRun::missingDestinationIsReportedBeforeStarting()
{
    m_window->model().addUrls(files(QStringLiteral("nowhere"), 1, QStringLiteral("size=10")));
    const QString missing = m_destination->filePath(QStringLiteral("not/there"));
    m_window->setDestination(missing);
    QVERIFY(!m_window->startRun());
    QVERIFY(!m_window->runs().isRunning());
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("does not exist")), qPrintable(message));
    QVERIFY(!QFileInfo::exists(missing)); // only the default Downloads folder is ever created
    QCOMPARE(m_window->model().item(0).state, ItemState::Queued);
}

void tst_GuiRun::actionsFollowTheRunState()
{
    QVERIFY(!action("actionStart")->isEnabled()); // nothing to run
    QVERIFY(!action("actionStop")->isEnabled());
    m_window->model().addUrls(files(QStringLiteral("state"), 4, QStringLiteral("size=10&latency=300")));
    QVERIFY(action("actionStart")->isEnabled());
    QVERIFY(!action("actionClearFinished")->isEnabled());

    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    action("actionStart")->trigger();
    QVERIFY(!action("actionStart")->isEnabled());
    QVERIFY(action("actionStop")->isEnabled());
    QVERIFY(!action("actionSequential")->isEnabled());
    QVERIFY(!m_window->findChild<QSpinBox *>(QStringLiteral("workerCount"))->isEnabled());
    QVERIFY(finished.wait(30'000));
    QVERIFY(action("actionStart")->isEnabled());
    QVERIFY(!action("actionStop")->isEnabled());
    QVERIFY(action("actionClearFinished")->isEnabled());

    action("actionClearFinished")->trigger();
    QCOMPARE(m_window->model().rowCount(), 0);
    QVERIFY(!action("actionStart")->isEnabled());
}

void tst_GuiRun::removingRunningItemsCancelsThem()
{
    m_window->model().addUrls(files(QStringLiteral("gone"), 3, QStringLiteral("size=4096&latency=20000")));
    m_window->model().addUrls(files(QStringLiteral("kept"), 2, QStringLiteral("size=64&latency=50")));
    m_window->setParallel(true);
    m_window->setParallelWorkers(5);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    action("actionStart")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->runs().engine().progress().inFlight == 3, 10'000);

    auto *view = m_window->findChild<QTableView *>(QStringLiteral("listView"));
    view->selectionModel()->clearSelection();
    for (int row = 0; row < 3; ++row)
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(action("actionRemove")->isEnabled());
    action("actionRemove")->trigger();
    QCOMPARE(m_window->model().rowCount(), 2);

    QVERIFY(finished.wait(5'000)); // the removed transfers were cancelled, not waited for
    const RunProgress run = finished.first().at(0).value<RunProgress>();
    QCOMPARE(run.cancelled, 3);
    QCOMPARE(run.done, 2);
    QCOMPARE(m_window->model().countInState({ItemState::Done}), 2);
    QCOMPARE(QDir(m_destination->path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void tst_GuiRun::demoBatchUsesAScratchFolder()
{
    const QString chosen = m_window->destination();
    QSettings().setValue(QStringLiteral("run/destination"), chosen);
    m_window->loadDemo();
    QCOMPARE(m_window->model().rowCount(), 100);
    QVERIFY(m_window->destination() != chosen);
    QVERIFY(m_window->destination().startsWith(QDir::tempPath()));
    QVERIFY(QFileInfo(m_window->destination()).isDir());
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Demo batch loaded")));
    QCOMPARE(m_window->model().item(0).url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_window->model().item(0).url.path().startsWith(QStringLiteral("/image/")));
    QCOMPARE(QSettings().value(QStringLiteral("run/destination")).toString(), chosen);
}

void tst_GuiRun::autostartRunsEachModeInTurn()
{
    QVERIFY(!AutoStart::parse(QStringLiteral("fast")));
    QVERIFY(!AutoStart::parse(QString()));
    const auto modes = AutoStart::parse(QStringLiteral("Sequential,parallel"));
    QVERIFY(modes);
    QCOMPARE(modes->size(), 2);

    m_window->model().addUrls(files(QStringLiteral("auto"), 6, QStringLiteral("size=512&latency=40")));
    m_window->setParallelWorkers(6);
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    (new AutoStart(m_window.get(), *modes))->begin();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30'000);
    QCOMPARE(finished.at(0).at(0).value<RunProgress>().workers, 1);
    QCOMPARE(finished.at(1).at(0).value<RunProgress>().workers, 6);
    QVERIFY(m_window->runs().comparison().speedUp().has_value());
}

// Edit → Preferences…: a CA file that cannot serve is refused with its
// reason; an accepted one is remembered and trusted by the next run, which
// fetches from the HTTPS server that failed without it.
void tst_GuiRun::preferencesApplyToTheNextRun()
{
    const QUrl secure = m_server.httpsUrl(QStringLiteral("/files/prefs-secure.bin?size=3000"));
    m_window->model().addUrls({secure});
    runToEnd();
    QCOMPARE(m_window->model().item(0).state, ItemState::Failed);
    QVERIFY2(m_window->model().item(0).errorMessage.contains(QLatin1String("certificate")),
             qPrintable(m_window->model().item(0).errorMessage));

    auto openPreferences = [this] {
        action("actionPreferences")->trigger();
        auto *dialog = m_window->findChild<PreferencesDialog *>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            qFatal("Preferences did not open");
        return dialog;
    };
    PreferencesDialog *dialog = openPreferences();
    auto *caFile = dialog->findChild<QLineEdit *>(QStringLiteral("caFile"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem"));
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    const QString junk = QDir(m_destination->path()).filePath(QStringLiteral("junk.pem"));
    {
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate");
    }
    caFile->setText(junk);
    ok->click();
    QVERIFY(dialog->isVisible()); // refused, with the reason
    QVERIFY2(problem->isVisible() && problem->text().contains(QLatin1String("holds no PEM certificate")),
             qPrintable(problem->text()));

    caFile->setText(TestServer::certificateFile());
    dialog->findChild<QSpinBox *>(QStringLiteral("retries"))->setValue(5);
    ok->click();
    QTRY_VERIFY(!m_window->findChild<PreferencesDialog *>()); // closed and deleted
    QCOMPARE(QSettings().value(QStringLiteral("connection/caCertificateFile")).toString(),
             TestServer::certificateFile());
    QCOMPARE(QSettings().value(QStringLiteral("connection/retries")).toInt(), 5);

    action("actionRetryFailed")->trigger();
    QSignalSpy finished(&m_window->runs(), &RunController::runFinished);
    QVERIFY(finished.wait(30'000));
    const DownloadItem &item = m_window->model().item(0);
    QCOMPARE(item.state, ItemState::Done);
    QFile saved(item.filePath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), TestServer::body(3000, TestServer::seedForPath(QStringLiteral("/files/prefs-secure.bin"))));

    // The dialog shows what was saved, and a new window starts with it.
    dialog = openPreferences();
    QCOMPARE(dialog->connection().caCertificateFile, TestServer::certificateFile());
    QCOMPARE(dialog->connection().retries, 5);
    dialog->reject();
}

QTEST_MAIN(tst_GuiRun)
#include "tst_guirun.moc"
