// The engine end to end against the in-process test server: every case runs
// once sequentially (1 worker) and once in parallel (16 workers).
#include "downloadengine.h"
#include "enginetest.h"
#include "jsonreport.h"
#include "runrecorder.h"
#include "runreport.h"
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Fetchpool;
using namespace Fetchpool::Test;

class tst_Engine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();

    void manyFilesByteIdentical();
    void failureEndsInRightState_data();
    void failureEndsInRightState();
    void bodyVariantsComplete_data();
    void bodyVariantsComplete();
    void retryThenSuccess();
    void retryAfterIsHonoured();
    void retryIsPublishedWhileItWaits();
    void failureAfterRetriesCountsItsAttempts();
    void redirectChainIsFollowed();
    void nameFromContentDisposition();
    void sameNameFromManyUrls();
    void existingFileIsNeverOverwritten();
    void replacementTakesItsFileOnlyWhenComplete();
    void cancelMidBatchIsPrompt();
    void cancelIsPromptInEveryPhase_data();
    void cancelIsPromptInEveryPhase();
    void cancelOneItem();
    void httpsWithTrustedCertificate();
    void loopbackNeverGoesThroughAProxy();
    void anotherCaDoesNotMakeAServerTrusted();
    void keepAliveConnectionsAreReused();
    void perHostCapIsRespected();
    void progressIsCoalesced();
    void reportSerializesToJson();
    void destinationProblemsAreReported();
    void sequentialAndParallelFoldersAreIdentical();

private:
    EngineOptions options() const { return engineOptions(m_dir->path()); }

    TestServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Engine::initTestCase_data()
{
    addWorkerRows();
}

void tst_Engine::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY2(m_server.startTls(), "the HTTPS listener needs Qt's TLS backend (libqt6network6) and libssl3");
}

void tst_Engine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server.setLatency(0);
    m_server.resetStats();
}

void tst_Engine::manyFilesByteIdentical()
{
    const int count = 500;
    QVector<QUrl> urls;
    for (int i = 0; i < count; ++i)
        urls << m_server.url(QStringLiteral("/files/many/f%1.bin?size=%2").arg(i).arg(1000 + i * 37));

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QString error;
    QVERIFY2(engine.start(jobsFor(urls), options(), &error), qPrintable(error));
    QVERIFY(recorder.wait());

    QCOMPARE(recorder.run().done, count);
    QCOMPARE(recorder.byId.size(), count);
    QCOMPARE(recorder.duplicateResults, 0);
    for (int i = 0; i < count; ++i) {
        const ItemResult &result = recorder.byId.value(quint64(i));
        QCOMPARE(result.state, ItemState::Done);
        QCOMPARE(result.filePath, QDir(m_dir->path()).filePath(QStringLiteral("f%1.bin").arg(i)));
        QFile file(result.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString path = QStringLiteral("/files/many/f%1.bin").arg(i);
        QCOMPARE(file.readAll(), TestServer::body(1000 + i * 37, TestServer::seedForPath(path)));
        QVERIFY(result.worker >= 0 && result.worker < options().workers);
        QVERIFY(result.startUs >= 0 && result.firstByteUs >= result.startUs && result.endUs >= result.firstByteUs);
    }
    QCOMPARE(filesIn(m_dir->path()).size(), count); // no .part left behind
}

void tst_Engine::failureEndsInRightState_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("404") << "/files/missing.bin?status=404" << ErrorKind::Http << "HTTP 404";
    QTest::newRow("403") << "/files/secret.bin?status=403" << ErrorKind::Http << "HTTP 403";
    QTest::newRow("410") << "/files/gone.bin?status=410" << ErrorKind::Http << "HTTP 410";
    QTest::newRow("500 no retries") << "/files/broken.bin?status=500" << ErrorKind::Http << "HTTP 500";
    QTest::newRow("redirect loop") << "/loop/a" << ErrorKind::Redirect << "redirect loop";
    QTest::newRow("too many redirects") << "/chain/11/deep.bin" << ErrorKind::Redirect << "too many redirects";
    QTest::newRow("redirect to ftp") << "/redirect?to=ftp%3A%2F%2F127.0.0.1%2Fx.bin"
                                     << ErrorKind::Redirect << "unsupported scheme 'ftp'";
    QTest::newRow("redirect to file") << "/redirect?to=file%3A%2F%2F%2Fetc%2Fpasswd"
                                      << ErrorKind::Redirect << "unsupported scheme 'file'";
    QTest::newRow("truncated body") << "/files/short.bin?size=100000&truncate=5000"
                                    << ErrorKind::Network << "";
    QTest::newRow("length larger than body") << "/files/liar.bin?size=1000&lengthplus=10"
                                             << ErrorKind::Network << "";
    QTest::newRow("stalled body") << "/files/stall.bin?size=100000&stall=1000"
                                  << ErrorKind::Timeout << "stalled";
    QTest::newRow("never answers") << "/files/hang.bin?hang=1" << ErrorKind::Timeout << "no response";
}

