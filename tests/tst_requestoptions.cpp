// Request options against the real loopback server: the headers, cookies and
// logins it receives (HeaderLog), 401s, .netrc, redirects to another host,
// and fetchpool-cli keeping passwords out of what it prints and writes.
#include "clirun.h"
#include "cookiejar.h"
#include "downloadengine.h"
#include "enginetest.h"
#include "fetcher.h"
#include "logintable.h"
#include "pagefetch.h"
#include "sizeprobe.h"
#include "runrecorder.h"
#include "testserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

QByteArray encoded(const QUrl &url)
{
    return QUrl::toPercentEncoding(url.toString(QUrl::FullyEncoded));
}

} // namespace

class tst_RequestOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void userAgentDefault();
    void userAgentRefererAndHeaders();
    void itemHeadersOverrideTheRun();
    void cookiesOnlyWhereTheyMatch();
    void secureCookieOverHttps();
    void cookieFileErrors();
    void loginAnswersTheChallenge_data();
    void loginAnswersTheChallenge();
    void wrongPasswordFailsOnce();
    void noLoginNamesHostAndRealm();
    void netrcFile();
    void sameHostRedirectKeepsLogin();
    void otherHostRedirectDropsLogin_data();
    void otherHostRedirectDropsLogin();
    void loginTableOnlyForItsOrigin();
    void loginTableNotAcrossRedirect_data();
    void loginTableNotAcrossRedirect();
    void loginTableReachesItemsAddedToTheRun();
    void otherHostRedirectDropsSecretHeaders();
    void cliKeepsPasswordsOut();
    void cliLogsInWithNetrcFile();
    void cliUsageErrors_data();
    void cliUsageErrors();
    void pageFetchResolvesAgainstTheFinalUrl();
    void pageFetchSendsTheRunsCookies();
    void pageFetchSaysWhatWentWrong_data();
    void pageFetchSaysWhatWentWrong();
    void sizeProbeReportsSizesAndTypes();
    void sizeProbeIsBounded();
    void pageFetchStartedAgainReportsOnlyTheLastPage();

private:
    EngineOptions options() const { return engineOptions(m_dir->path(), 2); }
    QVector<ItemResult> run(const QVector<DownloadJob> &jobs, const EngineOptions &options);
    ItemResult runOne(const QUrl &url, const EngineOptions &options) { return run(jobsFor({url}), options).value(0); }
    QUrl withLogin(QUrl url, const QString &user, const QString &password) const;
    QUrl onLocalhost(const QString &pathAndQuery) const;
    QString writeFile(const QString &name, const QByteArray &contents) const;
    PageFetchResult fetchPage(const QUrl &page, const EngineOptions &options);

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_RequestOptions::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY(m_server.startTls());
}

void tst_RequestOptions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.resetStats();
}

QVector<ItemResult> tst_RequestOptions::run(const QVector<DownloadJob> &jobs, const EngineOptions &options)
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QString error;
    if (!engine.start(jobs, options, &error)) {
        qWarning() << error;
        return {};
    }
    if (!recorder.wait())
        return {};
    QVector<ItemResult> results;
    for (const DownloadJob &job : jobs)
        results << recorder.byId.value(job.id);
    return results;
}

QUrl tst_RequestOptions::withLogin(QUrl url, const QString &user, const QString &password) const
{
    url.setUserName(user);
    url.setPassword(password);
    return url;
}

// The same server under another host name: a different host to libcurl, the
// engine and cookies.
QUrl tst_RequestOptions::onLocalhost(const QString &pathAndQuery) const
{
    QUrl url = m_server.url(pathAndQuery);
    url.setHost(QStringLiteral("localhost"));
    return url;
}

QString tst_RequestOptions::writeFile(const QString &name, const QByteArray &contents) const
{
    const QString path = QDir(m_dir->path()).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}


void tst_RequestOptions::userAgentDefault()
{
    const ItemResult result = runOne(m_server.url(QStringLiteral("/files/ua/default.bin?size=100")), options());
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/ua/default.bin"), "user-agent"),
             QStringList{Fetcher::userAgent()});
    QVERIFY(Fetcher::userAgent().startsWith(QLatin1String("Fetchpool/")));
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/ua/default.bin"), "referer"), QStringList{QString()});
}

void tst_RequestOptions::userAgentRefererAndHeaders()
{
    EngineOptions options = this->options();
    options.userAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Fetchpool-test");
    options.referer = QStringLiteral("https://gallery.example/album/7");
    options.headers = {"X-Fetchpool-Test: one two", "Accept-Language: de-DE"};
    const ItemResult result = runOne(m_server.url(QStringLiteral("/files/ua/set.bin?size=100")), options);
    QCOMPARE(result.state, ItemState::Done);
    const QString path = QStringLiteral("/files/ua/set.bin");
    QCOMPARE(m_server.requestHeaders(path, "user-agent"), QStringList{options.userAgent});
    QCOMPARE(m_server.requestHeaders(path, "referer"), QStringList{options.referer});
    QCOMPARE(m_server.requestHeaders(path, "x-fetchpool-test"), QStringList{QStringLiteral("one two")});
    QCOMPARE(m_server.requestHeaders(path, "accept-language"), QStringList{QStringLiteral("de-DE")});
}

