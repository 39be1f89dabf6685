// Mirrors: an item's tab-separated URIs (aria2 lists) tried in order when
// one fails in a way another copy could fix, each with its own retries; the
// result names the URI that served the file and the URI of every attempt.

#include "clirun.h"
#include "downloadengine.h"
#include "enginetest.h"
#include "listitemoptions.h"
#include "mirrorrotation.h"
#include "runrecorder.h"
#include "serverfiles.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

// A loopback URL nothing listens on: the port was free a moment ago.
QUrl refusingUrl(const QString &path)
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
}

QVector<QUrl> attemptUrls(const ItemResult &result)
{
    QVector<QUrl> urls;
    for (const AttemptRecord &attempt : result.attemptHistory)
        urls << attempt.url;
    return urls;
}

} // namespace

class tst_Mirrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { addWorkerRows(); }
    void initTestCase() { QVERIFY(m_server.start()); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server.resetStats();
    }
    void whichFailuresMoveOn();
    void listOptionsCarryMirrorsToTheJob();
    void notFoundThenMirrorServes();
    void mirrorServesWhenTheFirstCannot_data();
    void mirrorServesWhenTheFirstCannot();
    void eachUriHasItsOwnRetries();
    void allFailNamesEachUri();
    void forbiddenDoesNotMoveOn();
    void stopDoesNotMoveOn();
    void segmentsFollowTheMirror();
    void cliReportsTheServingMirror();

private:
    static ItemResult runOne(const DownloadJob &job, const EngineOptions &options)
    {
        return runToEnd({job}, options).value(job.id);
    }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Mirrors::whichFailuresMoveOn()
{
    const auto http = [](int status) {
        FetchError error = FetchError::make(ErrorKind::Http, QStringLiteral("HTTP %1").arg(status));
        error.httpStatus = status;
        return error;
    };
    const auto network = [](NetworkError kind) {
        FetchError error = FetchError::make(ErrorKind::Network, QStringLiteral("network"));
        error.network = kind;
        return error;
    };
    for (const int status : {404, 410, 408, 429, 500, 502, 503})
        QVERIFY2(MirrorRotation::worthAnotherUri(http(status)), qPrintable(QString::number(status)));
    for (const int status : {400, 403, 405, 416})
        QVERIFY2(!MirrorRotation::worthAnotherUri(http(status)), qPrintable(QString::number(status)));
    QVERIFY(MirrorRotation::worthAnotherUri(network(NetworkError::ConnectionRefused)));
    QVERIFY(MirrorRotation::worthAnotherUri(network(NetworkError::HostNotFound)));
    QVERIFY(!MirrorRotation::worthAnotherUri(network(NetworkError::ProxyFailed))); // every URI shares the proxy
    QVERIFY(MirrorRotation::worthAnotherUri(FetchError::make(ErrorKind::Timeout, {})));
    QVERIFY(MirrorRotation::worthAnotherUri(FetchError::make(ErrorKind::Checksum, {})));
    QVERIFY(MirrorRotation::worthAnotherUri(FetchError::make(ErrorKind::Unauthorized, {})));
    QVERIFY(!MirrorRotation::worthAnotherUri(FetchError::make(ErrorKind::Cancelled, {})));
    QVERIFY(!MirrorRotation::worthAnotherUri(FetchError::make(ErrorKind::FileSystem, {})));
}

void tst_Mirrors::listOptionsCarryMirrorsToTheJob()
{
    ListItemOptions options;
    options.mirrors = {QUrl(QStringLiteral("http://m1.test/a.jpg")), QUrl(QStringLiteral("http://m2.test/a.jpg"))};
    options.subdir = QStringLiteral("cats/2024");
    DownloadJob job{1, QUrl(QStringLiteral("http://a.test/a.jpg"))};
    options.applyTo(job);
    QCOMPARE(job.mirrors, options.mirrors);
    QCOMPARE(job.subdir, options.subdir);
}

