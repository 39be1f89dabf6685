// The speed limit: the token bucket's arithmetic, the rate spelling, and the
// engine against the in-process test server, measured where the bytes leave
// the server (TestServer::bytesSentBy) over intervals waited out on the
// server's clock.
#include "downloadengine.h"
#include "enginetest.h"
#include "ratetext.h"
#include "runrecorder.h"
#include "testserver.h"
#include "tokenbucket.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 Ms = 1'000'000; // nanoseconds
// Far more than any case reads: no transfer ends while it is measured.
constexpr qint64 BigFile = 1024 * MiB;

} // namespace

class tst_RateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void bucketArithmetic();
    void rateSpellings_data();
    void rateSpellings();
    void globalLimitIsAccurateAndFair();
    void liveChangeTakesEffect();
    void itemLimitAppliesToThatItemOnly();
    void stopWhileThrottledIsPrompt();
    void segmentsKeepToTheGlobalLimit();

private:
    // `count` large files, one per transfer; their paths go to *paths.
    QVector<DownloadJob> bigJobs(int count, const QString &tag, QStringList *paths) const;
    // Waits until every one of `ids` has received body bytes; the server's clock then.
    qint64 waitUntilAllFlow(DownloadEngine &engine, const QVector<DownloadJob> &jobs);
    // Bytes per second the server sent for `path` (all when empty) over
    // [fromMs, fromMs + spanMs] of its clock, once that interval is over.
    double serverRate(qint64 fromMs, qint64 spanMs, const QString &path = {});
    // Waits until the server's rate for `path`, over the last second of its
    // clock, is at most `ceiling`; the server's clock then, or -1 after 20 s.
    qint64 waitUntilRateAtMost(const QString &path, double ceiling);

    TestServer m_server{4};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_RateLimit::initTestCase()
{
    m_server.setSendBufferBytes(16 * 1024);
    QVERIFY(m_server.start());
}

void tst_RateLimit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QVector<DownloadJob> tst_RateLimit::bigJobs(int count, const QString &tag, QStringList *paths) const
{
    QVector<QUrl> urls;
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("/files/%1/f%2.bin").arg(tag).arg(i);
        paths->push_back(path);
        urls.push_back(m_server.url(path + QStringLiteral("?size=%1&etag=1").arg(BigFile)));
    }
    return jobsFor(urls);
}