void tst_RequestOptions::itemHeadersOverrideTheRun()
{
    EngineOptions options = this->options();
    options.referer = QStringLiteral("https://run.example/");
    options.headers = {"X-Which: run", "X-Run-Only: yes"};
    auto own = std::make_shared<ItemHeaders>();
    own->referer = QStringLiteral("https://page.example/links.html");
    own->headers = {"x-which: item"};
    QVector<DownloadJob> jobs = jobsFor({m_server.url(QStringLiteral("/files/item/own.bin?size=10")),
                                         m_server.url(QStringLiteral("/files/item/run.bin?size=10"))});
    jobs[0].headers = own;
    const QVector<ItemResult> results = run(jobs, options);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].state, ItemState::Done);
    QCOMPARE(results[1].state, ItemState::Done);
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/item/own.bin"), "referer"), QStringList{own->referer});
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/item/own.bin"), "x-which"), QStringList{QStringLiteral("item")});
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/item/own.bin"), "x-run-only"), QStringList{QStringLiteral("yes")});
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/item/run.bin"), "referer"), QStringList{options.referer});
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/item/run.bin"), "x-which"), QStringList{QStringLiteral("run")});
}

void tst_RequestOptions::cookiesOnlyWhereTheyMatch()
{
    const QByteArray future = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 3600);
    const QByteArray cookies = "# Netscape HTTP Cookie File\n"
                               "\n"
                               "127.0.0.1\tFALSE\t/files/c/\tFALSE\t0\tpath\tyes\n"
                               "#HttpOnly_127.0.0.1\tFALSE\t/files\tFALSE\t" + future + "\tsession\tabc123\n"
                               "127.0.0.1\tFALSE\t/files/other\tFALSE\t0\totherpath\tno\n"
                               "127.0.0.1\tFALSE\t/files/c/a\tFALSE\t0\tprefixonly\tno\n"
                               "localhost\tFALSE\t/\tFALSE\t0\thostonly\tlocal\n"
                               ".0.0.1\tTRUE\t/\tFALSE\t0\taddresstail\tno\n"
                               "127.0.0.1\tFALSE\t/\tFALSE\t1\texpired\tno\n"
                               "127.0.0.1\tFALSE\t/\tTRUE\t0\tsecure\tno\n";
    QString error;
    const auto jar = CookieJar::parse(cookies, QStringLiteral("cookies.txt"), &error);
    QVERIFY2(jar, qPrintable(error));
    QCOMPARE(jar->cookies().size(), 8);
    QVERIFY(jar->cookies().at(1).httpOnly);

    EngineOptions options = this->options();
    options.cookies = std::make_shared<const CookieJar>(*jar);
    const QVector<ItemResult> results = run(jobsFor({m_server.url(QStringLiteral("/files/c/ab.bin?size=10")),
                                                     onLocalhost(QStringLiteral("/files/c/local.bin?size=10")),
                                                     m_server.url(QStringLiteral("/files/none.bin?size=10"))}),
                                            options);
    QCOMPARE(results.size(), 3);
    for (const ItemResult &result : results)
        QCOMPARE(result.state, ItemState::Done);
    // The longer path first; the other path, the prefix that is not a
    // segment, the other host, an address tail, expired and Secure: not sent.
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/c/ab.bin"), "cookie"),
             QStringList{QStringLiteral("path=yes; session=abc123")});
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/c/local.bin"), "cookie"),
             QStringList{QStringLiteral("hostonly=local")});
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/none.bin"), "cookie"),
             QStringList{QStringLiteral("session=abc123")});
}

void tst_RequestOptions::secureCookieOverHttps()
{
    QString error;
    const auto jar = CookieJar::parse("127.0.0.1\tFALSE\t/\tTRUE\t0\tsecure\tyes\n", QStringLiteral("c.txt"), &error);
    QVERIFY2(jar, qPrintable(error));
    EngineOptions options = this->options();
    options.cookies = std::make_shared<const CookieJar>(*jar);
    options.caCertificateFile = TestServer::certificateFile();
    const ItemResult result = runOne(m_server.httpsUrl(QStringLiteral("/files/tls/s.bin?size=10")), options);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/tls/s.bin"), "cookie"), QStringList{QStringLiteral("secure=yes")});
}

