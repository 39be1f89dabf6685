// Resume across runs: a stopped or killed run leaves a .part file with its
// resume record, and the next run into the same folder continues it with
// Range/If-Range, restarts it when the server ignores the range or the file
// changed, and handles 416. Every case ends with a byte-identical file.
#include "downloadengine.h"
#include "enginetest.h"
#include "resumerecord.h"
#include "runrecorder.h"
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>

#include <sys/xattr.h>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

// The validator the test server sends with `lastmodified=1`.
const QByteArray FixedLastModified = "Wed, 01 Jan 2025 00:00:00 GMT";
constexpr qint64 StallPrefix = 16 * 1024; // what `stall=` sends before pausing

bool hasResumeRecord(const QString &path)
{
    return ::getxattr(QFile::encodeName(path).constData(), ResumeRecord::AttributeName, nullptr, 0) >= 0;
}

// A part file as an interrupted run leaves it: a prefix of the body and its record.
bool plantPart(const QString &path, const QByteArray &bytes, const ResumeRecord &record)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size()
        || !file.flush()) {
        return false;
    }
    return record.writeTo(file.handle());
}

} // namespace

class tst_Resume : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();

    void stopKeepsPartAndNextRunContinues();
    void serverIgnoringRangeRestartsFromZero();
    void changedFileRestartsFromZero();
    void partLongerThanFileRestarts();
    void completePartOnlyNeedsTheRename();
    void removingAnItemDiscardsItsPart();
    void noValidatorMeansNothingIsKept();
    void finishedFileCarriesNoRecord();
    void symlinkNamedLikeAPartIsIgnored();
    void cliKilledMidBatchResumesByteIdentical();

private:
    EngineOptions options() const { return engineOptions(m_dir->path()); }
    // Runs `urls` to the end and returns the results by index.
    QVector<ItemResult> runToEnd(const QVector<QUrl> &urls);
    // Starts `urls`, waits until every item has body bytes on disk, then stops the run.
    void runAndStopMidBody(const QVector<QUrl> &urls, QVector<ItemResult> *results);

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Resume::initTestCase_data()
{
    addWorkerRows();
}