void tst_Engine::failureEndsInRightState()
{
    QFETCH(QString, path);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);

    EngineOptions options = this->options();
    options.responseTimeoutMs = 500;
    options.stallTimeoutMs = 500;
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{7, m_server.url(path)}}, options));
    QVERIFY(recorder.wait());

    const ItemResult result = recorder.byId.value(7);
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.kind, kind);
    QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
    QVERIFY(!result.error.message.isEmpty());
    QVERIFY(result.filePath.isEmpty());
    QCOMPARE(recorder.run().failed, 1);
    QCOMPARE(filesIn(m_dir->path()), QStringList()); // no final-named or partial file
}

void tst_Engine::bodyVariantsComplete_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("size");
    QTest::newRow("chunked") << "/files/chunked.bin?size=300000&chunked=1" << qint64(300000);
    QTest::newRow("no length") << "/files/nolength.bin?size=200000&nolength=1" << qint64(200000);
    QTest::newRow("zero bytes") << "/files/empty.bin?size=0" << qint64(0);
    QTest::newRow("4 MiB") << "/files/big.bin?size=4194304" << qint64(4194304);
    QTest::newRow("server closes keep-alive") << "/files/close.bin?size=5000&close=1" << qint64(5000);
}

void tst_Engine::bodyVariantsComplete()
{
    QFETCH(QString, path);
    QFETCH(qint64, size);
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{1, m_server.url(path)}, {2, m_server.url(path + QStringLiteral("&seed=9"))}},
                         options()));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.run().done, 2);
    const ItemResult result = recorder.byId.value(1);
    QCOMPARE(result.bytes, size);
    QFile file(result.filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), TestServer::body(size, TestServer::seedForPath(QUrl(path).path())));
}

void tst_Engine::retryThenSuccess()
{
    EngineOptions options = this->options();
    options.retries = 3;
    const QString path = QStringLiteral("/files/flaky-%1.bin").arg(options.workers);
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{1, m_server.url(path + QStringLiteral("?size=2048&fail=2&failstatus=503"))}},
                         options));
    QVERIFY(recorder.wait());
    const ItemResult result = recorder.byId.value(1);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(m_server.requestCount(path), 3);
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("flaky-%1.bin").arg(options.workers)});
}

void tst_Engine::retryAfterIsHonoured()
{
    EngineOptions options = this->options();
    options.retries = 1;
    options.retryBaseDelayMs = 1;
    const QString path = QStringLiteral("/files/busy-%1.bin").arg(options.workers);
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QElapsedTimer stopwatch;
    stopwatch.start();
    QVERIFY(engine.start({{1, m_server.url(path + QStringLiteral("?fail=1&failstatus=429&retryafter=1"))}},
                         options));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.byId.value(1).state, ItemState::Done);
    QVERIFY2(stopwatch.elapsed() >= 950, "Retry-After: 1 must delay the second attempt by a second");
}

