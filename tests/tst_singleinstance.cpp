// One Fetchpool window per user and display: a second launch hands its files
// and URLs to the running one and exits. Two in-process instances on a
// private socket, a socket left behind by a crashed instance, and the real
// program started twice.
#include "desktop/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Fetchpool::Gui;

namespace {

// A second launch blocks while it hands over, so it runs on another thread
// while this one's event loop lets the primary answer.
QFuture<SingleInstance::Role> launchOnAnotherThread(const QString &serverName, const QStringList &arguments)
{
    return QtConcurrent::run([serverName, arguments] {
        SingleInstance second(serverName);
        return second.claimOrForward(arguments);
    });
}

// What a crashed primary leaves: a socket file nobody listens on.
bool leaveStaleSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    if (size_t(native.size()) >= sizeof(address.sun_path)) {
        ::close(fd);
        return false;
    }
    std::copy(native.begin(), native.end(), address.sun_path);
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
                       && ::listen(fd, 1) == 0;
    ::close(fd); // the file stays, refusing connections
    return bound && QFileInfo::exists(path);
}

} // namespace

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void resolvesFilesAgainstTheLaunchFolder();
    void firstLaunchBecomesPrimary();
    void secondLaunchForwardsItsArguments();
    void severalLaunchesAllArrive();
    void staleSocketDoesNotBlockANewStart();
    void primaryGoneLetsTheNextLaunchTakeOver();
    void defaultNameIsPerUserAndDisplay();
    void realProgramHandsOverToTheRunningWindow();

