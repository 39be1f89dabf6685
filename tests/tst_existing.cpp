// The policy for a final name that already exists (EngineOptions::
// existingFiles) end to end against the test server: rename, skip and
// update, each once sequentially (1 worker) and once in parallel.
#include "downloadengine.h"
#include "enginetest.h"
#include "existingfile.h"
#include "runrecorder.h"
#include "testserver.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/xattr.h>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

constexpr int Items = 4;
// "Wed, 01 Jan 2025 00:00:00 GMT", the test server's Last-Modified with lastmodified=1.
const QDateTime ServerDate = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);

// What the test server sends as the ETag of /files/ with etag=1.
QByteArray serverEtag(quint32 seed, qint64 size)
{
    return "\"fp-" + QByteArray::number(seed, 16) + '-' + QByteArray::number(size, 16) + '"';
}

QByteArray etagAttribute(const QString &path)
{
    QByteArray value(1024, Qt::Uninitialized);
    const ssize_t length = ::getxattr(QFile::encodeName(path).constData(), ExistingFile::EtagAttribute,
                                      value.data(), size_t(value.size()));
    return length > 0 ? value.left(length) : QByteArray();
}

quint64 inodeOf(const QString &path)
{
    struct stat status;
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? quint64(status.st_ino) : 0;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class tst_Existing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();

    void renameSavesANumberedCopy();
    void skipMakesNoRequest();
    void skipDecidedByTheResponseReadsNoBody();
    void commitStampsValidators();
    void updateUnchangedLeavesTheFile();
    void updateByDateOnly();
    void updateReplacesAChangedFile();
    void updateFailureLeavesTheOldFile();
    void updateStoppedLeavesTheOldFile_data();
    void updateStoppedLeavesTheOldFile();
    void symlinkIsNeverTakenForTheFile();
    void outcomeSurvivesJson();

private:
    QString folder() const { return QFileInfo(m_dir->path()).canonicalFilePath(); }
    QString path(const QString &name) const { return folder() + QLatin1Char('/') + name; }
    // Runs `urls` with `policy`; the results by id, in list order.
    QVector<ItemResult> run(const QVector<QUrl> &urls, ExistingFiles policy);
    QVector<QUrl> urls(const QString &pathPattern, const QString &query) const;

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Existing::initTestCase_data()
{
    addWorkerRows();
}

void tst_Existing::initTestCase()
{
    QVERIFY(m_server.start());
}

void tst_Existing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.resetStats();
}

QVector<QUrl> tst_Existing::urls(const QString &pathPattern, const QString &query) const
{
    QVector<QUrl> list;
    for (int i = 0; i < Items; ++i)
        list << m_server.url(pathPattern.arg(i) + QLatin1Char('?') + query);
    return list;
}

QVector<ItemResult> tst_Existing::run(const QVector<QUrl> &urls, ExistingFiles policy)
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    EngineOptions options = engineOptions(m_dir->path());
    options.existingFiles = policy;
    QString error;
    if (!engine.start(jobsFor(urls), options, &error))
        qWarning() << error;
    if (!recorder.wait())
        return {};
    QVector<ItemResult> results;
    for (int i = 0; i < urls.size(); ++i)
        results << recorder.byId.value(quint64(i));
    return results;
}

void tst_Existing::renameSavesANumberedCopy()
{
    for (int i = 0; i < Items; ++i)
        writeFile(path(QStringLiteral("r%1.bin").arg(i)), "precious");
    const auto results = run(urls(QStringLiteral("/files/rename/r%1.bin"), QStringLiteral("size=300")),
                             ExistingFiles::Rename);
    QCOMPARE(results.size(), Items);
    for (int i = 0; i < Items; ++i) {
        QCOMPARE(results[i].state, ItemState::Done);
        QCOMPARE(results[i].existing, ExistingOutcome::None);
        QCOMPARE(results[i].filePath, path(QStringLiteral("r%1 (1).bin").arg(i)));
        QCOMPARE(contentsOf(path(QStringLiteral("r%1.bin").arg(i))), QByteArray("precious"));
    }
    QCOMPARE(filesIn(folder()).size(), 2 * Items);
}