void tst_Mirrors::notFoundThenMirrorServes()
{
    const QString mirrorPath = QStringLiteral("/files/m2/nf.bin");
    DownloadJob job{1, m_server.url(QStringLiteral("/files/m1/nf.bin?status=404"))};
    job.mirrors = {m_server.url(mirrorPath + QStringLiteral("?size=5000"))};
    const ItemResult result = runOne(job, engineOptions(m_dir->path()));
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(result.url, job.url); // the item is still the listed one
    QCOMPARE(result.servedBy, job.mirrors.first());
    QCOMPARE(attemptUrls(result), (QVector<QUrl>{job.url, job.mirrors.first()}));
    QCOMPARE(result.attemptHistory.first().httpStatus, 404);
    QCOMPARE(result.attempts, 2);
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("nf.bin")});
    QCOMPARE(contentsOf(result.filePath), servedBody(mirrorPath, 5000));
    // The report names the serving URI, and each attempt's.
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QStringLiteral("servedBy")).toString(), job.mirrors.first().toString());
    QCOMPARE(json.value(QStringLiteral("attemptHistory")).toArray().first().toObject().value(QStringLiteral("url")).toString(),
             job.url.toString());
    QCOMPARE(ItemResult::fromJson(json).servedBy, result.servedBy);
    QCOMPARE(attemptUrls(ItemResult::fromJson(json)), attemptUrls(result));
}

void tst_Mirrors::mirrorServesWhenTheFirstCannot_data()
{
    QTest::addColumn<QString>("first"); // how the listed URI fails
    QTest::addColumn<int>("kind"); // ErrorKind
    QTest::newRow("refused") << QStringLiteral("refused") << int(ErrorKind::Network);
    QTest::newRow("stalled") << QStringLiteral("/files/m1/st.bin?size=100000&stall=60000&etag=1") << int(ErrorKind::Timeout);
    QTest::newRow("gone") << QStringLiteral("/files/m1/st.bin?status=410") << int(ErrorKind::Http);
    QTest::newRow("unavailable") << QStringLiteral("/files/m1/st.bin?status=503") << int(ErrorKind::Http);
}

void tst_Mirrors::mirrorServesWhenTheFirstCannot()
{
    QFETCH(QString, first);
    QFETCH(int, kind);
    const QString mirrorPath = QStringLiteral("/files/m2/st.bin");
    DownloadJob job{1, first == QLatin1String("refused") ? refusingUrl(QStringLiteral("/files/st.bin")) : m_server.url(first)};
    QVERIFY(job.url.isValid());
    job.mirrors = {m_server.url(mirrorPath + QStringLiteral("?size=100000&etag=1"))};
    EngineOptions options = engineOptions(m_dir->path());
    options.stallTimeoutMs = 300;
    const ItemResult result = runOne(job, options);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(int(result.attemptHistory.first().error.kind), kind);
    QCOMPARE(result.servedBy, job.mirrors.first());
    // What the failed URI sent (the stalled one: its first 16 KiB) is
    // neither continued from the mirror nor left behind.
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("st.bin")});
    QCOMPARE(contentsOf(result.filePath), servedBody(mirrorPath, 100000));
}

void tst_Mirrors::eachUriHasItsOwnRetries()
{
    const QString mirrorPath = QStringLiteral("/files/m2/rt.bin");
    DownloadJob job{1, m_server.url(QStringLiteral("/files/m1/rt.bin?fail=99&failstatus=503"))};
    job.mirrors = {m_server.url(mirrorPath + QStringLiteral("?fail=1&failstatus=503&size=2000"))};
    EngineOptions options = engineOptions(m_dir->path());
    options.retries = 1;
    const ItemResult result = runOne(job, options);
    QCOMPARE(result.state, ItemState::Done);
    // Two attempts on the listed URI, then the mirror's own two.
    QCOMPARE(attemptUrls(result), (QVector<QUrl>{job.url, job.url, job.mirrors.first(), job.mirrors.first()}));
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/m1/rt.bin")), 2);
    QCOMPARE(m_server.requestCount(mirrorPath), 2);
    QCOMPARE(contentsOf(result.filePath), servedBody(mirrorPath, 2000));
}

void tst_Mirrors::allFailNamesEachUri()
{
    const QUrl refused = refusingUrl(QStringLiteral("/files/m2/af.bin"));
    DownloadJob job{1, m_server.url(QStringLiteral("/files/m1/af.bin?status=404"))};
    job.mirrors = {refused, m_server.url(QStringLiteral("/files/m3/af.bin?status=500"))};
    const ItemResult result = runOne(job, engineOptions(m_dir->path()));
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.kind, ErrorKind::Http); // the last URI's
    QCOMPARE(result.error.httpStatus, 500);
    for (const QUrl &uri : {job.url, refused, job.mirrors.last()})
        QVERIFY2(result.error.message.contains(uri.toDisplayString()), qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QLatin1String("404")), qPrintable(result.error.message));
    QVERIFY(!result.servedBy.isValid());
    QCOMPARE(attemptUrls(result), (QVector<QUrl>{job.url, refused, job.mirrors.last()}));
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void tst_Mirrors::forbiddenDoesNotMoveOn()
{
    DownloadJob job{1, m_server.url(QStringLiteral("/files/m1/fb.bin?status=403"))};
    job.mirrors = {m_server.url(QStringLiteral("/files/m2/fb.bin?size=10"))};
    const ItemResult result = runOne(job, engineOptions(m_dir->path()));
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.httpStatus, 403);
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/m2/fb.bin")), 0);
}

