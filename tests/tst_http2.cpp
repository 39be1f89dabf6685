// HTTPS with HTTP/2 against a real nginx on loopback: every case runs once
// sequentially (1 worker) and once in parallel (16 workers).
//
// nginx runs outside this process: the CTest fixture of tests/nginx starts it
// before the suite and stops it afterwards (under ThreadSanitizer a process
// that started a child may start no thread afterwards, see tests/tsan.supp).
// FETCHPOOL_NGINX_STATE names the file where the fixture wrote its port,
// document root, CA and access log, or why nginx is not available. The suite
// writes its files into the document root and reads nginx's access log to see
// every request as the server saw it.
#include "downloadengine.h"
#include "enginetest.h"
#include "resumerecord.h"
#include "runrecorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <cerrno>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr int ManyFiles = 200;
constexpr qint64 ManyFileSize = 16 * KiB;
constexpr qint64 ResumeFileSize = 1 * MiB;
// The resume case stops its first run once this much has arrived; nginx
// sends `?slow=1` at 64 KiB/s, so the part is far from complete by then.
constexpr qint64 ResumeStopAfter = 64 * KiB;

// Deterministic bytes, a different sequence for every name.
QByteArray contentFor(const QString &name, qint64 size)
{
    quint32 state = 2166136261u; // FNV-1a of the name seeds an xorshift
    for (const QChar c : name)
        state = (state ^ c.unicode()) * 16777619u;
    state |= 1;
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes[i] = char(state >> 24);
    }
    return bytes;
}

// What the fixture's start.sh recorded.
struct NginxFixture
{
    QString status;
    QString reason;
    int port = 0;
    QString documentRoot;
    QString caCertificate;
    QString accessLog;

    static NginxFixture load(const QString &path, QString *error)
    {
        NginxFixture fixture;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return fixture;
        }
        QHash<QString, QString> values;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const int equals = line.indexOf('=');
            if (equals > 0)
                values.insert(QString::fromUtf8(line.left(equals)), QString::fromUtf8(line.mid(equals + 1)));
        }
        fixture.status = values.value(QStringLiteral("status"));
        fixture.reason = values.value(QStringLiteral("reason"));
        fixture.port = values.value(QStringLiteral("port")).toInt();
        fixture.documentRoot = values.value(QStringLiteral("document_root"));
        fixture.caCertificate = values.value(QStringLiteral("ca_certificate"));
        fixture.accessLog = values.value(QStringLiteral("access_log"));
        return fixture;
    }
};

// One line of the access log (log_format fetchpool in tests/nginx/nginx.conf.in).
struct LoggedRequest
{
    int status = 0;
    QString protocol;    // $server_protocol: "HTTP/2.0"
    QString tlsProtocol; // $ssl_protocol: "TLSv1.3"
    QString method;
    QString uri;
    QString range;       // "-" without a Range header
    qint64 bodyBytes = 0;
};

} // namespace

class tst_Http2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanupTestCase();

    void manyFilesOverHttp2();
    void localhostMatchesTheCertificate();
    void untrustedCertificateIsRefused();
    void missingFileIs404();
    void resumeContinuesWithRange();

private:
    EngineOptions options() const;
    // A file of the suite's own folder in the document root, as https://HOST:PORT/...?case=TAG.
    QUrl url(const QString &path, const QString &host = QStringLiteral("127.0.0.1"),
             const QString &extraQuery = QString()) const;
    bool publish(const QString &path, qint64 size);
    // The access log's requests to our folder from the current case (by their `case` query).
    QVector<LoggedRequest> loggedRequests() const;

    NginxFixture m_nginx;
    std::unique_ptr<QTemporaryDir> m_site; // the suite's folder in nginx's document root
    QString m_sitePath;                      // its URL path
    QString m_caseTag;
    QHash<QString, qint64> m_sizes; // by path below m_site
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Http2::initTestCase_data()
{
    addWorkerRows();
}

