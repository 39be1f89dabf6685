// The run's queue: pausing an item in flight (its part kept, the next
// request for it carrying Range) or still queued, paused items in the run's
// figures, jobs that join a running run, and the order workers take items
// in after a reorder, as the server sees the requests arrive.
#include "downloadengine.h"
#include "enginetest.h"
#include "resumerecord.h"
#include "runrecorder.h"
#include "testserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

constexpr qint64 StallPrefix = 16 * 1024; // what `stall=` sends before pausing

// The latest received count of every item, from the engine's batches.
class ReceivedBytes
{
public:
    explicit ReceivedBytes(DownloadEngine &engine)
    {
        QObject::connect(&engine, &DownloadEngine::progressed, &engine,
                         [this](const RunProgress &, const QVector<ItemProgress> &items) {
                             for (const ItemProgress &item : items)
                                 m_bytes[item.id] = item.received;
                         });
    }
    qint64 of(quint64 id) const { return m_bytes.value(id); }

private:
    QHash<quint64, qint64> m_bytes;
};

} // namespace

class tst_Queue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void pausingInFlightKeepsThePartAndResumesWithRange();
    void pausingAQueuedItemHoldsItBack();
    void resumedItemJoinsTheRunAndContinues();
    void jobsAddedDuringARunGetWorkersOfTheirOwn();
    void reorderChangesWhatTheWorkerTakesNext();
    void nothingJoinsARunThatHasEnded();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QByteArray bodyOf(const QString &serverPath, qint64 size) const
    {
        return TestServer::body(size, TestServer::seedForPath(serverPath));
    }

    TestServer m_server{4};
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Queue::initTestCase()
{
    QVERIFY(m_server.start());
    QTemporaryDir probe;
    QFile file(probe.filePath(QStringLiteral("probe")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (!ResumeRecord{QUrl(QStringLiteral("http://127.0.0.1/")), "v", 1}.writeTo(file.handle()))
        QSKIP(qPrintable(QStringLiteral("the temporary folder refuses user extended attributes: %1")
                                 .arg(qt_error_string(errno))));
}

void tst_Queue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.resetStats();
}

void tst_Queue::pausingInFlightKeepsThePartAndResumesWithRange()
{
    const qint64 size = 300'000;
    const QString served = QStringLiteral("/files/pause/p.bin");
    const QUrl url = m_server.url(served + QStringLiteral("?size=%1&etag=1&stall=3000").arg(size));
    {
        DownloadEngine engine;
        RunRecorder recorder(engine);
        ReceivedBytes received(engine);
        QString error;
        QVERIFY2(engine.start(jobsFor({url}), engineOptions(m_dir->path(), 1), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(received.of(0) >= StallPrefix, 20'000);
        QVERIFY(engine.pauseItem(0));
        // At once: the server is still holding the rest back for seconds.
        QVERIFY(recorder.wait(2'000));

        const ItemResult paused = recorder.byId.value(0);
        QCOMPARE(paused.state, ItemState::Paused);
        QCOMPARE(paused.filePath, path(QStringLiteral("p.bin.part")));
        QVERIFY(QFile::exists(paused.filePath));
        QCOMPARE(paused.bytes, QFileInfo(paused.filePath).size());
        QVERIFY2(paused.bytes >= StallPrefix && paused.bytes < size, qPrintable(QString::number(paused.bytes)));
        // Paused is its own outcome: neither failed nor cancelled.
        const RunProgress run = recorder.run();
        QCOMPARE(run.total, 1);
        QCOMPARE(run.paused, 1);
        QCOMPARE(run.failed, 0);
        QCOMPARE(run.cancelled, 0);
        QCOMPARE(run.finished(), 1);
    }
    const qint64 kept = QFileInfo(path(QStringLiteral("p.bin.part"))).size();

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor({url}), engineOptions(m_dir->path(), 1)));
    QVERIFY(recorder.wait());
    const ItemResult done = recorder.byId.value(0);
    QCOMPARE(done.state, ItemState::Done);
    QCOMPARE(done.resumedFrom, kept);
    QCOMPARE(contentsOf(path(QStringLiteral("p.bin"))), bodyOf(served, size));
    QCOMPARE(m_server.requestHeaders(served, "Range"), (QStringList{QString(), QStringLiteral("bytes=%1-").arg(kept)}));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("p.bin")});
}

void tst_Queue::pausingAQueuedItemHoldsItBack()
{
    const QUrl first = m_server.url(QStringLiteral("/files/held/first.bin?size=1000&latency=400"));
    const QUrl second = m_server.url(QStringLiteral("/files/held/second.bin?size=1000"));
    const QUrl third = m_server.url(QStringLiteral("/files/held/third.bin?size=1000"));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor({first, second, third}), engineOptions(m_dir->path(), 1)));
    QVERIFY(engine.pauseItem(1)); // queued behind the first one: one worker
    QVERIFY(recorder.wait());

    QCOMPARE(recorder.byId.value(1).state, ItemState::Paused);
    QVERIFY(recorder.byId.value(1).filePath.isEmpty());
    QCOMPARE(recorder.byId.value(1).startUs, -1);
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/held/second.bin")), 0);
    QCOMPARE(recorder.byId.value(0).state, ItemState::Done);
    QCOMPARE(recorder.byId.value(2).state, ItemState::Done);
    const RunProgress run = recorder.run();
    QCOMPARE(run.total, 3);
    QCOMPARE(run.done, 2);
    QCOMPARE(run.paused, 1);
    QCOMPARE(run.failed, 0);
    QCOMPARE(run.cancelled, 0);
    QVERIFY(!engine.pauseItem(1)); // ended: nothing left to pause
}

