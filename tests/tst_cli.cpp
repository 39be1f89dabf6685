// fetchpool-cli as a user runs it: a real process against the in-process test server.
#include "clirun.h"
#include "testserver.h"
#include "urllistparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using Fetchpool::Test::TestServer;

namespace {

using Outcome = Fetchpool::Test::CliOutcome;

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void helpAndVersion();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void thousandFilesByteIdentical();
    void failuresAreListedAndExitOne();
    void rejectedLinesAreReported();
    void listFileArgumentThatIsMissing();
    void bareWebAddressIsTakenAsHttps();
    void readsStandardInput();
    void reportIsWritten();
    void failedUrlsAreExported();
    void urlPatternsExpandAndNameFiles();
    void urlPatternLimitsAndGlobOff();
    void existingFilesPolicy();
    void limitRateHoldsTheDownloadBack();
    void interruptCancelsCleanly_data();
    void interruptCancelsCleanly();
    void sweepPrintsTableAndWritesResults();
    void sweepSampleIsReproducible();
    void sweepOfOneUrlSaysSo();
    void sweepUsageErrors_data();
    void sweepUsageErrors();
    void csvAndMarkdownReports();
    void demoLoadsItsServerPlugin();
    void linksNoQtGui();
    void fromPageAcceptAndMinSize();
    void fromPageRejectsUnknownSizesWhenAsked();
    void fromPageThatFails();

private:
    Outcome run(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 120'000);
    QString writeList(const QStringList &lines);

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Cli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FETCHPOOL_CLI_PATH)));
    QVERIFY(m_server.start());
}

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.setLatency(0);
}

Outcome tst_Cli::run(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    return Fetchpool::Test::runCli(arguments, input, timeoutMs);
}

QString tst_Cli::writeList(const QStringList &lines)
{
    const QString path = m_dir->filePath(QStringLiteral("list.txt"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(lines.join(u'\n').toUtf8());
    return path;
}

// --export-failed: what failed, for a later -i, in the format the file's
// name asks for; the good URL and the login stay out.
void tst_Cli::failedUrlsAreExported()
{
    const QUrl good = m_server.url(QStringLiteral("/files/export/ok.bin?size=100"));
    const QUrl gone = m_server.url(QStringLiteral("/files/export/gone.bin?status=404"));
    QUrl locked = m_server.url(QStringLiteral("/files/export/locked.bin?status=500"));
    locked.setUserInfo(QStringLiteral("me:s3cr3t-pass"));
    const QString list = writeList({good.toString(), gone.toString(), QStringLiteral("  out=renamed.bin"),
                                    QStringLiteral("  checksum=md5=0123456789abcdef0123456789abcdef"),
                                    locked.toString(QUrl::FullyEncoded)});
    const QString aria2 = m_dir->filePath(QStringLiteral("retry.aria2"));
    const Outcome outcome = run({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--retries"), QStringLiteral("0"),
                                 QStringLiteral("-i"), list, QStringLiteral("--export-failed"), aria2});
    QCOMPARE(outcome.exitCode, 1); // some failed
    QVERIFY2(outcome.out.contains(QStringLiteral("2 failed URLs written to %1").arg(aria2)), qPrintable(outcome.out));
    QFile file(aria2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains("s3cr3t"));
    QVERIFY(!written.contains("ok.bin"));
    QString error;
    const auto retry = Fetchpool::UrlListParser().parseFile(aria2, &error);
    QVERIFY2(retry, qPrintable(error));
    QUrl lockedWithoutLogin = locked;
    lockedWithoutLogin.setUserInfo({});
    QCOMPARE(QSet<QUrl>(retry->urls.cbegin(), retry->urls.cend()), QSet<QUrl>({gone, lockedWithoutLogin}));
    QCOMPARE(retry->itemOptions.value(gone).outName, QStringLiteral("renamed.bin"));
    QCOMPARE(retry->itemOptions.value(gone).checksum.hex, QByteArray("0123456789abcdef0123456789abcdef"));

    // Nothing failed: the file is there, and empty.
    const QString plain = m_dir->filePath(QStringLiteral("none-failed.txt"));
    const Outcome clean = run({QStringLiteral("-d"), m_dir->path(), good.toString(), QStringLiteral("--export-failed"), plain});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(QFileInfo::exists(plain));
    QCOMPARE(QFileInfo(plain).size(), 0);
}

// `[08-10]` and `{a,b}` in arguments and lists, named by --output-pattern.
void tst_Cli::urlPatternsExpandAndNameFiles()
{
    const QString base = m_server.url(QStringLiteral("/files/glob/")).toString();
    const QString list = writeList({base + QStringLiteral("{a,b}.bin?size=7")});
    const Outcome outcome = run({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--output-pattern"),
                                 QStringLiteral("photo_#1.bin"), base + QStringLiteral("img[08-10].bin?size=5"),
                                 QStringLiteral("-i"), list});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    for (const char *name : {"photo_08.bin", "photo_09.bin", "photo_10.bin"})
        QCOMPARE(QFileInfo(m_dir->filePath(QString::fromLatin1(name))).size(), 5);
    for (const char *name : {"photo_a.bin", "photo_b.bin"})
        QCOMPARE(QFileInfo(m_dir->filePath(QString::fromLatin1(name))).size(), 7);
    QVERIFY2(outcome.out.contains(QStringLiteral("5 done")), qPrintable(outcome.out));
}

void tst_Cli::urlPatternLimitsAndGlobOff()
{
    const QString base = m_server.url(QStringLiteral("/files/glob/")).toString();
    const QString pattern = base + QStringLiteral("many[1-3].bin?size=4");
    // Over the limit: nothing of the pattern is fetched, and the note says how.
    const Outcome limited = run({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--max-expand"), QStringLiteral("2"),
                                 pattern, base + QStringLiteral("one.bin?size=4")});
    QCOMPARE(limited.exitCode, 1);
    QVERIFY2(limited.err.contains(QStringLiteral("argument 1: the pattern stands for 3 URLs, more than the 2")),
             qPrintable(limited.err));
    QVERIFY2(limited.err.contains(QStringLiteral("--max-expand 3")), qPrintable(limited.err));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("one.bin"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("many1.bin"))));
    const Outcome raised = run({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--max-expand"), QStringLiteral("3"), pattern});
    QVERIFY2(raised.exitCode == 0, qPrintable(raised.err));
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("many3.bin"))));

    // A malformed pattern: its column, and the way out.
    const Outcome malformed = run({QStringLiteral("-d"), m_dir->path(), base + QStringLiteral("b[1].bin?size=3")});
    QCOMPARE(malformed.exitCode, 2); // no usable URL
    QVERIFY2(malformed.err.contains(QStringLiteral("malformed URL pattern at column %1").arg(base.size() + 2)),
             qPrintable(malformed.err));
    QVERIFY2(malformed.err.contains(QStringLiteral("--globoff")), qPrintable(malformed.err));
    const Outcome literal = run({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--globoff"),
                                 base + QStringLiteral("b[1].bin?size=3")});
    QVERIFY2(literal.exitCode == 0, qPrintable(literal.err));
    QCOMPARE(QFileInfo(m_dir->filePath(QStringLiteral("b[1].bin"))).size(), 3);
}