// A window shows "Retrying in 2 s (attempt 2 of 4): HTTP 503 …" from the
// progress batches alone: while an item waits, its batches carry the
// attempts that failed and the time left; the result keeps every attempt.
void tst_Engine::retryIsPublishedWhileItWaits()
{
    EngineOptions options = this->options();
    options.retries = 3;
    options.retryBaseDelayMs = 300; // waits of 300 and 600 ms: many batches see them
    const QString path = QStringLiteral("/files/retried-%1.bin").arg(options.workers);
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVector<ItemProgress> waiting; // the batches of item 1 while it waited
    int mostRetrying = 0;
    connect(&engine, &DownloadEngine::progressed, this,
            [&](const RunProgress &run, const QVector<ItemProgress> &items) {
                mostRetrying = qMax(mostRetrying, run.retrying);
                for (const ItemProgress &item : items) {
                    if (item.id == 1 && item.isWaitingToRetry())
                        waiting << item;
                }
            });
    QVERIFY(engine.start({{1, m_server.url(path + QStringLiteral("?size=2048&fail=2&failstatus=503"))}}, options));
    QVERIFY(recorder.wait());

    QVERIFY(!waiting.isEmpty());
    int waitsSeen = 0;
    for (const ItemProgress &item : std::as_const(waiting)) {
        const int failed = int(item.pastAttempts.size());
        QVERIFY2(failed == 1 || failed == 2, qPrintable(QString::number(failed)));
        QCOMPARE(item.state, ItemState::Connecting);
        QCOMPARE(item.attempt, failed); // the next attempt has not begun
        QCOMPARE(item.maxAttempts, 4);
        const AttemptRecord &last = item.pastAttempts.last();
        QCOMPARE(last.httpStatus, 503);
        QCOMPARE(last.error.kind, ErrorKind::Http);
        QVERIFY2(last.error.message.contains(QLatin1String("503")), qPrintable(last.error.message));
        const qint64 delayMs = 300 << (failed - 1);
        QVERIFY2(item.retryInMs >= 0 && item.retryInMs <= delayMs, qPrintable(QString::number(item.retryInMs)));
        waitsSeen |= 1 << (failed - 1);
    }
    QCOMPARE(waitsSeen, 0b11); // both waits were published
    QCOMPARE(mostRetrying, 1);
    QCOMPARE(recorder.run().retrying, 0);

    const ItemResult result = recorder.byId.value(1);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(result.attemptHistory.size(), 3);
    const int statuses[] = {503, 503, 200};
    for (int i = 0; i < 3; ++i) {
        const AttemptRecord &attempt = result.attemptHistory.at(i);
        QCOMPARE(attempt.httpStatus, statuses[i]);
        QCOMPARE(attempt.error.kind, i < 2 ? ErrorKind::Http : ErrorKind::None);
        QVERIFY(attempt.startUs >= result.startUs);
        QVERIFY(attempt.firstByteUs >= attempt.startUs && attempt.endUs >= attempt.firstByteUs);
        if (i > 0)
            QVERIFY(attempt.startUs >= result.attemptHistory.at(i - 1).endUs);
    }
    QVERIFY(result.endUs >= result.attemptHistory.last().endUs);
    QCOMPARE(result.firstByteUs, result.attemptHistory.last().firstByteUs);
    QCOMPARE(m_server.requestCount(path), 3);
}

// The last attempt's reason, and how many attempts it took in how long;
// each attempt keeps its own reason.
void tst_Engine::failureAfterRetriesCountsItsAttempts()
{
    EngineOptions options = this->options();
    options.retries = 2;
    const QString path = QStringLiteral("/files/down-%1.bin").arg(options.workers);
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{1, m_server.url(path + QStringLiteral("?fail=9&failstatus=503"))},
                          {2, m_server.url(path + QStringLiteral("?status=404"))}},
                         options));
    QVERIFY(recorder.wait());

    const ItemResult failed = recorder.byId.value(1);
    QCOMPARE(failed.state, ItemState::Failed);
    QCOMPARE(failed.attempts, 3);
    QCOMPARE(failed.attemptHistory.size(), 3);
    const QString &message = failed.error.message;
    QVERIFY2(message.startsWith(QLatin1String("HTTP 503")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("after 3 attempts in ")), qPrintable(message));
    for (const AttemptRecord &attempt : failed.attemptHistory) {
        QCOMPARE(attempt.httpStatus, 503);
        QVERIFY2(attempt.error.message.startsWith(QLatin1String("HTTP 503")), qPrintable(attempt.error.message));
        QVERIFY2(!attempt.error.message.contains(QLatin1String("attempts")), qPrintable(attempt.error.message));
    }

    // One attempt: nothing to count.
    const ItemResult notFound = recorder.byId.value(2);
    QCOMPARE(notFound.attemptHistory.size(), 1);
    QCOMPARE(notFound.attemptHistory.first().httpStatus, 404);
    QVERIFY2(!notFound.error.message.contains(QLatin1String("attempt")), qPrintable(notFound.error.message));
}

