// The loopback test server, checked from the outside: a real HTTP client
// (QNetworkAccessManager) for behaviour, raw sockets for the wire format.

#include "faultinjection.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <vector>

using Fetchpool::Test::TestServer;

namespace {

constexpr int TimeoutMs = 10'000;

// What one request got back, copied out of the reply.
struct Fetched
{
    bool finished = false;
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QUrl finalUrl;
    int redirects = 0;
    qint64 elapsedMs = 0;

    bool hasHeader(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        }
        return {};
    }
};

// A raw client: everything the server sent until it closed the connection.
QByteArray rawExchange(quint16 port, const QByteArray &requests)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.write(requests);
    if (!disconnected.wait(TimeoutMs))
        return QByteArray("<no close>") + received;
    return received + socket.readAll();
}

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

class tst_TestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void bodyIsDeterministic();
    void filesServeExactBytes_data();
    void filesServeExactBytes();
    void seedAndTypeOptions();
    void statusOptionNeverSendsTheFile_data();
    void statusOptionNeverSendsTheFile();
    void contentDispositionPassesThrough();
    void chunkedDecodesToTheBody();
    void chunkedFramingOnTheWire();
    void noLengthEndsWithClose();
    void headHasHeadersOnly();
    void ranges_data();
    void ranges();
    void ifRange();
    void noRangeIgnoresRange();
    void failThenSucceed();
    void redirectEndpoint();
    void chainTakesExactlyNRedirects();
    void loopNeverEnds();
    void images_data();
    void images();
    void checksumMatchesFile();
    void listHasOneUrlPerLine();
    void htmlHasLinks();
    void unknownPathIs404();
    void malformedRequestIs400();
    void keepAliveReusesOneConnection();
    void pipelinedRequestsOnOneConnection();
    void closeOptionClosesConnection();
    void latencyDelaysResponse();
    void peakConcurrentRequests();
    void hangNeverAnswers();
    void truncatedBodiesFail_data();
    void truncatedBodiesFail();
    void stallPausesMidBody();
    void requestHeadersAreRecorded();
    void servesWhileCallerThreadBlocks();
    void hundredsOfConcurrentConnections();
    void largeBodyStreams();
    void destructionIsPrompt();
    void httpsServesTheSameRoutes();
    void injectedFaultsAreDeterministic();
    void injectedFaultsFollowTheirKind();

private:
    Fetched fetch(const QNetworkRequest &request, bool head = false, QNetworkAccessManager *manager = nullptr);
    Fetched get(const QString &pathAndQuery) { return fetch(QNetworkRequest(m_server.url(pathAndQuery))); }
    QNetworkRequest manual(const QString &pathAndQuery) const;

    TestServer m_server;
    QNetworkAccessManager m_nam;
};

void tst_TestServer::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.isListening());
    QVERIFY(m_server.port() != 0);
}

void tst_TestServer::init()
{
    m_server.setLatency(0);
    m_server.resetStats();
}

Fetched tst_TestServer::fetch(const QNetworkRequest &request, bool head, QNetworkAccessManager *manager)
{
    QNetworkAccessManager &nam = manager ? *manager : m_nam;
    QElapsedTimer stopwatch;
    stopwatch.start();
    std::unique_ptr<QNetworkReply> reply(head ? nam.head(request) : nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QSignalSpy redirected(reply.get(), &QNetworkReply::redirected);
    Fetched result;
    result.finished = finished.wait(TimeoutMs);
    result.elapsedMs = stopwatch.elapsed();
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.finalUrl = reply->url();
    result.redirects = int(redirected.count());
    return result;
}

QNetworkRequest tst_TestServer::manual(const QString &pathAndQuery) const
{
    QNetworkRequest request(m_server.url(pathAndQuery));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void tst_TestServer::bodyIsDeterministic()
{
    QCOMPARE(TestServer::body(0, 1), QByteArray());
    QCOMPARE(TestServer::body(1000, 7).size(), 1000);
    QCOMPARE(TestServer::body(1000, 7), TestServer::body(1000, 7));
    QCOMPARE(TestServer::body(1001, 7).left(999), TestServer::body(999, 7)); // a prefix of one stream
    QVERIFY(TestServer::body(64, 7) != TestServer::body(64, 8));
    // Not a constant or short-period pattern.
    const QByteArray sample = TestServer::body(4096, 1);
    QVERIFY(sample.count(sample.at(0)) < 100);
    QVERIFY(sample.left(2048) != sample.mid(2048));

    // FNV-1a 32 reference values.
    QCOMPARE(TestServer::seedForPath(QString()), 0x811c9dc5u);
    QCOMPARE(TestServer::seedForPath(QStringLiteral("a")), 0xe40c292cu);
    QCOMPARE(TestServer::seedForPath(QStringLiteral("foobar")), 0xbf9cf968u);
}

void tst_TestServer::filesServeExactBytes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<qint64>("size");
    QTest::newRow("default size") << QString() << qint64(1024);
    QTest::newRow("empty") << "?size=0" << qint64(0);
    QTest::newRow("one byte") << "?size=1" << qint64(1);
    QTest::newRow("odd size") << "?size=300001" << qint64(300001);
    QTest::newRow("4 MiB") << "?size=4194304" << qint64(4194304);
}

void tst_TestServer::filesServeExactBytes()
{
    QFETCH(QString, query);
    QFETCH(qint64, size);
    const QString path = QStringLiteral("/files/dir/exact-%1.bin").arg(size);
    const Fetched reply = get(path + query);
    QVERIFY(reply.finished);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body.size(), size);
    QCOMPARE(reply.body, TestServer::body(size, TestServer::seedForPath(path)));
    QCOMPARE(reply.header("Content-Length"), QByteArray::number(size));
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/octet-stream"));
    QCOMPARE(reply.header("Accept-Ranges"), QByteArray("bytes"));
    QVERIFY(!reply.hasHeader("Content-Disposition"));
    QCOMPARE(m_server.requestCount(path), 1);
    QCOMPARE(m_server.requestCount(), 1);
}