void tst_Cli::helpAndVersion()
{
    const Outcome help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--sequential")));
    QVERIFY(help.out.contains(QStringLiteral("--max-per-host")));
    QVERIFY(help.out.contains(QStringLiteral("--limit-rate <RATE>")));
    const Outcome version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(QStringLiteral(FETCHPOOL_VERSION)));
}

void tst_Cli::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no urls") << QStringList() << "no URLs given";
    QTest::newRow("zero workers") << QStringList{"-j", "0", "http://127.0.0.1/x"} << "-j";
    QTest::newRow("too many workers") << QStringList{"-j", "257", "http://127.0.0.1/x"} << "1 to 256";
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << "frobnicate";
    QTest::newRow("missing list") << QStringList{"-i", "/nonexistent/list.txt"} << "/nonexistent/list.txt";
    QTest::newRow("sequential and jobs") << QStringList{"--sequential", "-j", "4", "http://127.0.0.1/x"}
                                         << "exclude";
    QTest::newRow("demo count without demo") << QStringList{"--demo-count", "5", "http://127.0.0.1/x"}
                                             << "--demo-count";
    QTest::newRow("demo count zero") << QStringList{"--demo", "--demo-count", "0"} << "1 to 1000";
    QTest::newRow("existing overwrite") << QStringList{"--existing", "overwrite", "http://127.0.0.1/x"}
                                        << "--existing takes rename, skip or update, not 'overwrite'";
    QTest::newRow("limit rate unit") << QStringList{"--limit-rate", "2X", "http://127.0.0.1/x"} << "--limit-rate";
    QTest::newRow("limit rate words") << QStringList{"--limit-rate", "fast", "http://127.0.0.1/x"} << "'fast'";
    QTest::newRow("limit rate negative") << QStringList{"--limit-rate=-5K", "http://127.0.0.1/x"} << "--limit-rate";
    QTest::newRow("limit rate missing") << QStringList{"http://127.0.0.1/x", "--limit-rate"} << "limit-rate";
    QTest::newRow("max expand zero") << QStringList{"--max-expand", "0", "http://127.0.0.1/x"} << "--max-expand";
    QTest::newRow("output pattern without #") << QStringList{"--output-pattern", "a.jpg", "http://127.0.0.1/[1-2]"}
                                              << "needs #1";
    QTest::newRow("output pattern and globoff")
            << QStringList{"--globoff", "--output-pattern", "a#1.jpg", "http://127.0.0.1/x"} << "--globoff";
    QTest::newRow("accept without from-page") << QStringList{"--accept", "jpg", "http://127.0.0.1/x"}
                                              << "--accept only goes with --from-page";
    QTest::newRow("min size without from-page") << QStringList{"--min-size", "20K", "http://127.0.0.1/x"}
                                                << "--min-size only goes with --from-page";
    QTest::newRow("from-page and urls") << QStringList{"--from-page", "http://127.0.0.1/p", "http://127.0.0.1/x"}
                                        << "--from-page takes its URLs from the page";
    QTest::newRow("from-page not http") << QStringList{"--from-page", "ftp://127.0.0.1/p"} << "ftp";
    QTest::newRow("min size unit") << QStringList{"--from-page", "http://127.0.0.1/p", "--min-size", "20X"}
                                   << "--min-size takes a size";
    QTest::newRow("reject unknown without min size")
            << QStringList{"--from-page", "http://127.0.0.1/p", "--reject-unknown-size"} << "only goes with --min-size";
    QTest::newRow("engine not aria2") << QStringList{"--engine", "http://127.0.0.1:6800", "http://127.0.0.1/x"}
                                      << "not an aria2 endpoint";
    QTest::newRow("engine without port") << QStringList{"--engine", "aria2://127.0.0.1", "http://127.0.0.1/x"}
                                         << "no port";
    QTest::newRow("engine-insecure alone") << QStringList{"--engine-insecure", "http://127.0.0.1/x"}
                                           << "--engine-insecure only goes with --engine";
    QTest::newRow("engine and sweep")
            << QStringList{"--engine", "aria2://127.0.0.1:6800", "--sweep", "1,2", "http://127.0.0.1/x"}
            << "without --demo and --sweep";
    QTest::newRow("engine and existing skip")
            << QStringList{"--engine", "aria2://127.0.0.1:6800", "--existing", "skip", "http://127.0.0.1/x"}
            << "not available with --engine";
}