void tst_Engine::redirectChainIsFollowed()
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{1, m_server.url(QStringLiteral("/chain/10/end.bin?size=777"))}}, options()));
    QVERIFY(recorder.wait());
    const ItemResult result = recorder.byId.value(1);
    QCOMPARE(result.state, ItemState::Done);
    QCOMPARE(result.finalUrl.path(), QStringLiteral("/files/end.bin"));
    QCOMPARE(QFileInfo(result.filePath).fileName(), QStringLiteral("end.bin"));
    QCOMPARE(result.bytes, 777);
}

void tst_Engine::nameFromContentDisposition()
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    const QString cd = QString::fromLatin1(QUrl::toPercentEncoding(
            QStringLiteral("attachment; filename=\"fallback.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf")));
    QVERIFY(engine.start({{1, m_server.url(QStringLiteral("/files/download?size=10&cd=") + cd)},
                          {2, m_server.url(QStringLiteral("/files/evil?size=10&cd=")
                                           + QString::fromLatin1(QUrl::toPercentEncoding(
                                                   QStringLiteral("attachment; filename=\"../../escape.sh\""))))}},
                         options()));
    QVERIFY(recorder.wait());
    QCOMPARE(QFileInfo(recorder.byId.value(1).filePath).fileName(), QStringLiteral("résumé.pdf"));
    const QString evil = recorder.byId.value(2).filePath;
    QCOMPARE(QFileInfo(evil).absolutePath(), QFileInfo(m_dir->path()).canonicalFilePath());
    QCOMPARE(QFileInfo(evil).fileName(), QStringLiteral("escape.sh"));
}

void tst_Engine::sameNameFromManyUrls()
{
    QVector<QUrl> urls;
    const QString cd = QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("attachment; filename=same.bin")));
    for (int i = 0; i < 100; ++i)
        urls << m_server.url(QStringLiteral("/files/s%1?size=%2&cd=%3").arg(i).arg(100 + i).arg(cd));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor(urls), options()));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.run().done, 100);
    QSet<QString> paths;
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        paths.insert(result.filePath);
        QCOMPARE(QFileInfo(result.filePath).size(), result.bytes); // each file holds its own body
    }
    QCOMPARE(paths.size(), 100);
    QVERIFY(filesIn(m_dir->path()).contains(QStringLiteral("same.bin")));
    QVERIFY(filesIn(m_dir->path()).contains(QStringLiteral("same (99).bin")));
}

void tst_Engine::existingFileIsNeverOverwritten()
{
    const QString existing = QDir(m_dir->path()).filePath(QStringLiteral("keep.bin"));
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{1, m_server.url(QStringLiteral("/files/keep.bin?size=64"))}}, options()));
    QVERIFY(recorder.wait());
    QCOMPARE(QFileInfo(recorder.byId.value(1).filePath).fileName(), QStringLiteral("keep (1).bin"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("precious"));
}