void tst_RequestOptions::cookieFileErrors()
{
    QString error;
    const QString missing = QDir(m_dir->path()).filePath(QStringLiteral("no-such-cookies.txt"));
    QVERIFY(!CookieJar::load(missing, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(missing)) && error.contains(QLatin1String("No such file")),
             qPrintable(error));

    const QString bad = writeFile(QStringLiteral("bad.txt"), "# comment\n127.0.0.1\tFALSE\t/\tFALSE\t0\tok\t1\n"
                                                             "127.0.0.1\tFALSE\t/\tFALSE\tsoon\tname\tv\n");
    QVERIFY(!CookieJar::load(bad, &error));
    QVERIFY2(error.contains(QLatin1String("line 3")) && error.contains(QLatin1String("soon")), qPrintable(error));
    QVERIFY(!CookieJar::parse("127.0.0.1 FALSE / FALSE 0 name value\n", QStringLiteral("x"), &error));
    QVERIFY2(error.contains(QLatin1String("line 1")), qPrintable(error));
}

void tst_RequestOptions::loginAnswersTheChallenge_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<bool>("inUrl");
    QTest::newRow("basic, URL") << QStringLiteral("basic") << true;
    QTest::newRow("basic, http-user") << QStringLiteral("basic") << false;
    QTest::newRow("digest, URL") << QStringLiteral("digest") << true;
    QTest::newRow("digest, http-user") << QStringLiteral("digest") << false;
}

void tst_RequestOptions::loginAnswersTheChallenge()
{
    QFETCH(QString, scheme);
    QFETCH(bool, inUrl);
    const QString path = QStringLiteral("/auth/%1/ann/pa55word/login.txt").arg(scheme);
    EngineOptions options = this->options();
    QUrl url = m_server.url(path);
    if (inUrl) {
        url = withLogin(url, QStringLiteral("ann"), QStringLiteral("pa55word"));
    } else {
        options.httpUser = QStringLiteral("ann");
        options.httpPassword = QStringLiteral("pa55word");
    }
    const ItemResult result = runOne(url, options);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(contentsOf(result.filePath), QByteArray("granted\n"));
    // libcurl asks without a login first, then answers the challenge.
    const QStringList sent = m_server.requestHeaders(path, "authorization");
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.first(), QString());
    QVERIFY2(sent.last().startsWith(scheme == QLatin1String("basic") ? QLatin1String("Basic ") : QLatin1String("Digest ")),
             qPrintable(sent.last()));
}

void tst_RequestOptions::wrongPasswordFailsOnce()
{
    EngineOptions options = this->options();
    options.retries = 3;
    options.httpUser = QStringLiteral("ann");
    options.httpPassword = QStringLiteral("wrong");
    const QString path = QStringLiteral("/auth/basic/ann/pa55word/wrong.txt");
    const ItemResult result = runOne(m_server.url(path + QStringLiteral("?realm=Family%20photos")), options);
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.kind, ErrorKind::Unauthorized);
    QCOMPARE(result.error.httpStatus, 401);
    QCOMPARE(result.error.realm, QStringLiteral("Family photos"));
    QCOMPARE(result.attempts, 1);
    QVERIFY2(result.error.message.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.port()))
                     && result.error.message.contains(QLatin1String("refused the login for \"Family photos\"")),
             qPrintable(result.error.message));
    QCOMPARE(m_server.requestCount(path), 2); // the probe and the one login: never again
    QCOMPARE(errorKindFromName(errorKindName(ErrorKind::Unauthorized)), ErrorKind::Unauthorized);
}

void tst_RequestOptions::noLoginNamesHostAndRealm()
{
    EngineOptions options = this->options();
    options.retries = 3;
    const QString path = QStringLiteral("/auth/digest/ann/pa55word/none.txt");
    const ItemResult result = runOne(m_server.url(path), options);
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.kind, ErrorKind::Unauthorized);
    QCOMPARE(result.error.realm, QStringLiteral("Fetchpool test"));
    QVERIFY2(result.error.message.contains(QLatin1String("asks for a login for \"Fetchpool test\"")),
             qPrintable(result.error.message));
    QCOMPARE(m_server.requestCount(path), 1);
    QVERIFY(!QFileInfo::exists(QDir(m_dir->path()).filePath(QStringLiteral("none.txt"))));
}

void tst_RequestOptions::netrcFile()
{
    const QString netrc = writeFile(QStringLiteral("netrc"), "machine other.example login x password y\n"
                                                             "machine 127.0.0.1\n  login ann\n  password pa55word\n");
    QVERIFY(!netrc.isEmpty());
    EngineOptions options = this->options();
    options.netrc = true;
    options.netrcFile = netrc;
    const QString path = QStringLiteral("/auth/basic/ann/pa55word/netrc.txt");
    ItemResult result = runOne(m_server.url(path), options);
    QCOMPARE(result.state, ItemState::Done);
    QVERIFY(m_server.requestHeaders(path, "authorization").last().startsWith(QLatin1String("Basic ")));

    // A wrong entry is refused like any login, once.
    const QString wrong = writeFile(QStringLiteral("netrc-wrong"), "machine 127.0.0.1 login ann password nope\n");
    options.netrcFile = wrong;
    options.retries = 2;
    const QString wrongPath = QStringLiteral("/auth/basic/ann/pa55word/netrc-wrong.txt");
    result = runOne(m_server.url(wrongPath), options);
    QCOMPARE(result.error.kind, ErrorKind::Unauthorized);
    QVERIFY2(result.error.message.contains(QLatin1String("refused")), qPrintable(result.error.message));
    QCOMPARE(m_server.requestCount(wrongPath), 2);
}

