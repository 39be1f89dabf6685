// The remote engine against real aria2c daemons on loopback (Aria2Daemon)
// fetching from the test server: endpoints, byte-identical batches on one
// and on three daemons, the secret refused and never shown, a daemon killed
// mid-run, pause and resume, aria2's errors in Fetchpool's taxonomy, and
// fetchpool-cli --engine.
#include "aria2daemon.h"
#include "aria2endpoint.h"
#include "aria2engine.h"
#include "aria2errors.h"
#include "aria2rpcclient.h"
#include "clirun.h"
#include "enginetest.h"
#include "jsonreport.h"
#include "runrecorder.h"
#include "runreport.h"
#include "serverfiles.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <numeric>

using namespace Fetchpool;
using Fetchpool::Test::Aria2Daemon;
using Fetchpool::Test::fileJobs;
using Fetchpool::Test::RunRecorder;
using Fetchpool::Test::TestServer;

namespace {

// Every message of the suite, for the secret's absence.
QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&capturedMutex);
        captured << message;
    }
    previousHandler(type, context, message);
}


} // namespace

class tst_Aria2Engine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void endpointParsing_data();
    void endpointParsing();
    void errorCodesMapIntoTheTaxonomy();
    void oneDaemonByteIdentical();
    void tlsDaemonWithAPinnedCertificate();
    void threeDaemonsShareByCapacity();
    void wrongSecretIsRefusedSpecifically();
    void daemonKilledMidRunItsItemsGoElsewhere();
    void lastDaemonGoneFailsTheRest();
    void pauseThenEnqueueResumes();
    void notFoundAndChecksumMismatchKeepAria2sReason();
    void cancelIsPromptAndRemovesFromTheDaemon();
    void cancelWhileProbingEndsAtOnce();
    void backlogWaitsOnTheDaemon();
    void rateLimitIsSplitOverTheDaemons();
    void cliEngineFlag();

private:
    // The secrets of every daemon the suite started, for the final check.
    QStringList m_secrets;
    std::unique_ptr<Aria2Daemon> startDaemon(int slotCount = 5);

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

std::unique_ptr<Aria2Daemon> tst_Aria2Engine::startDaemon(int slotCount)
{
    auto daemon = std::make_unique<Aria2Daemon>(slotCount);
    QString why;
    if (!daemon->start(&why)) {
        qWarning("%s", qPrintable(why));
        return nullptr;
    }
    m_secrets << daemon->secret();
    return daemon;
}

void tst_Aria2Engine::initTestCase()
{
    QString why;
    if (!Aria2Daemon::available(&why))
        QSKIP(qPrintable(why));
    Aria2Daemon probe;
    if (!probe.start(&why))
        QSKIP(qPrintable(QStringLiteral("aria2c cannot start here: ") + why));
    m_secrets << probe.secret();
    QVERIFY(m_server.start());
    QLoggingCategory::setFilterRules(QStringLiteral("fetchpool.*=true"));
    previousHandler = qInstallMessageHandler(capture);
}

void tst_Aria2Engine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.setLatency(0);
    m_server.resetStats();
}

// No line the suite logged, at any level, carries a daemon's secret.
void tst_Aria2Engine::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    QMutexLocker lock(&capturedMutex);
    for (const QString &secret : std::as_const(m_secrets)) {
        for (const QString &line : std::as_const(captured))
            QVERIFY2(!line.contains(secret), qPrintable(QStringLiteral("a secret was logged: ") + line));
    }
}

void tst_Aria2Engine::endpointParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("display"); // empty: refused
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("plain loopback") << "aria2://tok@127.0.0.1:6800" << false << "aria2://127.0.0.1:6800" << "";
    QTest::newRow("no token") << "aria2://localhost:6800/" << false << "aria2://localhost:6800" << "";
    QTest::newRow("dir") << "aria2://t@127.0.0.1:6800/?dir=/srv/dl" << false << "aria2://127.0.0.1:6800/?dir=/srv/dl" << "";
    QTest::newRow("ipv6") << "aria2://t@[::1]:6800" << false << "aria2://[::1]:6800" << "";
    QTest::newRow("tls remote") << "aria2s://t@box.example:6800" << false << "aria2s://box.example:6800" << "";
    QTest::newRow("plain remote refused") << "aria2://hidden@box.example:6800" << false << "" << "--engine-insecure";
    QTest::newRow("plain remote allowed") << "aria2://t@box.example:6800" << true << "aria2://box.example:6800" << "";
    QTest::newRow("no port") << "aria2://hidden@127.0.0.1" << false << "" << "no port";
    QTest::newRow("bad port") << "aria2://hidden@127.0.0.1:99999" << false << "" << "port";
    QTest::newRow("scheme") << "http://hidden@127.0.0.1:6800" << false << "" << "not an aria2 endpoint";
    QTest::newRow("path") << "aria2://hidden@127.0.0.1:6800/jsonrpc" << false << "" << "takes no path";
    QTest::newRow("relative dir") << "aria2://hidden@127.0.0.1:6800/?dir=dl" << false << "" << "absolute";
    QTest::newRow("unknown option") << "aria2://hidden@127.0.0.1:6800/?split=4" << false << "" << "unknown option";
    QTest::newRow("empty token") << "aria2://@127.0.0.1:6800" << false << "" << "token";
    QTest::newRow("pin on plain") << "aria2://hidden@127.0.0.1:6800/?cert=/etc/hostname" << false << ""
                                  << "?cert= pins the certificate of a daemon with --rpc-secure";
    QTest::newRow("pin unreadable") << "aria2s://hidden@127.0.0.1:6800/?cert=/nonexistent/daemon.pem" << false << ""
                                    << "cannot read the certificate to pin, '/nonexistent/daemon.pem'";
}

