// The decisions a response head calls for, without a socket: the head as
// libcurl hands it over line by line, what it means (save from where,
// redirect, 206/416, naming), the redirect policy and the mapping of
// libcurl's failures into Fetchpool's error taxonomy.
#include "curlerrors.h"
#include "redirectpolicy.h"
#include "responsehead.h"
#include "responserules.h"

#include <QTest>

#include <cerrno>

using namespace Fetchpool;

namespace {

using Action = HeadVerdict::Action;

// A head fed as libcurl does: one call per line, CRLF included, ending with the empty line.
ResponseHead headOf(const QByteArrayList &lines)
{
    ResponseHead head;
    for (const QByteArray &line : lines)
        head.addLine(QByteArray(line + "\r\n"));
    head.addLine("\r\n");
    return head;
}

const QUrl Url(QStringLiteral("https://example.org/pics/photo.jpg?size=big"));

} // namespace

Q_DECLARE_METATYPE(HeadVerdict::Action)

class tst_ResponseRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headParsesStatusAndFields();
    void headForgetsInterimResponses();
    void headOfHttp2HasStandardReason();
    void headJoinsFoldedFieldsAndIgnoresGarbage();

    void decides_data();
    void decides();
    void saveTakesValidatorTypeAndName();
    void weakEtagFallsBackToLastModified();
    void errorStatusKeepsRetryAfter();

    void contentRange_data();
    void contentRange();
    void retryAfter_data();
    void retryAfter();

    void redirectPolicy();
    void redirectPolicyRefusesLoopsDowngradesAndSchemes();

    void curlErrorsAreSpecific_data();
    void curlErrorsAreSpecific();
};