void tst_RequestOptions::sameHostRedirectKeepsLogin()
{
    const QUrl target = m_server.url(QStringLiteral("/auth/basic/ann/pa55word/target.txt"));
    const QUrl start = m_server.url(QStringLiteral("/auth/basic/ann/pa55word/start?to=") + QString::fromLatin1(encoded(target)));
    EngineOptions options = this->options();
    options.httpUser = QStringLiteral("ann");
    options.httpPassword = QStringLiteral("pa55word");
    const ItemResult result = runOne(start, options);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(result.finalUrl, target);
    QVERIFY(m_server.requestHeaders(QStringLiteral("/auth/basic/ann/pa55word/target.txt"), "authorization")
                    .last()
                    .startsWith(QLatin1String("Basic ")));
}

void tst_RequestOptions::otherHostRedirectDropsLogin_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("URL") << QStringLiteral("url");
    QTest::newRow("http-user") << QStringLiteral("http-user");
    QTest::newRow("netrc") << QStringLiteral("netrc");
}

void tst_RequestOptions::otherHostRedirectDropsLogin()
{
    QFETCH(QString, source);
    // The target asks for the same login on the other host: had it been
    // sent, the item would be Done.
    const QString targetPath = QStringLiteral("/auth/basic/ann/pa55word/elsewhere.txt");
    const QUrl target = onLocalhost(targetPath);
    QUrl start = m_server.url(QStringLiteral("/auth/basic/ann/pa55word/hop?to=") + QString::fromLatin1(encoded(target)));
    EngineOptions options = this->options();
    if (source == QLatin1String("url")) {
        start = withLogin(start, QStringLiteral("ann"), QStringLiteral("pa55word"));
    } else if (source == QLatin1String("http-user")) {
        options.httpUser = QStringLiteral("ann");
        options.httpPassword = QStringLiteral("pa55word");
    } else {
        options.netrc = true;
        options.netrcFile = writeFile(QStringLiteral("netrc"), "machine 127.0.0.1 login ann password pa55word\n"
                                                               "machine localhost login ann password pa55word\n");
    }
    const ItemResult result = runOne(start, options);
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.kind, ErrorKind::Unauthorized);
    QVERIFY2(result.error.message.contains(QStringLiteral("localhost:%1").arg(m_server.port()))
                     && result.error.message.contains(QLatin1String("none was given")),
             qPrintable(result.error.message));
    QVERIFY(m_server.requestHeaders(QStringLiteral("/auth/basic/ann/pa55word/hop"), "authorization")
                    .last()
                    .startsWith(QLatin1String("Basic ")));
    QCOMPARE(m_server.requestHeaders(targetPath, "authorization"), QStringList{QString()});
}

// The window's logins per origin: sent to the origin they were given for,
// and not to the same host under another name or on another port.
void tst_RequestOptions::loginTableOnlyForItsOrigin()
{
    TestServer other; // the same host, another port
    QVERIFY(other.start());
    const QString path = QStringLiteral("/auth/basic/ann/pa55word/table.txt");
    auto table = std::make_shared<LoginTable>();
    table->set(m_server.url(QStringLiteral("/")), Login{QStringLiteral("ann"), QStringLiteral("pa55word")});
    QVERIFY(table->find(m_server.url(QStringLiteral("/elsewhere/on/it"))).has_value());
    EngineOptions options = this->options();
    options.logins = table;
    const QVector<ItemResult> results = run(jobsFor({m_server.url(path), onLocalhost(path), other.url(path)}), options);
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[0].state, ItemState::Done);
    for (int i : {1, 2}) {
        QCOMPARE(results[i].state, ItemState::Failed);
        QCOMPARE(results[i].error.kind, ErrorKind::Unauthorized);
        QVERIFY2(!results[i].error.loginRefused && results[i].error.message.contains(QLatin1String("none was given")),
                 qPrintable(results[i].error.message));
    }
    // On the first server: the listed host's probe and login, and localhost's one probe without a login.
    const QStringList sent = m_server.requestHeaders(path, "authorization");
    QCOMPARE(sent.size(), 3);
    QCOMPARE(sent.count(QString()), 2);
    QCOMPARE(sent.filter(QStringLiteral("Basic ")).size(), 1);
    QCOMPARE(other.requestHeaders(path, "authorization"), QStringList{QString()});

    // A wrong one is refused once, and says a login was sent.
    table->set(m_server.url(QStringLiteral("/")), Login{QStringLiteral("ann"), QStringLiteral("wrong")});
    const QString wrongPath = QStringLiteral("/auth/basic/ann/pa55word/table-wrong.txt");
    const ItemResult wrong = runOne(m_server.url(wrongPath), options);
    QCOMPARE(wrong.error.kind, ErrorKind::Unauthorized);
    QVERIFY2(wrong.error.loginRefused && wrong.error.message.contains(QLatin1String("refused the login")),
             qPrintable(wrong.error.message));
    QCOMPARE(m_server.requestCount(wrongPath), 2);
}