void tst_Engine::replacementTakesItsFileOnlyWhenComplete()
{
    // An earlier download of the item, since changed on the server.
    const QString folder = QFileInfo(m_dir->path()).canonicalFilePath();
    const QString earlier = folder + QStringLiteral("/photo.bin");
    {
        QFile file(earlier);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the earlier copy");
    }
    const QString path = QStringLiteral("/files/replace/photo.bin");
    // The body stalls half-way for long enough to look at the folder, even
    // on a slow (sanitized, loaded) machine.
    DownloadJob replacement{1, m_server.url(path + QStringLiteral("?size=40000&stall=4000"))};
    replacement.replaces = earlier;
    // Another URL wanting the same name may not take it: only the job naming the file replaces it.
    const DownloadJob namesake{2, m_server.url(QStringLiteral("/files/elsewhere/photo.bin?size=100"))};

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({replacement, namesake}, options()));
    // Half-way through the body, the earlier file is still all there.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(earlier + QStringLiteral(".part")).size() > 0, 30'000);
    QVERIFY(!recorder.byId.contains(1));
    QCOMPARE(contentsOf(earlier), QByteArray("the earlier copy"));
    QVERIFY(QFileInfo::exists(earlier + QStringLiteral(".part")));
    QVERIFY(recorder.wait());

    const ItemResult replaced = recorder.byId.value(1);
    QCOMPARE(replaced.state, ItemState::Done);
    QCOMPARE(replaced.filePath, earlier);
    QCOMPARE(contentsOf(earlier), TestServer::body(40000, TestServer::seedForPath(path)));
    QCOMPARE(recorder.byId.value(2).filePath, folder + QStringLiteral("/photo (1).bin"));
    QCOMPARE(filesIn(folder), QStringList({QStringLiteral("photo (1).bin"), QStringLiteral("photo.bin")}));

    // The file gone meanwhile: the replacement saves it again under its name.
    QVERIFY(QFile::remove(earlier));
    RunRecorder again(engine);
    replacement.url = m_server.url(path + QStringLiteral("?size=500"));
    QVERIFY(engine.start({replacement}, options()));
    QVERIFY(again.wait());
    QCOMPARE(again.byId.value(1).filePath, earlier);
    QCOMPARE(contentsOf(earlier), TestServer::body(500, TestServer::seedForPath(path)));
}