void tst_Existing::skipMakesNoRequest()
{
    const auto list = urls(QStringLiteral("/files/skip/s%1.bin"), QStringLiteral("size=2000"));
    const auto first = run(list, ExistingFiles::Skip); // nothing there yet: downloaded
    QCOMPARE(first.size(), Items);
    QVector<QByteArray> before;
    for (const ItemResult &result : first) {
        QCOMPARE(result.state, ItemState::Done);
        QCOMPARE(result.existing, ExistingOutcome::None);
        before << contentsOf(result.filePath);
    }
    // One copy changed by hand: Skip must not notice, let alone repair it.
    writeFile(path(QStringLiteral("s0.bin")), "edited by hand");
    before[0] = "edited by hand";
    m_server.resetStats();

    const auto again = run(list, ExistingFiles::Skip);
    QCOMPARE(again.size(), Items);
    for (int i = 0; i < Items; ++i) {
        QCOMPARE(again[i].state, ItemState::Done);
        QCOMPARE(again[i].existing, ExistingOutcome::Skipped);
        QCOMPARE(again[i].filePath, path(QStringLiteral("s%1.bin").arg(i)));
        QCOMPARE(again[i].bytes, qint64(0));
        QCOMPARE(contentsOf(again[i].filePath), before[i]);
        QCOMPARE(m_server.requestCount(QStringLiteral("/files/skip/s%1.bin").arg(i)), 0);
    }
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(filesIn(folder()).size(), Items);
}

void tst_Existing::skipDecidedByTheResponseReadsNoBody()
{
    // No extension in the URL: only the response's Content-Disposition names
    // the file. The body stalls after its first bytes for longer than the
    // run's stall timeout, so an item that read on would fail.
    QVector<QUrl> list;
    for (int i = 0; i < Items; ++i) {
        writeFile(path(QStringLiteral("named%1.bin").arg(i)), "precious");
        const QByteArray cd = QUrl::toPercentEncoding(QStringLiteral("attachment; filename=named%1.bin").arg(i));
        list << m_server.url(QStringLiteral("/files/cd/n%1?size=4000000&stall=60000&cd=").arg(i) + QString::fromLatin1(cd));
    }
    const auto again = run(list, ExistingFiles::Skip);
    QCOMPARE(again.size(), Items);
    for (int i = 0; i < Items; ++i) {
        QCOMPARE(again[i].state, ItemState::Done);
        QCOMPARE(again[i].existing, ExistingOutcome::Skipped);
        QCOMPARE(again[i].filePath, path(QStringLiteral("named%1.bin").arg(i)));
        QCOMPARE(again[i].bytes, qint64(0));
        QCOMPARE(contentsOf(again[i].filePath), QByteArray("precious"));
        QCOMPARE(m_server.requestCount(QStringLiteral("/files/cd/n%1").arg(i)), 1);
    }
    QCOMPARE(filesIn(folder()).size(), Items); // no part, no numbered copy
}

void tst_Existing::commitStampsValidators()
{
    const auto results = run(urls(QStringLiteral("/files/stamp/t%1.bin"), QStringLiteral("size=100&etag=1&lastmodified=1")),
                             ExistingFiles::Rename);
    for (int i = 0; i < Items; ++i) {
        const QString file = results[i].filePath;
        QCOMPARE(QFileInfo(file).lastModified().toUTC(), ServerDate);
        QCOMPARE(etagAttribute(file), serverEtag(TestServer::seedForPath(QStringLiteral("/files/stamp/t%1.bin").arg(i)), 100));
    }
}

void tst_Existing::updateUnchangedLeavesTheFile()
{
    const auto list = urls(QStringLiteral("/files/up/u%1.bin"), QStringLiteral("size=3000&etag=1&lastmodified=1"));
    const auto first = run(list, ExistingFiles::Update);
    QVector<QByteArray> bytes;
    QVector<QDateTime> times;
    QVector<quint64> inodes;
    for (const ItemResult &result : first) {
        QCOMPARE(result.existing, ExistingOutcome::None); // nothing was there
        bytes << contentsOf(result.filePath);
        times << QFileInfo(result.filePath).lastModified();
        inodes << inodeOf(result.filePath);
    }
    m_server.resetStats();

    const auto again = run(list, ExistingFiles::Update);
    for (int i = 0; i < Items; ++i) {
        const QString serverPath = QStringLiteral("/files/up/u%1.bin").arg(i);
        QCOMPARE(again[i].state, ItemState::Done);
        QCOMPARE(again[i].existing, ExistingOutcome::Unchanged);
        QCOMPARE(again[i].httpStatus, 304);
        QCOMPARE(again[i].filePath, path(QStringLiteral("u%1.bin").arg(i)));
        QCOMPARE(contentsOf(again[i].filePath), bytes[i]);
        QCOMPARE(QFileInfo(again[i].filePath).lastModified(), times[i]);
        QCOMPARE(inodeOf(again[i].filePath), inodes[i]); // not even replaced by an equal copy
        QCOMPARE(m_server.requestHeaders(serverPath, "if-none-match"),
                 QStringList{QString::fromLatin1(serverEtag(TestServer::seedForPath(serverPath), 3000))});
        QCOMPARE(m_server.requestHeaders(serverPath, "if-modified-since"),
                 QStringList{QStringLiteral("Wed, 01 Jan 2025 00:00:00 GMT")});
    }
    QCOMPARE(filesIn(folder()).size(), Items);
}

