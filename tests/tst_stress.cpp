// 10,000 URLs on 256 workers against the test server with about 10 % injected
// faults of mixed kinds: every item ends exactly once in the state its fault
// calls for, the counts add up, every saved file is byte-identical, no part
// file is left and memory stays bounded.
//
// FETCHPOOL_STRESS_ITEMS and FETCHPOOL_STRESS_WORKERS set the size; a
// sanitizer build defaults to 1,000 items, where the memory bound (which the
// sanitizer's own shadow memory and quarantine would distort) is only printed.
#include "downloadengine.h"
#include "enginetest.h"
#include "faultinjection.h"
#include "runrecorder.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

#if defined(__SANITIZE_THREAD__) || defined(__SANITIZE_ADDRESS__)
constexpr int DefaultItems = 1'000;
constexpr bool MemoryIsMeaningful = false;
#else
constexpr int DefaultItems = 10'000;
constexpr bool MemoryIsMeaningful = true;
#endif
constexpr int FaultRatePercent = 10;
constexpr quint32 FaultSeed = 20'251'123;
constexpr qint64 MaxPeakGrowthKiB = 400 * 1024;

int fromEnvironment(const char *name, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? qBound(minimum, value, maximum) : fallback;
}

// The process's peak resident set (VmHWM) in KiB, or -1 where /proc has none.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct StressItem
{
    QString path; // the /files/ path, which decides the fault and the seed
    qint64 size = 0;
    InjectedFault fault = InjectedFault::None;

    bool shouldSucceed() const { return fault != InjectedFault::NotFound && fault != InjectedFault::Truncate; }
};

} // namespace

class tst_Stress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thousandsOfUrlsWithInjectedFaults();
};

void tst_Stress::thousandsOfUrlsWithInjectedFaults()
{
    const int count = fromEnvironment("FETCHPOOL_STRESS_ITEMS", DefaultItems, 1, 1'000'000);
    const int workers = fromEnvironment("FETCHPOOL_STRESS_WORKERS", EngineOptions::MaxWorkers, 1,
                                        EngineOptions::MaxWorkers);
    TestServer server(4);
    QVERIFY(server.start());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    QVector<StressItem> items;
    QVector<QUrl> urls;
    QMap<InjectedFault, int> mix;
    items.reserve(count);
    urls.reserve(count);
    for (int i = 0; i < count; ++i) {
        StressItem item;
        item.path = QStringLiteral("/files/stress/f%1.bin").arg(i);
        item.size = 64 + (qint64(i) * 7919) % 8192;
        item.fault = injectedFault(item.path, FaultRatePercent, FaultSeed);
        ++mix[item.fault];
        urls << server.url(QStringLiteral("%1?size=%2&faultrate=%3&faultseed=%4")
                                   .arg(item.path)
                                   .arg(item.size)
                                   .arg(FaultRatePercent)
                                   .arg(FaultSeed));
        items << item;
    }
    const int faulted = count - mix.value(InjectedFault::None);
    QString mixText;
    for (auto it = mix.cbegin(); it != mix.cend(); ++it)
        mixText += QStringLiteral(" %1=%2").arg(faultName(it.key())).arg(it.value());
    qInfo("%d items, %d workers, %d with an injected fault:%s", count, workers, faulted, qPrintable(mixText));
    if (count >= 1000) {
        // The mix really is about 10 % and of every kind.
        QVERIFY2(faulted > count * 7 / 100 && faulted < count * 13 / 100, qPrintable(mixText));
        QCOMPARE(mix.size(), 7);
    }

    EngineOptions options = engineOptions(dir.path(), workers);
    options.retries = 2;
    options.retryBaseDelayMs = 5;
    options.maxRetryDelayMs = 50;
    options.stallTimeoutMs = 5'000; // far above the injected 200 ms stalls

    const qint64 peakBeforeKiB = peakResidentKiB();
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QSignalSpy finishedRuns(&engine, &DownloadEngine::runFinished);
    QString error;
    QVERIFY2(engine.start(jobsFor(urls), options, &error), qPrintable(error));
    QVERIFY2(recorder.wait(240'000), "the run must end");
    const qint64 wallMs = recorder.wallUs() / 1000;
    const qint64 peakAfterKiB = peakResidentKiB();
    qInfo("wall %lld ms; peak RSS %lld KiB before, %lld KiB after (+%lld KiB)", wallMs, peakBeforeKiB,
          peakAfterKiB, peakAfterKiB - peakBeforeKiB);

    // Every item ended exactly once, and the counts add up.
    QCOMPARE(finishedRuns.size(), 1);
    QCOMPARE(recorder.duplicateResults, 0);
    QCOMPARE(recorder.byId.size(), count);
    const RunProgress run = recorder.run();
    QCOMPARE(run.total, count);
    QCOMPARE(run.done + run.failed + run.cancelled, count);
    QCOMPARE(run.cancelled, 0);
    QCOMPARE(run.inFlight, 0);

    int expectedDone = 0;
    QStringList savedNames;
    for (int i = 0; i < count; ++i) {
        const StressItem &item = items.at(i);
        const ItemResult result = recorder.byId.value(quint64(i));
        const QString context = QStringLiteral("%1 (%2): %3 %4").arg(item.path, faultName(item.fault),
                                                                     stateName(result.state), result.error.message);
        if (!item.shouldSucceed()) {
            QVERIFY2(result.state == ItemState::Failed, qPrintable(context));
            QVERIFY2(result.filePath.isEmpty(), qPrintable(context));
            if (item.fault == InjectedFault::NotFound) {
                QCOMPARE(result.error.kind, ErrorKind::Http);
                QVERIFY2(result.error.message.contains(QLatin1String("HTTP 404")), qPrintable(context));
                QCOMPARE(result.attempts, 1); // never retried
            } else {
                QCOMPARE(result.error.kind, ErrorKind::Network);
                QCOMPARE(result.attempts, 1 + options.retries); // transient, so retried to the end
            }
            continue;
        }
        ++expectedDone;
        QVERIFY2(result.state == ItemState::Done, qPrintable(context));
        if (item.fault == InjectedFault::Unavailable || item.fault == InjectedFault::CloseMidBody)
            QVERIFY2(result.attempts == 2, qPrintable(context));
        QCOMPARE(QFileInfo(result.filePath).fileName(), QFileInfo(item.path).fileName());
        QFile file(result.filePath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(context));
        QVERIFY2(file.readAll() == TestServer::body(item.size, TestServer::seedForPath(item.path)), qPrintable(context));
        savedNames << QFileInfo(result.filePath).fileName();
    }
    QCOMPARE(run.done, expectedDone);
    QCOMPARE(run.failed, count - expectedDone);

    // The folder holds exactly the saved files: no .part, nothing else.
    QStringList onDisk = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    onDisk.sort();
    savedNames.sort();
    QCOMPARE(onDisk.size(), savedNames.size());
    QVERIFY(onDisk == savedNames);

    if (MemoryIsMeaningful && peakBeforeKiB >= 0)
        QVERIFY2(peakAfterKiB - peakBeforeKiB < MaxPeakGrowthKiB,
                 qPrintable(QStringLiteral("peak RSS grew by %1 KiB").arg(peakAfterKiB - peakBeforeKiB)));
}

QTEST_GUILESS_MAIN(tst_Stress)
#include "tst_stress.moc"