void tst_ResponseRules::headParsesStatusAndFields()
{
    ResponseHead head;
    QVERIFY(!head.addLine("HTTP/1.1 404 Not Found\r\n"));
    QVERIFY(!head.addLine("Content-Length: 12\r\n"));
    QVERIFY(!head.addLine("content-type:  text/html; charset=utf-8 \r\n"));
    QVERIFY(!head.isComplete());
    QVERIFY(head.addLine("\r\n"));
    QVERIFY(head.isComplete());
    QCOMPARE(head.status(), 404);
    QCOMPARE(head.protocol(), QByteArray("HTTP/1.1"));
    QCOMPARE(head.reason(), QByteArray("Not Found"));
    QCOMPARE(head.contentLength(), 12);
    QCOMPARE(head.value("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(head.has("CONTENT-LENGTH"));
    QVERIFY(!head.has("etag"));
    QCOMPARE(head.value("etag"), QByteArray());
}

void tst_ResponseRules::headForgetsInterimResponses()
{
    // What libcurl passes for a 100 Continue or 103 Early Hints before the real answer.
    ResponseHead head;
    head.addLine("HTTP/1.1 103 Early Hints\r\n");
    head.addLine("Link: </style.css>; rel=preload\r\n");
    QVERIFY(head.addLine("\r\n"));
    QVERIFY(head.isInterim());
    head.clear();
    head.addLine("HTTP/1.1 200 OK\r\n");
    head.addLine("Content-Length: 5\r\n");
    QVERIFY(head.addLine("\r\n"));
    QVERIFY(!head.isInterim());
    QCOMPARE(head.status(), 200);
    QVERIFY(!head.has("link"));

    // A new status line starts over even without clear().
    head.addLine("HTTP/1.1 301 Moved\r\n");
    QCOMPARE(head.status(), 301);
    QCOMPARE(head.contentLength(), -1);
}

void tst_ResponseRules::headOfHttp2HasStandardReason()
{
    const ResponseHead head = headOf({"HTTP/2 416", "content-range: bytes */100"});
    QCOMPARE(head.status(), 416);
    QCOMPARE(head.protocol(), QByteArray("HTTP/2"));
    QCOMPARE(head.reason(), QByteArray("Range Not Satisfiable"));
    QCOMPARE(headOf({"HTTP/2 599"}).reason(), QByteArray());
}

void tst_ResponseRules::headJoinsFoldedFieldsAndIgnoresGarbage()
{
    const ResponseHead head = headOf({"HTTP/1.1 200 OK", "X-Long: first", "  second", "not a field",
                                      ": no name", "ETag: \"v1\""});
    QCOMPARE(head.value("x-long"), QByteArray("first second"));
    QCOMPARE(head.value("etag"), QByteArray("\"v1\""));
    QVERIFY(!head.has(""));

    ResponseHead broken;
    broken.addLine("HTTP/1.1 2x0 Odd\r\n");
    QVERIFY(!broken.addLine("\r\n")); // no usable status: never complete
    QCOMPARE(broken.status(), 0);
}

void tst_ResponseRules::decides_data()
{
    QTest::addColumn<QByteArrayList>("lines");
    QTest::addColumn<qint64>("resumeFrom");
    QTest::addColumn<Action>("action");
    QTest::addColumn<qint64>("saveFrom");
    QTest::addColumn<qint64>("expectedEnd");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<ErrorKind>("errorKind");
    QTest::addColumn<QString>("message");

    QTest::newRow("200 whole file")
            << QByteArrayList{"HTTP/1.1 200 OK", "Content-Length: 1000"} << qint64(0)
            << Action::Save << qint64(0) << qint64(1000) << qint64(1000) << ErrorKind::None << QString();
    QTest::newRow("200 without length")
            << QByteArrayList{"HTTP/1.1 200 OK"} << qint64(0)
            << Action::Save << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::None << QString();
    QTest::newRow("200 to a range request: file changed, start again")
            << QByteArrayList{"HTTP/1.1 200 OK", "Content-Length: 900"} << qint64(400)
            << Action::Save << qint64(0) << qint64(900) << qint64(900) << ErrorKind::None << QString();
    QTest::newRow("206 continues at the kept length")
            << QByteArrayList{"HTTP/2 206", "content-range: bytes 400-999/1000", "content-length: 600"} << qint64(400)
            << Action::Save << qint64(400) << qint64(1000) << qint64(1000) << ErrorKind::None << QString();
    QTest::newRow("206 with unknown total")
            << QByteArrayList{"HTTP/1.1 206 Partial Content", "Content-Range: bytes 400-999/*"} << qint64(400)
            << Action::Save << qint64(400) << qint64(1000) << qint64(-1) << ErrorKind::None << QString();
    QTest::newRow("206 at the wrong offset")
            << QByteArrayList{"HTTP/1.1 206 Partial Content", "Content-Range: bytes 0-999/1000"} << qint64(400)
            << Action::Fail << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::Http
            << QStringLiteral("does not continue at byte 400");
    QTest::newRow("206 without Content-Range")
            << QByteArrayList{"HTTP/1.1 206 Partial Content"} << qint64(400)
            << Action::Fail << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::Http
            << QStringLiteral("does not continue at byte 400");
    QTest::newRow("206 to a request for the whole file")
            << QByteArrayList{"HTTP/1.1 206 Partial Content", "Content-Range: bytes 0-9/1000"} << qint64(0)
            << Action::Fail << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::Http
            << QStringLiteral("206 Partial Content to a request for the whole file");
    QTest::newRow("416 on a complete part: only the rename was missing")
            << QByteArrayList{"HTTP/1.1 416 Range Not Satisfiable", "Content-Range: bytes */400"} << qint64(400)
            << Action::AlreadyComplete << qint64(0) << qint64(400) << qint64(400) << ErrorKind::None << QString();
    QTest::newRow("416 on a part longer than the file")
            << QByteArrayList{"HTTP/1.1 416 Range Not Satisfiable", "Content-Range: bytes */300"} << qint64(400)
            << Action::RestartWithoutRange << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::None << QString();
    QTest::newRow("416 without Content-Range")
            << QByteArrayList{"HTTP/1.1 416 Range Not Satisfiable"} << qint64(400)
            << Action::RestartWithoutRange << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::None << QString();
    QTest::newRow("416 to a request without a range")
            << QByteArrayList{"HTTP/1.1 416 Range Not Satisfiable", "Content-Length: 10"} << qint64(0)
            << Action::Fail << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::Http
            << QStringLiteral("HTTP 416 Range Not Satisfiable");
    QTest::newRow("302 relative")
            << QByteArrayList{"HTTP/1.1 302 Found", "Location: ../other/x.png"} << qint64(0)
            << Action::Redirect << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::None << QString();
    QTest::newRow("301 without Location")
            << QByteArrayList{"HTTP/1.1 301 Moved Permanently"} << qint64(0)
            << Action::Fail << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::Redirect
            << QStringLiteral("HTTP 301 redirect without a Location header");
    QTest::newRow("304 is no redirect")
            << QByteArrayList{"HTTP/1.1 304 Not Modified", "Location: /x"} << qint64(0)
            << Action::Fail << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::Http
            << QStringLiteral("HTTP 304 Not Modified");
    QTest::newRow("404 over HTTP/2 gets the standard reason")
            << QByteArrayList{"HTTP/2 404", "content-length: 150"} << qint64(0)
            << Action::Fail << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::Http
            << QStringLiteral("HTTP 404 Not Found");
    QTest::newRow("server's own reason")
            << QByteArrayList{"HTTP/1.1 503 Back Soon", "Content-Length: 0"} << qint64(0)
            << Action::Fail << qint64(0) << qint64(-1) << qint64(-1) << ErrorKind::Http
            << QStringLiteral("HTTP 503 Back Soon");
}

void tst_ResponseRules::decides()
{
    QFETCH(QByteArrayList, lines);
    QFETCH(qint64, resumeFrom);
    QFETCH(Action, action);
    QFETCH(qint64, saveFrom);
    QFETCH(qint64, expectedEnd);
    QFETCH(qint64, total);
    QFETCH(ErrorKind, errorKind);
    QFETCH(QString, message);

    const HeadVerdict verdict = ResponseRules::decide(headOf(lines), Url, resumeFrom);
    QCOMPARE(verdict.action, action);
    QCOMPARE(verdict.error.kind, errorKind);
    QVERIFY2(verdict.error.message.contains(message), qPrintable(verdict.error.message));
    if (action == Action::Save || action == Action::AlreadyComplete) {
        QCOMPARE(verdict.saveFrom, saveFrom);
        QCOMPARE(verdict.expectedEnd, expectedEnd);
        QCOMPARE(verdict.total, total);
    }
    if (action == Action::Redirect)
        QCOMPARE(verdict.redirectTo, QUrl(QStringLiteral("https://example.org/other/x.png")));
    if (action == Action::Fail && verdict.error.httpStatus == 206) {
        // Bytes that may not belong are never spliced: dropped, the body not read.
        QVERIFY(verdict.dropPart);
        QVERIFY(verdict.abortBody);
        QVERIFY(verdict.error.isTransient());
    }
}

void tst_ResponseRules::saveTakesValidatorTypeAndName()
{
    const HeadVerdict plain = ResponseRules::decide(
            headOf({"HTTP/1.1 200 OK", "Content-Type: IMAGE/JPEG; quality=high", "ETag: \"abc\"",
                    "Last-Modified: Tue, 01 Dec 2026 10:00:00 GMT"}),
            Url, 0);
    QCOMPARE(plain.validator, QByteArray("\"abc\""));
    QCOMPARE(plain.mimeType, QStringLiteral("image/jpeg"));
    QCOMPARE(plain.suggestedName, QStringLiteral("photo.jpg"));

    const HeadVerdict named = ResponseRules::decide(
            headOf({"HTTP/1.1 200 OK", "Content-Disposition: attachment; filename=\"../../evil.sh\""}), Url, 0);
    QCOMPARE(named.suggestedName, QStringLiteral("evil.sh"));

    const HeadVerdict bare = ResponseRules::decide(headOf({"HTTP/1.1 200 OK", "Content-Type: image/png"}),
                                                   QUrl(QStringLiteral("http://example.org/")), 0);
    QVERIFY2(bare.suggestedName.endsWith(QLatin1String(".png")), qPrintable(bare.suggestedName));
    QVERIFY(bare.validator.isEmpty());
}

void tst_ResponseRules::weakEtagFallsBackToLastModified()
{
    const HeadVerdict verdict = ResponseRules::decide(
            headOf({"HTTP/1.1 200 OK", "ETag: W/\"weak\"", "Last-Modified: Tue, 01 Dec 2026 10:00:00 GMT"}), Url, 0);
    QCOMPARE(verdict.validator, QByteArray("Tue, 01 Dec 2026 10:00:00 GMT"));
}

void tst_ResponseRules::errorStatusKeepsRetryAfter()
{
    const HeadVerdict small = ResponseRules::decide(
            headOf({"HTTP/1.1 429 Too Many Requests", "Retry-After: 3", "Content-Length: 20"}), Url, 0);
    QCOMPARE(small.action, Action::Fail);
    QCOMPARE(small.retryAfterMs, 3000);
    QVERIFY(!small.abortBody); // a small page is read, so the connection stays usable
    QVERIFY(small.error.isTransient());

    const HeadVerdict large = ResponseRules::decide(
            headOf({"HTTP/1.1 404 Not Found", "Content-Length: 10000000"}), Url, 0);
    QVERIFY(large.abortBody);
    QCOMPARE(large.retryAfterMs, -1);
    QVERIFY(!large.error.isTransient());
    QVERIFY(ResponseRules::decide(headOf({"HTTP/1.1 500 Oops"}), Url, 0).abortBody); // unknown length
}

void tst_ResponseRules::contentRange_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("complete");
    QTest::newRow("plain") << QByteArray("bytes 0-99/100") << true << qint64(0) << qint64(99) << qint64(100);
    QTest::newRow("spaces") << QByteArray("  bytes 10-19/*  ") << true << qint64(10) << qint64(19) << qint64(-1);
    QTest::newRow("last before first") << QByteArray("bytes 20-19/100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("beyond complete") << QByteArray("bytes 0-100/100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("other unit") << QByteArray("items 0-1/2") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("negative") << QByteArray("bytes -5-10/100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("unsatisfied form") << QByteArray("bytes */100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0) << qint64(0) << qint64(0);
}

void tst_ResponseRules::contentRange()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, valid);
    const auto range = ResponseRules::contentRange(value);
    QCOMPARE(range.has_value(), valid);
    if (valid) {
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(qint64, complete);
        QCOMPARE(range->first, first);
        QCOMPARE(range->last, last);
        QCOMPARE(range->complete, complete);
    }
    QCOMPARE(ResponseRules::unsatisfiedRangeTotal("bytes */4096"), 4096);
    QCOMPARE(ResponseRules::unsatisfiedRangeTotal("bytes 0-1/2"), -1);
}

