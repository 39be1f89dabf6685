#include "httptestproxy.h"

#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace Fetchpool::Test {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
// Set on an upstream socket once it is connected: a later error is the end
// of the exchange, not a reason to answer 502.
constexpr const char *ConnectedProperty = "fetchpoolConnected";

QByteArray headerName(const QByteArray &line)
{
    return line.left(line.indexOf(':')).trimmed().toLower();
}

QByteArray headerValue(const QByteArray &line)
{
    return line.mid(line.indexOf(':') + 1).trimmed();
}

} // namespace

HttpTestProxy::HttpTestProxy(QObject *parent)
    : LoopbackProxy(QStringLiteral("http"), parent)
{
}

void HttpTestProxy::serve(QTcpSocket *client)
{
    auto buffer = std::make_shared<QByteArray>();
    auto reading = std::make_shared<QMetaObject::Connection>();
    *reading = connect(client, &QTcpSocket::readyRead, client, [this, client, buffer, reading] {
        buffer->append(client->readAll());
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer->size() > MaxHeadBytes)
                client->abort();
            return;
        }
        disconnect(*reading); // from here on the tunnel or the forwarded request reads
        handle(client, buffer->left(end), buffer->mid(end + 4));
    });
}

void HttpTestProxy::handle(QTcpSocket *client, const QByteArray &head, const QByteArray &rest)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> request = lines.first().trimmed().split(' ');
    if (request.size() != 3) {
        answer(client, "400 Bad Request");
        return;
    }
    QList<QByteArray> headerLines;
    QByteArray authorization;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (headerName(line) == "proxy-authorization")
            authorization = headerValue(line);
        else if (!line.isEmpty())
            headerLines << line;
    }
    if (needsLogin()) {
        const QByteArray login = authorization.startsWith("Basic ")
                ? QByteArray::fromBase64(authorization.mid(6)) : QByteArray();
        const qsizetype colon = login.indexOf(':');
        if (colon < 0 || !acceptsLogin(login.left(colon), login.mid(colon + 1))) {
            recordRefusal();
            answer(client, "407 Proxy Authentication Required",
                   "Proxy-Authenticate: Basic realm=\"fetchpool test proxy\"\r\n");
            return;
        }
    }
    if (request.at(0) == "CONNECT") {
        if (m_refuseConnect) {
            recordRefusal();
            answer(client, "403 Forbidden");
            return;
        }
        tunnel(client, QString::fromLatin1(request.at(1)), rest);
        return;
    }
    const QUrl target(QString::fromLatin1(request.at(1)), QUrl::StrictMode);
    if (target.scheme() != QLatin1String("http") || target.host().isEmpty()) {
        answer(client, "400 Bad Request");
        return;
    }
    forward(client, request.at(0), target, headerLines, rest);
}

void HttpTestProxy::tunnel(QTcpSocket *client, const QString &authority, const QByteArray &rest)
{
    const qsizetype colon = authority.lastIndexOf(u':');
    QString host = authority.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const quint16 port = authority.mid(colon + 1).toUShort();
    if (colon < 0 || port == 0) {
        answer(client, "400 Bad Request");
        return;
    }
    recordTarget(host, port);
    ++m_connects;
    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, client, [client, upstream, rest] {
        upstream->setProperty(ConnectedProperty, true);
        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
        upstream->write(rest);
        pipe(client, upstream);
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
        if (!upstream->property(ConnectedProperty).toBool())
            answer(client, "502 Bad Gateway");
    });
    upstream->connectToHost(host, port);
}

void HttpTestProxy::forward(QTcpSocket *client, const QByteArray &method, const QUrl &target,
                            const QList<QByteArray> &headerLines, const QByteArray &rest)
{
    const quint16 port = quint16(target.port(80));
    recordTarget(target.host(), port);
    ++m_forwards;
    // Origin form, and one request per connection: the server's
    // "Connection: close" ends the exchange for the client too.
    QByteArray path = target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (path.isEmpty())
        path = "/";
    QByteArray request = method + ' ' + path + " HTTP/1.1\r\n";
    for (const QByteArray &line : headerLines) {
        const QByteArray name = headerName(line);
        if (name != "connection" && name != "proxy-connection" && name != "keep-alive")
            request += line + "\r\n";
    }
    request += "Connection: close\r\n\r\n" + rest;
    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, client, [client, upstream, request] {
        upstream->setProperty(ConnectedProperty, true);
        upstream->write(request);
        pipe(client, upstream);
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream] {
        if (!upstream->property(ConnectedProperty).toBool())
            answer(client, "502 Bad Gateway");
    });
    upstream->connectToHost(target.host(), port);
}

void HttpTestProxy::answer(QTcpSocket *client, QByteArrayView statusLine, QByteArrayView extraHeaders)
{
    QByteArray response = "HTTP/1.1 " + statusLine.toByteArray() + "\r\n";
    response += extraHeaders.toByteArray();
    response += "Content-Length: 0\r\nConnection: close\r\n\r\n";
    client->write(response);
    client->disconnectFromHost();
}

} // namespace Fetchpool::Test