void tst_Existing::updateByDateOnly()
{
    // No ETag: If-Modified-Since alone decides, from the time the first copy was stamped with.
    const auto old = run(urls(QStringLiteral("/files/date/d%1.bin"), QStringLiteral("size=500&modified=1700000000")),
                         ExistingFiles::Update);
    QCOMPARE(QFileInfo(old[0].filePath).lastModified().toUTC(), QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    const auto same = run(urls(QStringLiteral("/files/date/d%1.bin"), QStringLiteral("size=500&modified=1700000000")),
                          ExistingFiles::Update);
    const auto newer = run(urls(QStringLiteral("/files/date/d%1.bin"),
                                QStringLiteral("size=500&seed=7&modified=1800000000")),
                           ExistingFiles::Update);
    for (int i = 0; i < Items; ++i) {
        QCOMPARE(same[i].existing, ExistingOutcome::Unchanged);
        QCOMPARE(newer[i].existing, ExistingOutcome::Updated);
        QCOMPARE(newer[i].filePath, path(QStringLiteral("d%1.bin").arg(i)));
        QCOMPARE(contentsOf(newer[i].filePath), TestServer::body(500, 7));
        QCOMPARE(QFileInfo(newer[i].filePath).lastModified().toUTC(),
                 QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC));
        QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/date/d%1.bin").arg(i), "if-none-match"),
                 QStringList({QString(), QString(), QString()}));
    }
    QCOMPARE(filesIn(folder()).size(), Items);
}

void tst_Existing::updateReplacesAChangedFile()
{
    const auto first = run(urls(QStringLiteral("/files/change/c%1.bin"), QStringLiteral("size=20000&seed=1&etag=1")),
                           ExistingFiles::Update);
    QCOMPARE(first[0].state, ItemState::Done);
    m_server.resetStats();
    // Another seed: another ETag and other bytes at the same path.
    const auto changed = run(urls(QStringLiteral("/files/change/c%1.bin"), QStringLiteral("size=30000&seed=2&etag=1")),
                             ExistingFiles::Update);
    for (int i = 0; i < Items; ++i) {
        QCOMPARE(changed[i].state, ItemState::Done);
        QCOMPARE(changed[i].existing, ExistingOutcome::Updated);
        QCOMPARE(changed[i].httpStatus, 200);
        QCOMPARE(changed[i].filePath, path(QStringLiteral("c%1.bin").arg(i)));
        QCOMPARE(contentsOf(changed[i].filePath), TestServer::body(30000, 2));
        QCOMPARE(etagAttribute(changed[i].filePath), serverEtag(2, 30000));
        QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/change/c%1.bin").arg(i), "if-none-match"),
                 QStringList{QString::fromLatin1(serverEtag(1, 20000))});
    }
    QCOMPARE(filesIn(folder()).size(), Items); // replaced, not renamed
}

void tst_Existing::updateFailureLeavesTheOldFile()
{
    const auto first = run(urls(QStringLiteral("/files/fail/f%1.bin"), QStringLiteral("size=20000&seed=1&etag=1")),
                           ExistingFiles::Update);
    QCOMPARE(first[0].state, ItemState::Done);
    // A changed file whose new copy breaks off half-way.
    const auto broken = run(urls(QStringLiteral("/files/fail/f%1.bin"),
                                 QStringLiteral("size=20000&seed=2&etag=1&truncate=9000")),
                            ExistingFiles::Update);
    for (int i = 0; i < Items; ++i) {
        QCOMPARE(broken[i].state, ItemState::Failed);
        QCOMPARE(contentsOf(path(QStringLiteral("f%1.bin").arg(i))), TestServer::body(20000, 1));
        QCOMPARE(etagAttribute(path(QStringLiteral("f%1.bin").arg(i))), serverEtag(1, 20000));
    }
    QCOMPARE(filesIn(folder()).size(), Items); // no part left beside them
}