void tst_ResponseRules::retryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("expectedMs");
    QTest::newRow("seconds") << QByteArray("2") << 2000;
    QTest::newRow("zero") << QByteArray(" 0 ") << 0;
    QTest::newRow("date in 90 s") << QByteArray("Thu, 03 Dec 2026 12:01:30 GMT") << 90'000;
    QTest::newRow("date in the past") << QByteArray("Thu, 03 Dec 2026 11:00:00 GMT") << 0;
    QTest::newRow("RFC 850 date") << QByteArray("Thursday, 03-Dec-26 12:00:05 GMT") << 5000;
    QTest::newRow("asctime date") << QByteArray("Thu Dec  3 12:00:07 2026") << 7000;
    QTest::newRow("capped at a day") << QByteArray("999999999") << 24 * 3600 * 1000;
    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("negative") << QByteArray("-5") << -1;
}

void tst_ResponseRules::retryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(int, expectedMs);
    const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
    QCOMPARE(ResponseRules::retryAfterMs(value, now), expectedMs);
}

void tst_ResponseRules::redirectPolicy()
{
    RedirectPolicy policy(QUrl(QStringLiteral("http://a.test/1")), 2);
    QVERIFY(!policy.follow(QUrl(QStringLiteral("https://a.test/2"))).isError()); // upgrade is fine
    QCOMPARE(policy.current(), QUrl(QStringLiteral("https://a.test/2")));
    QVERIFY(!policy.follow(QUrl(QStringLiteral("https://b.test/3"))).isError());
    const FetchError tooMany = policy.follow(QUrl(QStringLiteral("https://b.test/4")));
    QCOMPARE(tooMany.kind, ErrorKind::Redirect);
    QVERIFY2(tooMany.message.contains(QLatin1String("too many redirects (more than 2), last to https://b.test/4")),
             qPrintable(tooMany.message));
}

