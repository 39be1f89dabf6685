#include "desktop/singleinstance.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QUrl>

namespace Fetchpool::Gui {

namespace {

constexpr quint32 Magic = 0x46504f31; // "FPO1": a Fetchpool open request, format 1
constexpr char Acknowledged = 'k';
constexpr int ConnectTimeoutMs = 1000;
constexpr int AnswerTimeoutMs = 10'000; // a window restoring a long list may take a moment
constexpr int LockTimeoutMs = 5000;

QString displayName()
{
    for (const char *variable : {"WAYLAND_DISPLAY", "DISPLAY"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty())
            return QString::fromLatin1(variable) + QLatin1Char('=') + value;
    }
    return QStringLiteral("no display");
}

} // namespace

SingleInstance::SingleInstance(QString serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(std::move(serverName))
{
    // A per-user runtime folder is private already; this also covers a bare
    // name, which QLocalServer puts in the shared temporary folder.
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QDir::tempPath();
    // Hashed: a display name may hold characters a file name should not, and
    // socket paths are limited to about 100 bytes.
    const QByteArray display = QCryptographicHash::hash(displayName().toUtf8(), QCryptographicHash::Sha1)
                                       .toHex()
                                       .left(12);
    return folder + QStringLiteral("/fetchpool-") + QString::fromLatin1(display) + QStringLiteral(".socket");
}

QStringList SingleInstance::resolveArguments(const QStringList &arguments, const QString &workingDirectory)
{
    const QDir base(workingDirectory);
    QStringList resolved;
    resolved.reserve(arguments.size());
    for (const QString &argument : arguments) {
        // Desktop entries hand over local files as file: URLs (Exec=... %U).
        const QUrl url(argument);
        const QString path = url.isLocalFile() ? url.toLocalFile() : argument;
        const QFileInfo file(base, path);
        resolved << (file.exists() ? file.absoluteFilePath() : argument);
    }
    return resolved;
}

SingleInstance::Role SingleInstance::claimOrForward(const QStringList &arguments, QString *error)
{
    // Two launches at the same moment must not both decide to listen.
    QLockFile lock(m_serverName + QStringLiteral(".lock"));
    if (!lock.tryLock(LockTimeoutMs)) {
        if (error)
            *error = tr("Cannot lock '%1' to check for a running Fetchpool (lock error %2).")
                             .arg(lock.fileName())
                             .arg(int(lock.error()));
        return Role::Unshared;
    }
    QLocalSocket probe;
    probe.connectToServer(m_serverName);
    if (probe.waitForConnected(ConnectTimeoutMs))
        return forward(probe, arguments, error) ? Role::Forwarded : Role::Failed;
    qCDebug(lcGui).noquote() << "no running instance at" << m_serverName << "-" << probe.errorString();
    return listen(error) ? Role::Primary : Role::Unshared;
}

bool SingleInstance::forward(QLocalSocket &socket, const QStringList &arguments, QString *error)
{
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << arguments;
    socket.write(message);
    if (socket.bytesToWrite() > 0 && !socket.waitForBytesWritten(AnswerTimeoutMs)) {
        if (error)
            *error = tr("Fetchpool is already running but did not take the arguments: %1").arg(socket.errorString());
        return false;
    }
    if (!socket.waitForReadyRead(AnswerTimeoutMs) || !socket.read(1).startsWith(Acknowledged)) {
        if (error)
            *error = tr("Fetchpool is already running but did not answer: %1").arg(socket.errorString());
        return false;
    }
    qCDebug(lcGui) << "handed" << arguments.size() << "arguments to the running window";
    return true;
}

bool SingleInstance::listen(QString *error)
{
    // Nobody answered on the socket (checked under the lock): a file left
    // there is a crashed instance's, and taking it over is safe.
    if (QFileInfo::exists(m_serverName)) {
        qCInfo(lcGui).noquote() << "removing the stale socket" << m_serverName;
        QLocalServer::removeServer(m_serverName);
    }
    if (m_server.listen(m_serverName))
        return true;
    if (error)
        *error = tr("Cannot listen on '%1' for further launches: %2").arg(m_serverName, m_server.errorString());
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.setVersion(QDataStream::Qt_6_4);
            in.startTransaction();
            quint32 magic = 0;
            QStringList arguments;
            in >> magic >> arguments;
            if (!in.commitTransaction())
                return; // the rest is still on its way
            if (magic != Magic) {
                qCWarning(lcGui) << "ignoring a malformed request on" << m_serverName;
                socket->abort();
                return;
            }
            qCDebug(lcGui) << "received" << arguments.size() << "arguments from another launch";
            socket->write(&Acknowledged, 1);
            socket->disconnectFromServer();
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

} // namespace Fetchpool::Gui
