#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QVector>

#include <memory>

namespace Fetchpool::Demo {

class Router;
class ServerStats;
class SocketFactory;

// Lives on one worker thread and runs the connections handed to it there.
class ConnectionWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWorker)

public:
    ConnectionWorker(const Router &router, ServerStats &stats);

    // Call on this object's thread. Takes ownership of the descriptor and
    // serves it with a socket from `sockets`; `origin` is the listener's.
    void adopt(qintptr descriptor, const SocketFactory &sockets, const QByteArray &origin);

private:
    const Router &m_router;
    ServerStats &m_stats;
};

// Accepts on its own thread and deals the sockets round-robin to the
// workers, so a busy worker never delays accept(). `sockets` decides what
// its connections speak (plain TCP, or TLS in the tests).
class Listener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    Listener(const QVector<ConnectionWorker *> &workers, ServerStats &stats,
             std::shared_ptr<const SocketFactory> sockets);

    // Call on this object's thread: listen() and, on success, remember the
    // origin ("http://127.0.0.1:PORT") its connections hand out. The port,
    // or 0 with *error set.
    quint16 start(const QHostAddress &address, quint16 port, QString *error);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QVector<ConnectionWorker *> m_workers;
    ServerStats &m_stats;
    const std::shared_ptr<const SocketFactory> m_sockets;
    QByteArray m_origin;
    qsizetype m_next = 0;
};

// "http://127.0.0.1:PORT": the prefix of the absolute URLs a listener on
// `address` hands out; loopback whenever it is bound to loopback or to every
// interface.
QByteArray originFor(const QByteArray &scheme, const QHostAddress &address, quint16 port);

} // namespace Fetchpool::Demo