void tst_Mirrors::stopDoesNotMoveOn()
{
    DownloadJob job{1, m_server.url(QStringLiteral("/files/m1/sp.bin?hang=1"))};
    job.mirrors = {m_server.url(QStringLiteral("/files/m2/sp.bin?size=10"))};
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QString error;
    QVERIFY2(engine.start({job}, engineOptions(m_dir->path()), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount(QStringLiteral("/files/m1/sp.bin")), 1, 20'000);
    engine.cancel();
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.byId.value(1).state, ItemState::Cancelled);
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/m2/sp.bin")), 0);
}

void tst_Mirrors::segmentsFollowTheMirror()
{
    if (rowWorkers() < 4)
        QSKIP("segments need idle workers");
    const qint64 size = 2 * 1024 * 1024;
    const QString mirrorPath = QStringLiteral("/files/m2/sg.bin");
    DownloadJob job{1, m_server.url(QStringLiteral("/files/m1/sg.bin?status=404"))};
    job.mirrors = {m_server.url(mirrorPath + QStringLiteral("?size=%1&etag=1&rate=4000000").arg(size))};
    EngineOptions options = engineOptions(m_dir->path());
    options.minSplitSize = 256 * 1024;
    options.maxSplit = 4;
    const ItemResult result = runOne(job, options);
    QCOMPARE(result.state, ItemState::Done);
    QVERIFY2(result.segments.size() > 1, "the mirror's file was fetched in segments");
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/m1/sg.bin")), 1); // no segment went to the failed URI
    QVERIFY(m_server.requestCount(mirrorPath) > 1);
    QCOMPARE(contentsOf(result.filePath), servedBody(mirrorPath, size));
}

void tst_Mirrors::cliReportsTheServingMirror()
{
    if (rowWorkers() != 1)
        QSKIP("the CLI case runs once");
    const QString mirrorPath = QStringLiteral("/files/m2/cli.bin");
    const QString list = m_dir->filePath(QStringLiteral("list.aria2"));
    QFile file(list);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_server.url(QStringLiteral("/files/m1/cli.bin?status=404")).toEncoded() + "\t"
               + m_server.url(mirrorPath + QStringLiteral("?size=700")).toEncoded() + "\n  dir=sub\n");
    file.close();
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const QString json = m_dir->filePath(QStringLiteral("report.json"));
    const QString csv = m_dir->filePath(QStringLiteral("report.csv"));
    const CliOutcome cli = runCli({QStringLiteral("-i"), list, QStringLiteral("-d"), out, QStringLiteral("--report"),
                                   json, QStringLiteral("--report-csv"), csv});
    const QString &stdOut = cli.out;
    const QString &stdErr = cli.err;
    QVERIFY2(cli.exitCode == 0, qPrintable(stdOut + stdErr));
    QVERIFY2(stdOut.contains(QLatin1String("mirror: ")) && stdOut.contains(QLatin1String("1 from a mirror")),
             qPrintable(stdOut));
    QVERIFY2(!stdErr.contains(QLatin1String("dir=")), qPrintable(stdErr)); // followed, so no note
    const QString saved = QDir(out).filePath(QStringLiteral("sub/cli.bin"));
    QCOMPARE(contentsOf(saved), servedBody(mirrorPath, 700));
    const QJsonObject item = QJsonDocument::fromJson(contentsOf(json)).object().value(QStringLiteral("items")).toArray().first().toObject();
    const QString served = m_server.url(mirrorPath + QStringLiteral("?size=700")).toString();
    QCOMPARE(item.value(QStringLiteral("servedBy")).toString(), served);
    QCOMPARE(item.value(QStringLiteral("file")).toString(), QFileInfo(saved).canonicalFilePath());
    const QString csvText = QString::fromUtf8(contentsOf(csv));
    QVERIFY2(csvText.section(QLatin1Char('\n'), 0, 0).trimmed().endsWith(QLatin1String(",servedBy")), qPrintable(csvText));
    QVERIFY2(csvText.contains(served), qPrintable(csvText));
}

QTEST_GUILESS_MAIN(tst_Mirrors)
#include "tst_mirrors.moc"