void tst_Http2::initTestCase()
{
    const QString statePath = qEnvironmentVariable("FETCHPOOL_NGINX_STATE");
    if (statePath.isEmpty())
        QSKIP("FETCHPOOL_NGINX_STATE is not set: run the suite through ctest, whose fixture starts nginx");
    QString error;
    m_nginx = NginxFixture::load(statePath, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (m_nginx.status != QLatin1String("running"))
        QSKIP(qPrintable(QStringLiteral("nginx is not available: %1").arg(m_nginx.reason)));
    QVERIFY(m_nginx.port > 0);
    QVERIFY(QFile::exists(m_nginx.caCertificate));
    QVERIFY(QFile::exists(m_nginx.accessLog));

    // A folder of our own, so that two runs against one nginx never meet.
    m_site = std::make_unique<QTemporaryDir>(m_nginx.documentRoot + QStringLiteral("/h2-XXXXXX"));
    QVERIFY2(m_site->isValid(), qPrintable(m_site->errorString()));
    m_sitePath = u'/' + QFileInfo(m_site->path()).fileName();
    for (int i = 0; i < ManyFiles; ++i)
        QVERIFY(publish(QStringLiteral("many/f%1.bin").arg(i, 3, 10, QLatin1Char('0')), ManyFileSize));
    QVERIFY(publish(QStringLiteral("sizes/empty.bin"), 0));
    QVERIFY(publish(QStringLiteral("sizes/one.bin"), 1));
    QVERIFY(publish(QStringLiteral("sizes/window.bin"), 65'537)); // one past HTTP/2's initial window
    QVERIFY(publish(QStringLiteral("sizes/big.bin"), 3 * MiB + 3));
    QVERIFY(publish(QStringLiteral("sizes/bigger.bin"), 5 * MiB));
    QVERIFY(publish(QStringLiteral("slow/resume.bin"), ResumeFileSize));
}

void tst_Http2::init()
{
    // In the build tree rather than /tmp: resume records are extended
    // attributes, which a tmpfs /tmp may refuse.
    m_dir = std::make_unique<QTemporaryDir>(QCoreApplication::applicationDirPath()
                                            + QStringLiteral("/tst_http2-XXXXXX"));
    QVERIFY(m_dir->isValid());
    QFETCH_GLOBAL(int, workers);
    m_caseTag = QStringLiteral("%1-%2").arg(QString::fromLatin1(QTest::currentTestFunction())).arg(workers);
}

void tst_Http2::cleanupTestCase()
{
    m_site.reset();
}

EngineOptions tst_Http2::options() const
{
    EngineOptions options = engineOptions(m_dir->path());
    options.caCertificateFile = m_nginx.caCertificate;
    return options;
}

QUrl tst_Http2::url(const QString &path, const QString &host, const QString &extraQuery) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(m_nginx.port);
    url.setPath(m_sitePath + u'/' + path);
    QString query = QStringLiteral("case=") + m_caseTag;
    if (!extraQuery.isEmpty())
        query = extraQuery + u'&' + query;
    url.setQuery(query);
    return url;
}

bool tst_Http2::publish(const QString &path, qint64 size)
{
    // nginx started as root serves as www-data or nobody: world-readable.
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions traversable = readable | QFileDevice::ExeOwner | QFileDevice::ExeGroup
            | QFileDevice::ExeOther;
    const QString filePath = m_site->filePath(path);
    const QString folder = QFileInfo(filePath).path();
    if (!QDir().mkpath(folder))
        return false;
    for (QString dir = folder; dir.startsWith(m_site->path()); dir = QFileInfo(dir).path()) {
        if (!QFile::setPermissions(dir, traversable))
            return false;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(contentFor(path, size)) != size || !file.setPermissions(readable)) {
        qWarning().noquote() << "cannot write" << filePath << ":" << file.errorString();
        return false;
    }
    m_sizes.insert(path, size);
    return true;
}

QVector<LoggedRequest> tst_Http2::loggedRequests() const
{
    QVector<LoggedRequest> requests;
    QFile file(m_nginx.accessLog);
    if (!file.open(QIODevice::ReadOnly))
        return requests;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 7)
            continue;
        LoggedRequest request;
        request.status = fields[0].toInt();
        request.protocol = QString::fromLatin1(fields[1]);
        request.tlsProtocol = QString::fromLatin1(fields[2]);
        request.method = QString::fromLatin1(fields[3]);
        request.uri = QString::fromLatin1(fields[4]);
        request.range = QString::fromLatin1(fields[5]);
        request.bodyBytes = fields[6].toLongLong();
        const QUrl uri(request.uri);
        if (uri.path().startsWith(m_sitePath + u'/')
            && QUrlQuery(uri.query()).queryItemValue(QStringLiteral("case")) == m_caseTag) {
            requests << request;
        }
    }
    return requests;
}

