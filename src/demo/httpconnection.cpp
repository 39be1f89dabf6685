#include "httpconnection.h"

#include "httprequest.h"
#include "responsesender.h"
#include "router.h"
#include "serverstats.h"
#include "socketfactory.h"

#include <QTcpSocket>

namespace Fetchpool::Demo {

HttpConnection::HttpConnection(const Router &router, ServerStats &stats, const SocketFactory &sockets,
                               const QByteArray &origin, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_stats(stats)
    , m_origin(origin)
    , m_socket(sockets.create(this))
{
}

bool HttpConnection::open(qintptr descriptor, const SocketFactory &sockets)
{
    if (!m_socket->setSocketDescriptor(descriptor))
        return false;
    // Small responses go out at once instead of waiting for Nagle.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this](qint64 bytes) {
        m_stats.recordBytesSent(m_path, bytes);
    });
    connect(m_socket, &QTcpSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    // Over TLS, readyRead then brings decrypted requests only; a client that
    // rejects our certificate just closes, which ends this connection.
    sockets.begin(m_socket);
    // Bytes may have arrived between accept() and now.
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    return true;
}

void HttpConnection::onReadyRead()
{
    m_input += m_socket->readAll();
    if (!m_sender && !m_closing)
        processNext();
}

void HttpConnection::processNext()
{
    if (m_sender || m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;

    HttpRequest request;
    ResponsePlan plan;
    ActiveRequest active;
    switch (HttpRequestParser::take(m_input, &request)) {
    case HttpRequestParser::Result::Incomplete:
        return;
    case HttpRequestParser::Result::Malformed:
        plan = ResponsePlan::text(400, "malformed request\n");
        plan.close = true;
        break;
    case HttpRequestParser::Result::TooLarge:
        plan = ResponsePlan::text(431, "request too large\n");
        plan.close = true;
        break;
    case HttpRequestParser::Result::Complete: {
        const int ordinal = m_stats.recordRequest(request);
        m_path = request.path;
        active = ActiveRequest(&m_stats);
        plan = m_router.route(request, ordinal, m_origin);
        plan.close = plan.close || !request.wantsKeepAlive();
        break;
    }
    }

    m_sender = new ResponseSender(m_socket, std::move(plan), std::move(active), this);
    connect(m_sender, &ResponseSender::finished, this, &HttpConnection::onResponseFinished);
    m_sender->start(); // may finish before returning
}

void HttpConnection::onResponseFinished(bool closeConnection)
{
    m_sender->deleteLater(); // we are inside its signal
    m_sender = nullptr;
    if (closeConnection) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after the queued bytes are written
        return;
    }
    // A request that arrived early waits in m_input; queued, not recursive,
    // so a burst of pipelined requests cannot deepen the stack.
    if (!m_input.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::processNext, Qt::QueuedConnection);
}

} // namespace Fetchpool::Demo