void tst_TestServer::seedAndTypeOptions()
{
    const Fetched reply = get(QStringLiteral("/files/seeded.csv?size=500&seed=9&type=text/csv"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, TestServer::body(500, 9));
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/csv"));

    // Non-ASCII paths: the seed is taken from the decoded UTF-8 path.
    const Fetched unicode = get(QStringLiteral("/files/r%C3%A9sum%C3%A9.bin?size=33"));
    QCOMPARE(unicode.body, TestServer::body(33, TestServer::seedForPath(QStringLiteral("/files/résumé.bin"))));
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/résumé.bin")), 1);
}

void tst_TestServer::statusOptionNeverSendsTheFile_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("403") << 403;
    QTest::newRow("404") << 404;
    QTest::newRow("410") << 410;
    QTest::newRow("500") << 500;
    QTest::newRow("503") << 503;
}

void tst_TestServer::statusOptionNeverSendsTheFile()
{
    QFETCH(int, status);
    const Fetched reply = get(QStringLiteral("/files/status.bin?size=100&status=%1").arg(status));
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QVERIFY(reply.body.contains(QByteArray::number(status)));
    QVERIFY(reply.body != TestServer::body(100, TestServer::seedForPath(QStringLiteral("/files/status.bin"))));
}

void tst_TestServer::contentDispositionPassesThrough()
{
    const QByteArray value = "attachment; filename=\"fallback.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf";
    const QString query = QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(value)));
    const Fetched reply = get(QStringLiteral("/files/download?size=10&cd=") + query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Disposition"), value);
    QCOMPARE(reply.body.size(), 10);

    // Characters QUrl would love to normalise stay as the server was told.
    const Fetched quoted = get(QStringLiteral("/files/q?size=1&cd=inline%3B%20filename%3D%22a%26b%20c.txt%22"));
    QCOMPARE(quoted.header("Content-Disposition"), QByteArray("inline; filename=\"a&b c.txt\""));
}

void tst_TestServer::chunkedDecodesToTheBody()
{
    const QString path = QStringLiteral("/files/chunked.bin");
    const Fetched reply = get(path + QStringLiteral("?size=300000&chunked=1"));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, TestServer::body(300000, TestServer::seedForPath(path)));
    QVERIFY(!reply.hasHeader("Content-Length"));

    const Fetched empty = get(QStringLiteral("/files/chunked-empty.bin?size=0&chunked=1"));
    QCOMPARE(empty.error, QNetworkReply::NoError);
    QCOMPARE(empty.body, QByteArray());
}

void tst_TestServer::chunkedFramingOnTheWire()
{
    const QByteArray response = rawExchange(
            m_server.port(),
            "GET /files/wire.bin?size=10&chunked=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const qsizetype split = response.indexOf("\r\n\r\n");
    QVERIFY2(split > 0, response.constData());
    const QByteArray head = response.left(split + 4);
    QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(head.contains("\r\nTransfer-Encoding: chunked\r\n"));
    QVERIFY(head.contains("\r\nConnection: close\r\n"));
    QVERIFY(!head.toLower().contains("content-length"));
    const QByteArray expected = "a\r\n" + TestServer::body(10, TestServer::seedForPath(QStringLiteral("/files/wire.bin")))
            + "\r\n0\r\n\r\n";
    QCOMPARE(response.mid(split + 4), expected);
}

void tst_TestServer::noLengthEndsWithClose()
{
    const QString path = QStringLiteral("/files/nolength.bin");
    const Fetched reply = get(path + QStringLiteral("?size=200000&nolength=1"));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.hasHeader("Content-Length"));
    QVERIFY(!reply.hasHeader("Transfer-Encoding"));
    QCOMPARE(reply.body, TestServer::body(200000, TestServer::seedForPath(path)));
}

void tst_TestServer::headHasHeadersOnly()
{
    const Fetched reply = fetch(QNetworkRequest(m_server.url(QStringLiteral("/files/head.bin?size=12345&etag=1"))),
                                /*head=*/true);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Length"), QByteArray("12345"));
    QVERIFY(reply.header("ETag").startsWith('"'));
    QCOMPARE(reply.body, QByteArray());

    // The connection stays usable after a HEAD.
    const Fetched after = get(QStringLiteral("/files/head.bin?size=3"));
    QCOMPARE(after.body.size(), 3);
}

