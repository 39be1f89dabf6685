// The fault matrix beyond tst_engine: what the network, the server, the disk
// or a hostile name does to a run. Every case runs sequentially (1 worker) and
// in parallel (16) and checks the items' final states and messages and the
// disk: no partial file under any name, nothing outside the folder, the file
// that was there before untouched. Mount-based cases need root (as in CI) and
// are skipped with the reason when the folder cannot be mounted.
#include "downloadengine.h"
#include "enginetest.h"
#include "runrecorder.h"
#include "testserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>

#include <cerrno>

using namespace Fetchpool;
using namespace Fetchpool::Test;

namespace {

const QByteArray PreciousBytes = QByteArrayLiteral("precious bytes that no run may touch\n");
const QString ExistingName = QStringLiteral("existing.bin");

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// A destination folder inside a scratch root, a neighbour folder outside it,
// a file that was there before the run, and a snapshot of everything around
// the destination, to prove afterwards what a run did and did not touch.
class Sandbox
{
public:
    bool create()
    {
        if (!m_root.isValid())
            return false;
        return QDir(m_root.path()).mkpath(QStringLiteral("dest/"))
                && QDir(m_root.path()).mkpath(QStringLiteral("outside/"))
                && write(outsidePath(QStringLiteral("sentinel.txt")), "outside the destination\n");
    }

    QString root() const { return m_root.path(); }
    QString dest() const { return QDir(m_root.path()).filePath(QStringLiteral("dest")); }
    QString destPath(const QString &name) const { return dest() + QLatin1Char('/') + name; }
    QString outsidePath(const QString &name) const
    {
        return QDir(m_root.path()).filePath(QStringLiteral("outside/") + name);
    }

    // The file a run must never touch; its name is the one several cases ask for.
    bool plantExisting()
    {
        if (!write(destPath(ExistingName), PreciousBytes))
            return false;
        m_existing = identity(destPath(ExistingName));
        return true;
    }

    // Everything under the root but outside the destination, as it is now.
    void snapshotOutside() { m_outside = outsideTree(); }

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && file.write(bytes) == bytes.size();
    }

    QStringList destEntries() const
    {
        QStringList names = QDir(dest()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                   | QDir::NoDotAndDotDot);
        names.sort();
        return names;
    }

    // What is wrong with the disk after a run whose Done items saved
    // `saved` (file names in the destination); empty when all is well.
    QString diskProblems(QStringList saved) const
    {
        QStringList problems;
        if (!m_existing.isEmpty())
            saved << ExistingName;
        saved.sort();
        const QStringList entries = destEntries();
        if (entries != saved) {
            problems << QStringLiteral("destination holds [%1], expected [%2]")
                                .arg(entries.join(QStringLiteral(", ")), saved.join(QStringLiteral(", ")));
        }
        for (const QString &name : entries) {
            if (name.endsWith(QLatin1String(".part")))
                problems << QStringLiteral("partial file left: ") + name;
        }
        if (!m_existing.isEmpty()) {
            QFile file(destPath(ExistingName));
            if (!file.open(QIODevice::ReadOnly) || file.readAll() != PreciousBytes)
                problems << QStringLiteral("the pre-existing file's bytes changed");
            if (identity(destPath(ExistingName)) != m_existing)
                problems << QStringLiteral("the pre-existing file was replaced or modified");
        }
        if (outsideTree() != m_outside)
            problems << QStringLiteral("something changed outside the destination");
        return problems.join(QStringLiteral("; "));
    }

private:
    // Inode, size and modification time: a replaced or rewritten file differs.
    static QString identity(const QString &path)
    {
        struct stat info = {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
            return QStringLiteral("missing");
        return QStringLiteral("%1/%2/%3.%4/%5")
                .arg(info.st_ino)
                .arg(info.st_size)
                .arg(info.st_mtim.tv_sec)
                .arg(info.st_mtim.tv_nsec)
                .arg(info.st_mode, 0, 8);
    }

    QStringList outsideTree() const
    {
        QStringList tree;
        const QString destPrefix = dest() + QLatin1Char('/');
        QDirIterator it(m_root.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path == dest() || path.startsWith(destPrefix))
                continue;
            tree << path + QLatin1Char(' ') + identity(path);
        }
        tree.sort();
        return tree;
    }

    QTemporaryDir m_root;
    QString m_existing;
    QStringList m_outside;
};

// A tmpfs mounted over a folder for the length of one test. Mounting needs
// root (CI runs as root); every failure comes back as a reason to skip.
// mount(2) rather than the mount program: a child process started from this
// multi-threaded test would make ThreadSanitizer stop the next thread start.
class TmpfsMount
{
public:
    Q_DISABLE_COPY_MOVE(TmpfsMount)
    TmpfsMount() = default;
    ~TmpfsMount() { unmount(); }

