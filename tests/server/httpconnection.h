#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Fetchpool::Test {

class ResponseSender;
class Router;
class ServerStats;

// One accepted TCP connection on a worker thread: reads requests one after
// another (keep-alive), hands each to a ResponseSender, and deletes itself
// once the socket is gone. With a non-null `tls` it first does the server
// side of a TLS handshake and then speaks HTTP inside it.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(const Router &router, ServerStats &stats, const QSslConfiguration &tls,
                   QObject *parent = nullptr);

    bool open(qintptr descriptor);

private:
    void onReadyRead();
    void processNext();
    void onResponseFinished(bool closeConnection);

    const Router &m_router;
    ServerStats &m_stats;
    const bool m_secure;
    QTcpSocket *m_socket;
    QByteArray m_input;
    ResponseSender *m_sender = nullptr; // the response in progress, if any
    bool m_closing = false;
};

} // namespace Fetchpool::Test