void tst_TestServer::ranges_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentRange");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("length");

    QTest::newRow("a-b") << QByteArray("bytes=100-199") << 206 << QByteArray("bytes 100-199/1000") << qint64(100) << qint64(100);
    QTest::newRow("a-") << QByteArray("bytes=900-") << 206 << QByteArray("bytes 900-999/1000") << qint64(900) << qint64(100);
    QTest::newRow("last byte") << QByteArray("bytes=999-999") << 206 << QByteArray("bytes 999-999/1000") << qint64(999) << qint64(1);
    QTest::newRow("end past size") << QByteArray("bytes=10-5000") << 206 << QByteArray("bytes 10-999/1000") << qint64(10) << qint64(990);
    QTest::newRow("suffix") << QByteArray("bytes=-10") << 206 << QByteArray("bytes 990-999/1000") << qint64(990) << qint64(10);
    QTest::newRow("start at size") << QByteArray("bytes=1000-") << 416 << QByteArray("bytes */1000") << qint64(0) << qint64(-1);
    QTest::newRow("start past size") << QByteArray("bytes=5000-6000") << 416 << QByteArray("bytes */1000") << qint64(0) << qint64(-1);
    QTest::newRow("reversed: ignored") << QByteArray("bytes=5-2") << 200 << QByteArray() << qint64(0) << qint64(1000);
    QTest::newRow("other unit: ignored") << QByteArray("items=0-1") << 200 << QByteArray() << qint64(0) << qint64(1000);
    QTest::newRow("several: whole file") << QByteArray("bytes=0-1,5-6") << 200 << QByteArray() << qint64(0) << qint64(1000);
}

void tst_TestServer::ranges()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(QByteArray, contentRange);
    QFETCH(qint64, first);
    QFETCH(qint64, length);

    const QString path = QStringLiteral("/files/ranged.bin");
    QNetworkRequest request(m_server.url(path + QStringLiteral("?size=1000")));
    request.setRawHeader("Range", range);
    const Fetched reply = fetch(request);
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("Content-Range"), contentRange);
    QCOMPARE(reply.header("Accept-Ranges"), QByteArray("bytes"));
    if (length >= 0)
        QCOMPARE(reply.body, TestServer::body(1000, TestServer::seedForPath(path)).mid(first, length));
}

void tst_TestServer::ifRange()
{
    const QString path = QStringLiteral("/files/resume.bin");
    const QByteArray full = TestServer::body(2000, TestServer::seedForPath(path));
    const QString query = QStringLiteral("?size=2000&etag=1&lastmodified=1");
    const Fetched first = get(path + query);
    const QByteArray etag = first.header("ETag");
    const QByteArray lastModified = first.header("Last-Modified");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    QVERIFY(lastModified.endsWith(" GMT"));

    auto resume = [&](const QString &options, const QByteArray &validator) {
        QNetworkRequest request(m_server.url(path + options));
        request.setRawHeader("Range", "bytes=1500-");
        request.setRawHeader("If-Range", validator);
        return fetch(request);
    };
    const Fetched matchingTag = resume(query, etag);
    QCOMPARE(matchingTag.status, 206);
    QCOMPARE(matchingTag.body, full.mid(1500));

    const Fetched matchingDate = resume(query, lastModified);
    QCOMPARE(matchingDate.status, 206);
    QCOMPARE(matchingDate.body, full.mid(1500));

    const Fetched otherTag = resume(query, "\"something-else\"");
    QCOMPARE(otherTag.status, 200);
    QCOMPARE(otherTag.body, full);

    // Without validators nothing can match: the whole file, never a splice.
    const Fetched noValidators = resume(QStringLiteral("?size=2000"), etag);
    QCOMPARE(noValidators.status, 200);
    QCOMPARE(noValidators.body, full);
}

void tst_TestServer::noRangeIgnoresRange()
{
    const QString path = QStringLiteral("/files/norange.bin");
    QNetworkRequest request(m_server.url(path + QStringLiteral("?size=800&norange=1")));
    request.setRawHeader("Range", "bytes=100-");
    const Fetched reply = fetch(request);
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.hasHeader("Accept-Ranges"));
    QVERIFY(!reply.hasHeader("Content-Range"));
    QCOMPARE(reply.body, TestServer::body(800, TestServer::seedForPath(path)));
}

void tst_TestServer::failThenSucceed()
{
    const QString path = QStringLiteral("/files/flaky.bin");
    const QString pathAndQuery = path + QStringLiteral("?size=2048&fail=2&failstatus=503&retryafter=1");
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const Fetched failed = get(pathAndQuery);
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.header("Retry-After"), QByteArray("1"));
        QVERIFY(failed.body.size() != 2048);
    }
    const Fetched ok = get(pathAndQuery);
    QCOMPARE(ok.status, 200);
    QVERIFY(!ok.hasHeader("Retry-After"));
    QCOMPARE(ok.body, TestServer::body(2048, TestServer::seedForPath(path)));
    QCOMPARE(m_server.requestCount(path), 3);

    // The count is per path, and resetStats starts the sequence again.
    const Fetched defaultStatus = get(QStringLiteral("/files/flaky-2.bin?fail=1"));
    QCOMPARE(defaultStatus.status, 503);
    QVERIFY(!defaultStatus.hasHeader("Retry-After"));
    m_server.resetStats();
    QCOMPARE(get(pathAndQuery).status, 503);
}