    QString mount(const QString &folder, const QString &options)
    {
        const QByteArray target = QFile::encodeName(folder);
        if (::mount("tmpfs", target.constData(), "tmpfs", 0, options.toLatin1().constData()) != 0)
            return QStringLiteral("cannot mount a tmpfs on %1: %2").arg(folder, qt_error_string(errno));
        m_folder = target;
        m_options = options.toLatin1();
        return {};
    }

    QString makeReadOnly()
    {
        if (::mount("tmpfs", m_folder.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, m_options.constData()) != 0)
            return qt_error_string(errno);
        return {};
    }

    void unmount()
    {
        if (m_folder.isEmpty())
            return;
        // Lazily when busy, so the test's own cleanup can still remove the folder.
        if (::umount(m_folder.constData()) != 0)
            ::umount2(m_folder.constData(), MNT_DETACH);
        m_folder.clear();
    }

private:
    QByteArray m_folder;
    QByteArray m_options;
};

// Every message the process logs while it lives, from any thread.
class LogCapture
{
public:
    Q_DISABLE_COPY_MOVE(LogCapture)
    LogCapture()
    {
        s_current = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(QStringLiteral("fetchpool.*=true"));
    }
    ~LogCapture()
    {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
        s_current = nullptr;
    }

    QString text() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lines.join(QLatin1Char('\n'));
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (LogCapture *self = s_current) {
            QMutexLocker lock(&self->m_mutex);
            self->m_lines << QString::fromLatin1(context.category ? context.category : "") + QStringLiteral(": ")
                            + message;
            if (self->m_previous)
                self->m_previous(type, context, message);
        }
    }

    static inline LogCapture *s_current = nullptr;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex;
    QStringList m_lines;
};

QStringList savedNames(const RunRecorder &recorder)
{
    QStringList names;
    for (const ItemResult &result : recorder.byId) {
        if (result.state == ItemState::Done)
            names << QFileInfo(result.filePath).fileName();
    }
    return names;
}

QString describe(const ItemResult &result)
{
    return QStringLiteral("item %1 (%2): %3, %4: %5")
            .arg(result.id)
            .arg(result.url.toDisplayString(), stateName(result.state), errorKindName(result.error.kind),
                 result.error.message);
}

} // namespace

class tst_Faults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void connectionRefused();
    void unresolvableHost();
    void selfSignedCertificateIsRefused();
    void httpsToHttpRedirectIsRefused();
    void diskFull();
    void readOnlyDestinationIsRejectedAtStart();
    void destinationBecomesReadOnlyMidRun();
    void destinationRemovedMidRun();
    void thousandUrlsWantTheSameName();
    void hostileNamesStayInside();
    void symlinksInDestinationAreNeverFollowed();
    void failedReplacementKeepsTheFile_data();
    void failedReplacementKeepsTheFile();
    void replacementOnlyEverTakesItsOwnRegularFile();
    void filesRespectTheUmask();
    void credentialsAreMaskedInResultsAndLogs();
    void credentialsAreMaskedByTheCli();

private:
    EngineOptions options() const { return engineOptions(m_box->dest()); }
    // Runs `urls` (ids 0..n-1) to the end.
    bool runToEnd(const QVector<QUrl> &urls, RunRecorder &recorder, DownloadEngine &engine,
                  const EngineOptions &options);
    // Items 1..n wait `latencyMs` for their headers, item 0 does not: a
    // finished batch with item 0 arrives while the others have no file yet.
    QVector<QUrl> oneFastThenSlow(const QString &prefix, int slowCount, int latencyMs) const;

    TestServer m_server;
    std::unique_ptr<Sandbox> m_box;
    std::unique_ptr<TmpfsMount> m_mount;
};

void tst_Faults::initTestCase_data()
{
    addWorkerRows();
}

void tst_Faults::initTestCase()
{
    QVERIFY(m_server.start());
    QVERIFY2(m_server.startTls(), "the HTTPS listener needs Qt's TLS backend (libqt6network6) and libssl3");
}

void tst_Faults::init()
{
    m_box = std::make_unique<Sandbox>();
    QVERIFY(m_box->create());
    m_mount = std::make_unique<TmpfsMount>();
    m_server.setLatency(0);
    m_server.resetStats();
}

void tst_Faults::cleanup()
{
    m_mount.reset(); // before the folder under it goes
    m_box.reset();
}

