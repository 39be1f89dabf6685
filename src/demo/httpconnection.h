#pragma once

#include <QByteArray>
#include <QObject>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Fetchpool::Demo {

class ResponseSender;
class Router;
class ServerStats;
class SocketFactory;

// One accepted connection on a worker thread: reads requests one after
// another (keep-alive), hands each to a ResponseSender, and deletes itself
// once the socket is gone. Its socket comes from the listener's
// SocketFactory, so over TLS it speaks HTTP inside the handshake it began.
class HttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)

public:
    // `origin`: "http://127.0.0.1:PORT" of the listener that accepted it.
    HttpConnection(const Router &router, ServerStats &stats, const SocketFactory &sockets,
                   const QByteArray &origin, QObject *parent = nullptr);

    bool open(qintptr descriptor, const SocketFactory &sockets);

private:
    void onReadyRead();
    void processNext();
    void onResponseFinished(bool closeConnection);

    const Router &m_router;
    ServerStats &m_stats;
    const QByteArray m_origin;
    QTcpSocket *m_socket;
    QByteArray m_input;
    ResponseSender *m_sender = nullptr; // the response in progress, if any
    QString m_path; // of the request answered last, which the bytes written belong to
    bool m_closing = false;
};

} // namespace Fetchpool::Demo