private:
    QString socketPath() const { return m_dir->filePath(QStringLiteral("fp.socket")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_SingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SingleInstance::resolvesFilesAgainstTheLaunchFolder()
{
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("lists")));
    QFile list(m_dir->filePath(QStringLiteral("lists/urls.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.close();
    const QString absolute = QFileInfo(list).absoluteFilePath();

    const QStringList resolved = SingleInstance::resolveArguments(
            {QStringLiteral("lists/urls.txt"), QStringLiteral("https://example.org/a.png"),
             QUrl::fromLocalFile(absolute).toString(), QStringLiteral("missing.txt")},
            m_dir->path());
    QCOMPARE(resolved, QStringList({absolute, QStringLiteral("https://example.org/a.png"), absolute,
                                    QStringLiteral("missing.txt")}));
}

void tst_SingleInstance::firstLaunchBecomesPrimary()
{
    SingleInstance first(socketPath());
    QString error;
    QCOMPARE(first.claimOrForward({}, &error), SingleInstance::Role::Primary);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFileInfo::exists(socketPath()));
}

void tst_SingleInstance::secondLaunchForwardsItsArguments()
{
    SingleInstance first(socketPath());
    QCOMPARE(first.claimOrForward({}), SingleInstance::Role::Primary);
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    const QStringList arguments{QStringLiteral("https://example.org/ü b.png"), QStringLiteral("/tmp/list.txt")};
    const QFuture<SingleInstance::Role> second = launchOnAnotherThread(socketPath(), arguments);
    QVERIFY(received.wait(10'000));
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), arguments);
    QTRY_VERIFY_WITH_TIMEOUT(second.isFinished(), 10'000);
    QCOMPARE(second.result(), SingleInstance::Role::Forwarded);
}

void tst_SingleInstance::severalLaunchesAllArrive()
{
    SingleInstance first(socketPath());
    QCOMPARE(first.claimOrForward({}), SingleInstance::Role::Primary);
    QSignalSpy received(&first, &SingleInstance::argumentsReceived);

    constexpr int Launches = 8;
    QVector<QFuture<SingleInstance::Role>> launches;
    for (int i = 0; i < Launches; ++i)
        launches << launchOnAnotherThread(socketPath(), {QStringLiteral("https://example.org/%1").arg(i)});
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), Launches, 20'000);
    QStringList all;
    for (const QList<QVariant> &signal : std::as_const(received))
        all += signal.first().toStringList();
    all.sort();
    QCOMPARE(all.size(), Launches);
    QCOMPARE(all.first(), QStringLiteral("https://example.org/0"));
    for (const QFuture<SingleInstance::Role> &launch : std::as_const(launches)) {
        QTRY_VERIFY_WITH_TIMEOUT(launch.isFinished(), 10'000);
        QCOMPARE(launch.result(), SingleInstance::Role::Forwarded);
    }
}

void tst_SingleInstance::staleSocketDoesNotBlockANewStart()
{
    QVERIFY(leaveStaleSocket(socketPath()));
    SingleInstance next(socketPath());
    QString error;
    QCOMPARE(next.claimOrForward({QStringLiteral("https://example.org/a")}, &error), SingleInstance::Role::Primary);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // And it really listens: a further launch reaches it.
    QSignalSpy received(&next, &SingleInstance::argumentsReceived);
    const QFuture<SingleInstance::Role> third = launchOnAnotherThread(socketPath(), {QStringLiteral("x")});
    QVERIFY(received.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(third.isFinished(), 10'000);
    QCOMPARE(third.result(), SingleInstance::Role::Forwarded);
}

void tst_SingleInstance::primaryGoneLetsTheNextLaunchTakeOver()
{
    {
        SingleInstance first(socketPath());
        QCOMPARE(first.claimOrForward({}), SingleInstance::Role::Primary);
    }
    SingleInstance next(socketPath());
    QCOMPARE(next.claimOrForward({QStringLiteral("https://example.org/a")}), SingleInstance::Role::Primary);
}

void tst_SingleInstance::defaultNameIsPerUserAndDisplay()
{
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray wayland = qgetenv("WAYLAND_DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("DISPLAY", ":7");
    const QString seven = SingleInstance::defaultServerName();
    qputenv("DISPLAY", ":8");
    const QString eight = SingleInstance::defaultServerName();
    qputenv("DISPLAY", display);
    qputenv("WAYLAND_DISPLAY", wayland);

    QVERIFY(seven != eight);
    // In the user's own runtime folder, not the shared temporary folder.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    QVERIFY2(!runtime.isEmpty() && seven.startsWith(runtime + QLatin1Char('/')), qPrintable(seven));
    QVERIFY(QFile::encodeName(seven).size() < 100); // fits a socket address
}

void tst_SingleInstance::realProgramHandsOverToTheRunningWindow()
{
    // A private home and runtime folder: the programs' list, settings and
    // socket stay inside the test's folder.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString folder = m_dir->filePath(QString::fromLatin1(variable));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        environment.insert(QString::fromLatin1(variable), folder);
    }
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));

    const QString launchFolder = m_dir->filePath(QStringLiteral("launch"));
    QVERIFY(QDir().mkpath(launchFolder));
    QFile list(launchFolder + QStringLiteral("/urls.txt"));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("http://127.0.0.1:9/from-the-second-launch.png\n");
    list.close();

    QProcess first;
    first.setProcessEnvironment(environment);
    first.setProcessChannelMode(QProcess::SeparateChannels);
    first.start(QStringLiteral(FETCHPOOL_GUI_PATH), {QStringLiteral("--verbose")});
    QVERIFY2(first.waitForStarted(), qPrintable(first.errorString()));
    auto stopFirst = qScopeGuard([&first] {
        first.kill();
        first.waitForFinished();
    });
    // Listening once it says so (its socket is in the private runtime folder).
    const QString runtime = environment.value(QStringLiteral("XDG_RUNTIME_DIR"));
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(runtime).entryList({QStringLiteral("fetchpool-*.socket")}, QDir::System).isEmpty(),
                             20'000);

    QProcess second;
    second.setProcessEnvironment(environment);
    second.setWorkingDirectory(launchFolder);
    second.start(QStringLiteral(FETCHPOOL_GUI_PATH), {QStringLiteral("urls.txt")});
    QVERIFY(second.waitForFinished(20'000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

    // The running window took the list (resolved against the second
    // launch's folder) and saved it with its own list.
    const QString saved = environment.value(QStringLiteral("XDG_DATA_HOME")) + QStringLiteral("/Fetchpool/Fetchpool/list.json");
    const auto savedListHasTheUrl = [&saved] {
        QFile file(saved);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("from-the-second-launch.png");
    };
    QTRY_VERIFY_WITH_TIMEOUT(savedListHasTheUrl(), 20'000);
    const QByteArray firstLog = first.readAllStandardError();
    QVERIFY2(firstLog.contains("received 1 arguments from another launch"), firstLog.constData());
    QCOMPARE(first.state(), QProcess::Running);

    // A crash leaves the socket behind; the next launch takes over.
    first.kill();
    QVERIFY(first.waitForFinished());
    QProcess next;
    next.setProcessEnvironment(environment);
    next.start(QStringLiteral(FETCHPOOL_GUI_PATH), {QStringLiteral("--verbose")});
    QVERIFY(next.waitForStarted());
    auto stopNext = qScopeGuard([&next] {
        next.kill();
        next.waitForFinished();
    });
    QByteArray nextLog;
    QTRY_VERIFY_WITH_TIMEOUT((nextLog += next.readAllStandardError()).contains("removing the stale socket"), 20'000);

    // ...and listens: a further launch hands over to it.
    QProcess last;
    last.setProcessEnvironment(environment);
    last.start(QStringLiteral(FETCHPOOL_GUI_PATH), {QStringLiteral("https://example.org/last.png")});
    QVERIFY(last.waitForFinished(20'000));
    QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT((nextLog += next.readAllStandardError()).contains("received 1 arguments"), 20'000);
    QCOMPARE(next.state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