void tst_Cli::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
}

void tst_Cli::thousandFilesByteIdentical()
{
    QStringList lines;
    for (int i = 0; i < 1000; ++i)
        lines << m_server.url(QStringLiteral("/files/t/f%1.bin?size=16384").arg(i, 4, 10, QLatin1Char('0'))).toString();
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const Outcome outcome = run({QStringLiteral("-j"), QStringLiteral("32"), QStringLiteral("-i"),
                                 writeList(lines), QStringLiteral("-d"), out});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QVERIFY2(outcome.out.contains(QStringLiteral("1000 done, 0 failed, 0 cancelled")), qPrintable(outcome.out));
    QVERIFY2(outcome.err.isEmpty(), "no progress noise when stderr is not a terminal");
    const QStringList files = QDir(out).entryList(QDir::Files);
    QCOMPARE(files.size(), 1000);
    for (int i = 0; i < 1000; ++i) {
        const QString name = QStringLiteral("f%1.bin").arg(i, 4, 10, QLatin1Char('0'));
        QFile file(QDir(out).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), TestServer::body(16384, TestServer::seedForPath(QStringLiteral("/files/t/") + name)));
    }
}

void tst_Cli::failuresAreListedAndExitOne()
{
    const Outcome outcome = run({QStringLiteral("-d"), m_dir->path(), QStringLiteral("--retries"), QStringLiteral("1"),
                                 m_server.url(QStringLiteral("/files/ok.bin?size=10")).toString(),
                                 m_server.url(QStringLiteral("/files/nope.bin?status=404")).toString(),
                                 m_server.url(QStringLiteral("/files/busy.bin?fail=9&failstatus=503")).toString()});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QStringLiteral("nope.bin")) && outcome.err.contains(QStringLiteral("HTTP 404")),
             qPrintable(outcome.err));
    // A failure after a retry says how many attempts it took, and how long.
    QVERIFY2(outcome.err.contains(QStringLiteral("busy.bin?fail=9&failstatus=503: HTTP 503"))
                     && outcome.err.contains(QStringLiteral(", after 2 attempts in ")),
             qPrintable(outcome.err));
    QVERIFY(outcome.out.contains(QStringLiteral("1 done, 2 failed")));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("ok.bin")});
}

void tst_Cli::rejectedLinesAreReported()
{
    const QString list = writeList({QStringLiteral("# my list"),
                                    m_server.url(QStringLiteral("/files/a.bin?size=5")).toString(),
                                    QStringLiteral("ftp://127.0.0.1/file.bin"),
                                    QStringLiteral("not a url")});
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const Outcome outcome = run({QStringLiteral("-i"), list, QStringLiteral("-d"), out});
    QCOMPARE(outcome.exitCode, 1);
    QVERIFY2(outcome.err.contains(QStringLiteral("list.txt:3:")) && outcome.err.contains(QStringLiteral("ftp")),
             qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(QStringLiteral("list.txt:4:")), qPrintable(outcome.err));
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{QStringLiteral("a.bin")});
}