qint64 tst_RateLimit::waitUntilAllFlow(DownloadEngine &engine, const QVector<DownloadJob> &jobs)
{
    QHash<quint64, qint64> received;
    const auto connection = connect(&engine, &DownloadEngine::progressed, this,
                                    [&received](const RunProgress &, const QVector<ItemProgress> &items) {
                                        for (const ItemProgress &item : items)
                                            received[item.id] = item.received;
                                    });
    const auto allFlow = [&] {
        for (const DownloadJob &job : jobs) {
            if (received.value(job.id) <= 0)
                return false;
        }
        return true;
    };
    const bool flowing = QTest::qWaitFor(allFlow, 30'000);
    disconnect(connection);
    return flowing ? m_server.clockMs() : -1;
}

double tst_RateLimit::serverRate(qint64 fromMs, qint64 spanMs, const QString &path)
{
    const qint64 toMs = fromMs + spanMs;
    if (!QTest::qWaitFor([&] { return m_server.bytesSentBy(toMs) >= 0; }, int(spanMs) + 30'000))
        return -1;
    const qint64 bytes = m_server.bytesSentBy(toMs, path) - m_server.bytesSentBy(fromMs, path);
    return double(bytes) * 1000.0 / double(spanMs);
}

qint64 tst_RateLimit::waitUntilRateAtMost(const QString &path, double ceiling)
{
    constexpr qint64 WindowMs = 1000;
    const qint64 giveUpMs = m_server.clockMs() + 20'000;
    for (qint64 fromMs = m_server.clockMs(); fromMs < giveUpMs; fromMs += WindowMs / 4) {
        const double rate = serverRate(fromMs, WindowMs, path);
        if (rate < 0)
            return -1;
        if (rate <= ceiling)
            return fromMs + WindowMs;
    }
    return -1;
}

void tst_RateLimit::bucketArithmetic()
{
    // No burst: every charge is paid for at the rate, in the order made.
    TokenBucket bucket(1000, 0);
    QCOMPARE(bucket.charge(500, 0), 500 * Ms);
    QCOMPARE(bucket.charge(500, 0), 1000 * Ms); // queued behind the first
    QCOMPARE(bucket.charge(250, 600 * Ms), 1250 * Ms);
    // Idle time is not saved up: after a pause, a charge starts from now.
    QCOMPARE(bucket.charge(100, 5000 * Ms), 5100 * Ms);

    // A burst lets an idle bucket take that much at once, and no more.
    TokenBucket bursty(1000, 100 * Ms);
    QVERIFY(bursty.charge(100, 0) <= 0);        // exactly the burst: no wait
    QCOMPARE(bursty.charge(100, 0), 100 * Ms);  // beyond it: wait for the rate
    QCOMPARE(bursty.charge(1, 10'000 * Ms), 10'000 * Ms + Ms - 100 * Ms);

    // A new rate forgives the debt and counts from the next charge.
    TokenBucket changed(1000, 0);
    QCOMPARE(changed.charge(10'000, 0), 10'000 * Ms);
    changed.setRate(2000, 1000 * Ms);
    QCOMPARE(changed.charge(2000, 1000 * Ms), 2000 * Ms);

    // No limit: never a wait.
    TokenBucket unlimited(0);
    QVERIFY(!unlimited.isLimited());
    QCOMPARE(unlimited.charge(512 * KiB, 42), 42);
    changed.setRate(0, 3000 * Ms);
    QCOMPARE(changed.charge(MiB, 3000 * Ms), 3000 * Ms);

    // The slowest rate and the largest chunk libcurl hands over: no overflow.
    TokenBucket slow(1, 0);
    QCOMPARE(slow.charge(512 * KiB, 0), 512 * KiB * 1000 * Ms);
    // A rate that does not divide a second: rounded down per charge, never negative.
    TokenBucket odd(3, 0);
    QCOMPARE(odd.charge(1, 0), 333'333'333);
}

void tst_RateLimit::rateSpellings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytesPerSecond"); // -1: refused
    QTest::newRow("plain bytes") << "65536" << qint64(65536);
    QTest::newRow("zero is no limit") << "0" << qint64(0);
    QTest::newRow("K") << "500K" << 500 * KiB;
    QTest::newRow("k") << "500k" << 500 * KiB;
    QTest::newRow("M") << "2M" << 2 * MiB;
    QTest::newRow("fraction") << "1.5m" << qint64(1.5 * MiB);
    QTest::newRow("G") << "1G" << 1024 * MiB;
    QTest::newRow("spaces around") << " 2M " << 2 * MiB;
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("negative") << "-5K" << qint64(-1);
    QTest::newRow("unit only") << "K" << qint64(-1);
    QTest::newRow("unknown unit") << "2X" << qint64(-1);
    QTest::newRow("words") << "fast" << qint64(-1);
    QTest::newRow("comma") << "1,5M" << qint64(-1);
    QTest::newRow("two units") << "2MK" << qint64(-1);
    QTest::newRow("over 1 TiB/s") << "2048G" << qint64(-1);
    // parseByteSize's spellings, which sizes (--min-split-size) share.
    QTest::newRow("MB") << "16MB" << 16 * MiB;
    QTest::newRow("MiB") << "16mib" << 16 * MiB;
    QTest::newRow("K fraction") << "1.5K" << qint64(1536);
    QTest::newRow("B without a unit") << "16B" << qint64(-1);
    QTest::newRow("dot without digits") << "1.M" << qint64(-1);
}

void tst_RateLimit::rateSpellings()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytesPerSecond);
    const auto parsed = parseRate(text);
    if (bytesPerSecond < 0)
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
    else
        QCOMPARE(parsed.value_or(-1), bytesPerSecond);
}

// Issue 13: 16 workers, 2 MiB/s, within 5 % over 10 s, and no transfer starves.
void tst_RateLimit::globalLimitIsAccurateAndFair()
{
    constexpr qint64 Limit = 2 * MiB;
    constexpr int Transfers = 16;
    QStringList paths;
    const QVector<DownloadJob> jobs = bigJobs(Transfers, QStringLiteral("fair"), &paths);
    EngineOptions options = engineOptions(m_dir->path(), Transfers);
    options.rateLimit = Limit;
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobs, options));

    const qint64 flowingMs = waitUntilAllFlow(engine, jobs);
    QVERIFY(flowingMs >= 0);
    // Two seconds in, the socket buffers between server and client are full
    // and the server sends exactly what the client reads.
    const qint64 fromMs = flowingMs + 2000;
    constexpr qint64 SpanMs = 10'000;
    const double rate = serverRate(fromMs, SpanMs);
    qInfo("%d transfers at a limit of %lld B/s: the server sent %.0f B/s", Transfers, Limit, rate);
    QVERIFY2(qAbs(rate - Limit) <= Limit * 0.05, qPrintable(QString::number(rate)));

    const double fairShare = double(Limit) / Transfers;
    for (const QString &path : std::as_const(paths)) {
        const double share = double(m_server.bytesSentBy(fromMs + SpanMs, path) - m_server.bytesSentBy(fromMs, path))
                * 1000.0 / SpanMs;
        QVERIFY2(share >= fairShare * 0.5 && share <= fairShare * 1.5,
                 qPrintable(QStringLiteral("%1: %2 B/s, a fair share is %3").arg(path).arg(share).arg(fairShare)));
    }
    engine.cancel();
    QVERIFY(recorder.wait(10'000));
    QCOMPARE(recorder.run().cancelled, Transfers);
}

void tst_RateLimit::liveChangeTakesEffect()
{
    // Two transfers: what the client's kernel buffers let through in one
    // burst is then small against what the interval measures.
    constexpr int Transfers = 2;
    QVector<DownloadJob> jobs;
    for (int i = 0; i < Transfers; ++i) {
        const QString path = QStringLiteral("/files/live/f%1.bin").arg(i);
        jobs.push_back({quint64(i), m_server.url(path + QStringLiteral("?size=%1").arg(BigFile))});
    }
    EngineOptions options = engineOptions(m_dir->path(), Transfers);
    options.rateLimit = 4 * MiB;
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobs, options));
    QVERIFY(waitUntilAllFlow(engine, jobs) >= 0);

    constexpr qint64 Lowered = MiB;
    engine.setRateLimit(Lowered);
    const qint64 changedMs = m_server.clockMs();
    // What was buffered before the change drains first; then the new rate.
    const double rate = serverRate(changedMs + 1500, 6000);
    qInfo("after lowering the limit from 4 MiB/s to %lld B/s: %.0f B/s", Lowered, rate);
    QVERIFY2(qAbs(rate - Lowered) <= Lowered * 0.10, qPrintable(QString::number(rate)));
    QVERIFY(!recorder.wait(0));

    // Lifted: faster at once. How much faster is the machine's business: the
    // test server's small send buffers keep it well below loopback speed, and
    // under ThreadSanitizer both ends pump only about 3 MB/s; a bucket still
    // in force would hold it at 1.0x.
    engine.setRateLimit(0);
    const double lifted = serverRate(m_server.clockMs() + 500, 2000);
    qInfo("without a limit: %.0f B/s", lifted);
    QVERIFY2(lifted > 1.5 * Lowered, qPrintable(QString::number(lifted)));
    engine.cancel();
    QVERIFY(recorder.wait(10'000));
    QCOMPARE(recorder.run().cancelled, Transfers);
}

void tst_RateLimit::itemLimitAppliesToThatItemOnly()
{
    constexpr qint64 Global = MiB;
    // Well above what the kernel's socket buffers hold: TCP hands bytes on in
    // bursts of up to tens of KiB, which must stay within the tolerance below
    // over the span measured.
    constexpr qint64 ItemLimit = 128 * KiB;
    QStringList paths;
    QVector<DownloadJob> jobs = bigJobs(4, QStringLiteral("item"), &paths);
    jobs[0].rateLimit = ItemLimit; // from the start
    EngineOptions options = engineOptions(m_dir->path(), int(jobs.size()));
    options.rateLimit = Global;
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobs, options));
    const qint64 flowingMs = waitUntilAllFlow(engine, jobs);
    QVERIFY(flowingMs >= 0);
    engine.setItemRateLimit(jobs[1].id, ItemLimit); // live
    // What the socket buffers took in before the change drains first, at
    // the new rate; how much that is depends on the kernel's autotuning.
    const qint64 settledMs = waitUntilRateAtMost(paths[1], ItemLimit * 1.10);
    QVERIFY2(settledMs >= 0, "the live limit never took effect");

    const qint64 fromMs = settledMs;
    constexpr qint64 SpanMs = 8000;
    const double total = serverRate(fromMs, SpanMs);
    QVector<double> rates;
    for (const QString &path : std::as_const(paths))
        rates << serverRate(fromMs, SpanMs, path);
    qInfo("global %.0f B/s; per item %.0f, %.0f, %.0f, %.0f B/s", total, rates[0], rates[1], rates[2], rates[3]);
    for (int limited : {0, 1})
        QVERIFY2(qAbs(rates[limited] - ItemLimit) <= ItemLimit * 0.15, qPrintable(QString::number(rates[limited])));
    // The others share what is left of the global limit.
    const double rest = (Global - 2.0 * ItemLimit) / 2;
    for (int free : {2, 3})
        QVERIFY2(qAbs(rates[free] - rest) <= rest * 0.15, qPrintable(QString::number(rates[free])));
    QVERIFY2(qAbs(total - Global) <= Global * 0.05, qPrintable(QString::number(total)));

    // Lifting an item's limit lets it take its share of the global one.
    engine.setItemRateLimit(jobs[0].id, 0);
    const double lifted = serverRate(m_server.clockMs() + 1500, 4000, paths[0]);
    QVERIFY2(lifted > 1.5 * ItemLimit, qPrintable(QString::number(lifted)));
    engine.cancel();
    QVERIFY(recorder.wait(10'000));
}

// A transfer paused for the limit still ends at once on Stop, and its
// worker's handles serve the next run as if nothing had happened.
void tst_RateLimit::stopWhileThrottledIsPrompt()
{
    constexpr int Transfers = 8;
    QStringList paths;
    const QVector<DownloadJob> jobs = bigJobs(Transfers, QStringLiteral("stop"), &paths);
    EngineOptions options = engineOptions(m_dir->path(), Transfers);
    options.rateLimit = 64 * KiB; // each transfer waits seconds for its turn
    DownloadEngine engine;
    {
        RunRecorder recorder(engine);
        QVERIFY(engine.start(jobs, options));
        QVERIFY(waitUntilAllFlow(engine, jobs) >= 0);
        const qint64 stoppedAtUs = engine.progress().elapsedUs;
        engine.cancel();
        QVERIFY(recorder.wait(5000));
        QCOMPARE(recorder.run().cancelled, Transfers);
        qint64 slowestMs = 0;
        for (const ItemResult &result : std::as_const(recorder.byId)) {
            QCOMPARE(result.state, ItemState::Cancelled);
            slowestMs = qMax(slowestMs, (result.endUs - stoppedAtUs) / 1000);
        }
        qInfo("%d throttled transfers stopped; the slowest ended %lld ms after Stop", Transfers, slowestMs);
        QVERIFY2(slowestMs <= 500, qPrintable(QString::number(slowestMs)));
    }

    // The same workers, no limit: every file complete and intact.
    QVector<QUrl> urls;
    for (int i = 0; i < Transfers; ++i)
        urls << m_server.url(QStringLiteral("/files/after/g%1.bin?size=300000").arg(i));
    options.rateLimit = 0;
    RunRecorder after(engine);
    QVERIFY(engine.start(jobsFor(urls, 100), options));
    QVERIFY(after.wait(30'000));
    QCOMPARE(after.run().done, Transfers);
    for (const ItemResult &result : std::as_const(after.byId)) {
        const QString name = QFileInfo(result.filePath).fileName();
        QCOMPARE(contentsOf(result.filePath),
                 TestServer::body(300000, TestServer::seedForPath(QStringLiteral("/files/after/") + name)));
    }
}

// A large file fetched in segments by idle workers: the helpers' transfers
// share the run's bucket with the item's own, so the file as a whole keeps
// to the limit (each segment alone would not exceed it either way).
void tst_RateLimit::segmentsKeepToTheGlobalLimit()
{
    constexpr qint64 Limit = MiB;
    constexpr int Workers = 4;
    const QString path = QStringLiteral("/files/segmented/big.bin");
    const QVector<DownloadJob> jobs = jobsFor({m_server.url(path + QStringLiteral("?size=%1&etag=1").arg(BigFile))});
    EngineOptions options = engineOptions(m_dir->path(), Workers);
    options.rateLimit = Limit;
    options.minSplitSize = MiB;
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobs, options));
    // The item's request and one per helper: every worker has a segment.
    QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount(path) >= Workers, 30'000);
    const double rate = serverRate(m_server.clockMs() + 2000, 6000, path);
    qInfo("one file in segments on %d workers at a limit of %lld B/s: the server sent %.0f B/s", Workers, Limit, rate);
    QVERIFY2(qAbs(rate - Limit) <= Limit * 0.10, qPrintable(QString::number(rate)));
    engine.cancel();
    QVERIFY(recorder.wait(10'000));
}

QTEST_GUILESS_MAIN(tst_RateLimit)
#include "tst_ratelimit.moc"