void tst_TestServer::redirectEndpoint()
{
    const QUrl target = m_server.url(QStringLiteral("/files/target.bin?size=3"));
    const QString to = QString::fromLatin1(QUrl::toPercentEncoding(target.toString()));

    const Fetched hop = fetch(manual(QStringLiteral("/redirect?code=307&to=") + to));
    QCOMPARE(hop.status, 307);
    QCOMPARE(hop.header("Location"), target.toEncoded());

    const Fetched defaultCode = fetch(manual(QStringLiteral("/redirect?to=") + to));
    QCOMPARE(defaultCode.status, 302);

    const Fetched followed = get(QStringLiteral("/redirect?to=") + to);
    QCOMPARE(followed.status, 200);
    QCOMPARE(followed.finalUrl, target);
    QCOMPARE(followed.body.size(), 3);

    const Fetched ftp = fetch(manual(QStringLiteral("/redirect?to=ftp%3A%2F%2F127.0.0.1%2Fx.bin")));
    QCOMPARE(ftp.header("Location"), QByteArray("ftp://127.0.0.1/x.bin"));

    QCOMPARE(get(QStringLiteral("/redirect")).status, 400);
}

void tst_TestServer::chainTakesExactlyNRedirects()
{
    // Walked by hand: one request per hop, every hop checked.
    QUrl next = m_server.url(QStringLiteral("/chain/10/end.bin?size=777"));
    int hops = 0;
    Fetched step;
    for (; hops <= 20; ++hops) {
        QNetworkRequest request(next);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        step = fetch(request);
        if (step.status != 302)
            break;
        next = QUrl::fromEncoded(step.header("Location"));
        QCOMPARE(next.query(), QStringLiteral("size=777"));
    }
    QCOMPARE(hops, 10);
    QCOMPARE(step.status, 200);
    QCOMPARE(next.path(), QStringLiteral("/files/end.bin"));
    QCOMPARE(step.body, TestServer::body(777, TestServer::seedForPath(QStringLiteral("/files/end.bin"))));
    for (int n = 1; n <= 10; ++n)
        QCOMPARE(m_server.requestCount(QStringLiteral("/chain/%1/end.bin").arg(n)), 1);
    QCOMPARE(m_server.requestCount(), 11);

    // A client following redirects by itself sees the same ten hops.
    const Fetched reply = get(QStringLiteral("/chain/10/end.bin?size=777"));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.redirects, 10);
    QCOMPARE(reply.finalUrl.path(), QStringLiteral("/files/end.bin"));
    QCOMPARE(reply.finalUrl.query(), QStringLiteral("size=777"));
    QCOMPARE(reply.body.size(), 777);

    const Fetched last = fetch(manual(QStringLiteral("/chain/1/a/b.bin?size=5&seed=2")));
    QCOMPARE(last.status, 302);
    QCOMPARE(last.header("Location"), m_server.url(QStringLiteral("/files/a/b.bin?size=5&seed=2")).toEncoded());
    const Fetched second = fetch(manual(QStringLiteral("/chain/2/x.bin")));
    QCOMPARE(second.header("Location"), m_server.url(QStringLiteral("/chain/1/x.bin")).toEncoded());
}

void tst_TestServer::loopNeverEnds()
{
    QCOMPARE(fetch(manual(QStringLiteral("/loop/a"))).header("Location"),
             m_server.url(QStringLiteral("/loop/b")).toEncoded());
    QCOMPARE(fetch(manual(QStringLiteral("/loop/b"))).header("Location"),
             m_server.url(QStringLiteral("/loop/a")).toEncoded());

    QNetworkRequest request(m_server.url(QStringLiteral("/loop/a")));
    request.setMaximumRedirectsAllowed(8);
    const Fetched followed = fetch(request);
    QVERIFY(followed.finished);
    QCOMPARE(followed.error, QNetworkReply::TooManyRedirectsError);
}

void tst_TestServer::images_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QSize>("size");
    QTest::newRow("png") << "/image/a.png?w=200&h=100" << QByteArray("image/png") << QSize(200, 100);
    QTest::newRow("jpg") << "/image/b.jpg?w=64&h=48" << QByteArray("image/jpeg") << QSize(64, 48);
    QTest::newRow("default size") << "/image/c.png" << QByteArray("image/png") << QSize(320, 240);
    QTest::newRow("clamped") << "/image/d.png?w=100000&h=0" << QByteArray("image/png") << QSize(4096, 1);
    QTest::newRow("with latency") << "/image/e.jpg?w=10&h=10&latency=20" << QByteArray("image/jpeg") << QSize(10, 10);
}

