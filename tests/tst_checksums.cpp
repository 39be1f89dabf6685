// Checksums: digests computed while the body streams (or from the finished
// part where bytes came from an earlier run or from segments), a mismatch
// that never reaches the final name, sums files, and the CLI end to end.
// And the other per-item option of aria2 lists that decides where a file
// goes: dir= (the subdir cases at the end).

#include "clirun.h"
#include "checksumfile.h"
#include "downloadengine.h"
#include "enginetest.h"
#include "runrecorder.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

constexpr qint64 StallPrefix = 16 * 1024; // what `stall=` sends before pausing

QByteArray bodyOf(const QString &path, qint64 size)
{
    return TestServer::body(size, TestServer::seedForPath(path));
}

Checksum digestOf(const QByteArray &bytes, Checksum::Algorithm algorithm)
{
    return {algorithm, QCryptographicHash::hash(bytes, Checksum::hashAlgorithm(algorithm)).toHex()};
}

} // namespace

class tst_Checksums : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void streamedDigestMatches_data();
    void streamedDigestMatches();
    void mismatchFailsAndLeavesNoFile_data();
    void mismatchFailsAndLeavesNoFile();
    void resumedDownloadIsVerified();
    void segmentedDownloadIsVerified();
    void sumsFileFormats();
    void cliAria2ListGivesNamedVerifiedFile();
    void cliSumsFileBesideListFailsAMismatch();
    void subdirFilesLandInTheSubfolder();
    void subdirSameNameInTwoSubfolders();
    void subdirSameNameInOneGetsANumber();
    void subdirSkipPolicyLooksThere();
    void subdirSymlinkOutFailsTheItem();
    void subdirUnsafeOnAJobIsRefused();

private:
    QString canonicalDir() const { return QFileInfo(m_dir->path()).canonicalFilePath(); }
    ItemResult runOne(const DownloadJob &job, const EngineOptions &options)
    {
        DownloadEngine engine;
        RunRecorder recorder(engine);
        QString error;
        if (!engine.start({job}, options, &error))
            qWarning() << error;
        recorder.wait();
        return recorder.byId.value(job.id);
    }
    void addAlgorithmRows()
    {
        QTest::addColumn<Checksum::Algorithm>("algorithm");
        QTest::newRow("sha-256") << Checksum::Algorithm::Sha256;
        QTest::newRow("sha-1") << Checksum::Algorithm::Sha1;
        QTest::newRow("md5") << Checksum::Algorithm::Md5;
    }
    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Checksums::streamedDigestMatches_data() { addAlgorithmRows(); }

void tst_Checksums::streamedDigestMatches()
{
    QFETCH(Checksum::Algorithm, algorithm);
    const qint64 size = 700'000; // several chunks through the write path
    DownloadJob job{1, m_server.url(QStringLiteral("/files/sum/a.bin?size=%1").arg(size))};
    job.checksum = digestOf(bodyOf(QStringLiteral("/files/sum/a.bin"), size), algorithm);
    const ItemResult result = runOne(job, engineOptions(m_dir->path(), 1));
    QCOMPARE(result.state, ItemState::Done);
    QVERIFY(result.verified);
    QVERIFY(ItemResult::fromJson(result.toJson()).verified);
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("a.bin")});

    // The same file without a checksum is not "verified".
    const ItemResult unchecked = runOne({2, job.url}, engineOptions(m_dir->path(), 1));
    QCOMPARE(unchecked.state, ItemState::Done);
    QVERIFY(!unchecked.verified);
}

void tst_Checksums::mismatchFailsAndLeavesNoFile_data() { addAlgorithmRows(); }

void tst_Checksums::mismatchFailsAndLeavesNoFile()
{
    QFETCH(Checksum::Algorithm, algorithm);
    DownloadJob job{1, m_server.url(QStringLiteral("/files/sum/b.bin?size=5000"))};
    const Checksum actual = digestOf(bodyOf(QStringLiteral("/files/sum/b.bin"), 5000), algorithm);
    job.checksum = digestOf("something else", algorithm);
    const ItemResult result = runOne(job, engineOptions(m_dir->path(), 1));
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.kind, ErrorKind::Checksum);
    QVERIFY(!result.error.isTransient());
    QVERIFY(!result.verified);
    QVERIFY2(result.error.message.contains(QString::fromLatin1(job.checksum.hex)), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QString::fromLatin1(actual.hex)), qPrintable(result.error.message));
    QCOMPARE(result.attempts, 1); // the same bytes would come again
    QCOMPARE(filesIn(m_dir->path()), QStringList()); // neither the final name nor the part
}