// A list given without -i, or one that is not there: the message says what
// is wrong with the file rather than that it is no URL.
void tst_Cli::listFileArgumentThatIsMissing()
{
    const QString missing = m_dir->filePath(QStringLiteral("nope.txt"));
    const Outcome argument = run({QStringLiteral("-d"), m_dir->path(), missing});
    QCOMPARE(argument.exitCode, 2); // nothing usable left
    QVERIFY2(argument.err.contains(QStringLiteral("file not found: %1").arg(missing)), qPrintable(argument.err));
    QVERIFY2(!argument.err.contains(QStringLiteral("absolute URL")), qPrintable(argument.err));

    const Outcome relative = run({QStringLiteral("-d"), m_dir->path(), QStringLiteral("urls.txt")});
    QVERIFY2(relative.err.contains(QStringLiteral("file not found: urls.txt")), qPrintable(relative.err));

    const Outcome listed = run({QStringLiteral("-d"), m_dir->path(), QStringLiteral("-i"), missing});
    QCOMPARE(listed.exitCode, 2);
    QVERIFY2(listed.err.contains(QStringLiteral("file not found: %1").arg(missing)), qPrintable(listed.err));

    const QString present = writeList({m_server.url(QStringLiteral("/files/a.bin?size=5")).toString()});
    const Outcome file = run({QStringLiteral("-d"), m_dir->path(), present});
    QVERIFY2(file.err.contains(QStringLiteral("-i %1").arg(present)), qPrintable(file.err));

    const Outcome tooLong = run({QStringLiteral("-d"), m_dir->path(),
                                 QStringLiteral("http://127.0.0.1/") + QString(9000, QLatin1Char('a'))});
    QCOMPARE(tooLong.exitCode, 2);
    QVERIFY2(tooLong.err.contains(QStringLiteral("argument 1: longer than 8192 characters")), qPrintable(tooLong.err));
}

// A .invalid host never resolves, so nothing leaves the machine.
void tst_Cli::bareWebAddressIsTakenAsHttps()
{
    const Outcome outcome = run({QStringLiteral("-d"), m_dir->path(), QStringLiteral("www.example.invalid/a.jpg"),
                                 QStringLiteral("www.example.invalid/b.jpg")});
    QVERIFY2(outcome.err.contains(QStringLiteral("2 URLs without a scheme were taken as https://")), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(QStringLiteral("https://www.example.invalid/a.jpg")), qPrintable(outcome.err));
}

void tst_Cli::readsStandardInput()
{
    const QByteArray input = m_server.url(QStringLiteral("/files/in1.bin?size=3")).toEncoded() + '\n'
            + m_server.url(QStringLiteral("/files/in2.bin?size=4")).toEncoded() + '\n';
    const Outcome outcome = run({QStringLiteral("--sequential"), QStringLiteral("-i"), QStringLiteral("-"),
                                 QStringLiteral("-d"), m_dir->path()},
                                input);
    QCOMPARE(outcome.exitCode, 0);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             (QStringList{QStringLiteral("in1.bin"), QStringLiteral("in2.bin")}));
}

// The limit reaches the engine: 1.5 MiB at 512 KiB/s cannot take less than
// about three seconds (the loopback server alone sends it in milliseconds),
// and the file is intact. The rate itself is measured in tst_ratelimit.
void tst_Cli::limitRateHoldsTheDownloadBack()
{
    const QString report = m_dir->filePath(QStringLiteral("report.json"));
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const qint64 size = 3 * 512 * 1024;
    const Outcome outcome = run({QStringLiteral("--limit-rate"), QStringLiteral("512K"), QStringLiteral("-d"), out,
                                 QStringLiteral("--report"), report,
                                 m_server.url(QStringLiteral("/files/limited.bin?size=%1").arg(size)).toString()});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 wallUs = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("wallUs")).toInteger();
    QVERIFY2(wallUs >= 2'000'000, qPrintable(QString::number(wallUs)));
    QFile saved(QDir(out).filePath(QStringLiteral("limited.bin")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), TestServer::body(size, TestServer::seedForPath(QStringLiteral("/files/limited.bin"))));
}

void tst_Cli::reportIsWritten()
{
    const QString report = m_dir->filePath(QStringLiteral("report.json"));
    const QString out = m_dir->filePath(QStringLiteral("out"));
    const Outcome outcome = run({QStringLiteral("-j"), QStringLiteral("4"), QStringLiteral("-d"), out,
                                 QStringLiteral("--report"), report,
                                 m_server.url(QStringLiteral("/files/r1.bin?size=100")).toString(),
                                 m_server.url(QStringLiteral("/files/r2.bin?status=500")).toString(),
                                 QStringLiteral("--retries"), QStringLiteral("0")});
    QCOMPARE(outcome.exitCode, 1);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("workers")).toInt(), 4);
    QCOMPARE(json.value(QStringLiteral("done")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 1);
    QVERIFY(json.value(QStringLiteral("wallUs")).toInteger() > 0);
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("httpStatus")).toInt(), 500);
}