void tst_RequestOptions::loginTableNotAcrossRedirect_data()
{
    QTest::addColumn<bool>("otherPort");
    QTest::newRow("other host") << false;
    QTest::newRow("other port") << true;
}

void tst_RequestOptions::loginTableNotAcrossRedirect()
{
    QFETCH(bool, otherPort);
    TestServer other;
    QVERIFY(other.start());
    // The target asks for the same login: had it been sent, the item would be Done.
    const QString targetPath = QStringLiteral("/auth/basic/ann/pa55word/table-elsewhere.txt");
    const QUrl target = otherPort ? other.url(targetPath) : onLocalhost(targetPath);
    const QString hopPath = QStringLiteral("/auth/basic/ann/pa55word/table-hop");
    const QUrl start = m_server.url(hopPath + QStringLiteral("?to=") + QString::fromLatin1(encoded(target)));
    auto table = std::make_shared<LoginTable>();
    table->set(start, Login{QStringLiteral("ann"), QStringLiteral("pa55word")});
    EngineOptions options = this->options();
    options.logins = table;
    const ItemResult result = runOne(start, options);
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.kind, ErrorKind::Unauthorized);
    QVERIFY2(result.error.message.contains(QLatin1String("none was given")), qPrintable(result.error.message));
    QVERIFY(m_server.requestHeaders(hopPath, "authorization").last().startsWith(QLatin1String("Basic ")));
    const TestServer &targetServer = otherPort ? other : m_server;
    QCOMPARE(targetServer.requestHeaders(targetPath, "authorization"), QStringList{QString()});
}

// A login set while a run goes on reaches the items added to it.
void tst_RequestOptions::loginTableReachesItemsAddedToTheRun()
{
    auto table = std::make_shared<LoginTable>();
    EngineOptions options = this->options();
    options.logins = table;
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QString error;
    // A slow item keeps the run going while the login is set.
    QVERIFY2(engine.start(jobsFor({m_server.url(QStringLiteral("/files/table-slow.bin?size=4000&latency=400"))}),
                          options, &error),
             qPrintable(error));
    const QString path = QStringLiteral("/auth/digest/ann/pa55word/table-live.txt");
    table->set(m_server.url(path), Login{QStringLiteral("ann"), QStringLiteral("pa55word")});
    QVERIFY(engine.enqueue({DownloadJob{7, m_server.url(path)}}));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.byId.value(7).state, ItemState::Done);
    QVERIFY(m_server.requestHeaders(path, "authorization").last().startsWith(QLatin1String("Digest ")));
}

void tst_RequestOptions::otherHostRedirectDropsSecretHeaders()
{
    const QUrl target = onLocalhost(QStringLiteral("/files/secret/after.bin?size=10"));
    const QUrl start = m_server.url(QStringLiteral("/redirect?to=") + QString::fromLatin1(encoded(target)));
    EngineOptions options = this->options();
    options.headers = {"Authorization: Bearer t0ken", "Cookie: sid=42", "X-Kept: yes"};
    const ItemResult result = runOne(start, options);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/redirect"), "authorization"), QStringList{QStringLiteral("Bearer t0ken")});
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/redirect"), "cookie"), QStringList{QStringLiteral("sid=42")});
    const QString after = QStringLiteral("/files/secret/after.bin");
    QCOMPARE(m_server.requestHeaders(after, "authorization"), QStringList{QString()});
    QCOMPARE(m_server.requestHeaders(after, "cookie"), QStringList{QString()});
    QCOMPARE(m_server.requestHeaders(after, "x-kept"), QStringList{QStringLiteral("yes")});
}