void tst_Resume::initTestCase()
{
    QVERIFY(m_server.start());
    // The records live in extended attributes; a folder that refuses them
    // cannot keep parts at all, which is a different (tested) behaviour.
    QTemporaryDir probe;
    QFile file(probe.filePath(QStringLiteral("probe")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (!ResumeRecord{QUrl(QStringLiteral("http://127.0.0.1/")), "v", 1}.writeTo(file.handle()))
        QSKIP(qPrintable(QStringLiteral("the temporary folder refuses user extended attributes: %1")
                                 .arg(qt_error_string(errno))));
}

void tst_Resume::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.resetStats();
}

QVector<ItemResult> tst_Resume::runToEnd(const QVector<QUrl> &urls)
{
    DownloadEngine engine;
    QVector<ItemResult> results(urls.size());
    connect(&engine, &DownloadEngine::itemsFinished, &engine, [&](const QVector<ItemResult> &batch) {
        for (const ItemResult &result : batch)
            results[int(result.id)] = result;
    });
    QSignalSpy finished(&engine, &DownloadEngine::runFinished);
    QString error;
    if (!engine.start(jobsFor(urls), options(), &error))
        qWarning() << error;
    finished.wait(60'000);
    return results;
}

void tst_Resume::runAndStopMidBody(const QVector<QUrl> &urls, QVector<ItemResult> *stopped)
{
    DownloadEngine engine;
    QVector<ItemResult> &results = *stopped;
    results.resize(urls.size());
    QHash<quint64, qint64> received;
    connect(&engine, &DownloadEngine::itemsFinished, &engine, [&](const QVector<ItemResult> &batch) {
        for (const ItemResult &result : batch)
            results[int(result.id)] = result;
    });
    connect(&engine, &DownloadEngine::progressed, &engine,
            [&](const RunProgress &, const QVector<ItemProgress> &items) {
                for (const ItemProgress &item : items)
                    received[item.id] = item.received;
            });
    QSignalSpy finished(&engine, &DownloadEngine::runFinished);
    QString error;
    QVERIFY2(engine.start(jobsFor(urls), options(), &error), qPrintable(error));
    // Sequentially only the first item is under way when the run stops.
    const int expectMidBody = options().workers == 1 ? 1 : int(urls.size());
    QTRY_VERIFY_WITH_TIMEOUT(std::count_if(received.cbegin(), received.cend(),
                                           [](qint64 bytes) { return bytes >= StallPrefix; })
                                     >= expectMidBody,
                             20'000);
    engine.cancel();
    QVERIFY(finished.wait(20'000));
}

void tst_Resume::stopKeepsPartAndNextRunContinues()
{
    const qint64 size = 300'000;
    QVector<QUrl> urls;
    for (int i = 0; i < 3; ++i)
        urls << m_server.url(QStringLiteral("/files/stop/s%1.bin?size=%2&etag=1&stall=3000").arg(i).arg(size));

    QVector<ItemResult> stopped;
    runAndStopMidBody(urls, &stopped);
    if (QTest::currentTestFailed())
        return;
    const ItemResult &first = stopped.first();
    QCOMPARE(first.state, ItemState::Cancelled);
    QVERIFY2(first.error.message.contains(QLatin1String("next run continues")), qPrintable(first.error.message));
    QCOMPARE(first.filePath, m_dir->filePath(QStringLiteral("s0.bin.part")));
    QVERIFY(QFile::exists(first.filePath));
    QVERIFY(hasResumeRecord(first.filePath));
    const qint64 kept = QFileInfo(first.filePath).size();
    QVERIFY2(kept >= StallPrefix && kept < size, qPrintable(QString::number(kept)));
    QCOMPARE(first.bytes, kept);
    // Nothing under a final name.
    for (const QString &name : filesIn(m_dir->path()))
        QVERIFY2(name.endsWith(QLatin1String(".part")), qPrintable(name));

    m_server.resetStats();
    const QVector<ItemResult> resumed = runToEnd(urls);
    for (int i = 0; i < urls.size(); ++i) {
        const ItemResult &result = resumed[i];
        QCOMPARE(result.state, ItemState::Done);
        const QString name = QStringLiteral("s%1.bin").arg(i);
        QCOMPARE(result.filePath, m_dir->filePath(name));
        QCOMPARE(contentsOf(result.filePath),
                 TestServer::body(size, TestServer::seedForPath(QStringLiteral("/files/stop/") + name)));
    }
    QCOMPARE(resumed.first().resumedFrom, kept);
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/stop/s0.bin"), "Range"),
             QStringList{QStringLiteral("bytes=%1-").arg(kept)});
    QVERIFY(!m_server.requestHeaders(QStringLiteral("/files/stop/s0.bin"), "If-Range").first().isEmpty());
    QCOMPARE(filesIn(m_dir->path()), (QStringList{QStringLiteral("s0.bin"), QStringLiteral("s1.bin"),
                                                  QStringLiteral("s2.bin")}));
}

void tst_Resume::serverIgnoringRangeRestartsFromZero()
{
    const qint64 size = 200'000;
    const QUrl url = m_server.url(QStringLiteral("/files/norange/n.bin?size=%1&etag=1&norange=1&stall=3000").arg(size));
    QVector<ItemResult> stopped;
    runAndStopMidBody({url}, &stopped);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(stopped.first().state, ItemState::Cancelled);
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("n.bin.part"))));

    const QVector<ItemResult> resumed = runToEnd({url});
    QCOMPARE(resumed.first().state, ItemState::Done);
    QCOMPARE(resumed.first().resumedFrom, 0);
    QCOMPARE(contentsOf(m_dir->filePath(QStringLiteral("n.bin"))),
             TestServer::body(size, TestServer::seedForPath(QStringLiteral("/files/norange/n.bin"))));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("n.bin")});
}