// Parsed or refused specifically; the token never in a name or an error.
void tst_Aria2Engine::endpointParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, insecure);
    QFETCH(QString, display);
    QFETCH(QString, errorPart);
    QString error;
    const auto endpoint = Aria2Endpoint::parse(text, &error, insecure);
    if (display.isEmpty()) {
        QVERIFY(!endpoint);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("hidden")), qPrintable(error));
        return;
    }
    QVERIFY2(endpoint, qPrintable(error));
    QCOMPARE(endpoint->displayName(), display);
    QVERIFY(!endpoint->displayName().contains(QLatin1String("tok")) || display.contains(QLatin1String("tok")));
    QVERIFY(!endpoint->rpcUrl().toString().contains(QLatin1String("tok@")));
    QCOMPARE(endpoint->rpcUrl().path(), QStringLiteral("/jsonrpc"));
    QCOMPARE(endpoint->isLoopback(), !display.contains(QLatin1String("example")));
}

void tst_Aria2Engine::errorCodesMapIntoTheTaxonomy()
{
    FetchError notFound = aria2Error(3, QStringLiteral("Resource not found"));
    QCOMPARE(notFound.kind, ErrorKind::Http);
    QCOMPARE(notFound.httpStatus, 404);
    QVERIFY(notFound.message.contains(QLatin1String("Resource not found")));
    QCOMPARE(aria2Error(32, QString()).kind, ErrorKind::Checksum);
    QVERIFY(aria2Error(32, QString()).message.contains(QLatin1String("checksum")));
    QCOMPARE(aria2Error(13, QStringLiteral("File exists")).kind, ErrorKind::FileSystem);
    QCOMPARE(aria2Error(19, QStringLiteral("x")).network, NetworkError::HostNotFound);
    QCOMPARE(aria2Error(6, QStringLiteral("Connection refused")).network, NetworkError::ConnectionRefused);
    QCOMPARE(aria2Error(1, QStringLiteral("x")).kind, ErrorKind::Network);
    const FetchError status = aria2Error(22, QStringLiteral("The response status is not successful. status=503"));
    QCOMPARE(status.kind, ErrorKind::Http);
    QCOMPARE(status.httpStatus, 503);
    QCOMPARE(aria2Error(22, QStringLiteral("bad header")).network, NetworkError::ProtocolError);
    QCOMPARE(aria2Error(2, QStringLiteral("Timeout.")).kind, ErrorKind::Timeout);
}

// One daemon: every file byte-identical to what the server served, under
// its own name in the run's folder, no control file left; one result per
// item; runFinished once, after the last itemsFinished.
void tst_Aria2Engine::oneDaemonByteIdentical()
{
    auto daemon = startDaemon(3);
    QVERIFY(daemon);
    Aria2Engine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    QSignalSpy started(&engine, &TransferEngine::runStarted);
    bool finishedAfterRun = false;
    connect(&engine, &TransferEngine::itemsFinished, this, [&] { finishedAfterRun = !engine.isRunning(); });
    const QVector<qint64> sizes{0, 1, 1000, 65536, 200'000, 1'000'003, 12345, 300'000};
    QVector<DownloadJob> jobs;
    for (int i = 0; i < sizes.size(); ++i)
        jobs.push_back({quint64(i), m_server.url(QStringLiteral("/files/one/f%1.bin?size=%2").arg(i).arg(sizes[i]))});
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 16), &error), qPrintable(error));
    QCOMPARE(started.size(), 0); // the daemon is asked first
    QVERIFY(recorder.wait(60'000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toInt(), int(jobs.size()));
    QCOMPARE(started.first().at(1).toInt(), 3);
    QVERIFY(!finishedAfterRun);
    QCOMPARE(recorder.duplicateResults, 0);
    QCOMPARE(recorder.byId.size(), jobs.size());
    QCOMPARE(recorder.run().done, int(jobs.size()));
    qint64 bytes = 0;
    for (int i = 0; i < sizes.size(); ++i) {
        const ItemResult result = recorder.byId.value(quint64(i));
        QCOMPARE(result.state, ItemState::Done);
        QCOMPARE(QFileInfo(result.filePath).absolutePath(), QDir(m_dir->path()).absolutePath());
        QCOMPARE(QFileInfo(result.filePath).fileName(), QStringLiteral("f%1.bin").arg(i));
        QCOMPARE(Test::contentsOf(result.filePath),
                 Test::servedBody(QStringLiteral("/files/one/f%1.bin").arg(i), sizes[i]));
        QCOMPARE(result.bytes, sizes[i]);
        QVERIFY(result.worker >= 0 && result.worker < 3);
        // A time even for a file fetched between two polls, not the zero of
        // a start first seen with its end.
        QVERIFY2(result.startUs >= 0 && result.endUs > result.startUs,
                 qPrintable(QStringLiteral("f%1: %2 to %3 µs").arg(i).arg(result.startUs).arg(result.endUs)));
        bytes += sizes[i];
    }
    QCOMPARE(recorder.run().bytes, bytes);
    // The files went to the daemon in batches: the first its 3 slots and a
    // backlog as long, in one system.multicall, the rest as room came.
    QVector<int> batches;
    {
        const QString adds = daemon->endpoint().displayName() + QStringLiteral(" adds ");
        QMutexLocker lock(&capturedMutex);
        for (const QString &line : std::as_const(captured)) {
            if (line.startsWith(adds))
                batches << line.mid(adds.size()).section(QLatin1Char(' '), 0, 0).toInt();
        }
    }
    QVERIFY(!batches.isEmpty());
    QCOMPARE(batches.first(), 6);
    QCOMPARE(std::accumulate(batches.cbegin(), batches.cend(), 0), int(jobs.size()));
    for (const QString &name : Test::filesIn(m_dir->path()))
        QVERIFY2(!name.endsWith(QLatin1String(".aria2")), qPrintable(name));
    const auto figures = engine.figures();
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures[0].files, int(jobs.size()));
    QCOMPARE(figures[0].bytes, bytes);
    QVERIFY(!figures[0].version.isEmpty());
    QVERIFY(figures[0].problem.isEmpty());
}