void tst_Engine::cancelMidBatchIsPrompt()
{
    EngineOptions options = this->options();
    options.workers = options.workers == 1 ? 1 : EngineOptions::MaxWorkers;
    QVector<QUrl> urls;
    for (int i = 0; i < 600; ++i)
        urls << m_server.url(QStringLiteral("/files/c%1.bin?size=1000000&stall=2000").arg(i));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor(urls), options));
    QTRY_VERIFY_WITH_TIMEOUT(engine.progress().inFlight >= qMin(options.workers, 200), 20'000);

    // Measured on the run's clock, where the last item ended: not when this
    // thread got round to the signal.
    const qint64 cancelledAtUs = engine.progress().elapsedUs;
    engine.cancel();
    QVERIFY(recorder.wait(10'000));
    const qint64 cancelMs = (recorder.wallUs() - cancelledAtUs) / 1000;
    qInfo("cancelled %d in-flight transfers in %lld ms", options.workers, cancelMs);
    QVERIFY2(cancelMs < 1000, "cancel must be prompt");

    QCOMPARE(recorder.run().cancelled, 600);
    QCOMPARE(recorder.byId.size(), 600);
    for (const ItemResult &result : std::as_const(recorder.byId))
        QCOMPARE(result.state, ItemState::Cancelled);
    QCOMPARE(filesIn(m_dir->path()), QStringList());
}

void tst_Engine::cancelIsPromptInEveryPhase_data()
{
    QTest::addColumn<QString>("phase");
    // Each row leaves the transfers where no byte will arrive on its own for
    // a minute, so only the cancel's wake-up can end them in time.
    QTest::newRow("no response") << QStringLiteral("hang");
    QTest::newRow("body stalled") << QStringLiteral("stall");
    QTest::newRow("TLS handshake unanswered") << QStringLiteral("handshake");
    QTest::newRow("waiting to retry") << QStringLiteral("backoff");
    QTest::newRow("waiting for a host slot") << QStringLiteral("hostcap");
}

// Stop ends every transfer within 100 ms, wherever it waits: the wake-up of
// the worker's poll, not the worker's next look at its clock (once a second),
// and not a timeout (a minute here).
void tst_Engine::cancelIsPromptInEveryPhase()
{
    QFETCH(QString, phase);
    EngineOptions options = this->options();
    options.responseTimeoutMs = 60'000;
    options.stallTimeoutMs = 60'000;
    const int count = qMin(options.workers, 8);

    // A TCP peer that accepts and never says a word: a TLS client waits in its handshake.
    QTcpServer silent;
    QList<QTcpSocket *> accepted;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            accepted << socket;
    });

    QVector<QUrl> urls;
    for (int i = 0; i < count; ++i) {
        const QString name = QStringLiteral("/files/%1-%2-%3.bin").arg(phase).arg(options.workers).arg(i);
        if (phase == QLatin1String("hang"))
            urls << m_server.url(name + QStringLiteral("?hang=1"));
        else if (phase == QLatin1String("stall"))
            urls << m_server.url(name + QStringLiteral("?size=1000000&stall=60000"));
        else if (phase == QLatin1String("handshake"))
            urls << QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(silent.serverPort()).arg(name));
        else if (phase == QLatin1String("backoff"))
            urls << m_server.url(name + QStringLiteral("?fail=5&failstatus=503"));
        else
            urls << m_server.url(name + QStringLiteral("?hang=1"));
    }
    if (phase == QLatin1String("backoff")) {
        options.retries = 3;
        options.retryBaseDelayMs = 60'000;
        options.maxRetryDelayMs = 60'000;
    }
    if (phase == QLatin1String("hostcap"))
        options.maxPerHost = 1; // one item hangs, the others wait for its slot

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor(urls), options));
    // Wait until every item is where the row wants it.
    if (phase == QLatin1String("stall")) {
        QTRY_VERIFY_WITH_TIMEOUT(engine.progress().bytes >= qint64(count) * 16 * 1024, 20'000);
    } else if (phase == QLatin1String("handshake")) {
        QTRY_VERIFY_WITH_TIMEOUT(accepted.size() >= count, 20'000);
    } else if (phase == QLatin1String("backoff")) {
        QTRY_VERIFY_WITH_TIMEOUT(engine.progress().retrying == count, 20'000);
    } else if (phase == QLatin1String("hostcap")) {
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount() >= 1 && engine.progress().inFlight >= 1, 20'000);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount() >= count, 20'000);
    }

    const qint64 cancelledAtUs = engine.progress().elapsedUs;
    engine.cancel();
    QVERIFY(recorder.wait(10'000));
    QCOMPARE(recorder.byId.size(), count);
    qint64 slowestMs = 0;
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        QCOMPARE(result.state, ItemState::Cancelled);
        slowestMs = qMax(slowestMs, (result.endUs - cancelledAtUs) / 1000);
    }
    QCOMPARE(recorder.run().retrying, 0); // a wait ends with its item
    qInfo("%d items cancelled while %s; the slowest ended %lld ms after Stop", count, qPrintable(phase), slowestMs);
    QVERIFY2(slowestMs <= 100, qPrintable(QStringLiteral("%1 ms").arg(slowestMs)));
    QCOMPARE(filesIn(m_dir->path()), QStringList());
    qDeleteAll(accepted);
}

void tst_Engine::cancelOneItem()
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{1, m_server.url(QStringLiteral("/files/hang-one?hang=1"))},
                          {2, m_server.url(QStringLiteral("/files/ok-one.bin?size=10"))}},
                         options()));
    QTRY_VERIFY(engine.progress().inFlight >= 1);
    engine.cancelItem(1);
    QVERIFY(recorder.wait(10'000));
    QCOMPARE(recorder.byId.value(1).state, ItemState::Cancelled);
    QCOMPARE(recorder.byId.value(2).state, ItemState::Done);
}

void tst_Engine::httpsWithTrustedCertificate()
{
    EngineOptions options = this->options();
    options.caCertificateFile = TestServer::certificateFile();
    QVector<QUrl> urls;
    for (int i = 0; i < 40; ++i)
        urls << m_server.httpsUrl(QStringLiteral("/files/tls/t%1.bin?size=%2").arg(i).arg(1000 + i * 997));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor(urls), options));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.run().done, urls.size());
    for (int i = 0; i < urls.size(); ++i) {
        const ItemResult result = recorder.byId.value(quint64(i));
        QCOMPARE(result.protocol, QStringLiteral("HTTP/1.1")); // the test server does not speak HTTP/2
        QFile file(result.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString path = QStringLiteral("/files/tls/t%1.bin").arg(i);
        QCOMPARE(file.readAll(), TestServer::body(1000 + i * 997, TestServer::seedForPath(path)));
    }
    // The per-worker session: one TLS connection per worker, kept alive.
    QVERIFY2(m_server.totalConnections() <= options.workers, qPrintable(QString::number(m_server.totalConnections())));
}