void tst_RequestOptions::cliKeepsPasswordsOut()
{
    const QString secret = QStringLiteral("Sup3rS3cretPw");
    const QString report = QDir(m_dir->path()).filePath(QStringLiteral("report.json"));
    const QUrl inUrl = withLogin(m_server.url(QStringLiteral("/auth/basic/ann/other/url.txt")), QStringLiteral("ann"), secret);
    const QUrl byFlag = m_server.url(QStringLiteral("/auth/digest/ann/other/flag.txt"));
    const CliOutcome outcome = runCli({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--verbose"),
                                       QStringLiteral("--report"), report, QStringLiteral("--http-user"),
                                       QStringLiteral("ann"), QStringLiteral("--http-password"), secret,
                                       inUrl.toString(QUrl::FullyEncoded), byFlag.toString(QUrl::FullyEncoded)});
    QCOMPARE(outcome.exitCode, 1);
    const QString console = outcome.out + outcome.err;
    QVERIFY2(console.contains(QLatin1String("refused the login")), qPrintable(console));
    QVERIFY2(!console.contains(secret), qPrintable(console));
    const QByteArray json = contentsOf(report);
    QVERIFY(json.contains("unauthorized"));
    QVERIFY(json.contains("url.txt") && json.contains("flag.txt"));
    QVERIFY(!json.contains(secret.toUtf8()));
    QCOMPARE(m_server.requestCount(QStringLiteral("/auth/basic/ann/other/url.txt")), 2);
    QCOMPARE(m_server.requestCount(QStringLiteral("/auth/digest/ann/other/flag.txt")), 2);
}

void tst_RequestOptions::cliLogsInWithNetrcFile()
{
    const QString netrc = writeFile(QStringLiteral("netrc"), "machine 127.0.0.1 login ann password pa55word\n");
    const QString cookies = writeFile(QStringLiteral("cookies.txt"), "127.0.0.1\tFALSE\t/\tFALSE\t0\tsid\tcli42\n");
    const QString folder = QDir(m_dir->path()).filePath(QStringLiteral("out"));
    const CliOutcome outcome = runCli({QStringLiteral("-d"), folder, QStringLiteral("--netrc-file"), netrc,
                                       QStringLiteral("--load-cookies"), cookies, QStringLiteral("--verbose"),
                                       QStringLiteral("--user-agent"), QStringLiteral("Agent/1"),
                                       QStringLiteral("--referer"), QStringLiteral("http://example.org/page"),
                                       QStringLiteral("--header"), QStringLiteral("X-One: 1"),
                                       QStringLiteral("--header"), QStringLiteral("X-Two: 2"),
                                       m_server.url(QStringLiteral("/auth/digest/ann/pa55word/cli.txt")).toString()});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QCOMPARE(contentsOf(QDir(folder).filePath(QStringLiteral("cli.txt"))), QByteArray("granted\n"));
    const QString path = QStringLiteral("/auth/digest/ann/pa55word/cli.txt");
    QCOMPARE(m_server.requestHeaders(path, "cookie").last(), QStringLiteral("sid=cli42"));
    QCOMPARE(m_server.requestHeaders(path, "user-agent").last(), QStringLiteral("Agent/1"));
    QCOMPARE(m_server.requestHeaders(path, "referer").last(), QStringLiteral("http://example.org/page"));
    QCOMPARE(m_server.requestHeaders(path, "x-one").last(), QStringLiteral("1"));
    QCOMPARE(m_server.requestHeaders(path, "x-two").last(), QStringLiteral("2"));
    // The cookie is not printed, even with --verbose.
    QVERIFY(!QString(outcome.out + outcome.err).contains(QLatin1String("cli42")));
}

void tst_RequestOptions::cliUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString missing = QStringLiteral("/nonexistent/fetchpool/cookies.txt");
    QTest::newRow("missing cookie file") << QStringList{QStringLiteral("--load-cookies"), missing}
                                         << QStringLiteral("cannot read the cookie file %1: No such file").arg(missing);
    QTest::newRow("malformed cookie line") << QStringList{QStringLiteral("--load-cookies"), QStringLiteral("@BAD@")}
                                           << QStringLiteral("line 2: a cookie line has 7 fields");
    QTest::newRow("header without colon") << QStringList{QStringLiteral("--header"), QStringLiteral("NoColon")}
                                          << QStringLiteral("--header takes 'Name: value'");
    QTest::newRow("missing netrc file") << QStringList{QStringLiteral("--netrc-file"), QStringLiteral("/nonexistent/netrc")}
                                        << QStringLiteral("--netrc-file: cannot read /nonexistent/netrc");
    QTest::newRow("password without user") << QStringList{QStringLiteral("--http-password"), QStringLiteral("x")}
                                           << QStringLiteral("--http-password only goes with --http-user");
    QTest::newRow("relative referer") << QStringList{QStringLiteral("--referer"), QStringLiteral("page.html")}
                                      << QStringLiteral("--referer takes an absolute URL");
}

void tst_RequestOptions::cliUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString bad = writeFile(QStringLiteral("bad-cookies.txt"), "# Netscape HTTP Cookie File\n127.0.0.1\tFALSE\t/\n");
    arguments.replaceInStrings(QStringLiteral("@BAD@"), bad);
    const QUrl url = m_server.url(QStringLiteral("/files/usage.bin?size=10"));
    const CliOutcome outcome = runCli(arguments << QStringLiteral("-d") << m_dir->path() << url.toString());
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    QCOMPARE(m_server.requestCount(), 0);
}