// aria2s:// to a daemon with --rpc-secure and a self-signed certificate:
// refused by the system's store with Qt's reason, accepted once that
// certificate is pinned (?cert=), even under another name for the host, and
// refused, naming the pin, when another certificate is pinned. A run over
// the pinned endpoint fetches byte-identical files.
void tst_Aria2Engine::tlsDaemonWithAPinnedCertificate()
{
    Aria2Daemon daemon(2, Aria2Daemon::Rpc::Tls);
    QString why;
    QVERIFY2(daemon.start(&why), qPrintable(why));
    const auto ask = [](const QString &text) {
        QString error;
        const auto endpoint = Aria2Endpoint::parse(text, &error);
        Aria2Reply answer;
        answer.error.message = error;
        if (!endpoint)
            return answer;
        Aria2RpcClient client(*endpoint);
        bool replied = false;
        client.call(QStringLiteral("aria2.getVersion"), {}, [&](const Aria2Reply &reply) {
            answer = reply;
            replied = true;
        });
        if (!QTest::qWaitFor([&] { return replied; }, 10'000))
            answer.error.message = QStringLiteral("no answer");
        return answer;
    };
    const QString secret = daemon.secret();
    const QString place = QStringLiteral("127.0.0.1:%1").arg(daemon.port());

    const Aria2Reply pinned = ask(daemon.endpointText());
    QVERIFY2(pinned.ok(), qPrintable(pinned.error.message));
    QVERIFY(pinned.result.toObject().value(QStringLiteral("version")).toString().startsWith(QLatin1String("1.")));
    const Aria2Reply otherName = ask(QStringLiteral("aria2s://%1@localhost:%2/?cert=%3")
                                             .arg(secret).arg(daemon.port()).arg(daemon.certificateFile()));
    QVERIFY2(otherName.ok(), qPrintable(otherName.error.message));

    const Aria2Reply unpinned = ask(QStringLiteral("aria2s://%1@%2").arg(secret, place));
    QCOMPARE(unpinned.error.kind, Aria2RpcError::Kind::Unreachable);
    QVERIFY2(unpinned.error.message.startsWith(QStringLiteral("cannot reach aria2s://%1: ").arg(place))
                     && unpinned.error.message.contains(QLatin1String("pin it with ?cert=")),
             qPrintable(unpinned.error.message));

    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    if (system.isEmpty()) {
        qWarning("no system CA certificate to pin as the wrong one: that case is not checked");
    } else {
        const QString wrongFile = m_dir->filePath(QStringLiteral("other.pem"));
        QFile wrong(wrongFile);
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write(system.first().toPem());
        wrong.close();
        const Aria2Reply mismatch = ask(QStringLiteral("aria2s://%1@%2/?cert=%3").arg(secret, place, wrongFile));
        QCOMPARE(mismatch.error.kind, Aria2RpcError::Kind::Unreachable);
        QVERIFY2(mismatch.error.message.contains(QStringLiteral("is not the one pinned in %1").arg(wrongFile)),
                 qPrintable(mismatch.error.message));
    }
    for (const Aria2Reply &reply : {unpinned, pinned, otherName})
        QVERIFY(!reply.error.message.contains(secret));

    QString error;
    const auto endpoint = Aria2Endpoint::parse(daemon.endpointText(), &error);
    QVERIFY2(endpoint, qPrintable(error));
    Aria2Engine engine({*endpoint});
    RunRecorder recorder(engine);
    const auto jobs = fileJobs(m_server, QStringLiteral("tls"), 3, 70'000);
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 4), &error), qPrintable(error));
    QVERIFY(recorder.wait(60'000));
    QCOMPARE(recorder.run().done, 3);
    for (const DownloadJob &job : jobs)
        QCOMPARE(Test::contentsOf(recorder.byId.value(job.id).filePath), Test::servedBody(job.url.path(), 70'000));
}

// Three daemons of 2, 3 and 1 slots: 6 lanes, each daemon gets some of
// the batch, never more at once than its slots (the lanes say whose), and
// every file arrives once, byte-identical.
void tst_Aria2Engine::threeDaemonsShareByCapacity()
{
    const QVector<int> slotCounts{2, 3, 1};
    std::vector<std::unique_ptr<Aria2Daemon>> daemons;
    QVector<Aria2Endpoint> endpoints;
    for (int count : slotCounts) {
        daemons.push_back(startDaemon(count));
        QVERIFY(daemons.back());
        endpoints << daemons.back()->endpoint();
    }
    Aria2Engine engine(endpoints);
    RunRecorder recorder(engine);
    QSignalSpy started(&engine, &TransferEngine::runStarted);
    // Per lane, the items on it at once (from the published progress).
    QHash<int, QSet<quint64>> onLane;
    int worstLane = 0;
    connect(&engine, &TransferEngine::progressed, this, [&](const RunProgress &, const QVector<ItemProgress> &items) {
        for (const ItemProgress &item : items) {
            for (auto it = onLane.begin(); it != onLane.end(); ++it)
                it->remove(item.id);
            if (!isFinal(item.state) && item.worker >= 0) {
                onLane[item.worker].insert(item.id);
                worstLane = qMax(worstLane, int(onLane[item.worker].size()));
            }
        }
    });
    const auto jobs = fileJobs(m_server, QStringLiteral("three"), 24, 100'000, QStringLiteral("&latency=150"));
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 16), &error), qPrintable(error));
    QVERIFY(recorder.wait(90'000));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(1).toInt(), 6);
    QCOMPARE(recorder.duplicateResults, 0);
    QCOMPARE(recorder.run().done, 24);
    QCOMPARE(worstLane, 1);
    QVector<int> perDaemon(3, 0);
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        QCOMPARE(result.state, ItemState::Done);
        QVERIFY(result.worker >= 0 && result.worker < 6);
        ++perDaemon[result.worker < 2 ? 0 : result.worker < 5 ? 1 : 2];
        QCOMPARE(Test::contentsOf(result.filePath),
                 Test::servedBody(result.url.path(), 100'000));
    }
    const auto figures = engine.figures();
    int files = 0;
    for (int d = 0; d < 3; ++d) {
        QVERIFY2(figures[d].files > 0, qPrintable(figures[d].endpoint));
        QCOMPARE(figures[d].files, perDaemon[d]);
        QCOMPARE(figures[d].lanes, slotCounts[d]);
        files += figures[d].files;
    }
    QCOMPARE(files, 24);
    // By capacity, not in equal parts: the 3-slot daemon took more than the 1-slot one.
    QVERIFY2(perDaemon[1] > perDaemon[2], qPrintable(QStringLiteral("%1 %2 %3").arg(perDaemon[0]).arg(perDaemon[1]).arg(perDaemon[2])));
    QVERIFY(m_server.peakConcurrentRequests() <= 6);
}

// A wrong secret, or no daemon there at all: start() returns true; the run
// starts (runStarted before anything else of it) on no lanes, each daemon is
// reported, and every item fails naming each daemon and why, the secrets in
// none of it. With a daemon that accepts beside them, the run goes on there
// and the refusals are reported.
void tst_Aria2Engine::wrongSecretIsRefusedSpecifically()
{
    auto daemon = startDaemon(2);
    QVERIFY(daemon);
    QString error;
    const auto wrong = Aria2Endpoint::parse(daemon->endpointText(QStringLiteral("notTheSecret42")), &error);
    QVERIFY2(wrong, qPrintable(error));
    const auto nobody = Aria2Endpoint::parse(QStringLiteral("aria2://x@127.0.0.1:1"), &error);
    QVERIFY(nobody);
    {
        Aria2Engine engine({*wrong, *nobody});
        RunRecorder recorder(engine);
        QStringList order;
        connect(&engine, &Aria2Engine::endpointProblem, this, [&](const QString &p) { order << QStringLiteral("problem ") + p; });
        connect(&engine, &TransferEngine::runStarted, this, [&](int total, int lanes) {
            order << QStringLiteral("started %1 %2").arg(total).arg(lanes);
        });
        connect(&engine, &TransferEngine::progressed, this, [&] { order << QStringLiteral("progressed"); });
        connect(&engine, &TransferEngine::itemsFinished, this, [&] { order << QStringLiteral("finished"); });
        connect(&engine, &TransferEngine::runFinished, this, [&] { order << QStringLiteral("runFinished"); });
        QVERIFY2(engine.start(fileJobs(m_server, QStringLiteral("wrong"), 3, 100), Test::engineOptions(m_dir->path(), 4),
                              &error),
                 qPrintable(error));
        QVERIFY(engine.isRunning());
        QVERIFY(order.isEmpty()); // nothing before start() returns: the daemons are asked afterwards
        QVERIFY(recorder.wait(10'000));
        QVERIFY(!engine.isRunning());
        QCOMPARE(order.size() >= 5, true);
        QVERIFY2(order.at(0).contains(QLatin1String("refused the secret")), qPrintable(order.join(u'|')));
        QVERIFY2(order.at(1).contains(QLatin1String("Connection refused")), qPrintable(order.join(u'|')));
        QCOMPARE(order.at(2), QStringLiteral("started 3 0"));
        QCOMPARE(order.last(), QStringLiteral("runFinished"));
        QCOMPARE(order.count(QStringLiteral("runFinished")), 1);
        QCOMPARE(recorder.duplicateResults, 0);
        QCOMPARE(recorder.run().failed, 3);
        const QString expected = QStringLiteral("no aria2 daemon could take the run: aria2://127.0.0.1:%1 refused the "
                                                "secret (aria2: Unauthorized): check the token against its "
                                                "--rpc-secret; aria2://127.0.0.1:1: Connection refused")
                                         .arg(daemon->port());
        QCOMPARE(engine.refusal(), expected);
        for (const ItemResult &result : std::as_const(recorder.byId)) {
            QCOMPARE(result.state, ItemState::Failed);
            QCOMPARE(result.error.message, expected);
        }
        const QString all = order.join(u'|');
        QVERIFY(!all.contains(QLatin1String("notTheSecret42")));
        QVERIFY(!all.contains(daemon->secret()));
        QVERIFY(!engine.figures().at(0).tookPart);
        QVERIFY(!engine.figures().at(1).tookPart);
    }
    {
        Aria2Engine engine({*wrong, *nobody, daemon->endpoint()});
        QSignalSpy problems(&engine, &Aria2Engine::endpointProblem);
        RunRecorder recorder(engine);
        QVERIFY2(engine.start(fileJobs(m_server, QStringLiteral("wrong"), 3, 100), Test::engineOptions(m_dir->path(), 4),
                              &error),
                 qPrintable(error));
        QVERIFY(recorder.wait(30'000));
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).at(0).toString().contains(QLatin1String("refused the secret")));
        QVERIFY2(problems.at(1).at(0).toString().contains(QLatin1String("Connection refused")),
                 qPrintable(problems.at(1).at(0).toString()));
        QVERIFY(engine.refusal().isEmpty());
        QCOMPARE(recorder.run().done, 3);
        QCOMPARE(engine.figures().at(2).files, 3);
        QVERIFY(!engine.figures().at(0).problem.isEmpty());
    }
}

// Two daemons; one is killed while it has items in flight. They go back to
// the queue and the other daemon fetches them: every item ends once, done
// and byte-identical, and the one that went away is named.
void tst_Aria2Engine::daemonKilledMidRunItsItemsGoElsewhere()
{
    auto stays = startDaemon(2);
    auto goes = startDaemon(2);
    QVERIFY(stays && goes);
    Aria2Engine engine({stays->endpoint(), goes->endpoint()});
    RunRecorder recorder(engine);
    QSignalSpy problems(&engine, &Aria2Engine::endpointProblem);
    // 8 files of 150 kB at 300 kB/s: each takes half a second.
    const auto jobs = fileJobs(m_server, QStringLiteral("killed"), 8, 150'000, QStringLiteral("&rate=300000"));
    bool killed = false;
    connect(&engine, &TransferEngine::progressed, this, [&](const RunProgress &, const QVector<ItemProgress> &items) {
        for (const ItemProgress &item : items) {
            // Lanes 2 and 3 are the second daemon's.
            if (!killed && item.worker >= 2 && item.state == ItemState::Receiving && item.received > 0) {
                killed = true;
                goes->kill();
            }
        }
    });
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 16), &error), qPrintable(error));
    QVERIFY(recorder.wait(90'000));
    QVERIFY(killed);
    QCOMPARE(recorder.duplicateResults, 0);
    QCOMPARE(recorder.byId.size(), jobs.size());
    QCOMPARE(recorder.run().done, 8);
    QCOMPARE(recorder.run().total, 8);
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        QCOMPARE(result.state, ItemState::Done);
        QCOMPARE(Test::contentsOf(result.filePath), Test::servedBody(result.url.path(), 150'000));
        // Continued where the daemon that went away left it, not saved again under another name.
        QCOMPARE(QFileInfo(result.filePath).fileName(), QFileInfo(result.url.path()).fileName());
    }
    for (const QString &name : Test::filesIn(m_dir->path()))
        QVERIFY2(!name.endsWith(QLatin1String(".aria2")), qPrintable(name));
    QVERIFY(!problems.isEmpty());
    const QString problem = problems.last().at(0).toString();
    QVERIFY2(problem.contains(QStringLiteral("engine aria2://127.0.0.1:%1 went away").arg(goes->port())),
             qPrintable(problem));
    const auto figures = engine.figures();
    QVERIFY(figures[1].problem.contains(QLatin1String("went away")));
    QCOMPARE(figures[0].files + figures[1].files, 8);
    // Items that were in flight on the daemon that went away took a second attempt.
    int retried = 0;
    for (const ItemResult &result : std::as_const(recorder.byId))
        retried += result.attempts > 1 ? 1 : 0;
    QVERIFY(retried >= 1);
}

// The only daemon goes away: what it had and what was queued fail, naming it.
void tst_Aria2Engine::lastDaemonGoneFailsTheRest()
{
    auto daemon = startDaemon(1);
    QVERIFY(daemon);
    Aria2Engine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    const auto jobs = fileJobs(m_server, QStringLiteral("gone"), 3, 400'000, QStringLiteral("&rate=200000"));
    bool killed = false;
    connect(&engine, &TransferEngine::progressed, this, [&](const RunProgress &, const QVector<ItemProgress> &items) {
        for (const ItemProgress &item : items) {
            if (!killed && item.received > 0) {
                killed = true;
                daemon->kill();
            }
        }
    });
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 16), &error), qPrintable(error));
    QVERIFY(recorder.wait(30'000));
    QCOMPARE(recorder.duplicateResults, 0);
    QCOMPARE(recorder.run().failed, 3);
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        QCOMPARE(result.state, ItemState::Failed);
        QVERIFY2(result.error.message.startsWith(
                         QStringLiteral("engine aria2://127.0.0.1:%1 went away: ").arg(daemon->port())),
                 qPrintable(result.error.message));
        // The address once, not again in the reason.
        QCOMPARE(result.error.message.count(QStringLiteral("127.0.0.1:%1").arg(daemon->port())), 1);
    }
}

// pauseItem stops an item on its daemon (aria2.forcePause): it ends Paused.
// enqueue() of it resumes that download (aria2.unpause) and it completes,
// byte-identical, while the rest of the run goes on.
void tst_Aria2Engine::pauseThenEnqueueResumes()
{
    auto daemon = startDaemon(3);
    QVERIFY(daemon);
    Aria2Engine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    QVector<ItemResult> ends;
    connect(&engine, &TransferEngine::itemsFinished, this,
            [&](const QVector<ItemResult> &results) { ends += results; });
    // 600 kB at 400 kB/s: in flight for about 1.5 s.
    const auto jobs = fileJobs(m_server, QStringLiteral("pause"), 3, 600'000, QStringLiteral("&rate=400000"));
    bool paused = false;
    connect(&engine, &TransferEngine::progressed, this, [&](const RunProgress &, const QVector<ItemProgress> &items) {
        for (const ItemProgress &item : items) {
            if (!paused && item.id == 0 && item.received > 0) {
                paused = true;
                QVERIFY(engine.pauseItem(0));
            }
        }
    });
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 16), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!ends.isEmpty() && ends.first().id == 0, 30'000);
    QCOMPARE(ends.first().state, ItemState::Paused);
    const qint64 kept = ends.first().bytes;
    QVERIFY(kept > 0 && kept < 600'000);
    QVERIFY(engine.isRunning());
    QVERIFY(engine.enqueue({jobs[0]}));
    QVERIFY(recorder.wait(60'000));
    QCOMPARE(recorder.run().total, 4);
    QCOMPARE(recorder.run().done, 3);
    QCOMPARE(recorder.run().paused, 1);
    const ItemResult resumed = recorder.byId.value(0);
    QCOMPARE(resumed.state, ItemState::Done);
    QCOMPARE(Test::contentsOf(resumed.filePath), Test::servedBody(jobs[0].url.path(), 600'000));
    // Continued, not fetched anew under another name.
    QCOMPARE(QFileInfo(resumed.filePath).fileName(), QStringLiteral("pause-0.bin"));
    for (const QString &name : Test::filesIn(m_dir->path()))
        QVERIFY2(name.startsWith(QLatin1String("pause-")) && name.endsWith(QLatin1String(".bin")), qPrintable(name));
    QCOMPARE(Test::filesIn(m_dir->path()).size(), 3);
}

// aria2's errors surface with its reason: 404 as an HTTP error with that
// status, a wrong digest as the checksum error the local engine uses.
void tst_Aria2Engine::notFoundAndChecksumMismatchKeepAria2sReason()
{
    auto daemon = startDaemon(2);
    QVERIFY(daemon);
    Aria2Engine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    DownloadJob missing{0, m_server.url(QStringLiteral("/files/missing.bin?status=404"))};
    DownloadJob wrongDigest{1, m_server.url(QStringLiteral("/files/digest.bin?size=5000"))};
    wrongDigest.checksum = *Checksum::parse(QStringLiteral("sha-256=") + QString(64, QLatin1Char('0')));
    DownloadJob rightDigest{2, m_server.url(QStringLiteral("/files/digest2.bin?size=5000"))};
    rightDigest.checksum = *Checksum::parse(
            QStringLiteral("sha-256=")
            + QString::fromLatin1(QCryptographicHash::hash(Test::servedBody(QStringLiteral("/files/digest2.bin"), 5000),
                                                           QCryptographicHash::Sha256)
                                          .toHex()));
    QString error;
    QVERIFY2(engine.start({missing, wrongDigest, rightDigest}, Test::engineOptions(m_dir->path(), 4), &error),
             qPrintable(error));
    QVERIFY(recorder.wait(30'000));
    const ItemResult notFound = recorder.byId.value(0);
    QCOMPARE(notFound.state, ItemState::Failed);
    QCOMPARE(notFound.error.kind, ErrorKind::Http);
    QCOMPARE(notFound.httpStatus, 404);
    QVERIFY2(notFound.error.message.startsWith(QLatin1String("HTTP 404 (aria2 error 3: Resource not found")),
             qPrintable(notFound.error.message));
    const ItemResult mismatch = recorder.byId.value(1);
    QCOMPARE(mismatch.state, ItemState::Failed);
    QCOMPARE(mismatch.error.kind, ErrorKind::Checksum);
    QVERIFY2(mismatch.error.message.contains(QLatin1String("aria2 error 32")), qPrintable(mismatch.error.message));
    const ItemResult verified = recorder.byId.value(2);
    QCOMPARE(verified.state, ItemState::Done);
    QVERIFY(verified.verified);
    QCOMPARE(recorder.run().failed, 2);
    QCOMPARE(recorder.run().done, 1);

    // Nothing of the secret in the JSON report of this run.
    RunReport report;
    report.totals = recorder.run();
    for (quint64 id = 0; id < 3; ++id)
        report.items << recorder.byId.value(id);
    const QByteArray json = QJsonDocument(JsonReport::toJson(report)).toJson();
    QVERIFY(!json.contains(daemon->secret().toUtf8()));
}


// cancel() ends every item at once, Cancelled, and the daemon is left with
// no download of the run, active or waiting.
void tst_Aria2Engine::cancelIsPromptAndRemovesFromTheDaemon()
{
    auto daemon = startDaemon(2);
    QVERIFY(daemon);
    Aria2Engine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    const auto jobs = fileJobs(m_server, QStringLiteral("cancel"), 5, 2'000'000, QStringLiteral("&rate=200000"));
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 16), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(engine.progress().bytes > 0, 20'000);
    QElapsedTimer clock;
    clock.start();
    engine.cancel();
    QVERIFY(recorder.wait(5'000));
    QVERIFY2(clock.elapsed() < 1'000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(recorder.run().cancelled, 5);
    QCOMPARE(recorder.duplicateResults, 0);
    QTRY_VERIFY_WITH_TIMEOUT(daemon->call(QStringLiteral("aria2.tellActive")).result.toArray().isEmpty(), 5'000);
    QVERIFY(daemon->call(QStringLiteral("aria2.tellWaiting"), {0, 100}).result.toArray().isEmpty());
}

// A daemon that never answers (a loopback socket that accepts and stays
// silent): while it is being asked, pauseItem, enqueue and reorder act on
// the queue, and cancel() ends every item at once, runStarted coming before
// anything else of the run and runFinished once. Nothing more comes when its
// probe would have timed out, and nothing more is sent to it.
void tst_Aria2Engine::cancelWhileProbingEndsAtOnce()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> sockets;
    qint64 received = 0;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection()) {
            sockets << socket;
            connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll().size(); });
        }
    });
    QString error;
    const auto endpoint =
            Aria2Endpoint::parse(QStringLiteral("aria2://tok@127.0.0.1:%1").arg(silent.serverPort()), &error);
    QVERIFY2(endpoint, qPrintable(error));
    Aria2Engine engine({*endpoint});
    RunRecorder recorder(engine);
    QStringList order;
    connect(&engine, &TransferEngine::runStarted, this, [&](int total, int lanes) {
        order << QStringLiteral("started %1 %2").arg(total).arg(lanes);
    });
    connect(&engine, &TransferEngine::progressed, this, [&] { order << QStringLiteral("progressed"); });
    connect(&engine, &TransferEngine::itemsFinished, this, [&] { order << QStringLiteral("finished"); });
    connect(&engine, &TransferEngine::runFinished, this, [&] { order << QStringLiteral("runFinished"); });
    const auto jobs = fileJobs(m_server, QStringLiteral("probing"), 4, 100);
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 4), &error), qPrintable(error));
    QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed()))); // no waiting in start()
    QTRY_VERIFY_WITH_TIMEOUT(received > 0, 2'000); // asked, and silent
    QVERIFY(engine.isRunning());
    QVERIFY(engine.pauseItem(1));
    QVERIFY(engine.enqueue({jobs[1]}));
    engine.reorder({3});
    QTest::qWait(100);
    QVERIFY2(order.isEmpty(), qPrintable(order.join(u'|')));
    clock.restart();
    engine.cancel();
    QVERIFY(recorder.wait(2'000));
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!engine.isRunning());
    QCOMPARE(order.first(), QStringLiteral("started 5 0"));
    QCOMPARE(order.last(), QStringLiteral("runFinished"));
    QCOMPARE(recorder.run().total, 5);
    QCOMPARE(recorder.run().cancelled, 4);
    QCOMPARE(recorder.run().paused, 1);
    for (const ItemResult &result : std::as_const(recorder.byId))
        QCOMPARE(result.state, ItemState::Cancelled);
    QVERIFY(!engine.figures().at(0).tookPart);
    QVERIFY2(engine.figures().at(0).problem.contains(QLatin1String("had not answered")),
             qPrintable(engine.figures().at(0).problem));

    const qint64 sent = received;
    const qsizetype connections = sockets.size();
    const qsizetype signalled = order.size();
    QTest::qWait(Aria2Engine::ProbeTimeoutMs + 1'500);
    QCOMPARE(order.size(), signalled);
    QCOMPARE(received, sent);
    QCOMPARE(sockets.size(), connections);
}

namespace {

// The ids of the run's items (".../backlog-<id>.bin") among `downloads`
// (aria2.tellActive or tellWaiting), in aria2's order.
QVector<int> backlogIds(const QJsonArray &downloads)
{
    QVector<int> ids;
    for (const QJsonValue &download : downloads) {
        const QString uri = download.toObject()
                                    .value(QStringLiteral("files")).toArray().first().toObject()
                                    .value(QStringLiteral("uris")).toArray().first().toObject()
                                    .value(QStringLiteral("uri")).toString();
        const qsizetype at = uri.indexOf(QLatin1String("backlog-"));
        if (at >= 0)
            ids << uri.mid(at + 8, uri.indexOf(QLatin1Char('.'), at) - at - 8).toInt();
    }
    return ids;
}

} // namespace

// A daemon of 2 slots running another client's download: the run keeps
// slots + as many waiting, less that download, on it (1 running, 2
// waiting), never more. A waiting item paused there ends Paused without a
// byte; reorder() moves a waiting one to the front of aria2's queue; an item
// gets its lane only when aria2 runs it; the rest completes byte-identical.
void tst_Aria2Engine::backlogWaitsOnTheDaemon()
{
    auto daemon = startDaemon(2);
    QVERIFY(daemon);
    const QJsonArray foreignUris{m_server.url(QStringLiteral("/files/foreign.bin?size=3000000&rate=200000")).toString()};
    const Aria2Reply added = daemon->call(QStringLiteral("aria2.addUri"), QJsonArray{foreignUris});
    QVERIFY2(added.ok(), qPrintable(added.error.message));
    const QString foreign = added.result.toString();
    Aria2Engine engine({daemon->endpoint()});
    RunRecorder recorder(engine);
    QHash<quint64, ItemProgress> latest;
    connect(&engine, &TransferEngine::progressed, this, [&](const RunProgress &, const QVector<ItemProgress> &items) {
        for (const ItemProgress &item : items)
            latest.insert(item.id, item);
    });
    // 200 kB at 100 kB/s: about two seconds each.
    const auto jobs = fileJobs(m_server, QStringLiteral("backlog"), 8, 200'000, QStringLiteral("&rate=100000"));
    QString error;
    QVERIFY2(engine.start(jobs, Test::engineOptions(m_dir->path(), 16), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(backlogIds(daemon->call(QStringLiteral("aria2.tellWaiting"), {0, 100}).result.toArray()).size(),
                              2, 5'000);
    QCOMPARE(backlogIds(daemon->call(QStringLiteral("aria2.tellActive")).result.toArray()).size(), 1);
    QTest::qWait(2 * Aria2Engine::PollIntervalMs);
    QVector<int> waiting = backlogIds(daemon->call(QStringLiteral("aria2.tellWaiting"), {0, 100}).result.toArray());
    QVERIFY2(waiting.size() <= 2, qPrintable(QString::number(waiting.size())));
    QVERIFY(backlogIds(daemon->call(QStringLiteral("aria2.tellActive")).result.toArray()).size() <= 1);
    QVERIFY(!waiting.isEmpty());

    // Paused while it waits on the daemon: Paused, without a byte, and it
    // never had a lane.
    const quint64 paused = quint64(waiting.first());
    QVERIFY(engine.pauseItem(paused));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.byId.contains(paused), 5'000);
    QCOMPARE(recorder.byId.value(paused).state, ItemState::Paused);
    QCOMPARE(recorder.byId.value(paused).bytes, 0);
    QCOMPARE(recorder.byId.value(paused).worker, -1);
    QVERIFY(!latest.contains(paused) || latest.value(paused).worker == -1);

    // The last of those waiting there goes to the front of aria2's queue.
    QTRY_VERIFY_WITH_TIMEOUT(backlogIds(daemon->call(QStringLiteral("aria2.tellWaiting"), {0, 100}).result.toArray()).size() >= 2,
                             5'000);
    waiting = backlogIds(daemon->call(QStringLiteral("aria2.tellWaiting"), {0, 100}).result.toArray());
    const int last = waiting.last();
    engine.reorder({quint64(last)});
    QTRY_COMPARE_WITH_TIMEOUT(backlogIds(daemon->call(QStringLiteral("aria2.tellWaiting"), {0, 100}).result.toArray()).value(0),
                              last, 3'000);

    daemon->call(QStringLiteral("aria2.forceRemove"), {foreign});
    QVERIFY(recorder.wait(60'000));
    QCOMPARE(recorder.duplicateResults, 0);
    QCOMPARE(recorder.run().done, 7);
    QCOMPARE(recorder.run().paused, 1);
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        if (result.id == paused)
            continue;
        QCOMPARE(result.state, ItemState::Done);
        QVERIFY(result.worker == 0 || result.worker == 1);
        QCOMPARE(Test::contentsOf(result.filePath), Test::servedBody(result.url.path(), 200'000));
    }
}

// setRateLimit() splits the limit evenly over the daemons
// (max-overall-download-limit); a run starts with the options' limit. A cap
// a daemon has of its own is never lifted, and it is back when the run ends;
// a run without a limit leaves it alone.
void tst_Aria2Engine::rateLimitIsSplitOverTheDaemons()
{
    auto first = startDaemon(2);
    auto second = startDaemon(2);
    QVERIFY(first && second);
    const auto limitOf = [](const Aria2Daemon &daemon) { return daemon.overallLimit(); };
    const auto capOwn = [](const Aria2Daemon &daemon, const QString &limit) {
        return daemon.call(QStringLiteral("aria2.changeGlobalOption"),
                          {QJsonObject{{QStringLiteral("max-overall-download-limit"), limit}}})
                .ok();
    };
    QVERIFY(capOwn(*first, QStringLiteral("2000000")));
    QVERIFY(capOwn(*second, QStringLiteral("100000")));

    Aria2Engine engine({first->endpoint(), second->endpoint()});
    RunRecorder recorder(engine);
    EngineOptions options = Test::engineOptions(m_dir->path(), 16);
    options.rateLimit = 300'000;
    const auto jobs = fileJobs(m_server, QStringLiteral("limit"), 4, 400'000);
    QString error;
    QVERIFY2(engine.start(jobs, options, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(limitOf(*first), QStringLiteral("150000"), 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(limitOf(*second), QStringLiteral("100000"), 5'000); // its own cap is lower
    engine.setRateLimit(1'000'000);
    QTRY_COMPARE_WITH_TIMEOUT(limitOf(*first), QStringLiteral("500000"), 5'000);
    QTRY_COMPARE_WITH_TIMEOUT(limitOf(*second), QStringLiteral("100000"), 5'000);
    QVERIFY(recorder.wait(30'000));
    QCOMPARE(recorder.run().done, 4);
    QTRY_COMPARE_WITH_TIMEOUT(limitOf(*first), QStringLiteral("2000000"), 5'000);
    QCOMPARE(limitOf(*second), QStringLiteral("100000"));

    // Without a limit the run leaves the daemons' caps as they are.
    RunRecorder unlimited(engine);
    options.rateLimit = 0;
    const auto more = fileJobs(m_server, QStringLiteral("unlimited"), 2, 50'000);
    QVERIFY2(engine.start(more, options, &error), qPrintable(error));
    QVERIFY(unlimited.wait(30'000));
    QCOMPARE(unlimited.run().done, 2);
    QCOMPARE(limitOf(*first), QStringLiteral("2000000"));
    QCOMPARE(limitOf(*second), QStringLiteral("100000"));
}

// fetchpool-cli --engine: the list fetched by the daemon, byte-identical,
// a line per engine in the summary, and the secret printed nowhere (output,
// --verbose log, JSON report). Plain RPC to another machine is refused.
void tst_Aria2Engine::cliEngineFlag()
{
    auto daemon = startDaemon(3);
    QVERIFY(daemon);
    QStringList lines;
    for (int i = 0; i < 5; ++i)
        lines << m_server.url(QStringLiteral("/files/cli/c%1.bin?size=%2").arg(i).arg(10'000 + i)).toString();
    const QString list = m_dir->filePath(QStringLiteral("list.txt"));
    {
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.join(u'\n').toUtf8());
    }
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    const QString report = m_dir->filePath(QStringLiteral("report.json"));
    const auto outcome = Test::runCli({QStringLiteral("--engine"), daemon->endpointText(), QStringLiteral("-i"), list,
                                       QStringLiteral("-d"), folder, QStringLiteral("--report"), report,
                                       QStringLiteral("--verbose")});
    QVERIFY2(outcome.exitCode == 0, qPrintable(outcome.err));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(Test::contentsOf(QDir(folder).filePath(QStringLiteral("c%1.bin").arg(i))),
                 Test::servedBody(QStringLiteral("/files/cli/c%1.bin").arg(i), 10'000 + i));
    QVERIFY2(outcome.out.contains(QStringLiteral("aria2://127.0.0.1:%1: 5 files").arg(daemon->port())),
             qPrintable(outcome.out));
    QVERIFY(!outcome.out.contains(daemon->secret()));
    QVERIFY(!outcome.err.contains(daemon->secret()));
    QVERIFY(!Test::contentsOf(report).isEmpty());
    QVERIFY(!Test::contentsOf(report).contains(daemon->secret().toUtf8()));

    // No daemon there: the run starts and fails, its reason printed once, exit status 1.
    const auto nobody = Test::runCli({QStringLiteral("--engine"), QStringLiteral("aria2://hush@127.0.0.1:1"),
                                      QStringLiteral("-i"), list, QStringLiteral("-d"), folder});
    QVERIFY2(nobody.exitCode == 1, qPrintable(nobody.err));
    QCOMPARE(nobody.err.count(QLatin1String("no aria2 daemon could take the run: aria2://127.0.0.1:1: Connection refused")),
             1);
    QVERIFY2(nobody.out.contains(QLatin1String("0 done, 5 failed")), qPrintable(nobody.out));
    QVERIFY2(nobody.out.contains(QLatin1String("aria2://127.0.0.1:1: left out: Connection refused")),
             qPrintable(nobody.out));
    QVERIFY(!nobody.out.contains(QLatin1String("hush")) && !nobody.err.contains(QLatin1String("hush")));

    const auto remote = Test::runCli({QStringLiteral("--engine"), QStringLiteral("aria2://hush@192.0.2.1:6800"),
                                      QStringLiteral("-i"), list, QStringLiteral("-d"), folder});
    QCOMPARE(remote.exitCode, 2);
    QVERIFY2(remote.err.contains(QLatin1String("fetchpool-cli: ")), qPrintable(remote.err));
    QVERIFY2(remote.err.contains(QLatin1String("--engine-insecure")), qPrintable(remote.err));
    QVERIFY(!remote.err.contains(QLatin1String("hush")));
}

QTEST_GUILESS_MAIN(tst_Aria2Engine)
#include "tst_aria2engine.moc"