// --existing: skip and update say what they did per item and in the
// summary, and the JSON and CSV reports keep it.
void tst_Cli::existingFilesPolicy()
{
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QStringList urls;
    for (int i = 0; i < 3; ++i)
        urls << m_server.url(QStringLiteral("/files/ex/e%1.bin?size=700&etag=1").arg(i)).toString();
    const QStringList base{QStringLiteral("-d"), out, QStringLiteral("-j"), QStringLiteral("2")};
    QCOMPARE(run(base + urls).exitCode, 0);
    m_server.resetStats();

    const QString report = m_dir->filePath(QStringLiteral("skip.json"));
    const QString csv = m_dir->filePath(QStringLiteral("skip.csv"));
    const Outcome skip = run(base + QStringList{QStringLiteral("--existing"), QStringLiteral("skip"),
                                                QStringLiteral("--report"), report, QStringLiteral("--report-csv"), csv}
                             + urls);
    QCOMPARE(skip.exitCode, 0);
    QVERIFY2(skip.out.contains(QStringLiteral("3 done (3 skipped: file exists), 0 failed")), qPrintable(skip.out));
    QCOMPARE(skip.out.count(QStringLiteral("skipped: http://")), 3);
    QVERIFY2(skip.out.contains(QStringLiteral("e1.bin exists")), qPrintable(skip.out));
    QCOMPARE(m_server.requestCount(), 0);
    QFile json(report);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray items = QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    for (const QJsonValue &item : items)
        QCOMPARE(item.toObject().value(QStringLiteral("existing")).toString(), QStringLiteral("skipped"));
    QFile table(csv);
    QVERIFY(table.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = table.readAll().trimmed().split('\n');
    QVERIFY2(rows.first().trimmed().endsWith(",existing,verified,servedBy"), rows.first().constData());
    // Skipped: not verified, and nothing served it.
    QVERIFY2(rows.at(1).trimmed().endsWith(",skipped,,"), rows.at(1).constData());

    const Outcome update = run(base + QStringList{QStringLiteral("--existing"), QStringLiteral("update")} + urls);
    QCOMPARE(update.exitCode, 0);
    QVERIFY2(update.out.contains(QStringLiteral("3 done (3 unchanged), 0 failed")), qPrintable(update.out));
    QCOMPARE(update.out.count(QStringLiteral("unchanged: http://")), 3);
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/files/ex/e0.bin"), "if-none-match").size(), 1);
    QVERIFY(!m_server.requestHeaders(QStringLiteral("/files/ex/e0.bin"), "if-none-match").first().isEmpty());

    const Outcome rename = run(base + QStringList{QStringLiteral("--existing"), QStringLiteral("rename")} + urls);
    QCOMPARE(rename.exitCode, 0);
    QVERIFY2(rename.out.contains(QStringLiteral("3 done, 0 failed")), qPrintable(rename.out));
    QVERIFY(QFileInfo::exists(QDir(out).filePath(QStringLiteral("e0 (1).bin"))));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 6);
}

void tst_Cli::interruptCancelsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
    QTest::newRow("SIGTERM (kill)") << int(SIGTERM);
}