void tst_Existing::updateStoppedLeavesTheOldFile_data()
{
    QTest::addColumn<QString>("pathPattern"); // %1: the item
    QTest::addColumn<QString>("name");        // %1: the item
    QTest::newRow("name from the URL") << QStringLiteral("/files/stop/p%1.bin?") << QStringLiteral("p%1.bin");
    // Only the response names the file: the replacement is decided at the head.
    QTest::newRow("name from the response")
            << QStringLiteral("/files/stop/q%1?cd=") + QString::fromLatin1(QUrl::toPercentEncoding(
                       QStringLiteral("attachment; filename=q")))
                    + QStringLiteral("%1.bin&")
            << QStringLiteral("q%1.bin");
}

void tst_Existing::updateStoppedLeavesTheOldFile()
{
    QFETCH(QString, pathPattern);
    QFETCH(QString, name);
    QVector<QUrl> old;
    QVector<QUrl> changed;
    for (int i = 0; i < Items; ++i) {
        old << m_server.url(pathPattern.arg(i) + QStringLiteral("size=40000&seed=1&etag=1"));
        changed << m_server.url(pathPattern.arg(i) + QStringLiteral("size=40000&seed=2&etag=1&stall=30000"));
    }
    const auto first = run(old, ExistingFiles::Update);
    QCOMPARE(first[0].filePath, path(name.arg(0)));

    DownloadEngine engine;
    RunRecorder recorder(engine);
    EngineOptions options = engineOptions(m_dir->path());
    options.existingFiles = ExistingFiles::Update;
    QVERIFY(engine.start(jobsFor(changed), options));
    // The new copies are half-way (the body stalls after 16 KiB): Stop.
    // Waited for, not looked at once: the run's byte count can run ahead of
    // the part showing under its final name (two items, one check each way).
    QTRY_VERIFY_WITH_TIMEOUT(engine.progress().bytes >= 16 * 1024, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path(name.arg(0)) + QStringLiteral(".part"))
                                     || QFileInfo::exists(path(name.arg(1)) + QStringLiteral(".part")),
                             10'000);
    engine.cancel();
    QVERIFY(recorder.wait());
    for (int i = 0; i < Items; ++i) {
        QCOMPARE(recorder.byId.value(quint64(i)).state, ItemState::Cancelled);
        QCOMPARE(contentsOf(path(name.arg(i))), TestServer::body(40000, 1));
    }
    QCOMPARE(filesIn(folder()).size(), Items); // no part kept beside them
}

void tst_Existing::symlinkIsNeverTakenForTheFile()
{
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("target.bin"));
    writeFile(target, "not yours");
    QVERIFY(QFile::link(target, path(QStringLiteral("link.bin"))));
    for (ExistingFiles policy : {ExistingFiles::Skip, ExistingFiles::Update}) {
        const auto results = run({m_server.url(QStringLiteral("/files/l/link.bin?size=100&etag=1"))}, policy);
        QCOMPARE(results[0].state, ItemState::Done);
        QCOMPARE(results[0].existing, ExistingOutcome::None);
        QVERIFY(results[0].filePath != path(QStringLiteral("link.bin")));
        QCOMPARE(contentsOf(target), QByteArray("not yours"));
        QVERIFY(QFileInfo(path(QStringLiteral("link.bin"))).isSymLink());
    }
}

void tst_Existing::outcomeSurvivesJson()
{
    for (ExistingOutcome outcome : {ExistingOutcome::None, ExistingOutcome::Skipped, ExistingOutcome::Unchanged,
                                    ExistingOutcome::Updated}) {
        ItemResult result;
        result.state = ItemState::Done;
        result.existing = outcome;
        QCOMPARE(ItemResult::fromJson(result.toJson()).existing, outcome);
    }
    QCOMPARE(existingFilesFromName(QStringLiteral("update")), ExistingFiles::Update);
    QVERIFY(!existingFilesFromName(QStringLiteral("overwrite")));
}

QTEST_GUILESS_MAIN(tst_Existing)
#include "tst_existing.moc"