void tst_Checksums::resumedDownloadIsVerified()
{
    const qint64 size = 300'000;
    const QString path = QStringLiteral("/files/sum/r.bin");
    DownloadJob job{0, m_server.url(path + QStringLiteral("?size=%1&etag=1&stall=3000").arg(size))};
    job.checksum = digestOf(bodyOf(path, size), Checksum::Algorithm::Sha256);
    {
        DownloadEngine engine;
        RunRecorder recorder(engine);
        qint64 received = 0;
        connect(&engine, &DownloadEngine::progressed, &engine,
                [&](const RunProgress &, const QVector<ItemProgress> &items) {
                    for (const ItemProgress &item : items)
                        received = qMax(received, item.received);
                });
        QVERIFY(engine.start({job}, engineOptions(m_dir->path(), 1)));
        QTRY_VERIFY_WITH_TIMEOUT(received >= StallPrefix, 20'000);
        engine.cancel();
        QVERIFY(recorder.wait());
        QCOMPARE(recorder.byId.value(0).state, ItemState::Cancelled);
    }
    if (partsWithBytes(m_dir->path()) == 0)
        QSKIP("the temporary folder keeps no resume record (no user extended attributes)");
    const ItemResult result = runOne(job, engineOptions(m_dir->path(), 1));
    QCOMPARE(result.state, ItemState::Done);
    QVERIFY(result.resumedFrom >= StallPrefix); // bytes from before this run: hashed from the file
    QVERIFY(result.verified);
    QCOMPARE(contentsOf(result.filePath), bodyOf(path, size));

    // A wrong digest on a resumed part fails the same way.
    QFile::remove(result.filePath);
    job.checksum = digestOf("other", Checksum::Algorithm::Sha256);
    const ItemResult wrong = runOne(job, engineOptions(m_dir->path(), 1));
    QCOMPARE(wrong.error.kind, ErrorKind::Checksum);
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void tst_Checksums::segmentedDownloadIsVerified()
{
    const qint64 size = 2 * 1024 * 1024;
    const QString path = QStringLiteral("/files/sum/seg.bin");
    DownloadJob job{0, m_server.url(path + QStringLiteral("?size=%1&etag=1").arg(size))};
    job.checksum = digestOf(bodyOf(path, size), Checksum::Algorithm::Sha1);
    EngineOptions options = engineOptions(m_dir->path(), 4);
    options.minSplitSize = 256 * 1024;
    const ItemResult result = runOne(job, options);
    QCOMPARE(result.state, ItemState::Done);
    QVERIFY(result.segments.size() > 1); // written out of order, hashed from the finished part
    QVERIFY(result.verified);
}

void tst_Checksums::sumsFileFormats()
{
    const QString sha256 = QString(64, QLatin1Char('a'));
    const QString sha1 = QString(40, QLatin1Char('B'));
    const QString md5 = QString(32, QLatin1Char('c'));
    int skipped = 0;
    const auto digests = ChecksumFile::parse(sha256 + QStringLiteral("  a.jpg\n")
                                                     + sha1 + QStringLiteral(" *dir/b.png\r\n")
                                                     + QStringLiteral("MD5 (c d.gif) = ") + md5 + QLatin1Char('\n')
                                                     + QStringLiteral("# comment\nnot a line\n1234  short.bin\n"),
                                             &skipped);
    QCOMPARE(digests.size(), 3);
    QCOMPARE(digests.value(QStringLiteral("a.jpg")), (Checksum{Checksum::Algorithm::Sha256, sha256.toLatin1()}));
    QCOMPARE(digests.value(QStringLiteral("b.png")), (Checksum{Checksum::Algorithm::Sha1, sha1.toLower().toLatin1()}));
    QCOMPARE(digests.value(QStringLiteral("c d.gif")), (Checksum{Checksum::Algorithm::Md5, md5.toLatin1()}));
    QCOMPARE(skipped, 2);
    QVERIFY(ChecksumFile::isSumsFileName(QStringLiteral("SHA256SUMS")));
    QVERIFY(ChecksumFile::isSumsFileName(QStringLiteral("a.jpg.md5")));
    QVERIFY(!ChecksumFile::isSumsFileName(QStringLiteral("list.txt")));
    QVERIFY(!Checksum::parse(QStringLiteral("sha-256=abc")));
    QVERIFY(!Checksum::parse(QStringLiteral("crc32=") + md5));
}

void tst_Checksums::cliAria2ListGivesNamedVerifiedFile()
{
    const qint64 size = 40'000;
    const QString path = QStringLiteral("/files/sum/list1.bin");
    const Checksum checksum = digestOf(bodyOf(path, size), Checksum::Algorithm::Sha256);
    const QString list = m_dir->filePath(QStringLiteral("list.aria2"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_server.url(path + QStringLiteral("?size=%1").arg(size)).toEncoded() + "\n"
               "  out=named.bin\n"
               "  checksum=sha-256=" + checksum.hex + "\n");
    file.close();
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const QString report = m_dir->filePath(QStringLiteral("report.json"));
    const CliOutcome cli = runCli({QStringLiteral("-i"), list, QStringLiteral("-d"), out, QStringLiteral("--report"), report});
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
    QVERIFY2(cli.out.contains(QLatin1String("1 verified")), qPrintable(cli.out));
    QCOMPARE(filesIn(out), QStringList{QStringLiteral("named.bin")});
    QCOMPARE(contentsOf(QDir(out).filePath(QStringLiteral("named.bin"))), bodyOf(path, size));
    const QJsonObject json = QJsonDocument::fromJson(contentsOf(report)).object();
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value(QStringLiteral("verified")), QJsonValue(true));
}

void tst_Checksums::cliSumsFileBesideListFailsAMismatch()
{
    const QString good = QStringLiteral("/files/sum/good.bin");
    const QString bad = QStringLiteral("/files/sum/bad.bin");
    QFile list(m_dir->filePath(QStringLiteral("urls.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(m_server.url(good + QStringLiteral("?size=3000")).toEncoded() + "\n"
               + m_server.url(bad + QStringLiteral("?size=3000")).toEncoded() + "\n");
    list.close();
    QFile sums(m_dir->filePath(QStringLiteral("SHA256SUMS")));
    QVERIFY(sums.open(QIODevice::WriteOnly));
    sums.write(digestOf(bodyOf(good, 3000), Checksum::Algorithm::Sha256).hex + "  good.bin\n"
               + digestOf("wrong", Checksum::Algorithm::Sha256).hex + "  bad.bin\n");
    sums.close();
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const CliOutcome cli = runCli({QStringLiteral("-i"), list.fileName(), QStringLiteral("-d"), out});
    QCOMPARE(cli.exitCode, 1);
    QVERIFY2(cli.err.contains(QLatin1String("checksum mismatch")), qPrintable(cli.err));
    QVERIFY2(cli.out.contains(QLatin1String("1 verified")), qPrintable(cli.out));
    QCOMPARE(filesIn(out), QStringList{QStringLiteral("good.bin")});
}

// aria2's dir=: the item saved in a subfolder of the destination, made on
// demand, names reserved per folder, the existing-file policy applied
// there, and never a byte written outside the destination. 16 workers, so
// items of one subfolder race for its names.
namespace {

DownloadJob jobIn(quint64 id, const QUrl &url, const QString &subdir)
{
    DownloadJob job{id, url};
    job.subdir = subdir;
    return job;
}

} // namespace

void tst_Checksums::subdirFilesLandInTheSubfolder()
{
    const QString path = QStringLiteral("/files/d/a.bin");
    const auto results = runToEnd({jobIn(1, m_server.url(path + QStringLiteral("?size=9000")), QStringLiteral("cats/2024"))},
                             engineOptions(m_dir->path(), 16));
    const ItemResult result = results.value(1);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(result.filePath, canonicalDir() + QStringLiteral("/cats/2024/a.bin"));
    QCOMPARE(contentsOf(result.filePath), bodyOf(path, 9000));
    QCOMPARE(filesIn(m_dir->path()), QStringList()); // nothing beside the subfolder
    QCOMPARE(filesIn(m_dir->filePath(QStringLiteral("cats/2024"))), QStringList{QStringLiteral("a.bin")});
}

void tst_Checksums::subdirSameNameInTwoSubfolders()
{
    const QString one = QStringLiteral("/files/x/a.bin");
    const QString two = QStringLiteral("/files/y/a.bin");
    const auto results = runToEnd({jobIn(1, m_server.url(one + QStringLiteral("?size=100")), QStringLiteral("one")),
                              jobIn(2, m_server.url(two + QStringLiteral("?size=200")), QStringLiteral("two"))},
                             engineOptions(m_dir->path(), 16));
    QCOMPARE(results.value(1).filePath, canonicalDir() + QStringLiteral("/one/a.bin"));
    QCOMPARE(results.value(2).filePath, canonicalDir() + QStringLiteral("/two/a.bin"));
    QCOMPARE(contentsOf(results.value(1).filePath), bodyOf(one, 100));
    QCOMPARE(contentsOf(results.value(2).filePath), bodyOf(two, 200));
}

void tst_Checksums::subdirSameNameInOneGetsANumber()
{
    const auto results = runToEnd({jobIn(1, m_server.url(QStringLiteral("/files/x/b.bin?size=100")), QStringLiteral("s")),
                              jobIn(2, m_server.url(QStringLiteral("/files/y/b.bin?size=200")), QStringLiteral("s")),
                              jobIn(3, m_server.url(QStringLiteral("/files/z/b.bin?size=300")), QString())},
                             engineOptions(m_dir->path(), 16));
    for (const quint64 id : {1, 2, 3})
        QCOMPARE(results.value(id).state, ItemState::Done);
    QCOMPARE(filesIn(m_dir->filePath(QStringLiteral("s"))),
             (QStringList{QStringLiteral("b (1).bin"), QStringLiteral("b.bin")}));
    // The destination's own b.bin is another folder's name: no number.
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("b.bin")});
    QCOMPARE(QFileInfo(results.value(3).filePath).fileName(), QStringLiteral("b.bin"));
}

void tst_Checksums::subdirSkipPolicyLooksThere()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("keep")));
    QFile there(m_dir->filePath(QStringLiteral("keep/c.bin")));
    QVERIFY(there.open(QIODevice::WriteOnly));
    there.write("mine");
    there.close();
    EngineOptions options = engineOptions(m_dir->path(), 16);
    options.existingFiles = ExistingFiles::Skip;
    const auto results = runToEnd({jobIn(1, m_server.url(QStringLiteral("/files/k/c.bin?size=50")), QStringLiteral("keep")),
                              jobIn(2, m_server.url(QStringLiteral("/files/l/c.bin?size=60")), QStringLiteral("new"))},
                             options);
    QCOMPARE(results.value(1).existing, ExistingOutcome::Skipped);
    QCOMPARE(results.value(1).filePath, canonicalDir() + QStringLiteral("/keep/c.bin"));
    QCOMPARE(contentsOf(m_dir->filePath(QStringLiteral("keep/c.bin"))), QByteArray("mine"));
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/k/c.bin")), 0);
    // The same name in another subfolder is no reason to skip.
    QCOMPARE(results.value(2).existing, ExistingOutcome::None);
    QCOMPARE(contentsOf(m_dir->filePath(QStringLiteral("new/c.bin"))), bodyOf(QStringLiteral("/files/l/c.bin"), 60));
}