void tst_ResponseRules::redirectPolicyRefusesLoopsDowngradesAndSchemes()
{
    RedirectPolicy loop(QUrl(QStringLiteral("http://a.test/x")), 10);
    QVERIFY(!loop.follow(QUrl(QStringLiteral("http://a.test/y"))).isError());
    const FetchError looped = loop.follow(QUrl(QStringLiteral("http://a.test/x")));
    QCOMPARE(looped.kind, ErrorKind::Redirect);
    QCOMPARE(looped.message, QStringLiteral("redirect loop: http://a.test/x → http://a.test/y → http://a.test/x"));

    RedirectPolicy secure(QUrl(QStringLiteral("https://a.test/x")), 10);
    const FetchError downgrade = secure.follow(QUrl(QStringLiteral("http://a.test/x")));
    QVERIFY2(downgrade.message.contains(QLatin1String("from https to http refused")), qPrintable(downgrade.message));
    QCOMPARE(secure.current(), QUrl(QStringLiteral("https://a.test/x"))); // not followed

    const FetchError ftp = secure.follow(QUrl(QStringLiteral("ftp://a.test/x")));
    QVERIFY2(ftp.message.contains(QLatin1String("unsupported scheme 'ftp'")), qPrintable(ftp.message));
    const FetchError file = secure.follow(QUrl(QStringLiteral("file:///etc/passwd")));
    QVERIFY2(file.message.contains(QLatin1String("unsupported scheme 'file'")), qPrintable(file.message));

    // A password in the URL never reaches a message.
    RedirectPolicy withUser(QUrl(QStringLiteral("https://me:secret@a.test/x")), 10);
    const FetchError masked = withUser.follow(QUrl(QStringLiteral("http://me:secret@a.test/y")));
    QVERIFY(masked.isError());
    QVERIFY2(!masked.message.contains(QLatin1String("secret")), qPrintable(masked.message));
}

