// Proxies end to end (EngineOptions::proxy, ProxyRoute, the CLI's --proxy,
// --no-proxy and --proxy-user) against the test server behind the loopback
// test proxies: an HTTP proxy (forwarding and CONNECT) and a SOCKS5 proxy.
// Every case asserts that the proxy itself saw the request.
#include "clirun.h"
#include "downloadengine.h"
#include "enginetest.h"
#include "generatedbody.h"
#include "httptestproxy.h"
#include "runrecorder.h"
#include "socks5testproxy.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

constexpr qint64 FileSize = 300 * 1024;
const QString Password = QStringLiteral("s3cret-Proxy-Word");

ProxySettings manualProxy(const QUrl &url, const QString &user = {}, const QString &password = {})
{
    ProxySettings proxy;
    proxy.mode = ProxyMode::Manual;
    proxy.url = url;
    proxy.user = user;
    proxy.password = password;
    return proxy;
}

QString describe(const ItemResult &result)
{
    return stateName(result.state) + QStringLiteral(": ") + result.error.message;
}

// A loopback port with nothing listening on it.
quint16 deadPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

} // namespace

class tst_Proxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void manualProxyUrls_data();
    void manualProxyUrls();
    void httpProxyForwardsPlainHttp();
    void httpProxyTunnelsHttps();
    void httpProxyWithLogin();
    void socks5Tunnels_data();
    void socks5Tunnels();
    void wrongProxyLoginIsNotRetried_data();
    void wrongProxyLoginIsNotRetried();
    void refusedConnectIsTheProxys();
    void deadProxyPortSaysTheProxyRefused();
    void cliProxyFlagBeatsTheEnvironment();
    void cliNoProxyIgnoresTheEnvironment();
    void cliKeepsTheProxyPasswordOut();

private:
    // Runs `urls` with `proxy`; the results in list order.
    QVector<ItemResult> run(const QVector<QUrl> &urls, const ProxySettings &proxy, int retries = 0);
    QVector<QUrl> files(const QString &prefix, int count, bool https = false) const;
    void verifySaved(const QVector<ItemResult> &results) const;
    using Outcome = Test::CliOutcome;
    Outcome runCli(const QStringList &arguments, const QProcessEnvironment &environment);

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Proxy::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.startTls());
}

void tst_Proxy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.resetStats();
}

QVector<QUrl> tst_Proxy::files(const QString &prefix, int count, bool https) const
{
    QVector<QUrl> urls;
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("/files/%1-%2.bin?size=%3").arg(prefix).arg(i).arg(FileSize);
        urls << (https ? m_server.httpsUrl(path) : m_server.url(path));
    }
    return urls;
}

QVector<ItemResult> tst_Proxy::run(const QVector<QUrl> &urls, const ProxySettings &proxy, int retries)
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    EngineOptions options = engineOptions(m_dir->path(), 2);
    options.proxy = proxy;
    options.retries = retries;
    options.caCertificateFile = TestServer::certificateFile();
    QString error;
    if (!engine.start(jobsFor(urls), options, &error)) {
        qWarning() << error;
        return {};
    }
    if (!recorder.wait())
        return {};
    QVector<ItemResult> results;
    for (int i = 0; i < urls.size(); ++i)
        results << recorder.byId.value(quint64(i));
    return results;
}

// Each result is Done and its file holds exactly the server's bytes.
void tst_Proxy::verifySaved(const QVector<ItemResult> &results) const
{
    QVERIFY(!results.isEmpty());
    for (const ItemResult &result : results) {
        QVERIFY2(result.state == ItemState::Done, qPrintable(describe(result)));
        QCOMPARE(contentsOf(result.filePath),
                 GeneratedBody::bytes(0, FileSize, TestServer::seedForPath(result.url.path())));
    }
}

void tst_Proxy::manualProxyUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");      // empty: refused
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("error");    // a piece of the message when refused

    QTest::newRow("http") << "http://proxy.example:3128" << "http://proxy.example:3128" << "" << "" << "";
    QTest::newRow("bare host:port") << "proxy.example:3128" << "http://proxy.example:3128" << "" << "" << "";
    QTest::newRow("https default port") << "https://proxy.example" << "https://proxy.example:443" << "" << "" << "";
    QTest::newRow("socks5 default port") << "socks5://127.0.0.1" << "socks5://127.0.0.1:1080" << "" << "" << "";
    QTest::newRow("socks5h with login") << "socks5h://me:p%40ss@127.0.0.1:9050" << "socks5h://127.0.0.1:9050"
                                        << "me" << "p@ss" << "";
    QTest::newRow("socks4") << "socks4://127.0.0.1:1080" << "" << "" << "" << "socks4:// is not supported";
    QTest::newRow("ftp") << "ftp://proxy.example" << "" << "" << "" << "ftp:// is not supported";
    QTest::newRow("no host") << "http://" << "" << "" << "" << "needs a host";
    QTest::newRow("empty") << "  " << "" << "" << "" << "empty";
    QTest::newRow("path") << "http://proxy.example:3128/x" << "" << "" << "" << "no path";
}

