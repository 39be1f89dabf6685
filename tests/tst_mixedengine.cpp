// One batch shared by this computer's workers and a real aria2c daemon on
// loopback (MixedEngine), fetching from the test server: both sides take
// items on their own lanes, a daemon killed mid-run or refusing the secret
// leaves the rest to this computer, cancel ends every item once, and
// fetchpool-cli --engine local --engine aria2://... end to end.
#include "aria2daemon.h"
#include "aria2endpoint.h"
#include "clirun.h"
#include "enginetest.h"
#include "mixedengine.h"
#include "runrecorder.h"
#include "serverfiles.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Fetchpool;
using Fetchpool::Test::Aria2Daemon;
using Fetchpool::Test::fileJobs;
using Fetchpool::Test::RunRecorder;
using Fetchpool::Test::TestServer;

class tst_MixedEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void bothSidesTakeItems();
    void daemonKilledMidRunThisComputerTakesTheRest();
    void wrongSecretEverythingDoneHere();
    void cancelMidRunEndsEveryItemOnce();
    void itemControlsReachTheSideThatHoldsTheItem();
    void rateLimitIsSharedByBothSides();
    void cliLocalAndDaemon();

private:
    std::unique_ptr<Aria2Daemon> startDaemon(int slotCount);
    // Every item ended once, done, with the served bytes in its file.
    void verifyAllDone(const RunRecorder &recorder, const QVector<DownloadJob> &jobs, qint64 size);

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

std::unique_ptr<Aria2Daemon> tst_MixedEngine::startDaemon(int slotCount)
{
    auto daemon = std::make_unique<Aria2Daemon>(slotCount);
    QString why;
    if (!daemon->start(&why)) {
        qWarning("%s", qPrintable(why));
        return nullptr;
    }
    return daemon;
}

void tst_MixedEngine::initTestCase()
{
    QString why;
    if (!Aria2Daemon::available(&why))
        QSKIP(qPrintable(why));
    Aria2Daemon probe;
    if (!probe.start(&why))
        QSKIP(qPrintable(QStringLiteral("aria2c cannot start here: ") + why));
    QVERIFY(m_server.start());
}

void tst_MixedEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.setLatency(0);
    m_server.resetStats();
}

void tst_MixedEngine::verifyAllDone(const RunRecorder &recorder, const QVector<DownloadJob> &jobs, qint64 size)
{
    QCOMPARE(recorder.duplicateResults, 0);
    QCOMPARE(recorder.byId.size(), jobs.size());
    QCOMPARE(recorder.run().total, int(jobs.size()));
    QCOMPARE(recorder.run().done, int(jobs.size()));
    for (const DownloadJob &job : jobs) {
        const ItemResult result = recorder.byId.value(job.id);
        QCOMPARE(result.state, ItemState::Done);
        QCOMPARE(Test::contentsOf(result.filePath), Test::servedBody(job.url.path(), size));
    }
}