void tst_Cli::interruptCancelsCleanly()
{
    QFETCH(int, signalNumber);
    QStringList lines;
    for (int i = 0; i < 40; ++i)
        lines << m_server.url(QStringLiteral("/files/int/i%1.bin?size=1000000&stall=20000").arg(i)).toString();
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QProcess process;
    const int before = m_server.requestCount();
    process.start(QStringLiteral(FETCHPOOL_CLI_PATH),
                  {QStringLiteral("-j"), QStringLiteral("8"), QStringLiteral("-i"), writeList(lines),
                   QStringLiteral("-d"), out});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount() - before >= 8, 20'000);
    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(process.readAllStandardOutput().contains("40 cancelled"));
    QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void tst_Cli::sweepPrintsTableAndWritesResults()
{
    QStringList lines;
    for (int i = 0; i < 16; ++i)
        lines << m_server.url(QStringLiteral("/files/sweep/s%1.bin?size=4096&latency=80").arg(i)).toString();
    const QString csvPath = m_dir->filePath(QStringLiteral("sweep.csv"));
    const QString jsonPath = m_dir->filePath(QStringLiteral("sweep.json"));
    const QString scratchParent = m_dir->filePath(QStringLiteral("scratch"));
    m_server.resetStats();
    const Outcome outcome = run({QStringLiteral("--sweep"), QStringLiteral("1,2,4,8"), QStringLiteral("-i"),
                                 writeList(lines), QStringLiteral("-d"), scratchParent, QStringLiteral("--sweep-csv"),
                                 csvPath, QStringLiteral("--sweep-json"), jsonPath});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err + outcome.out));
    QVERIFY2(outcome.out.contains(QStringLiteral("Measuring 16 URLs at 4 worker counts.")), qPrintable(outcome.out));
    QVERIFY2(outcome.out.contains(QStringLiteral("workers")) && outcome.out.contains(QStringLiteral("speed-up")),
             qPrintable(outcome.out));
    // One table row per count: the count, a wall time, a speed-up, no failures.
    for (const char *count : {"1", "2", "4", "8"}) {
        const QRegularExpression row(QStringLiteral("^\\s*%1\\s+\\d+(\\.\\d+)? m?s\\s+\\d+\\.\\d\\d×\\s+0$")
                                             .arg(QLatin1String(count)),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(row.match(outcome.out).hasMatch(), qPrintable(QStringLiteral("no row for %1 in:\n%2").arg(QLatin1String(count), outcome.out)));
    }
    QVERIFY2(outcome.out.contains(QStringLiteral("Recommended: ")), qPrintable(outcome.out));
    // The scratch folder is removed; its parent stays, empty.
    QCOMPARE(QDir(scratchParent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> csvLines = csv.readAll().trimmed().split('\n');
    QCOMPARE(csvLines.size(), 5);
    QVERIFY(csvLines.at(0).startsWith("workers,wallUs,speedUp"));
    QVERIFY(csvLines.at(4).startsWith("8,"));

    QFile jsonFile(jsonPath);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 4);
    for (const QJsonValue &step : steps)
        QCOMPARE(step.toObject().value(QStringLiteral("done")).toInt(), 16);
    // The speed-up is the first step's wall time over the step's own.
    const QJsonObject one = steps.at(0).toObject();
    const QJsonObject eight = steps.at(3).toObject();
    QCOMPARE(eight.value(QStringLiteral("speedUp")).toDouble(),
             double(one.value(QStringLiteral("wallUs")).toInteger()) / double(eight.value(QStringLiteral("wallUs")).toInteger()));
    const int recommended = json.value(QStringLiteral("recommendedWorkers")).toInt();
    QVERIFY2(QVector<int>({1, 2, 4, 8}).contains(recommended), qPrintable(QString::number(recommended)));
    QVERIFY(outcome.out.contains(QStringLiteral("Recommended: %1 worker").arg(recommended))); // or "workers"

    // Each step fetched every file, and the eight-worker step had more than
    // half its workers waiting at the server together (80 ms each), never
    // more than eight: the counts really reached the engine.
    for (int i = 0; i < 16; ++i)
        QCOMPARE(m_server.requestCount(QStringLiteral("/files/sweep/s%1.bin").arg(i)), 4);
    QVERIFY2(m_server.peakConcurrentRequests() > 4 && m_server.peakConcurrentRequests() <= 8,
             qPrintable(QString::number(m_server.peakConcurrentRequests())));
}

void tst_Cli::sweepOfOneUrlSaysSo()
{
    const QString url = m_server.url(QStringLiteral("/files/sweep/one.bin?size=64")).toString();
    const Outcome outcome = run({QStringLiteral("--sweep"), QStringLiteral("1"), QStringLiteral("-d"),
                                 m_dir->filePath(QStringLiteral("one")), url});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err + outcome.out));
    QVERIFY2(outcome.out.contains(QStringLiteral("Measuring 1 URL at 1 worker count.")), qPrintable(outcome.out));
}

void tst_Cli::sweepSampleIsReproducible()
{
    QStringList lines;
    for (int i = 0; i < 30; ++i)
        lines << m_server.url(QStringLiteral("/files/sample/s%1.bin?size=100").arg(i)).toString();
    const QString list = writeList(lines);
    auto sampledPaths = [&](const QString &seed) {
        m_server.resetStats();
        const Outcome outcome = run({QStringLiteral("--sweep"), QStringLiteral("1"), QStringLiteral("--sample"),
                                     QStringLiteral("5"), QStringLiteral("--seed"), seed, QStringLiteral("-i"), list,
                                     QStringLiteral("-d"), m_dir->path()});
        QStringList fetched;
        if (outcome.exitCode != 0 || !outcome.out.contains(QStringLiteral("sample of 5 of 30")))
            return fetched;
        for (int i = 0; i < 30; ++i) {
            const QString path = QStringLiteral("/files/sample/s%1.bin").arg(i);
            if (m_server.requestCount(path) > 0)
                fetched << path;
        }
        return fetched;
    };
    const QStringList first = sampledPaths(QStringLiteral("7"));
    QCOMPARE(first.size(), 5);
    QCOMPARE(sampledPaths(QStringLiteral("7")), first);
    QVERIFY(sampledPaths(QStringLiteral("8")) != first);
}