PageFetchResult tst_RequestOptions::fetchPage(const QUrl &page, const EngineOptions &options)
{
    QThreadPool pool;
    PageFetch fetch(pool);
    QSignalSpy finished(&fetch, &PageFetch::finished);
    fetch.start(page, options);
    if (!finished.wait(20'000))
        return {};
    return finished.first().first().value<PageFetchResult>();
}

void tst_RequestOptions::pageFetchResolvesAgainstTheFinalUrl()
{
    const PageFetchResult moved = fetchPage(m_server.url(QStringLiteral("/gallery/moved")), options());
    QVERIFY2(moved.ok(), qPrintable(moved.error));
    QCOMPARE(moved.finalUrl, m_server.url(QStringLiteral("/gallery/deep/moved.html")));
    QCOMPARE(moved.links.size(), 2);
    QCOMPARE(moved.links[0].url, m_server.url(QStringLiteral("/gallery/deep/here.png")));
    QCOMPARE(moved.links[0].text, QStringLiteral("Here"));
    QCOMPARE(moved.links[1].url, m_server.url(QStringLiteral("/image/up.png")));

    const PageFetchResult based = fetchPage(m_server.url(QStringLiteral("/gallery/based.html")), options());
    QVERIFY2(based.ok(), qPrintable(based.error));
    QStringList urls;
    for (const PageLink &link : based.links)
        urls << link.url.path();
    QCOMPARE(urls, (QStringList{QStringLiteral("/image/based/one.png"), QStringLiteral("/image/based/two.jpg"),
                                QStringLiteral("/image/root.png")}));

    const PageFetchResult page = fetchPage(m_server.url(QStringLiteral("/gallery/page.html")), options());
    QVERIFY2(page.ok(), qPrintable(page.error));
    QStringList paths;
    for (const PageLink &link : page.links)
        paths << link.url.path();
    QVERIFY(paths.contains(QStringLiteral("/image/sunset-1280.jpg")));
    QVERIFY(!paths.contains(QStringLiteral("/image/sunset-320.jpg"))); // srcset's largest stands in for src ...
    QCOMPARE(paths.count(QStringLiteral("/image/sunset-1280.jpg")), 1); // ... and a link to it is the same one
    QVERIFY(paths.contains(QStringLiteral("/image/og-cover.jpg")));
    QVERIFY(paths.contains(QStringLiteral("/image/tw-card.png")));
    QVERIFY(paths.contains(QStringLiteral("/image/backdrop.png")));
    QVERIFY(paths.contains(QStringLiteral("/gallery/tile.gif")));
    QVERIFY(paths.contains(QStringLiteral("/image/pic-1600.png")));
    QCOMPARE(paths.count(QStringLiteral("/image/pic-fallback.png")), 1);
    QVERIFY(!paths.contains(QStringLiteral("/image/commented-out.png")));
    QVERIFY(!paths.contains(QStringLiteral("/image/scripted.png")));
}

void tst_RequestOptions::pageFetchSendsTheRunsCookies()
{
    const QUrl page = m_server.url(QStringLiteral("/gallery/private.html"));
    const PageFetchResult without = fetchPage(page, options());
    QVERIFY(!without.ok());
    QVERIFY2(without.error.contains(QLatin1String("403")), qPrintable(without.error));

    QString error;
    const auto jar = CookieJar::parse("127.0.0.1\tFALSE\t/gallery/\tFALSE\t0\tgallery\tletmein\n",
                                      QStringLiteral("cookies.txt"), &error);
    QVERIFY2(jar, qPrintable(error));
    EngineOptions options = this->options();
    options.cookies = std::make_shared<const CookieJar>(*jar);
    options.userAgent = QStringLiteral("Fetchpool-page-test");
    const PageFetchResult with = fetchPage(page, options);
    QVERIFY2(with.ok(), qPrintable(with.error));
    QCOMPARE(with.links.size(), 2);
    QCOMPARE(with.links[1].url, m_server.url(QStringLiteral("/image/private-2.jpg")));
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/gallery/private.html"), "user-agent").last(), options.userAgent);
}

void tst_RequestOptions::pageFetchSaysWhatWentWrong_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("says");
    QTest::newRow("status") << QStringLiteral("/gallery/missing.html") << QStringLiteral("404");
    QTest::newRow("not a page") << QStringLiteral("/image/photo.png") << QStringLiteral("image/png");
    QTest::newRow("too large") << QStringLiteral("/gallery/large.html") << QStringLiteral("16.0 MiB");
}

void tst_RequestOptions::pageFetchSaysWhatWentWrong()
{
    QFETCH(QString, path);
    QFETCH(QString, says);
    const PageFetchResult result = fetchPage(m_server.url(path), options());
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(says), qPrintable(result.error));
    QVERIFY(result.links.isEmpty());
}