// Two local workers and a daemon of two slots: four lanes; each side
// fetches some of the batch on its own lanes, every file byte-identical,
// every item ended once and runFinished once after the last of them.
void tst_MixedEngine::bothSidesTakeItems()
{
    auto daemon = startDaemon(2);
    QVERIFY(daemon);
    MixedEngine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    QSignalSpy started(&engine, &TransferEngine::runStarted);
    QSignalSpy finished(&engine, &TransferEngine::runFinished);
    bool finishedAfterRun = false;
    connect(&engine, &TransferEngine::itemsFinished, this, [&] { finishedAfterRun |= !engine.isRunning(); });
    // 12 files of 150 kB at 600 kB/s: a quarter of a second each.
    const auto jobs = fileJobs(m_server, QStringLiteral("mixed"), 12, 150'000, QStringLiteral("&rate=600000"));
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 2), &error), qPrintable(error));
    QVERIFY(recorder.wait(90'000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toInt(), 12);
    QCOMPARE(started.first().at(1).toInt(), 4);
    QCOMPARE(recorder.run().workers, 4);
    QVERIFY(!finishedAfterRun);
    verifyAllDone(recorder, jobs, 150'000);
    int local = 0;
    int remote = 0;
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        QVERIFY2(result.worker >= 0 && result.worker < 4, qPrintable(QString::number(result.worker)));
        (result.worker < 2 ? local : remote) += 1;
    }
    QVERIFY2(local > 0 && remote > 0, qPrintable(QStringLiteral("%1 local, %2 remote").arg(local).arg(remote)));
    QCOMPARE(engine.localFigures().files, local);
    QCOMPARE(engine.localFigures().bytes, qint64(local) * 150'000);
    QCOMPARE(engine.localFigures().workers, 2);
    const auto figures = engine.remoteFigures();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures[0].files, remote);
    QVERIFY(figures[0].problem.isEmpty());
    QVERIFY(engine.refusal().isEmpty());
    QCOMPARE(recorder.run().bytes, qint64(12) * 150'000);
    QTest::qWait(0);
    QCOMPARE(finished.size(), 1);
}

// The daemon is killed while it fetches: no item fails for it, the ones it
// had come back and this computer fetches them and the rest, and the
// problem names the daemon.
void tst_MixedEngine::daemonKilledMidRunThisComputerTakesTheRest()
{
    auto daemon = startDaemon(2);
    QVERIFY(daemon);
    MixedEngine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    QSignalSpy problems(&engine, &MixedEngine::endpointProblem);
    const auto jobs = fileJobs(m_server, QStringLiteral("gone"), 8, 150'000, QStringLiteral("&rate=300000"));
    bool killed = false;
    connect(&engine, &TransferEngine::progressed, this, [&](const RunProgress &, const QVector<ItemProgress> &items) {
        for (const ItemProgress &item : items) {
            // Lanes 1 and 2 are the daemon's.
            if (!killed && item.worker >= 1 && item.received > 0) {
                killed = true;
                daemon->kill();
            }
        }
    });
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 1), &error), qPrintable(error));
    QVERIFY(recorder.wait(90'000));
    QVERIFY(killed);
    verifyAllDone(recorder, jobs, 150'000);
    QVERIFY(!problems.isEmpty());
    const QString problem = problems.last().at(0).toString();
    QVERIFY2(problem.contains(QStringLiteral("aria2://127.0.0.1:%1 went away").arg(daemon->port())),
             qPrintable(problem));
    QVERIFY(engine.localFigures().files >= 1);
    QCOMPARE(engine.localFigures().files + engine.remoteFigures()[0].files, 8);
}

// A daemon that refuses the secret: the whole batch is done here, on the
// local lanes only, and the refusal says why.
void tst_MixedEngine::wrongSecretEverythingDoneHere()
{
    auto daemon = startDaemon(2);
    QVERIFY(daemon);
    QString parseError;
    const auto wrong = Aria2Endpoint::parse(daemon->endpointText(QStringLiteral("not-the-secret")), &parseError);
    QVERIFY2(wrong, qPrintable(parseError));
    MixedEngine engine({*wrong});
    RunRecorder recorder(engine);
    QSignalSpy started(&engine, &TransferEngine::runStarted);
    QSignalSpy problems(&engine, &MixedEngine::endpointProblem);
    const auto jobs = fileJobs(m_server, QStringLiteral("secret"), 6, 20'000);
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 3), &error), qPrintable(error));
    QVERIFY(recorder.wait(60'000));
    verifyAllDone(recorder, jobs, 20'000);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(1).toInt(), 3);
    for (const ItemResult &result : std::as_const(recorder.byId))
        QVERIFY(result.worker >= 0 && result.worker < 3);
    QCOMPARE(engine.localFigures().files, 6);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(engine.refusal().contains(QLatin1String("no aria2 daemon could take the run")),
             qPrintable(engine.refusal()));
    QVERIFY(!engine.refusal().contains(QLatin1String("not-the-secret")));
}

// Cancel while both sides fetch: every item ends once, cancelled, and the
// run finishes promptly, once.
void tst_MixedEngine::cancelMidRunEndsEveryItemOnce()
{
    auto daemon = startDaemon(2);
    QVERIFY(daemon);
    MixedEngine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    QSignalSpy finished(&engine, &TransferEngine::runFinished);
    bool remoteReceiving = false;
    connect(&engine, &TransferEngine::progressed, this, [&](const RunProgress &, const QVector<ItemProgress> &items) {
        for (const ItemProgress &item : items)
            remoteReceiving |= item.worker >= 2 && item.received > 0;
    });
    const auto jobs = fileJobs(m_server, QStringLiteral("cancel"), 8, 2'000'000, QStringLiteral("&rate=200000"));
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 2), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(remoteReceiving, 20'000);
    QElapsedTimer clock;
    clock.start();
    engine.cancel();
    QVERIFY(recorder.wait(5'000));
    QVERIFY2(clock.elapsed() < 2'000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(recorder.duplicateResults, 0);
    QCOMPARE(recorder.byId.size(), jobs.size());
    QCOMPARE(recorder.run().cancelled, 8);
    QCOMPARE(recorder.run().total, 8);
    QTest::qWait(0);
    QCOMPARE(finished.size(), 1);
    QVERIFY(!engine.isRunning());
}

// Pausing, cancelling and adding during a mixed run: a pause of an item the
// daemon fetches pauses it there, a cancel of one this computer fetches stops
// it here, a pause of a queued one ends it without a fetch, and items
// enqueued mid-run are fetched by whichever side frees a lane. Every item
// ends once, in the state asked for.
void tst_MixedEngine::itemControlsReachTheSideThatHoldsTheItem()
{
    auto daemon = startDaemon(1);
    QVERIFY(daemon);
    MixedEngine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    // Items 0 and 1 take 20 s each (one per lane), 2-4 wait behind them.
    QVector<DownloadJob> jobs = fileJobs(m_server, QStringLiteral("slow"), 2, 2'000'000, QStringLiteral("&rate=100000"));
    const QVector<DownloadJob> quick = fileJobs(m_server, QStringLiteral("quick"), 6, 30'000);
    for (int i = 2; i < 5; ++i)
        jobs.push_back({quint64(i), quick[i].url});
    QHash<quint64, int> workerOf;
    connect(&engine, &TransferEngine::progressed, this, [&](const RunProgress &, const QVector<ItemProgress> &items) {
        for (const ItemProgress &item : items) {
            if (item.received > 0)
                workerOf.insert(item.id, item.worker);
        }
    });
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 1), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(workerOf.contains(0) && workerOf.contains(1), 20'000);
    QCOMPARE(workerOf.value(0), 0); // this computer's lane
    QCOMPARE(workerOf.value(1), 1); // the daemon's

    QVERIFY(engine.pauseItem(2)); // still queued
    QTRY_COMPARE(recorder.byId.value(2).state, ItemState::Paused);
    QVERIFY(engine.pauseItem(1));
    engine.cancelItem(0);
    QVERIFY(engine.enqueue({{quint64(5), quick[5].url}}));
    QVERIFY(recorder.wait(60'000));

    QCOMPARE(recorder.duplicateResults, 0);
    QCOMPARE(recorder.run().total, 6);
    QCOMPARE(recorder.byId.value(0).state, ItemState::Cancelled);
    QCOMPARE(recorder.byId.value(1).state, ItemState::Paused);
    QCOMPARE(recorder.byId.value(2).state, ItemState::Paused);
    QVERIFY(recorder.byId.value(1).bytes < 2'000'000);
    for (quint64 id : {3, 4, 5}) {
        const ItemResult result = recorder.byId.value(id);
        QCOMPARE(result.state, ItemState::Done);
        QCOMPARE(Test::contentsOf(result.filePath), Test::servedBody(quick[int(id)].url.path(), 30'000));
    }
    QCOMPARE(recorder.run().done, 3);
    QCOMPARE(recorder.run().paused, 2);
    QCOMPARE(recorder.run().cancelled, 1);
    // The daemon holds nothing of the run any more.
    QTRY_VERIFY_WITH_TIMEOUT(daemon->call(QStringLiteral("aria2.tellActive")).result.toArray().isEmpty(), 5'000);
}

// A speed limit is the whole run's: this computer and the daemon share it by
// lanes (2 and 2 here, so the daemon's max-overall-download-limit is half of
// it), a change mid-run is shared the same way, and the run's bytes come in
// no faster than the limit.
void tst_MixedEngine::rateLimitIsSharedByBothSides()
{
    auto daemon = startDaemon(2);
    QVERIFY(daemon);
    MixedEngine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    EngineOptions options = Test::engineOptions(m_dir->path(), 2);
    options.rateLimit = 400'000;
    // 2.4 MB: 6 s at the limit, about 2.4 s if each side took it whole.
    const auto jobs = fileJobs(m_server, QStringLiteral("limit"), 8, 300'000);
    QString error;
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(engine.start(jobs, options, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(daemon->overallLimit(), QStringLiteral("200000"), 10'000);
    QVERIFY(recorder.wait(60'000));
    const double rate = double(recorder.run().bytes) / (double(clock.nsecsElapsed()) / 1e9);
    verifyAllDone(recorder, jobs, 300'000);
    QVERIFY2(rate < 1.2 * 400'000, qPrintable(QStringLiteral("%1 B/s").arg(rate, 0, 'f', 0)));
    QVERIFY2(rate > 0.5 * 400'000, qPrintable(QStringLiteral("%1 B/s").arg(rate, 0, 'f', 0)));

    // Changed mid-run: the daemon takes its share of the new limit.
    RunRecorder second(engine);
    options.rateLimit = 200'000;
    const auto more = fileJobs(m_server, QStringLiteral("relimit"), 4, 300'000);
    QVERIFY2(engine.start(more, options, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(daemon->overallLimit(), QStringLiteral("100000"), 10'000);
    engine.setRateLimit(4'000'000);
    QTRY_COMPARE_WITH_TIMEOUT(daemon->overallLimit(), QStringLiteral("2000000"), 10'000);
    QVERIFY(second.wait(60'000));
    verifyAllDone(second, more, 300'000);
}

// fetchpool-cli --engine local --engine aria2://...: the list shared by this
// computer and the daemon, byte-identical, a summary line per side.
void tst_MixedEngine::cliLocalAndDaemon()
{
    auto daemon = startDaemon(2);
    QVERIFY(daemon);
    QStringList lines;
    for (int i = 0; i < 10; ++i)
        lines << m_server.url(QStringLiteral("/files/cli/m%1.bin?size=%2&rate=600000").arg(i).arg(100'000 + i)).toString();
    const QString list = m_dir->filePath(QStringLiteral("list.txt"));
    {
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.join(u'\n').toUtf8());
    }
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    const auto outcome = Test::runCli({QStringLiteral("--engine"), QStringLiteral("local"), QStringLiteral("--engine"),
                                       daemon->endpointText(), QStringLiteral("-j"), QStringLiteral("2"),
                                       QStringLiteral("-i"), list, QStringLiteral("-d"), folder});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err + outcome.out));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(Test::contentsOf(QDir(folder).filePath(QStringLiteral("m%1.bin").arg(i))),
                 Test::servedBody(QStringLiteral("/files/cli/m%1.bin").arg(i), 100'000 + i));
    QVERIFY2(outcome.out.contains(QLatin1String("this computer (2 workers): ")), qPrintable(outcome.out));
    QVERIFY2(outcome.out.contains(QStringLiteral("aria2://127.0.0.1:%1: ").arg(daemon->port())), qPrintable(outcome.out));
    QVERIFY(!outcome.out.contains(daemon->secret()));
    QVERIFY(!outcome.err.contains(daemon->secret()));

    // --engine local alone is the local engine.
    const QString alone = m_dir->filePath(QStringLiteral("alone"));
    const auto local = Test::runCli({QStringLiteral("--engine"), QStringLiteral("local"), QStringLiteral("-i"), list,
                                     QStringLiteral("-d"), alone});
    QVERIFY2(local.exitCode == 0, qPrintable(local.err));
    QCOMPARE(Test::contentsOf(QDir(alone).filePath(QStringLiteral("m0.bin"))),
             Test::servedBody(QStringLiteral("/files/cli/m0.bin"), 100'000));
    QVERIFY(!local.out.contains(QLatin1String("aria2")));
}

QTEST_GUILESS_MAIN(tst_MixedEngine)
#include "tst_mixedengine.moc"