void tst_Cli::sweepUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad count") << QStringList{"--sweep", "1,x,4", "http://127.0.0.1/x"} << "--sweep";
    QTest::newRow("count too big") << QStringList{"--sweep", "1,300", "http://127.0.0.1/x"} << "1 to 256";
    QTest::newRow("with -j") << QStringList{"--sweep", "1,2", "-j", "4", "http://127.0.0.1/x"} << "exclude";
    QTest::newRow("sample without sweep") << QStringList{"--sample", "3", "http://127.0.0.1/x"} << "--sweep";
    QTest::newRow("sweep-json without sweep") << QStringList{"--sweep-json", "x.json", "http://127.0.0.1/x"}
                                              << "--sweep";
}

void tst_Cli::sweepUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, 2);
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
}

void tst_Cli::csvAndMarkdownReports()
{
    const QString csvPath = m_dir->filePath(QStringLiteral("report.csv"));
    const QString mdPath = m_dir->filePath(QStringLiteral("report.md"));
    QUrl secretUrl = m_server.url(QStringLiteral("/files/rep/c2.bin?size=300"));
    secretUrl.setUserInfo(QStringLiteral("carol:pa55word"));
    const Outcome outcome = run({QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("--max-per-host"),
                                 QStringLiteral("3"), QStringLiteral("-d"), m_dir->filePath(QStringLiteral("out")),
                                 QStringLiteral("--report-csv"), csvPath, QStringLiteral("--report-md"), mdPath,
                                 m_server.url(QStringLiteral("/files/rep/c1.bin?size=200&latency=30")).toString(),
                                 secretUrl.toString()});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(!csvBytes.contains("pa55word") && !csvBytes.contains("carol"));
    const QList<QByteArray> rows = csvBytes.trimmed().split('\n');
    QCOMPARE(rows.size(), 3);
    const QList<QByteArray> header = rows.at(0).trimmed().split(',');
    const QList<QByteArray> first = rows.at(1).trimmed().split(',');
    QCOMPARE(first.size(), header.size());
    const qint64 firstByteUs = first.at(header.indexOf("timeToFirstByteUs")).toLongLong();
    QVERIFY2(firstByteUs >= 30'000, first.join(','));
    QCOMPARE(first.at(header.indexOf("state")), QByteArray("done"));
    QCOMPARE(first.at(header.indexOf("attempts")), QByteArray("1"));

    QFile md(mdPath);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString summary = QString::fromUtf8(md.readAll());
    QVERIFY2(summary.contains(QStringLiteral("| Workers | 2 |")) && summary.contains(QStringLiteral("| Per-host cap | 3 |")),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("| Qt | %1 |").arg(QString::fromLatin1(qVersion()))));
    QVERIFY(!summary.contains(QStringLiteral("pa55word")));
}

QTEST_GUILESS_MAIN(tst_Cli)
// --demo: the server comes from the fetchpool-demo plugin built beside the
// program; both runs save every picture.
void tst_Cli::demoLoadsItsServerPlugin()
{
    const QString out = m_dir->filePath(QStringLiteral("demo"));
    const Outcome outcome = run({QStringLiteral("--demo"), QStringLiteral("--demo-count"), QStringLiteral("6"),
                                 QStringLiteral("-d"), out});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QVERIFY2(outcome.out.contains(QStringLiteral("Sequential run (1 worker)")), qPrintable(outcome.out));
    QVERIFY2(outcome.out.contains(QStringLiteral("Parallel run (16 workers)")), qPrintable(outcome.out));
    QCOMPARE(outcome.out.count(QStringLiteral("6 done, 0 failed, 0 cancelled")), 2);
    // Both runs fetched every picture: compared on their wall times, and it says so.
    QVERIFY2(outcome.out.contains(QRegularExpression(QStringLiteral("Sequential [^\\n]+ · Parallel ×16 [^\\n]+× faster\\n"))),
             qPrintable(outcome.out));
    QVERIFY2(outcome.out.contains(QStringLiteral("Compared on all 6 items.")), qPrintable(outcome.out));
    for (const QString &run : {QStringLiteral("sequential"), QStringLiteral("parallel-16")}) {
        const QDir folder(QDir(out).filePath(run));
        const QStringList files = folder.entryList(QDir::Files);
        QCOMPARE(files.size(), 6);
        for (const QString &name : files) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray magic = file.read(4);
            QVERIFY2(magic == "\x89PNG" || magic.startsWith("\xff\xd8"), qPrintable(name));
        }
    }
}

