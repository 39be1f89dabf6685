#include "loopbackproxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace Fetchpool::Test {

LoopbackProxy::LoopbackProxy(QString scheme, QObject *parent)
    : QObject(parent)
    , m_scheme(std::move(scheme))
{
    m_thread.setObjectName(m_scheme + QStringLiteral("-proxy"));
}

LoopbackProxy::~LoopbackProxy()
{
    stop();
}

void LoopbackProxy::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
}

bool LoopbackProxy::start(quint16 port)
{
    if (m_server)
        return true;
    m_thread.start();
    m_server = new QTcpServer;
    m_server->moveToThread(&m_thread);
    bool listening = false;
    QMetaObject::invokeMethod(
            m_server,
            [this, port, &listening] {
                connect(m_server, &QTcpServer::newConnection, m_server, [this] {
                    while (QTcpSocket *client = m_server->nextPendingConnection()) {
                        {
                            QMutexLocker lock(&m_mutex);
                            ++m_connections;
                        }
                        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                        serve(client);
                    }
                });
                listening = m_server->listen(QHostAddress::LocalHost, port);
                m_port = m_server->serverPort();
            },
            Qt::BlockingQueuedConnection);
    if (!listening)
        stop();
    return listening;
}

void LoopbackProxy::stop()
{
    if (!m_server)
        return;
    // Sockets are closed on their own thread, then the thread ends and the
    // listener, now idle, goes with it.
    QMetaObject::invokeMethod(
            m_server,
            [this] {
                m_server->close();
                qDeleteAll(m_server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly));
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_server;
    m_server = nullptr;
    m_port = 0;
}

QUrl LoopbackProxy::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_port));
}

QStringList LoopbackProxy::targets() const
{
    QMutexLocker lock(&m_mutex);
    return m_targets;
}

int LoopbackProxy::connectionCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

int LoopbackProxy::refusalCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_refusals;
}

void LoopbackProxy::resetStats()
{
    QMutexLocker lock(&m_mutex);
    m_targets.clear();
    m_connections = 0;
    m_refusals = 0;
}

bool LoopbackProxy::acceptsLogin(const QByteArray &user, const QByteArray &password) const
{
    return user == m_user.toUtf8() && password == m_password.toUtf8();
}

void LoopbackProxy::recordTarget(const QString &host, quint16 port)
{
    QMutexLocker lock(&m_mutex);
    m_targets << host + u':' + QString::number(port);
}

void LoopbackProxy::recordRefusal()
{
    QMutexLocker lock(&m_mutex);
    ++m_refusals;
}

void LoopbackProxy::pipe(QTcpSocket *client, QTcpSocket *upstream)
{
    upstream->setParent(client);
    const auto relay = [](QTcpSocket *from, QTcpSocket *to) {
        if (from->isOpen() && to->state() == QAbstractSocket::ConnectedState)
            to->write(from->readAll());
    };
    connect(client, &QTcpSocket::readyRead, upstream, [=] { relay(client, upstream); });
    connect(upstream, &QTcpSocket::readyRead, client, [=] { relay(upstream, client); });
    relay(client, upstream); // whatever arrived before the tunnel was up goes first
    // A side that closes closes the other once what it sent is written.
    connect(upstream, &QTcpSocket::disconnected, client, [=] {
        relay(upstream, client);
        client->disconnectFromHost();
    });
    connect(client, &QTcpSocket::disconnected, upstream, [upstream] { upstream->abort(); });
}

} // namespace Fetchpool::Test