void tst_Proxy::manualProxyUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, error);

    QString why;
    const auto parsed = ProxySettings::manual(text, &why);
    QCOMPARE(parsed.has_value(), !url.isEmpty());
    if (!parsed) {
        QVERIFY2(why.contains(error), qPrintable(why));
        return;
    }
    QCOMPARE(parsed->mode, ProxyMode::Manual);
    QCOMPARE(parsed->displayUrl(), url);
    QCOMPARE(parsed->user, user);
    QCOMPARE(parsed->password, password);
    QVERIFY(parsed->url.userInfo().isEmpty());
}

// A manual proxy takes loopback targets too: without that, these requests
// would go straight to the server and the proxy would see nothing.
void tst_Proxy::httpProxyForwardsPlainHttp()
{
    HttpTestProxy proxy;
    QVERIFY(proxy.start());
    const QVector<ItemResult> results = run(files(QStringLiteral("plain"), 3), manualProxy(proxy.url()));
    verifySaved(results);
    QCOMPARE(proxy.forwardCount(), 3);
    QCOMPARE(proxy.connectCount(), 0);
    const QString server = QStringLiteral("127.0.0.1:%1").arg(m_server.port());
    QCOMPARE(proxy.targets(), QStringList({server, server, server}));
    QCOMPARE(m_server.requestCount(), 3);
}

void tst_Proxy::httpProxyTunnelsHttps()
{
    HttpTestProxy proxy;
    QVERIFY(proxy.start());
    const QVector<ItemResult> results = run(files(QStringLiteral("tls"), 2, true), manualProxy(proxy.url()));
    verifySaved(results);
    QCOMPARE(proxy.forwardCount(), 0);
    QVERIFY(proxy.connectCount() >= 1); // a worker may reuse its tunnel
    const QString server = QStringLiteral("127.0.0.1:%1").arg(m_server.tlsPort());
    for (const QString &target : proxy.targets())
        QCOMPARE(target, server);
    QCOMPARE(m_server.requestCount(), 2);
}

void tst_Proxy::httpProxyWithLogin()
{
    HttpTestProxy proxy;
    proxy.setCredentials(QStringLiteral("fetcher"), Password);
    QVERIFY(proxy.start());
    const QVector<QUrl> urls = files(QStringLiteral("plain-login"), 2) + files(QStringLiteral("tls-login"), 1, true);
    verifySaved(run(urls, manualProxy(proxy.url(), QStringLiteral("fetcher"), Password)));
    QCOMPARE(proxy.refusalCount(), 0);
    QCOMPARE(proxy.forwardCount(), 2);
    QCOMPARE(proxy.connectCount(), 1);
}

void tst_Proxy::socks5Tunnels_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("login");

    QTest::newRow("socks5") << "socks5" << "127.0.0.1" << false;
    QTest::newRow("socks5 with login") << "socks5" << "127.0.0.1" << true;
    // The proxy resolves the name: a domain request, "localhost" included.
    QTest::newRow("socks5h by name") << "socks5h" << "localhost" << false;
}

void tst_Proxy::socks5Tunnels()
{
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(bool, login);

    Socks5TestProxy proxy;
    if (login)
        proxy.setCredentials(QStringLiteral("fetcher"), Password);
    QVERIFY(proxy.start());
    QUrl proxyUrl = proxy.url();
    proxyUrl.setScheme(scheme);
    QVector<QUrl> urls = files(QStringLiteral("socks"), 2);
    for (QUrl &url : urls)
        url.setHost(host);
    if (host == QLatin1String("127.0.0.1")) // the server's certificate names only 127.0.0.1
        urls += files(QStringLiteral("socks-tls"), 1, true);
    verifySaved(run(urls, login ? manualProxy(proxyUrl, QStringLiteral("fetcher"), Password) : manualProxy(proxyUrl)));
    QCOMPARE(proxy.refusalCount(), 0);
    QVERIFY(proxy.loginCount() == 0 || login);
    if (login)
        QVERIFY(proxy.loginCount() >= 1);
    QVERIFY(!proxy.targets().isEmpty());
    for (const QString &target : proxy.targets()) {
        QVERIFY2(target == QStringLiteral("%1:%2").arg(host).arg(m_server.port())
                         || target == QStringLiteral("%1:%2").arg(host).arg(m_server.tlsPort()),
                 qPrintable(target));
    }
    QCOMPARE(proxy.domainRequestCount() > 0, host == QLatin1String("localhost"));
    QCOMPARE(m_server.requestCount(), int(urls.size()));
}