// Qt Gui stays out of the console tool (the demo's pictures come as a
// plugin); Qt Network is linked for --engine's JSON-RPC (docs/architecture.md
// has what that costs a start).
void tst_Cli::linksNoQtGui()
{
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(FETCHPOOL_CLI_PATH)});
    QVERIFY(ldd.waitForFinished(30'000));
    const QString libraries = QString::fromLocal8Bit(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(QStringLiteral("libQt6Core")), qPrintable(libraries));
    QVERIFY2(!libraries.contains(QStringLiteral("libQt6Gui")), qPrintable(libraries));
}

// --from-page: the page's files that --accept and --min-size let through,
// byte for byte, each with the page as its Referer.
void tst_Cli::fromPageAcceptAndMinSize()
{
    const QUrl page = m_server.url(QStringLiteral("/gallery/page.html"));
    const QString report = m_dir->filePath(QStringLiteral("report.json"));
    const Outcome outcome = run({QStringLiteral("--from-page"), page.toString(), QStringLiteral("--accept"),
                                 QStringLiteral("JPG,.zip"), QStringLiteral("--min-size"), QStringLiteral("100K"),
                                 QStringLiteral("-d"), m_dir->path(), QStringLiteral("-j"), QStringLiteral("2"),
                                 QStringLiteral("--report"), report});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    // .jpg and .zip: og-cover, sunset-1280, big, small, nohead, poster, archive;
    // of those, big is 300000 bytes and nohead's server names no size.
    QVERIFY2(outcome.err.contains(QLatin1String("found 16 links and images, keeping 2")), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(QLatin1String("1 of unknown size kept")), qPrintable(outcome.err));
    QDir dir(m_dir->path());
    QCOMPARE(dir.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.zip"), QStringLiteral("*.JPG")}, QDir::Files),
             (QStringList{QStringLiteral("big.jpg"), QStringLiteral("nohead.jpg")}));
    QFile big(dir.filePath(QStringLiteral("big.jpg")));
    QVERIFY(big.open(QIODevice::ReadOnly));
    QCOMPARE(big.readAll(), TestServer::body(300000, TestServer::seedForPath(QStringLiteral("/files/g/big.jpg"))));
    QFile noHead(dir.filePath(QStringLiteral("nohead.jpg")));
    QVERIFY(noHead.open(QIODevice::ReadOnly));
    QCOMPARE(noHead.readAll(), QByteArray(4000, 'j'));
    // The HEAD of the size check and the download both name the page.
    const QStringList referers = m_server.requestHeaders(QStringLiteral("/files/g/big.jpg"), "referer");
    QCOMPARE(referers, (QStringList{page.toString(), page.toString()}));
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/gallery/nohead.jpg"), "referer").last(), page.toString());
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(reportFile.readAll()).object().value(QLatin1String("items")).toArray().size(), 2);
}

void tst_Cli::fromPageRejectsUnknownSizesWhenAsked()
{
    const QUrl page = m_server.url(QStringLiteral("/gallery/page.html"));
    const Outcome outcome = run({QStringLiteral("--from-page"), page.toString(), QStringLiteral("--accept"),
                                 QStringLiteral("jpg"), QStringLiteral("--min-size"), QStringLiteral("100K"),
                                 QStringLiteral("--reject-unknown-size"), QStringLiteral("-d"), m_dir->path()});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("big.jpg")});

    // Without --accept: everything but links to other pages; no HEAD asked.
    QTemporaryDir all;
    const Outcome everything = run({QStringLiteral("--from-page"), m_server.url(QStringLiteral("/gallery/based.html")).toString(),
                                    QStringLiteral("-d"), all.path()});
    QVERIFY2(everything.exitCode == 0, qPrintable(everything.err));
    QVERIFY2(everything.err.contains(QLatin1String("found 3 links and images, keeping 3")), qPrintable(everything.err));
    QCOMPARE(QDir(all.path()).entryList(QDir::Files),
             (QStringList{QStringLiteral("one.png"), QStringLiteral("root.png"), QStringLiteral("two.jpg")}));
    QCOMPARE(m_server.requestHeaders(QStringLiteral("/image/based/one.png"), "referer"),
             QStringList{m_server.url(QStringLiteral("/gallery/based.html")).toString()});
}

void tst_Cli::fromPageThatFails()
{
    const Outcome forbidden = run({QStringLiteral("--from-page"), m_server.url(QStringLiteral("/gallery/private.html")).toString(),
                                   QStringLiteral("-d"), m_dir->path()});
    QCOMPARE(forbidden.exitCode, 2);
    QVERIFY2(forbidden.err.contains(QLatin1String("403")), qPrintable(forbidden.err));

    // The run's cookies reach the page.
    const QString cookies = m_dir->filePath(QStringLiteral("cookies.txt"));
    QFile file(cookies);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("127.0.0.1\tFALSE\t/\tFALSE\t0\tgallery\tletmein\n");
    file.close();
    const Outcome allowed = run({QStringLiteral("--from-page"), m_server.url(QStringLiteral("/gallery/private.html")).toString(),
                                 QStringLiteral("--load-cookies"), cookies, QStringLiteral("-d"), m_dir->path()});
    QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("private-1.png"))));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("private-2.jpg"))));
}

#include "tst_cli.moc"
