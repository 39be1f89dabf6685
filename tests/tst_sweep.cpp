// WorkerSweep against the in-process test server, and the sweep's analysis on
// hand-made numbers. A real sweep is checked by its structure (each step's
// worker count reaches the server as that many requests at once, every step
// fetches every URL, nothing is left behind), never by its wall times: which
// count is faster is for bench/ to say.
#include "sweepreport.h"
#include "testserver.h"
#include "workersweep.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using Fetchpool::Test::TestServer;

namespace {

QVector<QUrl> latencyList(const TestServer &server, const QString &prefix, int count, int latencyMs)
{
    QVector<QUrl> urls;
    for (int i = 0; i < count; ++i)
        urls << server.url(QStringLiteral("/files/%1/f%2.bin?size=2048&latency=%3").arg(prefix).arg(i).arg(latencyMs));
    return urls;
}

SweepStep step(int workers, qint64 wallMs, int failed = 0)
{
    SweepStep s;
    s.workers = workers;
    s.wallUs = wallMs * 1000;
    s.total = 10;
    s.done = 10 - failed;
    s.failed = failed;
    return s;
}

SweepStep timedOutStep(int workers, qint64 wallMs)
{
    SweepStep s = step(workers, wallMs);
    s.done = 7;
    s.cancelled = 3;
    s.timedOut = true;
    s.timeoutUs = s.wallUs;
    return s;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class tst_Sweep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void eachStepRunsItsWorkersAtOnce();
    void cancelMidSweepEndsItAndCleansUp();
    void stalledStepTimesOutAndNamesItsUrl();
    void cancelRecommendsFromTheCompletedSteps();
    void startRejectsWhatCannotBeMeasured_data();
    void startRejectsWhatCannotBeMeasured();
    void diminishingReturnsRule_data();
    void diminishingReturnsRule();
    void speedUpIsRelativeToTheSmallestCompleteStep();
    void sampleIsReproducibleAndInListOrder();
    void doublingCountsEndAtTheMaximum();
    void resultsAsCsvAndJson();

private:
    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_parent;
};

void tst_Sweep::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_Sweep::init()
{
    m_parent = std::make_unique<QTemporaryDir>();
    QVERIFY(m_parent->isValid());
}

void tst_Sweep::eachStepRunsItsWorkersAtOnce()
{
    WorkerSweep sweep;
    QSignalSpy started(&sweep, &WorkerSweep::stepStarted);
    QSignalSpy stepDone(&sweep, &WorkerSweep::stepFinished);
    QSignalSpy progressed(&sweep, &WorkerSweep::progressed);
    QSignalSpy finished(&sweep, &WorkerSweep::finished);
    // The server's most requests at once, step by step: counted afresh when a
    // step starts (requests already under way stay counted), read when it ends.
    QVector<int> peaks;
    connect(&sweep, &WorkerSweep::stepStarted, this, [this] { m_server.resetStats(); });
    connect(&sweep, &WorkerSweep::stepFinished, this, [this, &peaks] { peaks << m_server.peakConcurrentRequests(); });

    SweepOptions options;
    options.workerCounts = {8, 1, 4, 2}; // measured in increasing order whatever the order given
    options.engine.destination = m_parent->path();
    QString error;
    QVERIFY2(sweep.start(latencyList(m_server, QStringLiteral("sweep"), 32, 100), options, &error), qPrintable(error));
    QVERIFY(sweep.isRunning());
    const QString scratch = sweep.scratchFolder();
    QVERIFY(scratch.startsWith(m_parent->path()));
    QVERIFY(QDir(scratch).exists());

    QVERIFY(finished.wait(120'000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!sweep.isRunning());
    QCOMPARE(started.count(), 4);
    QCOMPARE(stepDone.count(), 4);
    QVERIFY(progressed.count() > 0);

    const SweepResult result = finished.first().at(0).value<SweepResult>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    QCOMPARE(result.urlCount, 32);
    QCOMPARE(result.steps.size(), 4);
    QCOMPARE(peaks.size(), 4);
    const int expectedWorkers[] = {1, 2, 4, 8};
    for (int i = 0; i < 4; ++i) {
        const SweepStep &s = result.steps.at(i);
        QCOMPARE(s.workers, expectedWorkers[i]);
        QVERIFY2(s.isComplete(), qPrintable(QStringLiteral("%1 workers: %2 of %3 done").arg(s.workers).arg(s.done).arg(s.total)));
        QCOMPARE(s.bytes, qint64(32 * 2048));
        // Never more requests at once than the step's workers, and more than
        // half of them: each waits 100 ms at the server, so only a step that
        // ran fewer workers (or the global pool's two threads) falls short.
        QVERIFY2(peaks.at(i) <= s.workers && peaks.at(i) > s.workers / 2,
                 qPrintable(QStringLiteral("%1 workers, %2 requests at once").arg(s.workers).arg(peaks.at(i))));
    }
    // Which count pays off depends on the measured times; the rule that picks
    // it is checked on hand-made numbers below.
    QVERIFY(QVector<int>({1, 2, 4, 8}).contains(result.recommendedWorkers()));

    // Every step's files and the scratch folder itself are gone.
    QVERIFY(!QDir(scratch).exists());
    QCOMPARE(entriesOf(m_parent->path()), QStringList());
    QVERIFY(sweep.scratchFolder().isEmpty());
}

void tst_Sweep::cancelMidSweepEndsItAndCleansUp()
{
    WorkerSweep sweep;
    QSignalSpy stepDone(&sweep, &WorkerSweep::stepFinished);
    QSignalSpy finished(&sweep, &WorkerSweep::finished);
    SweepOptions options;
    options.workerCounts = {1, 2, 4};
    options.engine.destination = m_parent->path();
    // Two files, then transfers the server never answers: only the cancel
    // can end the first step.
    QVector<QUrl> urls = latencyList(m_server, QStringLiteral("cancel"), 2, 0);
    for (int i = 0; i < 38; ++i)
        urls << m_server.url(QStringLiteral("/files/cancel/hang%1.bin?hang=1").arg(i));
    QVERIFY(sweep.start(urls, options));
    const QString scratch = sweep.scratchFolder();

    // Some files are on disk when the sweep is cancelled.
    int done = 0;
    connect(&sweep, &WorkerSweep::progressed, this, [&done](int, const RunProgress &run) { done = run.done; });
    QTRY_VERIFY_WITH_TIMEOUT(done >= 2, 20'000);
    QVERIFY(!entriesOf(scratch).isEmpty());

    sweep.cancel();
    QVERIFY(finished.wait(20'000));
    const SweepResult result = finished.first().at(0).value<SweepResult>();
    QVERIFY(result.cancelled);
    QVERIFY(result.steps.isEmpty()); // the cancelled step measured nothing
    QCOMPARE(stepDone.count(), 0);
    QCOMPARE(result.recommendedWorkers(), 0);
    QVERIFY(!QDir(scratch).exists());
    QCOMPARE(entriesOf(m_parent->path()), QStringList());

    // A new sweep can start once this one has ended.
    QVERIFY(sweep.start(latencyList(m_server, QStringLiteral("again"), 2, 0), options));
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.last().at(0).value<SweepResult>().steps.size(), 3);
}

// One URL answers 404 once and then stalls for a minute: the first step
// ends at once (with a failure), and each later step is cut off at its time
// limit, marked as timed out, while the sweep names the URL it waits on.
void tst_Sweep::stalledStepTimesOutAndNamesItsUrl()
{
    WorkerSweep sweep;
    QSignalSpy started(&sweep, &WorkerSweep::stepStarted);
    QSignalSpy finished(&sweep, &WorkerSweep::finished);
    SweepOptions options;
    options.workerCounts = {1, 2, 4};
    options.engine.destination = m_parent->path();
    options.minStepTimeoutMs = 1500; // the first step takes milliseconds: the floor is the limit
    QVector<QUrl> urls = latencyList(m_server, QStringLiteral("stall"), 2, 0);
    const QUrl stalled = m_server.url(QStringLiteral("/files/stall/late.bin?size=100000&fail=1&failstatus=404&stall=60000"));
    urls << stalled;
    // What the second step waits on, as its batches come in.
    QUrl waitedOn;
    qint64 longestWaitUs = 0;
    qint64 secondStepLimitUs = -1;
    connect(&sweep, &WorkerSweep::progressed, this, [&](int index, const RunProgress &) {
        const auto wait = sweep.longestWait();
        if (index == 1 && wait) {
            waitedOn = wait->url;
            longestWaitUs = std::max(longestWaitUs, wait->waitedUs);
            secondStepLimitUs = sweep.stepTimeoutUs();
        }
    });
    QVERIFY(sweep.start(urls, options));
    QCOMPARE(sweep.stepTimeoutUs(), 0); // nothing to go by yet

    // Bounded: a minute's stall at each of two steps ends in seconds.
    QVERIFY(finished.wait(20'000));
    const SweepResult result = finished.first().at(0).value<SweepResult>();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.steps.size(), 3);
    const SweepStep &first = result.steps.at(0);
    QVERIFY(!first.timedOut);
    QCOMPARE(first.timeoutUs, 0);
    QCOMPARE(first.failed, 1);
    for (int i = 1; i < 3; ++i) {
        const SweepStep &cut = result.steps.at(i);
        QVERIFY2(cut.timedOut, qPrintable(QString::number(cut.workers)));
        QCOMPARE(cut.timeoutUs, 1'500'000);
        QCOMPARE(cut.done, 2);
        QCOMPARE(cut.cancelled, 1);
        QVERIFY(cut.wallUs >= cut.timeoutUs && cut.wallUs < 10'000'000);
        QVERIFY(!cut.isComplete());
    }
    QCOMPARE(result.timedOutSteps(), 2);
    QCOMPARE(started.count(), 3);
    QCOMPARE(secondStepLimitUs, 1'500'000);
    QCOMPARE(waitedOn, stalled);
    QVERIFY2(longestWaitUs >= 1'000'000, qPrintable(QString::number(longestWaitUs)));
    QCOMPARE(result.completeSteps(), 0);
    QCOMPARE(result.recommendedWorkers(), 0);
    QVERIFY(!sweep.longestWait());
    QCOMPARE(entriesOf(m_parent->path()), QStringList());
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().at(1).toObject().value(QStringLiteral("timedOut")).toBool(),
             true);
    QCOMPARE(json.value(QStringLiteral("plannedSteps")).toInt(), 3);
}

// Cancelled during its third step, the sweep recommends from the two it
// completed, and says the result rests on fewer steps than planned.
void tst_Sweep::cancelRecommendsFromTheCompletedSteps()
{
    WorkerSweep sweep;
    QSignalSpy finished(&sweep, &WorkerSweep::finished);
    connect(&sweep, &WorkerSweep::stepStarted, this, [&sweep](int index) {
        if (index == 2)
            sweep.cancel();
    });
    SweepOptions options;
    options.workerCounts = {1, 2, 4};
    options.engine.destination = m_parent->path();
    QVERIFY(sweep.start(latencyList(m_server, QStringLiteral("partly"), 6, 30), options));
    QVERIFY(finished.wait(30'000));
    const SweepResult result = finished.first().at(0).value<SweepResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.plannedSteps, 3);
    QCOMPARE(result.steps.size(), 2);
    QCOMPARE(result.completeSteps(), 2);
    QVERIFY(result.isPartial());
    QVERIFY2(QVector<int>({1, 2}).contains(result.recommendedWorkers()),
             qPrintable(QString::number(result.recommendedWorkers())));
    QCOMPARE(entriesOf(m_parent->path()), QStringList());
}

void tst_Sweep::startRejectsWhatCannotBeMeasured_data()
{
    QTest::addColumn<int>("urlCount");
    QTest::addColumn<QVector<int>>("counts");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty list") << 0 << QVector<int>{1, 2} << "empty";
    QTest::newRow("no counts") << 3 << QVector<int>{} << "no worker counts";
    QTest::newRow("zero workers") << 3 << QVector<int>{0, 2} << "worker count 0";
    QTest::newRow("too many workers") << 3 << QVector<int>{1, 257} << "worker count 257";
}

void tst_Sweep::startRejectsWhatCannotBeMeasured()
{
    QFETCH(int, urlCount);
    QFETCH(QVector<int>, counts);
    QFETCH(QString, message);
    WorkerSweep sweep;
    QSignalSpy finished(&sweep, &WorkerSweep::finished);
    SweepOptions options;
    options.workerCounts = counts;
    options.engine.destination = m_parent->path();
    QString error;
    QVERIFY(!sweep.start(latencyList(m_server, QStringLiteral("bad"), urlCount, 0), options, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!sweep.isRunning());
    QCOMPARE(entriesOf(m_parent->path()), QStringList());
    QCOMPARE(finished.count(), 0);
}

void tst_Sweep::diminishingReturnsRule_data()
{
    QTest::addColumn<QVector<SweepStep>>("steps");
    QTest::addColumn<int>("expected");
    QTest::newRow("linear to the end: the largest")
            << QVector<SweepStep>{step(1, 1000), step(2, 500), step(4, 250), step(8, 125)} << 8;
    QTest::newRow("flat after 4")
            << QVector<SweepStep>{step(1, 1000), step(2, 500), step(4, 260), step(8, 250), step(16, 248)} << 4;
    QTest::newRow("12 % faster is worth it")
            << QVector<SweepStep>{step(1, 1000), step(2, 560), step(4, 500)} << 4;
    QTest::newRow("9 % faster is not")
            << QVector<SweepStep>{step(1, 1000), step(2, 545), step(4, 500)} << 2;
    QTest::newRow("a flat step before a real gain")
            << QVector<SweepStep>{step(1, 1000), step(2, 520), step(4, 500), step(8, 300)} << 8;
    QTest::newRow("slower with too many")
            << QVector<SweepStep>{step(1, 1000), step(2, 500), step(4, 300), step(8, 400)} << 4;
    QTest::newRow("a timed-out step is not recommended")
            << QVector<SweepStep>{step(1, 1000), step(2, 500), timedOutStep(4, 100)} << 2;
    QTest::newRow("failures at high counts are not recommended")
            << QVector<SweepStep>{step(1, 1000), step(2, 500), step(4, 100, 3)} << 2;
    QTest::newRow("nothing gains: one worker")
            << QVector<SweepStep>{step(1, 1000), step(2, 980), step(4, 990)} << 1;
    QTest::newRow("no complete step") << QVector<SweepStep>{step(1, 1000, 1), step(2, 500, 2)} << 0;
    QTest::newRow("nothing measured") << QVector<SweepStep>{} << 0;
}

void tst_Sweep::diminishingReturnsRule()
{
    QFETCH(QVector<SweepStep>, steps);
    QFETCH(int, expected);
    QCOMPARE(SweepResult::diminishingReturnsWorkers(steps), expected);
    SweepResult result;
    result.steps = steps;
    QCOMPARE(result.recommendedWorkers(), expected);
}

void tst_Sweep::speedUpIsRelativeToTheSmallestCompleteStep()
{
    SweepResult result;
    result.steps = {step(1, 1000, 1), step(2, 800), step(4, 200)};
    QCOMPARE(result.baseline()->workers, 2);
    QCOMPARE(*result.speedUp(result.steps.at(2)), 4.0);
    QVERIFY(!result.speedUp(result.steps.at(0))); // incomplete: no figure
}

void tst_Sweep::sampleIsReproducibleAndInListOrder()
{
    QVector<QUrl> urls;
    for (int i = 0; i < 200; ++i)
        urls << QUrl(QStringLiteral("https://example.org/%1").arg(i, 3, 10, QLatin1Char('0')));
    const QVector<QUrl> sample = sampleUrls(urls, 20, 42);
    QCOMPARE(sample.size(), 20);
    QCOMPARE(sampleUrls(urls, 20, 42), sample);
    QVERIFY(sampleUrls(urls, 20, 43) != sample);
    QCOMPARE(QSet<QUrl>(sample.cbegin(), sample.cend()).size(), 20);
    for (int i = 1; i < sample.size(); ++i)
        QVERIFY(urls.indexOf(sample.at(i - 1)) < urls.indexOf(sample.at(i)));
    QCOMPARE(sampleUrls(urls, 0, 42), urls);
    QCOMPARE(sampleUrls(urls, 500, 42), urls);
}

void tst_Sweep::doublingCountsEndAtTheMaximum()
{
    QCOMPARE(doublingWorkerCounts(64), (QVector<int>{1, 2, 4, 8, 16, 32, 64}));
    QCOMPARE(doublingWorkerCounts(48), (QVector<int>{1, 2, 4, 8, 16, 32, 48}));
    QCOMPARE(doublingWorkerCounts(1), QVector<int>{1});
    QCOMPARE(doublingWorkerCounts(1000).last(), EngineOptions::MaxWorkers);
}

void tst_Sweep::resultsAsCsvAndJson()
{
    SweepResult result;
    result.urlCount = 10;
    result.listSize = 10;
    result.steps = {step(1, 1000), step(2, 500), step(4, 480)};
    const QList<QByteArray> lines = result.toCsv().trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0).trimmed(), QByteArray("workers,wallUs,speedUp,total,done,failed,cancelled,bytes,timedOut"));
    QCOMPARE(lines.at(2).trimmed(), QByteArray("2,500000,2.000,10,10,0,0,0,0"));

    const QString path = QDir(m_parent->path()).filePath(QStringLiteral("sweep.json"));
    QString error;
    QVERIFY2(result.writeJson(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("recommendedWorkers")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("diminishingReturnsWorkers")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("steps")).toArray().at(1).toObject().value(QStringLiteral("speedUp")).toDouble(), 2.0);
    QVERIFY(json.value(QStringLiteral("cpus")).toInt() >= 1);

    QVERIFY(!result.writeCsv(QStringLiteral("/nonexistent/dir/sweep.csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/dir/sweep.csv")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Sweep)
#include "tst_sweep.moc"