void tst_Proxy::wrongProxyLoginIsNotRetried_data()
{
    QTest::addColumn<bool>("socks");
    QTest::addColumn<bool>("https");
    QTest::addColumn<int>("status");

    QTest::newRow("http proxy, plain http (407 response)") << false << false << 407;
    QTest::newRow("http proxy, CONNECT (407)") << false << true << 407;
    QTest::newRow("socks5 login") << true << false << 0;
}

void tst_Proxy::wrongProxyLoginIsNotRetried()
{
    QFETCH(bool, socks);
    QFETCH(bool, https);
    QFETCH(int, status);

    std::unique_ptr<LoopbackProxy> proxy;
    if (socks)
        proxy = std::make_unique<Socks5TestProxy>();
    else
        proxy = std::make_unique<HttpTestProxy>();
    proxy->setCredentials(QStringLiteral("fetcher"), Password);
    QVERIFY(proxy->start());
    const QString wrong = QStringLiteral("not-the-") + Password;
    const QVector<ItemResult> results = run(files(QStringLiteral("denied"), 1, https),
                                            manualProxy(proxy->url(), QStringLiteral("fetcher"), wrong), 3);
    QCOMPARE(results.size(), 1);
    const ItemResult &result = results.first();
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.kind, ErrorKind::Network);
    QCOMPARE(result.error.network, NetworkError::ProxyRejected);
    QCOMPARE(result.error.httpStatus, status);
    QVERIFY(!result.error.isTransient());
    QCOMPARE(result.attempts, 1); // retries were allowed: a wrong login is not worth another
    QVERIFY2(result.error.message.contains(QStringLiteral("proxy ") + proxy->url().toString()),
             qPrintable(result.error.message));
    QVERIFY2(result.error.message.contains(QLatin1String("user name or password")), qPrintable(result.error.message));
    QVERIFY(!result.error.message.contains(wrong));
    QCOMPARE(proxy->refusalCount(), 1);
    QCOMPARE(m_server.requestCount(), 0);
}

void tst_Proxy::refusedConnectIsTheProxys()
{
    HttpTestProxy proxy;
    proxy.setRefuseConnect(true);
    QVERIFY(proxy.start());
    const QVector<ItemResult> results = run(files(QStringLiteral("forbidden"), 1, true), manualProxy(proxy.url()), 3);
    QCOMPARE(results.size(), 1);
    const ItemResult &result = results.first();
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.network, NetworkError::ProxyRejected);
    QCOMPARE(result.error.httpStatus, 403);
    QCOMPARE(result.attempts, 1);
    QVERIFY2(result.error.message.contains(QStringLiteral("proxy %1 refused to open a tunnel to 127.0.0.1:%2")
                                                   .arg(proxy.url().toString())
                                                   .arg(m_server.tlsPort())),
             qPrintable(result.error.message));
    QCOMPARE(proxy.refusalCount(), 1);
    QCOMPARE(m_server.requestCount(), 0);
}

void tst_Proxy::deadProxyPortSaysTheProxyRefused()
{
    const quint16 port = deadPort();
    QVERIFY(port != 0);
    const QUrl proxyUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    const QVector<ItemResult> results = run(files(QStringLiteral("dead"), 1), manualProxy(proxyUrl));
    QCOMPARE(results.size(), 1);
    const ItemResult &result = results.first();
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.kind, ErrorKind::Network);
    QCOMPARE(result.error.network, NetworkError::ProxyFailed);
    QCOMPARE(result.error.message, QStringLiteral("proxy %1 refused the connection").arg(proxyUrl.toString()));
    QCOMPARE(m_server.requestCount(), 0);
}

tst_Proxy::Outcome tst_Proxy::runCli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return Test::runCli(arguments, {}, 120'000, environment);
}