void tst_Resume::changedFileRestartsFromZero()
{
    const qint64 size = 50'000;
    const QUrl url = m_server.url(QStringLiteral("/files/changed/c.bin?size=%1&lastmodified=1").arg(size));
    // A part recorded against an older version of the file: If-Range fails, 200 follows.
    const QByteArray stale(20'000, 'x');
    QVERIFY(plantPart(m_dir->filePath(QStringLiteral("c.bin.part")), stale,
                      {url, "Tue, 31 Dec 2024 00:00:00 GMT", size}));

    const QVector<ItemResult> results = runToEnd({url});
    QCOMPARE(results.first().state, ItemState::Done);
    QCOMPARE(results.first().resumedFrom, 0);
    QCOMPARE(contentsOf(m_dir->filePath(QStringLiteral("c.bin"))),
             TestServer::body(size, TestServer::seedForPath(QStringLiteral("/files/changed/c.bin"))));
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/changed/c.bin"), "Range"),
             QStringList{QStringLiteral("bytes=20000-")});
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("c.bin")});
}

void tst_Resume::partLongerThanFileRestarts()
{
    const qint64 size = 10'000;
    const QUrl url = m_server.url(QStringLiteral("/files/shrunk/k.bin?size=%1&lastmodified=1").arg(size));
    QVERIFY(plantPart(m_dir->filePath(QStringLiteral("k.bin.part")), QByteArray(15'000, 'y'),
                      {url, FixedLastModified, 15'000}));

    const QVector<ItemResult> results = runToEnd({url});
    QCOMPARE(results.first().state, ItemState::Done);
    QCOMPARE(contentsOf(m_dir->filePath(QStringLiteral("k.bin"))),
             TestServer::body(size, TestServer::seedForPath(QStringLiteral("/files/shrunk/k.bin"))));
    // 416 for bytes=15000-, then the whole file without Range.
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/shrunk/k.bin"), "Range"),
             (QStringList{QStringLiteral("bytes=15000-"), QString()}));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("k.bin")});
}

void tst_Resume::completePartOnlyNeedsTheRename()
{
    const qint64 size = 12'345;
    const QUrl url = m_server.url(QStringLiteral("/files/whole/w.bin?size=%1&lastmodified=1").arg(size));
    const QByteArray body = TestServer::body(size, TestServer::seedForPath(QStringLiteral("/files/whole/w.bin")));
    QVERIFY(plantPart(m_dir->filePath(QStringLiteral("w.bin.part")), body, {url, FixedLastModified, size}));

    const QVector<ItemResult> results = runToEnd({url});
    QCOMPARE(results.first().state, ItemState::Done);
    QCOMPARE(results.first().resumedFrom, size);
    QCOMPARE(contentsOf(m_dir->filePath(QStringLiteral("w.bin"))), body);
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/whole/w.bin")), 1);
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("w.bin")});
}