void tst_Http2::manyFilesOverHttp2()
{
    QStringList paths;
    for (int i = 0; i < ManyFiles; ++i)
        paths << QStringLiteral("many/f%1.bin").arg(i, 3, 10, QLatin1Char('0'));
    paths << QStringLiteral("sizes/empty.bin") << QStringLiteral("sizes/one.bin")
          << QStringLiteral("sizes/window.bin") << QStringLiteral("sizes/big.bin")
          << QStringLiteral("sizes/bigger.bin");
    QVector<QUrl> urls;
    for (const QString &path : paths)
        urls << url(path);

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QString error;
    QVERIFY2(engine.start(jobsFor(urls), options(), &error), qPrintable(error));
    QVERIFY(recorder.wait(120'000));

    QCOMPARE(recorder.run().done, int(paths.size()));
    QCOMPARE(recorder.duplicateResults, 0);
    QStringList expectedNames;
    for (int i = 0; i < paths.size(); ++i) {
        const ItemResult result = recorder.byId.value(quint64(i));
        QVERIFY2(result.state == ItemState::Done, qPrintable(paths[i] + u' ' + result.error.message));
        QCOMPARE(result.protocol, QStringLiteral("HTTP/2"));
        QCOMPARE(result.httpStatus, 200);
        const QString name = QFileInfo(paths[i]).fileName();
        QCOMPARE(result.filePath, m_dir->filePath(name));
        const qint64 size = m_sizes.value(paths[i]);
        QCOMPARE(result.bytes, size);
        QVERIFY2(contentsOf(result.filePath) == contentFor(paths[i], size), qPrintable(paths[i]));
        expectedNames << name;
    }
    expectedNames.sort();
    QCOMPARE(filesIn(m_dir->path()), expectedNames); // no .part left behind

    // nginx logs a request when its stream ends, which may be a moment after
    // the client has the last byte.
    QTRY_COMPARE_WITH_TIMEOUT(loggedRequests().size(), int(paths.size()), 10'000);
    QSet<QString> requested;
    for (const LoggedRequest &request : loggedRequests()) {
        QCOMPARE(request.protocol, QStringLiteral("HTTP/2.0"));
        QVERIFY2(request.tlsProtocol.startsWith(QLatin1String("TLSv1.")), qPrintable(request.tlsProtocol));
        QCOMPARE(request.method, QStringLiteral("GET"));
        QCOMPARE(request.status, 200);
        requested << QUrl(request.uri).path();
    }
    QSet<QString> expectedPaths;
    for (const QString &path : paths)
        expectedPaths << m_sitePath + u'/' + path;
    QCOMPARE(requested, expectedPaths);
}

void tst_Http2::localhostMatchesTheCertificate()
{
    const QStringList paths{QStringLiteral("many/f000.bin"), QStringLiteral("many/f001.bin"),
                            QStringLiteral("sizes/empty.bin"), QStringLiteral("sizes/window.bin")};
    QVector<QUrl> urls;
    for (const QString &path : paths)
        urls << url(path, QStringLiteral("localhost"));

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor(urls), options()));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.run().done, int(paths.size()));
    for (int i = 0; i < paths.size(); ++i) {
        const ItemResult result = recorder.byId.value(quint64(i));
        QVERIFY2(result.state == ItemState::Done, qPrintable(result.error.message));
        QCOMPARE(result.protocol, QStringLiteral("HTTP/2"));
        QCOMPARE(contentsOf(result.filePath), contentFor(paths[i], m_sizes.value(paths[i])));
    }
}

void tst_Http2::untrustedCertificateIsRefused()
{
    QVector<QUrl> urls;
    for (int i = 0; i < 8; ++i)
        urls << url(QStringLiteral("many/f%1.bin").arg(i, 3, 10, QLatin1Char('0')));
    EngineOptions options = this->options();
    options.caCertificateFile.clear(); // the system's authorities only

    {
        DownloadEngine engine;
        RunRecorder recorder(engine);
        QVERIFY(engine.start(jobsFor(urls), options));
        QVERIFY(recorder.wait());
        QCOMPARE(recorder.run().failed, int(urls.size()));
        const QString where = QStringLiteral("127.0.0.1:%1").arg(m_nginx.port);
        for (int i = 0; i < urls.size(); ++i) {
            const ItemResult result = recorder.byId.value(quint64(i));
            QCOMPARE(result.state, ItemState::Failed);
            QCOMPARE(result.error.kind, ErrorKind::Network);
            QCOMPARE(result.error.network, NetworkError::TlsFailed);
            QVERIFY2(result.error.message.contains(where), qPrintable(result.error.message));
            QVERIFY(result.filePath.isEmpty());
        }
        QCOMPARE(filesIn(m_dir->path()), QStringList());
    }

    // A trusted request afterwards marks where the refused ones would be in
    // the log: once it is there, no request of this case may be besides it.
    const QUrl marker = url(QStringLiteral("sizes/one.bin"));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{1, marker}}, this->options()));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.byId.value(1).state, ItemState::Done);
    QTRY_VERIFY_WITH_TIMEOUT(!loggedRequests().isEmpty(), 10'000);
    const QVector<LoggedRequest> requests = loggedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().uri, marker.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority));
}