// The environment's proxies, every spelling libcurl reads, at a dead port.
QProcessEnvironment deadEnvironmentProxy(quint16 port)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(port);
    for (const char *name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        environment.insert(QString::fromLatin1(name), dead);
    environment.remove(QStringLiteral("no_proxy"));
    environment.remove(QStringLiteral("NO_PROXY"));
    return environment;
}

void tst_Proxy::cliProxyFlagBeatsTheEnvironment()
{
    HttpTestProxy proxy;
    QVERIFY(proxy.start());
    const Outcome outcome = runCli({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--proxy"),
                                    proxy.url().toString(), files(QStringLiteral("cli-flag"), 1).first().toString()},
                                   deadEnvironmentProxy(deadPort()));
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QCOMPARE(proxy.forwardCount(), 1);
    QCOMPARE(m_server.requestCount(), 1);
}

// Loopback targets go direct in the default mode as well, so what this
// catches is a --no-proxy that does not run or that sends requests anywhere
// but straight to the server.
void tst_Proxy::cliNoProxyIgnoresTheEnvironment()
{
    const QUrl url = files(QStringLiteral("cli-direct"), 1).first();
    const Outcome outcome = runCli({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--no-proxy"), url.toString()},
                                   deadEnvironmentProxy(deadPort()));
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QCOMPARE(contentsOf(m_dir->filePath(QStringLiteral("cli-direct-0.bin"))),
             GeneratedBody::bytes(0, FileSize, TestServer::seedForPath(url.path())));
    QCOMPARE(m_server.requestCount(), 1);

    const Outcome both = runCli({QStringLiteral("--no-proxy"), QStringLiteral("--proxy"),
                                 QStringLiteral("http://127.0.0.1:1"), url.toString()},
                                QProcessEnvironment::systemEnvironment());
    QCOMPARE(both.exitCode, 2);
    QVERIFY2(both.err.contains(QLatin1String("--proxy and --no-proxy exclude each other")), qPrintable(both.err));
}

// Right and wrong logins, in the URL and with --proxy-user: the password is
// in neither the console's output nor the JSON report.
void tst_Proxy::cliKeepsTheProxyPasswordOut()
{
    HttpTestProxy proxy;
    proxy.setCredentials(QStringLiteral("fetcher"), Password);
    QVERIFY(proxy.start());
    const QString report = m_dir->filePath(QStringLiteral("report.json"));
    const QString inUrl = QStringLiteral("http://fetcher:%1@127.0.0.1:%2").arg(Password).arg(proxy.port());
    const Outcome good = runCli({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--verbose"), QStringLiteral("--proxy"),
                                 inUrl, QStringLiteral("--report"), report,
                                 files(QStringLiteral("cli-login"), 1).first().toString()},
                                QProcessEnvironment::systemEnvironment());
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    QCOMPARE(proxy.forwardCount(), 1);
    QVERIFY(!good.out.contains(Password) && !good.err.contains(Password));
    QVERIFY(!contentsOf(report).contains(Password.toUtf8()));

    const QString wrong = Password + QStringLiteral("-wrong");
    const Outcome bad = runCli({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--verbose"), QStringLiteral("--proxy"),
                                proxy.url().toString(), QStringLiteral("--proxy-user"), QStringLiteral("fetcher:") + wrong,
                                QStringLiteral("--report"), report, files(QStringLiteral("cli-wrong"), 1).first().toString()},
                               QProcessEnvironment::systemEnvironment());
    QCOMPARE(bad.exitCode, 1);
    const QString console = bad.out + bad.err;
    QVERIFY2(console.contains(QLatin1String("did not accept the user name or password")), qPrintable(console));
    QVERIFY(!bad.out.contains(Password) && !bad.err.contains(Password));
    const QByteArray json = contentsOf(report);
    QVERIFY(json.contains("proxy-rejected"));
    QVERIFY(!json.contains(Password.toUtf8()));
    QCOMPARE(proxy.refusalCount(), 1);

    const Outcome badScheme = runCli({QStringLiteral("--proxy"), QStringLiteral("socks4://127.0.0.1:1"),
                                      QStringLiteral("http://127.0.0.1:1/a")},
                                     QProcessEnvironment::systemEnvironment());
    QCOMPARE(badScheme.exitCode, 2);
    QVERIFY2(badScheme.err.contains(QLatin1String("socks4:// is not supported")), qPrintable(badScheme.err));
}

QTEST_GUILESS_MAIN(tst_Proxy)
#include "tst_proxy.moc"