void tst_RequestOptions::sizeProbeReportsSizesAndTypes()
{
    const QUrl big = m_server.url(QStringLiteral("/files/g/big.jpg?size=600000&type=image/jpeg"));
    const QUrl small = m_server.url(QStringLiteral("/image/probe-small.png"));
    const QUrl noHead = m_server.url(QStringLiteral("/gallery/nohead.jpg"));
    const QUrl missing = m_server.url(QStringLiteral("/gallery/missing.png"));
    const QUrl page = m_server.url(QStringLiteral("/gallery/page.html"));
    SizeProbe probe;
    QSignalSpy probed(&probe, &SizeProbe::probed);
    QSignalSpy finished(&probe, &SizeProbe::finished);
    EngineOptions options = this->options();
    options.headers = {"X-Probe: yes"};
    probe.start({big, small, noHead, missing}, options, page, {small, big});
    QVERIFY(finished.wait(20'000));
    QHash<QUrl, ProbeResult> results;
    for (const auto &arguments : std::as_const(probed)) {
        const auto result = arguments.first().value<ProbeResult>();
        results.insert(result.url, result);
    }
    QCOMPARE(results.size(), 4);
    QCOMPARE(results[big].size, 600000);
    QCOMPARE(results[big].mimeType, QStringLiteral("image/jpeg"));
    QVERIFY(results[big].preview.isEmpty()); // larger than a preview
    QVERIFY(results[small].size > 0);
    QCOMPARE(results[small].mimeType, QStringLiteral("image/png"));
    QCOMPARE(results[small].preview.size(), results[small].size);
    QVERIFY(results[small].preview.startsWith("\x89PNG"));
    QCOMPARE(results[noHead].httpStatus, 405);
    QCOMPARE(results[noHead].size, -1);
    QCOMPARE(results[missing].httpStatus, 404);
    QCOMPARE(results[missing].size, -1);
    // The same request options as downloads, and the page as the Referer.
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/g/big.jpg"), "x-probe"), QStringList{QStringLiteral("yes")});
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/g/big.jpg"), "referer"), QStringList{page.toString()});
    QVERIFY(!probe.isRunning());
}

void tst_RequestOptions::sizeProbeIsBounded()
{
    QVector<QUrl> urls;
    for (int i = 0; i < 30; ++i)
        urls << m_server.url(QStringLiteral("/files/bound/f%1.bin?size=10").arg(i));
    SizeProbe probe;
    QSignalSpy probed(&probe, &SizeProbe::probed);
    QSignalSpy finished(&probe, &SizeProbe::finished);
    SizeProbe::Limits limits;
    limits.maxUrls = 7;
    limits.parallel = 3;
    probe.start(urls, options(), {}, {}, limits);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(probed.size(), 7);
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/bound/f7.bin"), "user-agent"), QStringList());

    // Out of time: what has not begun is not asked.
    QVector<QUrl> slow;
    for (int i = 0; i < 20; ++i)
        slow << m_server.url(QStringLiteral("/files/slow/f%1.bin?size=10&latency=300").arg(i));
    limits = {};
    limits.parallel = 2;
    limits.budgetMs = 500;
    probed.clear();
    finished.clear();
    probe.start(slow, options(), {}, {}, limits);
    QVERIFY(finished.wait(20'000));
    QVERIFY2(probed.size() < 10, qPrintable(QString::number(probed.size())));

    // Cancelled: nothing more arrives, and no finished().
    probed.clear();
    finished.clear();
    probe.start(slow, options(), {}, {}, {});
    probe.cancel();
    QVERIFY(!probe.isRunning());
    // A probe after it: only its own result and its own finished() arrive.
    const QUrl after = m_server.url(QStringLiteral("/files/bound/after.bin?size=10"));
    probe.start({after}, options(), {});
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(probed.size(), 1);
    QCOMPARE(probed.first().first().value<ProbeResult>().url, after);
}

// A second page asked for while the first is read: the first is given up,
// and only the second one's links arrive, once.
void tst_RequestOptions::pageFetchStartedAgainReportsOnlyTheLastPage()
{
    QThreadPool pool;
    PageFetch fetch(pool);
    QSignalSpy finished(&fetch, &PageFetch::finished);
    fetch.start(m_server.url(QStringLiteral("/gallery/page.html?latency=200")), options());
    fetch.start(m_server.url(QStringLiteral("/gallery/based.html")), options());
    QVERIFY(fetch.isRunning());
    QVERIFY(finished.wait(20'000));
    const auto result = finished.first().first().value<PageFetchResult>();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.finalUrl, m_server.url(QStringLiteral("/gallery/based.html")));
    QCOMPARE(result.links.size(), 3);
    // Nothing else follows: a page read after it reports once too.
    fetch.start(m_server.url(QStringLiteral("/gallery/deep/moved.html")), options());
    QVERIFY(finished.wait(20'000));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(finished.last().first().value<PageFetchResult>().links.size(), 2);
}

QTEST_GUILESS_MAIN(tst_RequestOptions)
#include "tst_requestoptions.moc"