void tst_Checksums::subdirSymlinkOutFailsTheItem()
{
    QTemporaryDir outside;
    QVERIFY(outside.isValid());
    QVERIFY(QFile::link(outside.path(), m_dir->filePath(QStringLiteral("away"))));
    const auto results = runToEnd({jobIn(1, m_server.url(QStringLiteral("/files/o/d.bin?size=10")), QStringLiteral("away/deeper")),
                              jobIn(2, m_server.url(QStringLiteral("/files/o/e.bin?size=10")), QStringLiteral("away")),
                              jobIn(3, m_server.url(QStringLiteral("/files/o/f.bin?size=10")), QStringLiteral("fine"))},
                             engineOptions(m_dir->path(), 16));
    for (const quint64 id : {1, 2}) {
        const ItemResult result = results.value(id);
        QCOMPARE(result.state, ItemState::Failed);
        QCOMPARE(result.error.kind, ErrorKind::FileSystem);
        QVERIFY2(result.error.message.contains(canonicalDir() + QStringLiteral("/away")), qPrintable(result.error.message));
    }
    QCOMPARE(results.value(3).state, ItemState::Done);
    QCOMPARE(QDir(outside.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/o/d.bin")), 0); // refused before any request
}

void tst_Checksums::subdirUnsafeOnAJobIsRefused()
{
    // A front end that skipped the list's check still cannot leave the destination.
    const auto results = runToEnd({jobIn(1, m_server.url(QStringLiteral("/files/u/g.bin?size=10")), QStringLiteral("../up")),
                              jobIn(2, m_server.url(QStringLiteral("/files/u/h.bin?size=10")), QStringLiteral("/tmp"))},
                             engineOptions(m_dir->path(), 16));
    for (const quint64 id : {1, 2}) {
        QCOMPARE(results.value(id).state, ItemState::Failed);
        QCOMPARE(results.value(id).error.kind, ErrorKind::FileSystem);
    }
    QVERIFY(!QFileInfo::exists(QFileInfo(m_dir->path()).dir().filePath(QStringLiteral("up"))));
}

QTEST_GUILESS_MAIN(tst_Checksums)
#include "tst_checksums.moc"