void tst_Queue::resumedItemJoinsTheRunAndContinues()
{
    const qint64 size = 200'000;
    const QString served = QStringLiteral("/files/rejoin/r.bin");
    const QUrl paused = m_server.url(served + QStringLiteral("?size=%1&etag=1&stall=2000").arg(size));
    // Still waiting for its response when the paused item is resumed.
    const QUrl other = m_server.url(QStringLiteral("/files/rejoin/other.bin?size=1000&latency=1500"));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    ReceivedBytes received(engine);
    QVector<ItemResult> order;
    recorder.onFinishedBatch = [&](const QVector<ItemResult> &results) {
        order += results;
        for (const ItemResult &result : results) {
            if (result.id == 0 && result.state == ItemState::Paused)
                QVERIFY(engine.enqueue(jobsFor({paused})));
        }
    };
    QVERIFY(engine.start(jobsFor({paused, other}), engineOptions(m_dir->path(), 1)));
    QTRY_VERIFY_WITH_TIMEOUT(received.of(0) >= StallPrefix, 20'000);
    QVERIFY(engine.pauseItem(0));
    QVERIFY(recorder.wait());

    QCOMPARE(order.size(), 3);
    QCOMPARE(order.at(0).state, ItemState::Paused);
    const qint64 kept = order.at(0).bytes;
    QVERIFY(kept >= StallPrefix);
    QCOMPARE(order.at(1).id, quint64(1));
    QCOMPARE(order.at(2).id, quint64(0));
    QCOMPARE(order.at(2).state, ItemState::Done);
    QCOMPARE(order.at(2).resumedFrom, kept);
    QCOMPARE(contentsOf(path(QStringLiteral("r.bin"))), bodyOf(served, size));
    QCOMPARE(m_server.requestHeaders(served, "Range"), (QStringList{QString(), QStringLiteral("bytes=%1-").arg(kept)}));
    // The item counts once, as what it became.
    const RunProgress run = recorder.run();
    QCOMPARE(run.total, 2);
    QCOMPARE(run.done, 2);
    QCOMPARE(run.paused, 0);
    QCOMPARE(filesIn(m_dir->path()), (QStringList{QStringLiteral("other.bin"), QStringLiteral("r.bin")}));
}

void tst_Queue::jobsAddedDuringARunGetWorkersOfTheirOwn()
{
    // One job on a run of four workers: one loop. The three that join get
    // the three other workers and end while the first still waits.
    const QUrl slow = m_server.url(QStringLiteral("/files/join/slow.bin?size=1000&latency=3000"));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor({slow}), engineOptions(m_dir->path(), 4)));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(QStringLiteral("/files/join/slow.bin")), 1, 10'000);
    QVector<QUrl> joining;
    for (int i = 0; i < 3; ++i)
        joining << m_server.url(QStringLiteral("/files/join/j%1.bin?size=%2").arg(i).arg(1000 + i));
    QVERIFY(engine.enqueue(jobsFor(joining, 10)));
    QVERIFY(recorder.wait());

    const ItemResult first = recorder.byId.value(0);
    QCOMPARE(first.state, ItemState::Done);
    QSet<int> workers;
    for (quint64 id = 10; id < 13; ++id) {
        const ItemResult joined = recorder.byId.value(id);
        QCOMPARE(joined.state, ItemState::Done);
        QVERIFY2(joined.endUs < first.endUs, "a joining job waited for the busy worker");
        QVERIFY(joined.worker != first.worker);
        workers.insert(joined.worker);
    }
    QVERIFY(!workers.isEmpty());
    const RunProgress run = recorder.run();
    QCOMPARE(run.total, 4);
    QCOMPARE(run.done, 4);
}

void tst_Queue::reorderChangesWhatTheWorkerTakesNext()
{
    const QString blocker = QStringLiteral("/files/order/blocker.bin");
    QVector<QUrl> urls{m_server.url(blocker + QStringLiteral("?size=100&latency=800"))};
    const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")};
    for (const QString &name : names)
        urls << m_server.url(QStringLiteral("/files/order/%1.bin?size=100").arg(name));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor(urls), engineOptions(m_dir->path(), 1)));
    // The one worker is busy with the blocker: the rest are queued.
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(blocker), 1, 10'000);
    engine.reorder({4, 2}); // d, then b; a and c follow as they were
    QVERIFY(recorder.wait());

    QCOMPARE(m_server.requestPaths(),
             (QStringList{blocker, QStringLiteral("/files/order/d.bin"), QStringLiteral("/files/order/b.bin"),
                          QStringLiteral("/files/order/a.bin"), QStringLiteral("/files/order/c.bin")}));
    QCOMPARE(recorder.run().done, 5);
}

void tst_Queue::nothingJoinsARunThatHasEnded()
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(!engine.enqueue(jobsFor({m_server.url(QStringLiteral("/files/late/x.bin?size=10"))})));
    QVERIFY(engine.start(jobsFor({m_server.url(QStringLiteral("/files/late/a.bin?size=10"))}),
                         engineOptions(m_dir->path(), 2)));
    QVERIFY(recorder.wait());
    QVERIFY(!engine.enqueue(jobsFor({m_server.url(QStringLiteral("/files/late/b.bin?size=10"))}, 5)));
    QVERIFY(!engine.pauseItem(0));
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/late/b.bin")), 0);
}

QTEST_GUILESS_MAIN(tst_Queue)
#include "tst_queue.moc"
