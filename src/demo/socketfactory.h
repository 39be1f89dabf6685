#pragma once

#include <QByteArray>
#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QObject;
class QTcpSocket;
QT_END_NAMESPACE

namespace Fetchpool::Demo {

// Makes the sockets of one listener's connections: plain TCP here. The tests
// derive one that speaks TLS; the server stays the same above it.
class SocketFactory
{
public:
    SocketFactory() = default;
    virtual ~SocketFactory() = default;
    Q_DISABLE_COPY_MOVE(SocketFactory)

    // A socket for one accepted connection, owned by `parent`. Called on the
    // worker thread that serves the connection.
    virtual QTcpSocket *create(QObject *parent) const;
    // The socket has its descriptor and the connection listens to it: a TLS
    // socket starts the server side of its handshake here.
    virtual void begin(QTcpSocket *socket) const;
    // The scheme of the URLs this listener serves: "http" or "https".
    virtual QByteArray scheme() const;
};

} // namespace Fetchpool::Demo