bool tst_Faults::runToEnd(const QVector<QUrl> &urls, RunRecorder &recorder, DownloadEngine &engine,
                          const EngineOptions &options)
{
    QString error;
    if (!engine.start(jobsFor(urls), options, &error)) {
        qWarning("start refused: %s", qPrintable(error));
        return false;
    }
    return recorder.wait(120'000) && recorder.byId.size() == urls.size() && recorder.duplicateResults == 0;
}

QVector<QUrl> tst_Faults::oneFastThenSlow(const QString &prefix, int slowCount, int latencyMs) const
{
    QVector<QUrl> urls{m_server.url(QStringLiteral("/files/%1-first.bin?size=1000").arg(prefix))};
    for (int i = 1; i <= slowCount; ++i)
        urls << m_server.url(QStringLiteral("/files/%1-late%2.bin?size=1000&latency=%3").arg(prefix).arg(i).arg(latencyMs));
    return urls;
}

void tst_Faults::connectionRefused()
{
    QVERIFY(m_box->plantExisting());
    m_box->snapshotOutside();
    // A port that was just ours and is closed now: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    EngineOptions options = this->options();
    options.retries = 1; // refused is transient: retried once, then given up
    QVector<QUrl> urls;
    for (const QString &name : {ExistingName, QStringLiteral("a.bin"), QStringLiteral("b.bin")})
        urls << QUrl(QStringLiteral("http://127.0.0.1:%1/files/%2").arg(port).arg(name));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(runToEnd(urls, recorder, engine, options));

    QCOMPARE(recorder.run().failed, 3);
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        QCOMPARE(result.state, ItemState::Failed);
        QCOMPARE(result.error.kind, ErrorKind::Network);
        QCOMPARE(result.error.network, NetworkError::ConnectionRefused);
        QCOMPARE(result.attempts, 2);
        QVERIFY2(result.error.message.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(describe(result)));
        QVERIFY2(result.error.message.contains(QLatin1String("refused"), Qt::CaseInsensitive),
                 qPrintable(describe(result)));
        QVERIFY(result.filePath.isEmpty());
    }
    const QString disk = m_box->diskProblems({});
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

// Names under .invalid never resolve (RFC 6761), and the engine fails them
// without asking the system resolver: the case stays on loopback.
void tst_Faults::unresolvableHost()
{
    QVERIFY(m_box->plantExisting());
    m_box->snapshotOutside();
    const QString redirectPath = QStringLiteral("/redirect");
    const QUrl viaRedirect = m_server.url(
            redirectPath + QStringLiteral("?to=")
            + QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("http://cdn.invalid/files/b.bin"))));

    EngineOptions options = this->options();
    options.retries = 2; // a name that does not exist is not worth asking again
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(runToEnd({QUrl(QStringLiteral("http://nowhere.invalid/files/") + ExistingName),
                      QUrl(QStringLiteral("http://NoWhere.Invalid:8080/a.bin")), viaRedirect},
                     recorder, engine, options));

    QCOMPARE(recorder.run().failed, 3);
    const QStringList hosts{QStringLiteral("nowhere.invalid:80"), QStringLiteral("nowhere.invalid:8080"),
                            QStringLiteral("cdn.invalid:80")};
    for (int id = 0; id < hosts.size(); ++id) {
        const ItemResult &result = recorder.byId.value(id);
        QCOMPARE(result.state, ItemState::Failed);
        QCOMPARE(result.error.kind, ErrorKind::Network);
        QCOMPARE(result.error.network, NetworkError::HostNotFound);
        QCOMPARE(result.attempts, 1);
        QVERIFY2(result.error.message.contains(hosts.at(id)), qPrintable(describe(result)));
        QVERIFY2(result.error.message.contains(QLatin1String("not found"))
                         && result.error.message.contains(QLatin1String(".invalid names never resolve")),
                 qPrintable(describe(result)));
        QVERIFY(result.filePath.isEmpty());
    }
    QCOMPARE(m_server.requestCount(redirectPath), 1);
    const QString disk = m_box->diskProblems({});
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::selfSignedCertificateIsRefused()
{
    QVERIFY(m_box->plantExisting());
    m_box->snapshotOutside();
    const QString path = QStringLiteral("/files/") + ExistingName;
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(runToEnd({m_server.httpsUrl(path + QStringLiteral("?size=4096")),
                      m_server.httpsUrl(QStringLiteral("/files/tls2.bin?size=4096"))},
                     recorder, engine, options()));

    for (const ItemResult &result : std::as_const(recorder.byId)) {
        QCOMPARE(result.state, ItemState::Failed);
        QCOMPARE(result.error.kind, ErrorKind::Network);
        QCOMPARE(result.error.network, NetworkError::TlsFailed);
        const QString &message = result.error.message;
        QVERIFY2(message.contains(QLatin1String("certificate"), Qt::CaseInsensitive)
                         && message.contains(QLatin1String("SSL"), Qt::CaseInsensitive),
                 qPrintable(describe(result)));
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.tlsPort())), qPrintable(describe(result)));
        QCOMPARE(result.httpStatus, 0);
    }
    // Never silently accepted: no request ever got through the handshake.
    QCOMPARE(m_server.requestCount(path), 0);
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/tls2.bin")), 0);
    QVERIFY(m_server.totalConnections() >= 1);
    const QString disk = m_box->diskProblems({});
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::httpsToHttpRedirectIsRefused()
{
    // Trust the test certificate for this case only: the refusal must come
    // from the redirect policy, and a plain https item proves TLS works.
    EngineOptions options = this->options();
    options.caCertificateFile = TestServer::certificateFile();

    QVERIFY(m_box->plantExisting());
    m_box->snapshotOutside();
    const QUrl plain = m_server.url(QStringLiteral("/files/") + ExistingName + QStringLiteral("?size=100"));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(runToEnd({m_server.httpsUrl(QStringLiteral("/redirect?to=") + percentEncoded(plain.toString())),
                      m_server.httpsUrl(QStringLiteral("/files/secure.bin?size=5000"))},
                     recorder, engine, options));

    const ItemResult refused = recorder.byId.value(0);
    QCOMPARE(refused.state, ItemState::Failed);
    QCOMPARE(refused.error.kind, ErrorKind::Redirect);
    QVERIFY2(refused.error.message.contains(QLatin1String("https to http")), qPrintable(describe(refused)));
    QVERIFY2(refused.error.message.contains(plain.toDisplayString()), qPrintable(describe(refused)));
    QCOMPARE(m_server.requestCount(QStringLiteral("/files/") + ExistingName), 0); // never followed

    const ItemResult secure = recorder.byId.value(1);
    QVERIFY2(secure.state == ItemState::Done, qPrintable(describe(secure)));
    QFile file(secure.filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), TestServer::body(5000, TestServer::seedForPath(QStringLiteral("/files/secure.bin"))));
    const QString disk = m_box->diskProblems({QStringLiteral("secure.bin")});
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::diskFull()
{
    const QString reason = m_mount->mount(m_box->dest(), QStringLiteral("size=256k"));
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY(m_box->plantExisting());
    m_box->snapshotOutside();

    QVector<QUrl> urls;
    for (int i = 0; i < 4; ++i)
        urls << m_server.url(QStringLiteral("/files/full%1.bin?size=1048576").arg(i));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(runToEnd(urls, recorder, engine, options()));

    QCOMPARE(recorder.run().failed, 4);
    // All four are listed when one is wrong: where the disk fills decides the path taken.
    QStringList wrong;
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        if (result.state != ItemState::Failed || result.error.kind != ErrorKind::FileSystem || result.bytes != 0
            || !result.error.message.contains(QLatin1String("No space left on device"))
            || !result.error.message.contains(m_box->dest()))
            wrong << describe(result);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    const QString disk = m_box->diskProblems({});
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::readOnlyDestinationIsRejectedAtStart()
{
    // chmod does not stop root: a read-only file system does.
    const QString reason = m_mount->mount(m_box->dest(), QStringLiteral("size=1m"));
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY(m_box->plantExisting());
    const QString remount = m_mount->makeReadOnly();
    if (!remount.isEmpty())
        QSKIP(qPrintable(QStringLiteral("cannot remount %1 read-only: %2").arg(m_box->dest(), remount)));
    m_box->snapshotOutside();

    DownloadEngine engine;
    QSignalSpy started(&engine, &DownloadEngine::runStarted);
    QString error;
    QVERIFY(!engine.start({{1, m_server.url(QStringLiteral("/files/ro.bin?size=10"))}}, options(), &error));
    QVERIFY2(error.contains(m_box->dest()) && error.contains(QLatin1String("Read-only file system")), qPrintable(error));
    QVERIFY(!engine.isRunning());
    QCOMPARE(started.size(), 0);
    QCOMPARE(m_server.requestCount(), 0);
    const QString disk = m_box->diskProblems({});
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::destinationBecomesReadOnlyMidRun()
{
    const QString reason = m_mount->mount(m_box->dest(), QStringLiteral("size=16m"));
    if (!reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY(m_box->plantExisting());
    m_box->snapshotOutside();

    QFETCH_GLOBAL(int, workers);
    const QVector<QUrl> urls = oneFastThenSlow(QStringLiteral("ro"), workers == 1 ? 3 : 16, 2000);
    DownloadEngine engine;
    RunRecorder recorder(engine);
    // While the slow items wait for their headers no file is open, so the
    // remount cannot be refused as busy.
    QString remountError = QStringLiteral("never remounted");
    recorder.onFinishedBatch = [&](const QVector<ItemResult> &) {
        if (remountError == QLatin1String("never remounted"))
            remountError = m_mount->makeReadOnly();
    };
    QVERIFY(runToEnd(urls, recorder, engine, options()));
    QVERIFY2(remountError.isEmpty(), qPrintable(remountError));

    const ItemResult first = recorder.byId.value(0);
    QVERIFY2(first.state == ItemState::Done, qPrintable(describe(first)));
    QFile file(first.filePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), TestServer::body(1000, TestServer::seedForPath(QStringLiteral("/files/ro-first.bin"))));
    for (int i = 1; i < urls.size(); ++i) {
        const ItemResult result = recorder.byId.value(quint64(i));
        QVERIFY2(result.state == ItemState::Failed, qPrintable(describe(result)));
        QCOMPARE(result.error.kind, ErrorKind::FileSystem);
        QVERIFY2(result.error.message.contains(m_box->dest())
                         && result.error.message.contains(QLatin1String("Read-only file system")),
                 qPrintable(describe(result)));
    }
    const QString disk = m_box->diskProblems({QStringLiteral("ro-first.bin")});
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::destinationRemovedMidRun()
{
    m_box->snapshotOutside();
    QFETCH_GLOBAL(int, workers);
    const QVector<QUrl> urls = oneFastThenSlow(QStringLiteral("gone"), workers == 1 ? 3 : 16, 2000);
    DownloadEngine engine;
    RunRecorder recorder(engine);
    bool removed = false;
    recorder.onFinishedBatch = [&](const QVector<ItemResult> &) {
        if (!removed)
            removed = QDir(m_box->dest()).removeRecursively();
    };
    QVERIFY(runToEnd(urls, recorder, engine, options()));
    QVERIFY(removed);

    QCOMPARE(recorder.byId.value(0).state, ItemState::Done);
    for (int i = 1; i < urls.size(); ++i) {
        const ItemResult result = recorder.byId.value(quint64(i));
        QVERIFY2(result.state == ItemState::Failed, qPrintable(describe(result)));
        QCOMPARE(result.error.kind, ErrorKind::FileSystem);
        QVERIFY2(result.error.message.contains(m_box->dest())
                         && result.error.message.contains(QLatin1String("No such file or directory")),
                 qPrintable(describe(result)));
    }
    // Nothing recreated: neither the folder nor anything next to it.
    QVERIFY(!QFileInfo::exists(m_box->dest()));
    QVERIFY(!QFileInfo(m_box->dest()).isSymLink());
    const QString disk = m_box->diskProblems({});
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::thousandUrlsWantTheSameName()
{
    QVERIFY(m_box->plantExisting());
    m_box->snapshotOutside();
    const int count = 1000;
    const QString cd = percentEncoded(QStringLiteral("attachment; filename=\"name.bin\""));
    QVector<QUrl> urls;
    for (int i = 0; i < count; ++i)
        urls << m_server.url(QStringLiteral("/files/same/u%1?size=%2&cd=%3").arg(i).arg(100 + i).arg(cd));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(runToEnd(urls, recorder, engine, options()));
    QCOMPARE(recorder.run().done, count);

    QStringList expected{QStringLiteral("name.bin")};
    for (int n = 1; n < count; ++n)
        expected << QStringLiteral("name (%1).bin").arg(n);
    QStringList saved = savedNames(recorder);
    saved.sort();
    expected.sort();
    QCOMPARE(saved, expected);
    for (int i = 0; i < count; ++i) {
        const ItemResult result = recorder.byId.value(quint64(i));
        QFile file(result.filePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), TestServer::body(100 + i, TestServer::seedForPath(QStringLiteral("/files/same/u%1").arg(i))));
    }
    const QString disk = m_box->diskProblems(expected);
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::hostileNamesStayInside()
{
    QVERIFY(m_box->plantExisting());
    m_box->snapshotOutside();
    const QStringList dispositions{
            QStringLiteral("attachment; filename=\"../outside/sentinel.txt\""),
            QStringLiteral("attachment; filename=\"../../../../../../tmp/fetchpool-escape.sh\""),
            QStringLiteral("attachment; filename=\"/etc/cron.d/fetchpool-evil\""),
            QStringLiteral("attachment; filename=\"..\\\\..\\\\outside\\\\evil.bat\""),
            QStringLiteral("attachment; filename*=UTF-8''nul%00byte.txt"),
            QStringLiteral("attachment; filename=\"%1.txt\"").arg(QString(400, QLatin1Char('x'))),
            QStringLiteral("attachment; filename=\"....\""),
            QStringLiteral("attachment; filename=\"..\""),
            QStringLiteral("attachment; filename=\"") + ExistingName + QLatin1Char('"'),
    };
    QVector<QUrl> urls;
    for (int i = 0; i < dispositions.size(); ++i)
        urls << m_server.url(QStringLiteral("/files/hostile%1?size=64&cd=%2").arg(i).arg(percentEncoded(dispositions[i])));
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(runToEnd(urls, recorder, engine, options()));
    QCOMPARE(recorder.run().done, int(urls.size()));

    const QString canonicalDest = QFileInfo(m_box->dest()).canonicalFilePath();
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        const QFileInfo info(result.filePath);
        QCOMPARE(info.absolutePath(), canonicalDest);
        const QString name = info.fileName();
        QVERIFY2(!name.startsWith(QLatin1Char('.')) && !name.contains(QLatin1Char('\\'))
                         && !name.contains(QChar(0)) && name.toUtf8().size() <= 255,
                 qPrintable(name));
        QVERIFY(info.isFile() && !info.isSymLink());
        QCOMPARE(info.size(), 64);
    }
    QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/fetchpool-escape.sh")));
    QVERIFY(!QFileInfo::exists(QStringLiteral("/etc/cron.d/fetchpool-evil")));
    const QString disk = m_box->diskProblems(savedNames(recorder));
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::symlinksInDestinationAreNeverFollowed()
{
    QVERIFY(m_box->plantExisting());
    const QString target = m_box->outsidePath(QStringLiteral("target.txt"));
    QVERIFY(Sandbox::write(target, "outside target\n"));
    // A link to a file outside, a dangling link, and a planted link where a part file would go.
    QVERIFY(QFile::link(target, m_box->destPath(QStringLiteral("link.bin"))));
    QVERIFY(QFile::link(m_box->outsidePath(QStringLiteral("created-by-dangling")), m_box->destPath(QStringLiteral("dangling.bin"))));
    QVERIFY(QFile::link(m_box->outsidePath(QStringLiteral("created-by-part")), m_box->destPath(QStringLiteral("plant.bin.part"))));
    m_box->snapshotOutside();

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(runToEnd({m_server.url(QStringLiteral("/files/link.bin?size=300")),
                      m_server.url(QStringLiteral("/files/dangling.bin?size=300")),
                      m_server.url(QStringLiteral("/files/plant.bin?size=300"))},
                     recorder, engine, options()));
    QCOMPARE(recorder.run().done, 3);
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        const QFileInfo info(result.filePath);
        QVERIFY2(info.isFile() && !info.isSymLink(), qPrintable(result.filePath));
        QCOMPARE(info.size(), 300);
    }
    QCOMPARE(QFileInfo(recorder.byId.value(0).filePath).fileName(), QStringLiteral("link (1).bin"));
    QCOMPARE(QFileInfo(recorder.byId.value(1).filePath).fileName(), QStringLiteral("dangling (1).bin"));
    QCOMPARE(QFileInfo(recorder.byId.value(2).filePath).fileName(), QStringLiteral("plant (1).bin"));
    QCOMPARE(QFile::symLinkTarget(m_box->destPath(QStringLiteral("link.bin"))), target);
    const QString disk = m_box->diskProblems(savedNames(recorder) << QStringLiteral("link.bin")
                                                 << QStringLiteral("dangling.bin") << QStringLiteral("plant.bin.part"));
    // The planted link is the one .part name allowed here: it was never opened.
    QVERIFY2(disk == QStringLiteral("partial file left: plant.bin.part"), qPrintable(disk));
}

void tst_Faults::failedReplacementKeepsTheFile_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("stop");
    QTest::newRow("not found") << QStringLiteral("status=404") << false;
    QTest::newRow("truncated") << QStringLiteral("size=4000&truncate=1000") << false;
    // Resumable (a strong ETag): a plain download would keep its part on Stop.
    QTest::newRow("stopped") << QStringLiteral("size=100000&stall=60000&etag=1") << true;
}

void tst_Faults::failedReplacementKeepsTheFile()
{
    QFETCH(QString, query);
    QFETCH(bool, stop);
    QVERIFY(m_box->plantExisting());
    m_box->snapshotOutside();
    DownloadJob job{1, m_server.url(QStringLiteral("/files/") + ExistingName + QLatin1Char('?') + query)};
    job.replaces = QFileInfo(m_box->destPath(ExistingName)).absoluteFilePath();

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start({job}, options()));
    if (stop) {
        QTRY_VERIFY_WITH_TIMEOUT(engine.progress().bytes >= 16 * 1024, 10'000);
        engine.cancel();
    }
    QVERIFY(recorder.wait());
    const ItemResult result = recorder.byId.value(1);
    QVERIFY2(result.state == (stop ? ItemState::Cancelled : ItemState::Failed), qPrintable(describe(result)));
    QVERIFY2(result.filePath.isEmpty(), qPrintable(result.filePath));
    // The earlier file is untouched (bytes, inode, time), and no part is left beside it.
    const QString disk = m_box->diskProblems({});
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::replacementOnlyEverTakesItsOwnRegularFile()
{
    QVERIFY(m_box->plantExisting());
    const QString target = m_box->outsidePath(QStringLiteral("target.txt"));
    QVERIFY(Sandbox::write(target, "outside target\n"));
    QVERIFY(QFile::link(target, m_box->destPath(QStringLiteral("link.bin"))));
    QVERIFY(QDir(m_box->dest()).mkdir(QStringLiteral("folder.bin")));
    QVERIFY(Sandbox::write(m_box->destPath(QStringLiteral(".hidden")), "dot file\n"));
    QVERIFY(Sandbox::write(m_box->destPath(QStringLiteral("swap.bin")), "becomes a link\n"));
    m_box->snapshotOutside();

    const QStringList refused{
            m_box->outsidePath(QStringLiteral("sentinel.txt")),              // outside the folder
            m_box->dest() + QStringLiteral("/../outside/sentinel.txt"),      // the same, by ".."
            m_box->destPath(QStringLiteral("link.bin")),                     // a symlink
            m_box->destPath(QStringLiteral("folder.bin")),                   // a folder
            m_box->destPath(QStringLiteral(".hidden")),                      // a name no download gets
            m_box->destPath(ExistingName + QStringLiteral(".part")),         // a part file's name
    };
    // The one allowed target stalls half-way; meanwhile a symlink takes its place.
    DownloadJob swapped{0, m_server.url(QStringLiteral("/files/swap.bin?size=100000&stall=1500"))};
    swapped.replaces = m_box->destPath(QStringLiteral("swap.bin"));
    QVector<DownloadJob> jobs{swapped};
    for (int i = 0; i < refused.size(); ++i) {
        DownloadJob job{quint64(i + 1), m_server.url(QStringLiteral("/files/refused%1.bin?size=300").arg(i))};
        job.replaces = refused.at(i);
        jobs << job;
    }

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(engine.start(jobs, options()));
    QTRY_VERIFY_WITH_TIMEOUT(engine.progress().bytes >= 16 * 1024, 10'000);
    QVERIFY(QFile::remove(m_box->destPath(QStringLiteral("swap.bin"))));
    QVERIFY(QFile::link(target, m_box->destPath(QStringLiteral("swap.bin"))));
    QVERIFY(recorder.wait());

    QCOMPARE(recorder.byId.size(), int(jobs.size()));
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        QVERIFY2(result.state == ItemState::Failed && result.error.kind == ErrorKind::FileSystem,
                 qPrintable(describe(result)));
    }
    QVERIFY2(recorder.byId.value(0).error.message.contains(QStringLiteral("no longer a regular file")),
             qPrintable(describe(recorder.byId.value(0))));
    QCOMPARE(QFile::symLinkTarget(m_box->destPath(QStringLiteral("link.bin"))), target);
    QCOMPARE(QFile::symLinkTarget(m_box->destPath(QStringLiteral("swap.bin"))), target);
    QCOMPARE(contentsOf(target), QByteArray("outside target\n"));
    QCOMPARE(contentsOf(m_box->destPath(QStringLiteral(".hidden"))), QByteArray("dot file\n"));
    const QString disk = m_box->diskProblems({QStringLiteral("link.bin"), QStringLiteral("folder.bin"),
                                              QStringLiteral(".hidden"), QStringLiteral("swap.bin")});
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::filesRespectTheUmask()
{
    const mode_t previous = ::umask(027);
    const auto restore = qScopeGuard([previous] { ::umask(previous); });
    m_box->snapshotOutside();

    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(runToEnd({m_server.url(QStringLiteral("/files/mode-a.bin?size=100")),
                      m_server.url(QStringLiteral("/files/mode-b.bin?size=200000&chunked=1"))},
                     recorder, engine, options()));
    QCOMPARE(recorder.run().done, 2);
    for (const ItemResult &result : std::as_const(recorder.byId)) {
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(result.filePath).constData(), &info), 0);
        QCOMPARE(QString::number(info.st_mode & 07777, 8), QStringLiteral("640"));
    }
    const QString disk = m_box->diskProblems(savedNames(recorder));
    QVERIFY2(disk.isEmpty(), qPrintable(disk));
}

void tst_Faults::credentialsAreMaskedInResultsAndLogs()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    const QString secret = QStringLiteral("s3cr3t-pw");
    auto withCredentials = [&](QUrl url) {
        url.setUserName(QStringLiteral("alice"));
        url.setPassword(secret);
        return url;
    };
    const QVector<QUrl> urls{
            withCredentials(m_server.url(QStringLiteral("/files/cred.bin?size=100"))),
            withCredentials(m_server.url(QStringLiteral("/files/cred404.bin?status=404"))),
            withCredentials(QUrl(QStringLiteral("http://127.0.0.1:%1/files/credrefused.bin").arg(closedPort))),
            withCredentials(m_server.url(QStringLiteral("/files/credcut.bin?size=100000&truncate=500"))),
            withCredentials(m_server.url(QStringLiteral("/redirect?to=") + percentEncoded(QStringLiteral("ftp://127.0.0.1/x.bin")))),
            withCredentials(m_server.url(QStringLiteral("/chain/2/credhop.bin?size=10"))),
            withCredentials(m_server.url(QStringLiteral("/files/credslow.bin?hang=1"))),
    };
    QVERIFY(urls.first().toString().contains(secret)); // the URLs really carry it

    EngineOptions options = this->options();
    options.retries = 1; // so that retries are logged too
    options.responseTimeoutMs = 500;
    LogCapture log;
    DownloadEngine engine;
    RunRecorder recorder(engine);
    QVERIFY(runToEnd(urls, recorder, engine, options));
    QCOMPARE(recorder.run().done, 2);

    for (const ItemResult &result : std::as_const(recorder.byId)) {
        const QByteArray json = QJsonDocument(result.toJson()).toJson();
        QVERIFY2(!json.contains(secret.toUtf8()), json.constData());
        QVERIFY2(!result.error.message.contains(secret), qPrintable(result.error.message));
        QVERIFY(!result.filePath.contains(secret));
        QVERIFY2(json.contains("127.0.0.1:"), json.constData()); // the URL is there, masked
    }
    const QString logged = log.text();
    QVERIFY2(logged.contains(QLatin1String("credrefused.bin")), "the engine logs the URLs it retries");
    QVERIFY2(!logged.contains(secret), qPrintable(logged));
}

void tst_Faults::credentialsAreMaskedByTheCli()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    const QString secret = QStringLiteral("s3cr3t-pw");
    const QString origin = QStringLiteral("http://alice:%1@127.0.0.1:").arg(secret);
    const QStringList urls{
            origin + QString::number(m_server.port()) + QStringLiteral("/files/clicred.bin?size=100"),
            origin + QString::number(m_server.port()) + QStringLiteral("/files/clicred404.bin?status=404"),
            origin + QString::number(closedPort) + QStringLiteral("/files/clirefused.bin"),
            origin + QString::number(m_server.port()) + QStringLiteral("/redirect?to=")
                    + percentEncoded(QStringLiteral("file:///etc/passwd")),
    };
    const QString listFile = m_box->outsidePath(QStringLiteral("list.txt"));
    QVERIFY(Sandbox::write(listFile, urls.mid(2).join(QLatin1Char('\n')).toUtf8()));
    const QString report = m_box->outsidePath(QStringLiteral("report.json"));
    QFETCH_GLOBAL(int, workers);

    QProcess cli;
    cli.start(QStringLiteral(FETCHPOOL_CLI_PATH),
              QStringList{QStringLiteral("-d"), m_box->dest(), QStringLiteral("-j"), QString::number(workers),
                          QStringLiteral("--retries"), QStringLiteral("1"), QStringLiteral("--verbose"),
                          QStringLiteral("--report"), report, QStringLiteral("-i"), listFile}
                      + urls.mid(0, 2));
    QVERIFY(cli.waitForStarted());
    if (!cli.waitForFinished(60'000)) {
        cli.kill();
        cli.waitForFinished();
        QFAIL("fetchpool-cli did not finish");
    }
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), 1); // three failures
    QFile reportFile(report);
    QVERIFY(reportFile.open(QIODevice::ReadOnly));
    const QString reportText = QString::fromUtf8(reportFile.readAll());

    for (const QString *text : {&out, &err, &reportText}) {
        QVERIFY2(!text->contains(secret), qPrintable(*text));
    }
    // The failures are listed with their URLs, the password gone.
    const QString printed = out + err;
    QVERIFY2(printed.contains(QLatin1String("127.0.0.1")) && printed.contains(QLatin1String("clicred404")),
             qPrintable(printed));
    QVERIFY2(reportText.contains(QLatin1String("clicred404")) && reportText.contains(QLatin1String("clirefused")),
             qPrintable(reportText));
    QVERIFY(QFileInfo::exists(m_box->destPath(QStringLiteral("clicred.bin"))));
}

QTEST_GUILESS_MAIN(tst_Faults)
#include "tst_faults.moc"