void tst_ResponseRules::curlErrorsAreSpecific_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<long>("osErrno");
    QTest::addColumn<QByteArray>("detail");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<NetworkError>("network");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<QString>("message");

    QTest::newRow("refused") << int(CURLE_COULDNT_CONNECT) << long(ECONNREFUSED)
                             << QByteArray("Failed to connect to 127.0.0.1 port 8 after 0 ms: Couldn't connect to server")
                             << ErrorKind::Network << NetworkError::ConnectionRefused << true
                             << QStringLiteral("Connection refused (127.0.0.1:8443)");
    QTest::newRow("unreachable") << int(CURLE_COULDNT_CONNECT) << long(EHOSTUNREACH) << QByteArray()
                                 << ErrorKind::Network << NetworkError::Unreachable << true
                                 << QStringLiteral("cannot connect to 127.0.0.1:8443: ");
    QTest::newRow("not found") << int(CURLE_COULDNT_RESOLVE_HOST) << 0L
                               << QByteArray("Could not resolve host: 127.0.0.1")
                               << ErrorKind::Network << NetworkError::HostNotFound << false
                               << QStringLiteral("Host 127.0.0.1 not found (127.0.0.1:8443)");
    QTest::newRow("certificate") << int(CURLE_PEER_FAILED_VERIFICATION) << 0L
                                 << QByteArray("SSL certificate problem: self-signed certificate")
                                 << ErrorKind::Network << NetworkError::TlsFailed << false
                                 << QStringLiteral("TLS with 127.0.0.1:8443 failed: SSL certificate problem: self-signed certificate");
    QTest::newRow("handshake") << int(CURLE_SSL_CONNECT_ERROR) << 0L << QByteArray()
                               << ErrorKind::Network << NetworkError::TlsFailed << false
                               << QStringLiteral("TLS with 127.0.0.1:8443 failed: SSL connect error");
    QTest::newRow("nothing") << int(CURLE_GOT_NOTHING) << 0L << QByteArray()
                             << ErrorKind::Network << NetworkError::ConnectionClosed << true
                             << QStringLiteral("127.0.0.1:8443 closed the connection without a response");
    QTest::newRow("reset") << int(CURLE_RECV_ERROR) << long(ECONNRESET) << QByteArray("Recv failure")
                           << ErrorKind::Network << NetworkError::ConnectionReset << true
                           << QStringLiteral("connection to 127.0.0.1:8443 broke: ");
    QTest::newRow("http2") << int(CURLE_HTTP2_STREAM) << 0L << QByteArray("Stream error in the HTTP/2 framing layer")
                           << ErrorKind::Network << NetworkError::ProtocolError << true
                           << QStringLiteral("bad response from 127.0.0.1:8443: Stream error");
    QTest::newRow("timeout") << int(CURLE_OPERATION_TIMEDOUT) << 0L << QByteArray("Connection timed out after 300000 ms")
                             << ErrorKind::Timeout << NetworkError::None << true
                             << QStringLiteral("Connection timed out after 300000 ms (127.0.0.1:8443)");
    QTest::newRow("bad url") << int(CURLE_URL_MALFORMAT) << 0L << QByteArray()
                             << ErrorKind::InvalidInput << NetworkError::None << false
                             << QStringLiteral("cannot fetch https://127.0.0.1:8443/a.bin");
}

void tst_ResponseRules::curlErrorsAreSpecific()
{
    QFETCH(int, code);
    QFETCH(long, osErrno);
    QFETCH(QByteArray, detail);
    QFETCH(ErrorKind, kind);
    QFETCH(NetworkError, network);
    QFETCH(bool, transient);
    QFETCH(QString, message);

    const FetchError error = CurlErrors::describe(CURLcode(code), osErrno, detail.constData(),
                                                  QUrl(QStringLiteral("https://127.0.0.1:8443/a.bin")));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.network, network);
    QCOMPARE(error.isTransient(), transient);
    QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    QCOMPARE(CurlErrors::hostAndPort(QUrl(QStringLiteral("http://h.test/x"))), QStringLiteral("h.test:80"));
    QCOMPARE(CurlErrors::hostAndPort(QUrl(QStringLiteral("https://h.test/x"))), QStringLiteral("h.test:443"));
}

QTEST_GUILESS_MAIN(tst_ResponseRules)
#include "tst_responserules.moc"