void tst_Http2::missingFileIs404()
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{7, url(QStringLiteral("missing.bin"))}}, options()));
    QVERIFY(recorder.wait());

    const ItemResult result = recorder.byId.value(7);
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.kind, ErrorKind::Http);
    QCOMPARE(result.error.httpStatus, 404);
    // HTTP/2 has no reason phrase; the engine adds the standard one.
    QVERIFY2(result.error.message.contains(QLatin1String("HTTP 404 Not Found")), qPrintable(result.error.message));
    QCOMPARE(result.protocol, QStringLiteral("HTTP/2"));
    QVERIFY(result.filePath.isEmpty());
    QCOMPARE(filesIn(m_dir->path()), QStringList());

    QTRY_VERIFY_WITH_TIMEOUT(!loggedRequests().isEmpty(), 10'000);
    const QVector<LoggedRequest> requests = loggedRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().status, 404);
    QCOMPARE(requests.first().protocol, QStringLiteral("HTTP/2.0"));
}

void tst_Http2::resumeContinuesWithRange()
{
    {
        // Parts are kept only where their resume record can be written.
        QFile probe(m_dir->filePath(QStringLiteral("xattr-probe")));
        QVERIFY(probe.open(QIODevice::WriteOnly));
        const bool recorded = ResumeRecord{url(QStringLiteral("probe")), "\"v\"", 1}.writeTo(probe.handle());
        const int recordError = errno;
        probe.remove();
        if (!recorded)
            QSKIP(qPrintable(QStringLiteral("%1 refuses user extended attributes: %2")
                                     .arg(m_dir->path(), qt_error_string(recordError))));
    }

    const QString path = QStringLiteral("slow/resume.bin");
    const QUrl resumeUrl = url(path, QStringLiteral("127.0.0.1"), QStringLiteral("slow=1"));
    const QString partPath = m_dir->filePath(QStringLiteral("resume.bin.part"));
    qint64 kept = 0;
    {
        DownloadEngine engine;
        RunRecorder recorder(engine);
        qint64 received = 0;
        connect(&engine, &DownloadEngine::progressed, &engine,
                [&](const RunProgress &, const QVector<ItemProgress> &items) {
                    for (const ItemProgress &item : items)
                        received = item.received;
                });
        QVERIFY(engine.start({{1, resumeUrl}}, options()));
        QTRY_VERIFY_WITH_TIMEOUT(received >= ResumeStopAfter, 20'000);
        engine.cancel();
        QVERIFY(recorder.wait(20'000));
        const ItemResult stopped = recorder.byId.value(1);
        QCOMPARE(stopped.state, ItemState::Cancelled);
        QCOMPARE(stopped.filePath, partPath);
        kept = QFileInfo(partPath).size();
        QVERIFY2(kept >= ResumeStopAfter && kept < ResumeFileSize, qPrintable(QString::number(kept)));
    }

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{2, resumeUrl}}, options()));
    QVERIFY(recorder.wait());
    const ItemResult resumed = recorder.byId.value(2);
    QVERIFY2(resumed.state == ItemState::Done, qPrintable(resumed.error.message));
    QCOMPARE(resumed.resumedFrom, kept);
    QCOMPARE(resumed.protocol, QStringLiteral("HTTP/2"));
    QCOMPARE(resumed.httpStatus, 206);
    QVERIFY(contentsOf(resumed.filePath) == contentFor(path, ResumeFileSize));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("resume.bin")});

    // The stopped request without Range, then the continuation from where the part ended.
    QTRY_COMPARE_WITH_TIMEOUT(loggedRequests().size(), 2, 10'000);
    const QVector<LoggedRequest> requests = loggedRequests();
    const auto continuation = std::find_if(requests.cbegin(), requests.cend(),
                                           [](const LoggedRequest &request) { return request.status == 206; });
    QVERIFY(continuation != requests.cend());
    QCOMPARE(continuation->protocol, QStringLiteral("HTTP/2.0"));
    QCOMPARE(continuation->range, QStringLiteral("bytes=%1-").arg(kept));
    QCOMPARE(continuation->bodyBytes, ResumeFileSize - kept);
    const auto first = std::find_if(requests.cbegin(), requests.cend(),
                                    [](const LoggedRequest &request) { return request.range == QLatin1String("-"); });
    QVERIFY(first != requests.cend());
    QCOMPARE(first->protocol, QStringLiteral("HTTP/2.0"));
}

QTEST_GUILESS_MAIN(tst_Http2)
#include "tst_http2.moc"