void tst_TestServer::images()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(QByteArray, contentType);
    QFETCH(QSize, size);
    const Fetched reply = get(pathAndQuery);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.header("Content-Type"), contentType);
    QVERIFY(!reply.hasHeader("Content-Disposition"));
    QImage image;
    QVERIFY(image.loadFromData(reply.body));
    QCOMPARE(image.size(), size);

    // Cached and deterministic: the same bytes again; another name, another picture.
    QCOMPARE(get(pathAndQuery).body, reply.body);
    const Fetched other = get(QString(pathAndQuery).replace(QStringLiteral("/image/"), QStringLiteral("/image/x")));
    QVERIFY(other.body != reply.body);
}

void tst_TestServer::checksumMatchesFile()
{
    const Fetched reply = get(QStringLiteral("/checksum/sub/sum.bin?size=5000"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, sha256Hex(TestServer::body(5000, TestServer::seedForPath(QStringLiteral("/files/sub/sum.bin")))));
    QCOMPARE(get(QStringLiteral("/checksum/sub/sum.bin?size=5000&seed=3")).body, sha256Hex(TestServer::body(5000, 3)));
    QCOMPARE(get(QStringLiteral("/checksum/sub/sum.bin?size=2000000")).body,
             sha256Hex(get(QStringLiteral("/files/sub/sum.bin?size=2000000")).body));
}

void tst_TestServer::listHasOneUrlPerLine()
{
    const Fetched reply = get(QStringLiteral("/list?count=5&prefix=/files/x&size=7&latency=3"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
    const QList<QByteArray> lines = reply.body.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(lines.at(i), m_server.url(QStringLiteral("/files/x/f%1.bin?size=7&latency=3").arg(i + 1)).toEncoded());

    const QList<QByteArray> plain = get(QStringLiteral("/list?count=3&prefix=/files/y&size=9")).body.trimmed().split('\n');
    QCOMPARE(plain.size(), 3);
    QCOMPARE(plain.last(), m_server.url(QStringLiteral("/files/y/f3.bin?size=9")).toEncoded());
    // The listed URLs work.
    QCOMPARE(fetch(QNetworkRequest(QUrl::fromEncoded(plain.first()))).body.size(), 9);
}

void tst_TestServer::htmlHasLinks()
{
    const Fetched reply = get(QStringLiteral("/html?count=3"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QCOMPARE(reply.body.count("<a href="), 3);
    QCOMPARE(reply.body.count("<img src="), 3);
    QVERIFY(!reply.body.contains("<base"));
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(reply.body.contains(QByteArray("<a href=\"/files/page/a" + QByteArray::number(i) + ".bin\"")));
        QVERIFY(reply.body.contains(QByteArray("<img src=\"/image/i" + QByteArray::number(i) + ".png\"")));
    }
}

void tst_TestServer::unknownPathIs404()
{
    for (const QString &path : {QStringLiteral("/nope"), QStringLiteral("/"), QStringLiteral("/files"),
                                QStringLiteral("/image/x.gif"), QStringLiteral("/chain/abc/x"), QStringLiteral("/loop/c")}) {
        const Fetched reply = get(path);
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 404);
        QVERIFY(!reply.body.isEmpty());
    }
}

void tst_TestServer::malformedRequestIs400()
{
    const QByteArray response = rawExchange(m_server.port(), "NONSENSE\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 400 "), response.constData());
    const QByteArray post = rawExchange(m_server.port(), "POST /files/x HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n"
                                                         "Connection: close\r\n\r\nabc");
    QVERIFY2(post.startsWith("HTTP/1.1 405 "), post.constData());
}

void tst_TestServer::keepAliveReusesOneConnection()
{
    QNetworkAccessManager nam; // no idle connections from earlier tests
    for (int i = 0; i < 20; ++i) {
        const QString path = QStringLiteral("/files/keep/k%1.bin").arg(i);
        const Fetched reply = fetch(QNetworkRequest(m_server.url(path + QStringLiteral("?size=%1").arg(100 + i))),
                                    false, &nam);
        QCOMPARE(reply.body, TestServer::body(100 + i, TestServer::seedForPath(path)));
        QCOMPARE(reply.header("Connection").toLower(), QByteArray("keep-alive"));
    }
    QCOMPARE(m_server.requestCount(), 20);
    QCOMPARE(m_server.totalConnections(), 1);
}

void tst_TestServer::pipelinedRequestsOnOneConnection()
{
    // Three requests in one write; the server answers them in order on the
    // one connection and closes after the one that asked it to.
    const QByteArray response = rawExchange(m_server.port(),
                                            "GET /files/p1?size=3 HTTP/1.1\r\nHost: h\r\n\r\n"
                                            "HEAD /files/p2?size=4 HTTP/1.1\r\nHost: h\r\n\r\n"
                                            "GET /files/p3?size=5 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    const QByteArray body1 = TestServer::body(3, TestServer::seedForPath(QStringLiteral("/files/p1")));
    const QByteArray body3 = TestServer::body(5, TestServer::seedForPath(QStringLiteral("/files/p3")));
    QCOMPARE(response.count("HTTP/1.1 200 OK\r\n"), 3);
    const qsizetype first = response.indexOf("\r\n\r\n");
    QCOMPARE(response.mid(first + 4, 3), body1);
    QVERIFY(response.contains("Content-Length: 4\r\n"));
    QVERIFY(response.endsWith(QByteArray("\r\n\r\n" + body3)));
    QCOMPARE(m_server.totalConnections(), 1);
    QCOMPARE(m_server.requestCount(), 3);
}

void tst_TestServer::closeOptionClosesConnection()
{
    QNetworkAccessManager nam;
    for (int i = 0; i < 2; ++i) {
        const Fetched reply = fetch(QNetworkRequest(m_server.url(QStringLiteral("/files/close.bin?size=5000&close=1"))),
                                    false, &nam);
        QCOMPARE(reply.error, QNetworkReply::NoError);
        QCOMPARE(reply.header("Connection").toLower(), QByteArray("close"));
        QCOMPARE(reply.body.size(), 5000);
    }
    QCOMPARE(m_server.totalConnections(), 2);
}

void tst_TestServer::latencyDelaysResponse()
{
    m_server.setLatency(150);
    QCOMPARE(m_server.latency(), 150);
    const Fetched delayed = get(QStringLiteral("/files/slow.bin?size=10"));
    QCOMPARE(delayed.body.size(), 10);
    QVERIFY2(delayed.elapsedMs >= 150, qPrintable(QString::number(delayed.elapsedMs)));

    // A request's own latency= wins over the default.
    m_server.setLatency(0);
    const Fetched own = get(QStringLiteral("/files/slow.bin?size=10&latency=250"));
    QCOMPARE(own.body.size(), 10);
    QVERIFY2(own.elapsedMs >= 250, qPrintable(QString::number(own.elapsedMs)));

    m_server.setLatency(120);
    const Fetched notFound = get(QStringLiteral("/missing"));
    QCOMPARE(notFound.status, 404);
    QVERIFY2(notFound.elapsedMs >= 120, qPrintable(QString::number(notFound.elapsedMs)));
}

void tst_TestServer::peakConcurrentRequests()
{
    QCOMPARE(m_server.peakConcurrentRequests(), 0);
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 6; ++i) {
        replies.emplace_back(m_nam.get(QNetworkRequest(m_server.url(QStringLiteral("/files/par%1?size=64&latency=200").arg(i)))));
    }
    for (const auto &reply : replies) {
        QVERIFY(reply->isFinished() || QSignalSpy(reply.get(), &QNetworkReply::finished).wait(TimeoutMs));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
    }
    QVERIFY2(m_server.peakConcurrentRequests() >= 4, qPrintable(QString::number(m_server.peakConcurrentRequests())));
    QVERIFY(m_server.peakConcurrentRequests() <= 6);
    QCOMPARE(m_server.requestCount(), 6);
}

void tst_TestServer::hangNeverAnswers()
{
    const QString path = QStringLiteral("/files/hang.bin");
    std::unique_ptr<QNetworkReply> reply(m_nam.get(QNetworkRequest(m_server.url(path + QStringLiteral("?hang=1")))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QSignalSpy metaData(reply.get(), &QNetworkReply::metaDataChanged);
    QVERIFY(!finished.wait(300));
    QCOMPARE(metaData.count(), 0);
    QCOMPARE(m_server.requestCount(path), 1); // it did arrive
    reply->abort();
    QVERIFY(finished.count() == 1 || finished.wait(TimeoutMs));
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
}

void tst_TestServer::truncatedBodiesFail_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<qint64>("advertised");
    QTest::addColumn<qint64>("sent");
    QTest::newRow("truncate") << "/files/short.bin?size=100000&truncate=5000" << qint64(100000) << qint64(5000);
    QTest::newRow("length plus") << "/files/liar.bin?size=1000&lengthplus=10" << qint64(1010) << qint64(1000);
}

void tst_TestServer::truncatedBodiesFail()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(qint64, advertised);
    QFETCH(qint64, sent);
    const Fetched reply = get(pathAndQuery);
    QVERIFY(reply.finished);
    QVERIFY(reply.error != QNetworkReply::NoError);
    QVERIFY(reply.body.size() <= sent);

    // On the wire: the full length is promised, fewer bytes arrive, then EOF.
    const QByteArray path = m_server.url(pathAndQuery).toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QByteArray response = rawExchange(m_server.port(), "GET " + path + " HTTP/1.1\r\nHost: h\r\n\r\n");
    QVERIFY(response.contains(QByteArray("\r\nContent-Length: " + QByteArray::number(advertised) + "\r\n")));
    QCOMPARE(response.size() - (response.indexOf("\r\n\r\n") + 4), sent);
}

void tst_TestServer::stallPausesMidBody()
{
    const QString path = QStringLiteral("/files/stall.bin");
    QTcpSocket socket;
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    QElapsedTimer stopwatch;
    stopwatch.start();
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    socket.write("GET " + path.toLatin1() + "?size=40000&stall=800 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");

    // Headers and the first 16 KiB come at once, then nothing until the pause ends.
    QTRY_VERIFY_WITH_TIMEOUT(received.contains("\r\n\r\n")
                                     && received.size() - received.indexOf("\r\n\r\n") - 4 >= 16384,
                             TimeoutMs);
    QCOMPARE(received.size() - received.indexOf("\r\n\r\n") - 4, 16384);
    QVERIFY(disconnected.wait(TimeoutMs));
    received += socket.readAll();
    QVERIFY2(stopwatch.elapsed() >= 800, qPrintable(QString::number(stopwatch.elapsed())));
    QCOMPARE(received.mid(received.indexOf("\r\n\r\n") + 4), TestServer::body(40000, TestServer::seedForPath(path)));
}

void tst_TestServer::requestHeadersAreRecorded()
{
    const QString path = QStringLiteral("/files/probe.bin");
    for (const QByteArray &value : {QByteArray("one"), QByteArray(), QByteArray("two")}) {
        QNetworkRequest request(m_server.url(path + QStringLiteral("?size=1")));
        if (!value.isNull())
            request.setRawHeader("X-Probe", value);
        QCOMPARE(fetch(request).status, 200);
    }
    QCOMPARE(m_server.requestHeaders(path, "X-Probe"), (QStringList{QStringLiteral("one"), QString(), QStringLiteral("two")}));
    QCOMPARE(m_server.requestHeaders(path, "x-probe").size(), 3);
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/never"), "X-Probe"), QStringList());
    m_server.resetStats();
    QCOMPARE(m_server.requestHeaders(path, "X-Probe"), QStringList());
    QCOMPARE(m_server.requestCount(path), 0);
}

void tst_TestServer::servesWhileCallerThreadBlocks()
{
    // Blocking calls on this thread would deadlock a server that shared it.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(socket.waitForConnected(TimeoutMs));
    socket.write("GET /files/blocking?size=10 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(TimeoutMs));
    QByteArray received;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(TimeoutMs))
        received += socket.readAll();
    received += socket.readAll();
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    QVERIFY(received.endsWith(TestServer::body(10, TestServer::seedForPath(QStringLiteral("/files/blocking")))));
}

void tst_TestServer::hundredsOfConcurrentConnections()
{
    constexpr int Clients = 300;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    std::vector<QByteArray> received(Clients);
    int closed = 0;
    for (int i = 0; i < Clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        connect(raw, &QTcpSocket::readyRead, this, [raw, &received, i] { received[size_t(i)] += raw->readAll(); });
        connect(raw, &QTcpSocket::disconnected, this, [raw, &received, &closed, i] {
            received[size_t(i)] += raw->readAll();
            ++closed;
        });
        raw->connectToHost(QHostAddress::LocalHost, m_server.port());
        raw->write("GET /files/many/c" + QByteArray::number(i)
                   + "?size=3000&latency=100 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(closed, Clients, 20'000);
    for (int i = 0; i < Clients; ++i) {
        const QByteArray expected = TestServer::body(3000, TestServer::seedForPath(QStringLiteral("/files/many/c%1").arg(i)));
        QVERIFY(received[size_t(i)].endsWith(QByteArray("\r\n\r\n" + expected)));
    }
    QCOMPARE(m_server.totalConnections(), Clients);
    QCOMPARE(m_server.requestCount(), Clients);
    // All waited out their latency side by side.
    QVERIFY2(m_server.peakConcurrentRequests() >= 50, qPrintable(QString::number(m_server.peakConcurrentRequests())));
}

void tst_TestServer::largeBodyStreams()
{
    const qint64 size = 64 * 1024 * 1024;
    const QString path = QStringLiteral("/files/large.bin");
    const Fetched reply = get(path + QStringLiteral("?size=%1").arg(size));
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QCOMPARE(reply.body.size(), size);
    QCOMPARE(reply.body, TestServer::body(size, TestServer::seedForPath(path)));
}

void tst_TestServer::destructionIsPrompt()
{
    auto server = std::make_unique<TestServer>(3);
    QVERIFY(server->start());
    QTcpSocket hanging;
    QTcpSocket stalled;
    QSignalSpy hangingClosed(&hanging, &QTcpSocket::disconnected);
    QSignalSpy stalledClosed(&stalled, &QTcpSocket::disconnected);
    hanging.connectToHost(QHostAddress::LocalHost, server->port());
    hanging.write("GET /files/h?hang=1 HTTP/1.1\r\nHost: h\r\n\r\n");
    stalled.connectToHost(QHostAddress::LocalHost, server->port());
    stalled.write("GET /files/s?size=100000&stall=60000 HTTP/1.1\r\nHost: h\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(server->requestCount(), 2, TimeoutMs);
    QVERIFY(stalled.bytesAvailable() > 0 || QSignalSpy(&stalled, &QTcpSocket::readyRead).wait(TimeoutMs));

    QElapsedTimer stopwatch;
    stopwatch.start();
    server.reset();
    QVERIFY2(stopwatch.elapsed() < 3000, qPrintable(QString::number(stopwatch.elapsed())));
    QVERIFY(hangingClosed.count() == 1 || hangingClosed.wait(TimeoutMs));
    QVERIFY(stalledClosed.count() == 1 || stalledClosed.wait(TimeoutMs));
}

void tst_TestServer::httpsServesTheSameRoutes()
{
    QVERIFY(m_server.tlsPort() != 0 || m_server.startTls());
    QVERIFY(m_server.tlsPort() != 0 && m_server.tlsPort() != m_server.port());
    const QUrl url = m_server.httpsUrl(QStringLiteral("/files/tls.bin?size=70000"));
    QCOMPARE(url.scheme(), QStringLiteral("https"));

    // Self-signed: an ordinary client refuses it and no request gets through.
    const Fetched refused = fetch(QNetworkRequest(url));
    QVERIFY(refused.finished);
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/tls.bin")), 0);

    // Trusting its certificate, the same routes answer as over http.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(TestServer::certificate());
    QNetworkRequest request(url);
    request.setSslConfiguration(trusting);
    QNetworkAccessManager manager;
    const Fetched served = fetch(request, false, &manager);
    QCOMPARE(served.error, QNetworkReply::NoError);
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body, TestServer::body(70000, TestServer::seedForPath(QStringLiteral("/files/tls.bin"))));
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/tls.bin")), 1);

    // Absolute URLs it hands out stay on https.
    QNetworkRequest chain(m_server.httpsUrl(QStringLiteral("/chain/2/x.bin")));
    chain.setSslConfiguration(trusting);
    chain.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const Fetched hop = fetch(chain, false, &manager);
    QCOMPARE(hop.status, 302);
    QCOMPARE(hop.header("Location"), m_server.httpsUrl(QStringLiteral("/chain/1/x.bin")).toEncoded());
}

void tst_TestServer::injectedFaultsAreDeterministic()
{
    using namespace Fetchpool::Test;
    int faulted = 0;
    QSet<InjectedFault> kinds;
    for (int i = 0; i < 10'000; ++i) {
        const QString path = QStringLiteral("/files/mix/f%1.bin").arg(i);
        const InjectedFault fault = injectedFault(path, 10, 7);
        QCOMPARE(injectedFault(path, 10, 7), fault);
        QCOMPARE(injectedFault(path, 0, 7), InjectedFault::None);
        QVERIFY(injectedFault(path, 100, 7) != InjectedFault::None);
        if (fault != InjectedFault::None) {
            ++faulted;
            kinds.insert(fault);
        }
    }
    QVERIFY2(faulted > 800 && faulted < 1200, qPrintable(QString::number(faulted)));
    QCOMPARE(kinds.size(), 6);
}

void tst_TestServer::injectedFaultsFollowTheirKind()
{
    using namespace Fetchpool::Test;
    // One path per kind, found by asking the same function the server uses.
    QHash<InjectedFault, QString> pathFor;
    for (int i = 0; i < 1000 && pathFor.size() < 6; ++i) {
        const QString path = QStringLiteral("/files/kind/k%1.bin").arg(i);
        pathFor.insert(injectedFault(path, 100, 3), path);
    }
    QCOMPARE(pathFor.size(), 6);
    const QString query = QStringLiteral("?size=40000&faultrate=100&faultseed=3&faultstall=300");
    auto expected = [](const QString &path) { return TestServer::body(40000, TestServer::seedForPath(path)); };

    const QString notFound = pathFor.value(InjectedFault::NotFound);
    QCOMPARE(get(notFound + query).status, 404);
    QCOMPARE(get(notFound + query).status, 404);

    const QString unavailable = pathFor.value(InjectedFault::Unavailable);
    const Fetched busy = get(unavailable + query);
    QCOMPARE(busy.status, 503);
    QCOMPARE(busy.header("Retry-After"), QByteArray("0"));
    QCOMPARE(get(unavailable + query).body, expected(unavailable));

    const QString truncate = pathFor.value(InjectedFault::Truncate);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const Fetched cut = get(truncate + query);
        QVERIFY(cut.error != QNetworkReply::NoError);
        QVERIFY(cut.body.size() <= 20000);
    }

    const QString stall = pathFor.value(InjectedFault::Stall);
    const Fetched slow = get(stall + query);
    QCOMPARE(slow.body, expected(stall));
    QVERIFY2(slow.elapsedMs >= 280, qPrintable(QString::number(slow.elapsedMs)));

    const QString closing = pathFor.value(InjectedFault::CloseMidBody);
    QVERIFY(get(closing + query).error != QNetworkReply::NoError);
    QCOMPARE(get(closing + query).body, expected(closing));

    const QString redirect = pathFor.value(InjectedFault::Redirect);
    const Fetched moved = fetch(manual(redirect + query));
    QCOMPARE(moved.status, 302);
    QCOMPARE(moved.header("Location"), m_server.url(redirect + query + QStringLiteral("&nofault=1")).toEncoded());
    QCOMPARE(get(redirect + query).body, expected(redirect)); // followed by Qt
}

QTEST_GUILESS_MAIN(tst_TestServer)
#include "tst_testserver.moc"