// libcurl takes proxies from the environment; none can reach this machine's
// loopback, so those requests go direct even with a proxy configured.
void tst_Engine::loopbackNeverGoesThroughAProxy()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QByteArray deadProxy = "http://127.0.0.1:" + QByteArray::number(closed.serverPort());
    closed.close();
    const QByteArray savedHttp = qgetenv("http_proxy");
    const QByteArray savedHttps = qgetenv("https_proxy");
    qputenv("http_proxy", deadProxy);
    qputenv("https_proxy", deadProxy);
    const auto restore = qScopeGuard([&] {
        savedHttp.isNull() ? qunsetenv("http_proxy") : qputenv("http_proxy", savedHttp);
        savedHttps.isNull() ? qunsetenv("https_proxy") : qputenv("https_proxy", savedHttps);
    });

    EngineOptions options = this->options();
    options.caCertificateFile = TestServer::certificateFile();
    QUrl viaName = m_server.url(QStringLiteral("/files/proxy/by-name.bin?size=300"));
    viaName.setHost(QStringLiteral("localhost"));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{1, m_server.url(QStringLiteral("/files/proxy/plain.bin?size=100"))},
                          {2, m_server.httpsUrl(QStringLiteral("/files/proxy/secure.bin?size=200"))},
                          {3, viaName}},
                         options));
    QVERIFY(recorder.wait());
    for (quint64 id : {1, 2, 3})
        QVERIFY2(recorder.byId.value(id).state == ItemState::Done, qPrintable(recorder.byId.value(id).error.message));
}

// Trusting an extra CA adds to what is trusted; it never turns checking off.
void tst_Engine::anotherCaDoesNotMakeAServerTrusted()
{
    EngineOptions options = this->options();
    options.caCertificateFile = QStringLiteral(FETCHPOOL_TEST_OTHER_CA);
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{1, m_server.httpsUrl(QStringLiteral("/files/untrusted.bin?size=100"))}}, options));
    QVERIFY(recorder.wait());
    const ItemResult result = recorder.byId.value(1);
    QCOMPARE(result.state, ItemState::Failed);
    QCOMPARE(result.error.network, NetworkError::TlsFailed);
    QVERIFY2(result.error.message.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.tlsPort())),
             qPrintable(result.error.message));
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/untrusted.bin")), 0);
    QCOMPARE(filesIn(m_dir->path()), QStringList());

    // A file that holds no certificate is refused before anything starts.
    options.caCertificateFile = QDir(m_dir->path()).filePath(QStringLiteral("not-a-ca.pem"));
    QFile junk(options.caCertificateFile);
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("hello");
    junk.close();
    QString error;
    QVERIFY(!engine.start({{2, m_server.httpsUrl(QStringLiteral("/files/x.bin"))}}, options, &error));
    QVERIFY2(error.contains(QLatin1String("holds no PEM certificate")) && error.contains(QLatin1String("not-a-ca.pem")),
             qPrintable(error));
}

void tst_Engine::keepAliveConnectionsAreReused()
{
    QVector<QUrl> urls;
    for (int i = 0; i < 60; ++i)
        urls << m_server.url(QStringLiteral("/files/k%1.bin?size=512").arg(i));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    const EngineOptions options = this->options();
    QVERIFY(engine.start(jobsFor(urls), options));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.run().done, 60);
    // One connection per worker thread, not one per file.
    QVERIFY2(m_server.totalConnections() <= options.workers,
             qPrintable(QString::number(m_server.totalConnections())));
}