void tst_Resume::removingAnItemDiscardsItsPart()
{
    const QUrl url = m_server.url(QStringLiteral("/files/removed/r.bin?size=100000&etag=1&stall=10000"));
    DownloadEngine engine;
    QSignalSpy finished(&engine, &DownloadEngine::runFinished);
    qint64 received = 0;
    connect(&engine, &DownloadEngine::progressed, &engine,
            [&](const RunProgress &, const QVector<ItemProgress> &items) {
                for (const ItemProgress &item : items)
                    received = item.received;
            });
    QVERIFY(engine.start({{7, url}}, options()));
    QTRY_VERIFY_WITH_TIMEOUT(received >= StallPrefix, 20'000);
    engine.cancelItem(7);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void tst_Resume::noValidatorMeansNothingIsKept()
{
    // Without ETag or Last-Modified a later run could splice two versions.
    const QUrl url = m_server.url(QStringLiteral("/files/plain/p.bin?size=100000&stall=10000"));
    QVector<ItemResult> stopped;
    runAndStopMidBody({url}, &stopped);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(stopped.first().state, ItemState::Cancelled);
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void tst_Resume::finishedFileCarriesNoRecord()
{
    const QUrl url = m_server.url(QStringLiteral("/files/clean/f.bin?size=5000&etag=1"));
    const QVector<ItemResult> results = runToEnd({url});
    QCOMPARE(results.first().state, ItemState::Done);
    QVERIFY(!hasResumeRecord(results.first().filePath));
}

void tst_Resume::symlinkNamedLikeAPartIsIgnored()
{
    // A record on a file outside the folder, reached through a symlink named
    // like a part file, must never make Fetchpool append to that file.
    QTemporaryDir outside;
    const QString target = outside.filePath(QStringLiteral("victim.bin"));
    const qint64 size = 8000;
    const QUrl url = m_server.url(QStringLiteral("/files/link/l.bin?size=%1&lastmodified=1").arg(size));
    QVERIFY(plantPart(target, QByteArray(100, 'v'), {url, FixedLastModified, size}));
    QVERIFY(QFile::link(target, m_dir->filePath(QStringLiteral("l.bin.part"))));

    const QVector<ItemResult> results = runToEnd({url});
    QCOMPARE(results.first().state, ItemState::Done);
    QCOMPARE(contentsOf(target), QByteArray(100, 'v'));
    QCOMPARE(results.first().resumedFrom, 0);
    QCOMPARE(contentsOf(results.first().filePath),
             TestServer::body(size, TestServer::seedForPath(QStringLiteral("/files/link/l.bin"))));
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("l.bin.part"))).isSymLink());
}

void tst_Resume::cliKilledMidBatchResumesByteIdentical()
{
    QFETCH_GLOBAL(int, workers);
    // Every response stalls for 2 s: one at a time, three items say as much as eight.
    const int count = workers == 1 ? 3 : 8;
    const qint64 size = 4 * 1024 * 1024;
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << m_server.url(QStringLiteral("/files/kill/k%1.bin?size=%2&etag=1&stall=2000").arg(i).arg(size)).toString();
    const QString list = m_dir->filePath(QStringLiteral("list.txt"));
    {
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.join(u'\n').toUtf8());
    }
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const QStringList arguments{QStringLiteral("-j"), QString::number(workers), QStringLiteral("-i"), list,
                                QStringLiteral("-d"), out};

    QProcess first;
    first.start(QStringLiteral(FETCHPOOL_CLI_PATH), arguments);
    QVERIFY(first.waitForStarted());
    // Killed while the items under way have part of their body on disk.
    const int underWay = qMin(workers, count);
    QTRY_VERIFY_WITH_TIMEOUT(partsWithBytes(out) >= underWay, 30'000);
    first.kill(); // SIGKILL: no chance to clean up
    QVERIFY(first.waitForFinished(10'000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    QProcess second;
    second.start(QStringLiteral(FETCHPOOL_CLI_PATH), arguments);
    QVERIFY(second.waitForFinished(120'000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

    QStringList expected;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("k%1.bin").arg(i);
        expected << name;
        QCOMPARE(contentsOf(QDir(out).filePath(name)),
                 TestServer::body(size, TestServer::seedForPath(QStringLiteral("/files/kill/") + name)));
    }
    expected.sort();
    QCOMPARE(filesIn(out), expected);
    // The items that were under way were continued, not fetched again.
    int continued = 0;
    for (int i = 0; i < count; ++i) {
        const QStringList ranges =
                m_server.requestHeaders(QStringLiteral("/files/kill/k%1.bin").arg(i), "Range");
        continued += std::count_if(ranges.cbegin(), ranges.cend(), [](const QString &range) {
            return range.startsWith(QLatin1String("bytes=")) && range != QLatin1String("bytes=0-");
        });
    }
    QVERIFY2(continued >= underWay, qPrintable(QString::number(continued)));
}

QTEST_GUILESS_MAIN(tst_Resume)
#include "tst_resume.moc"