void tst_Engine::perHostCapIsRespected()
{
    m_server.setLatency(30);
    QVector<QUrl> urls;
    for (int i = 0; i < 40; ++i)
        urls << m_server.url(QStringLiteral("/files/h%1.bin?size=256").arg(i));
    EngineOptions options = this->options();
    options.maxPerHost = 3;
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor(urls), options));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.run().done, 40);
    QVERIFY(m_server.peakConcurrentRequests() <= qMin(3, options.workers));
    if (options.workers > 1)
        QVERIFY(m_server.peakConcurrentRequests() >= 2);
}

void tst_Engine::progressIsCoalesced()
{
    QVector<QUrl> urls;
    for (int i = 0; i < 64; ++i)
        urls << m_server.url(QStringLiteral("/files/p%1.bin?size=2000000").arg(i));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobsFor(urls), options()));
    QVERIFY(recorder.wait());
    QCOMPARE(recorder.run().done, 64);
    // 128 MB arrive in thousands of chunks; batches are bounded by the clock.
    const qint64 wallMs = recorder.wallUs() / 1000;
    QVERIFY2(recorder.progressBatches <= wallMs / 30 + 3,
             qPrintable(QStringLiteral("%1 batches in %2 ms").arg(recorder.progressBatches).arg(wallMs)));
}

void tst_Engine::reportSerializesToJson()
{
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({{0, m_server.url(QStringLiteral("/files/r.bin?size=100"))},
                          {1, m_server.url(QStringLiteral("/files/r404?status=404"))}},
                         options()));
    QVERIFY(recorder.wait());
    RunReport report;
    report.workers = options().workers;
    report.wallUs = recorder.wallUs();
    report.totals = recorder.run();
    report.items = {recorder.byId.value(0), recorder.byId.value(1)};
    const QJsonObject json = JsonReport::toJson(report);
    QCOMPARE(json.value(QStringLiteral("done")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("bytes")).toInteger(), 100);
    const QJsonArray items = json.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("httpStatus")).toInt(), 404);
    QCOMPARE(items.at(1).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("http"));
}

void tst_Engine::destinationProblemsAreReported()
{
    EngineOptions options = this->options();
    options.destination = QDir(m_dir->path()).filePath(QStringLiteral("does-not-exist"));
    DownloadEngine engine;
    QString error;
    QVERIFY(!engine.start({{1, m_server.url(QStringLiteral("/files/x"))}}, options, &error));
    QVERIFY2(error.contains(QStringLiteral("does-not-exist")), qPrintable(error));
    QVERIFY(!engine.isRunning());
}

void tst_Engine::sequentialAndParallelFoldersAreIdentical()
{
    QVector<QUrl> urls;
    for (int i = 0; i < 120; ++i) {
        QString path = QStringLiteral("/files/cmp/i%1.bin?size=%2").arg(i).arg(i * 131);
        if (i % 3 == 0)
            path += QStringLiteral("&cd=attachment%3B%20filename%3Dnamed-%1.dat").arg(i);
        if (i % 5 == 0)
            path += QStringLiteral("&chunked=1");
        urls << m_server.url(path);
    }
    auto runInto = [&](int workers, const QString &folder) {
        QMap<QString, QByteArray> contents;
        QDir().mkpath(folder);
        EngineOptions options = this->options();
        options.workers = workers;
        options.destination = folder;
        DownloadEngine engine;
        RunRecorder recorder(engine);
        if (!engine.start(jobsFor(urls), options) || !recorder.wait())
            return contents;
        for (const QString &name : filesIn(folder)) {
            QFile file(QDir(folder).filePath(name));
            if (file.open(QIODevice::ReadOnly))
                contents.insert(name, file.readAll());
        }
        return contents;
    };
    const auto sequential = runInto(1, m_dir->filePath(QStringLiteral("seq")));
    const auto parallel = runInto(32, m_dir->filePath(QStringLiteral("par")));
    QCOMPARE(sequential.size(), 120);
    QVERIFY(sequential == parallel);
}

QTEST_GUILESS_MAIN(tst_Engine)
#include "tst_engine.moc"
