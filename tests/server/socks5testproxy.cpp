#include "socks5testproxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QtEndian>

#include <memory>

namespace Fetchpool::Test {

namespace {

constexpr char Version = 5;
constexpr char NoAuthentication = 0x00;
constexpr char UserPassword = 0x02;
constexpr char NoAcceptableMethod = char(0xFF);
constexpr char CommandConnect = 1;
constexpr char AddressIPv4 = 1;
constexpr char AddressDomain = 3;
// Replies (RFC 1928, 6.)
constexpr char Succeeded = 0;
constexpr char GeneralFailure = 1;
constexpr char ConnectionRefused = 5;
constexpr char CommandNotSupported = 7;
constexpr char AddressTypeNotSupported = 8;

} // namespace

struct Socks5TestProxy::Session
{
    enum class Stage { Greeting, Login, Request, Done };
    QTcpSocket *client = nullptr;
    QByteArray buffer;
    Stage stage = Stage::Greeting;
};

Socks5TestProxy::Socks5TestProxy(QObject *parent)
    : LoopbackProxy(QStringLiteral("socks5"), parent)
{
}

void Socks5TestProxy::serve(QTcpSocket *client)
{
    auto session = std::make_shared<Session>();
    session->client = client;
    auto reading = std::make_shared<QMetaObject::Connection>();
    *reading = connect(client, &QTcpSocket::readyRead, client, [this, session, reading] {
        session->buffer.append(session->client->readAll());
        for (;;) {
            bool advanced = false;
            switch (session->stage) {
            case Session::Stage::Greeting: advanced = greet(*session); break;
            case Session::Stage::Login: advanced = login(*session); break;
            case Session::Stage::Request: advanced = request(*session); break;
            case Session::Stage::Done: break;
            }
            if (session->stage == Session::Stage::Done) {
                disconnect(*reading); // the tunnel reads from here on
                return;
            }
            if (!advanced)
                return;
        }
    });
}

bool Socks5TestProxy::greet(Session &session)
{
    const QByteArray &in = session.buffer;
    if (in.size() < 2 || in.size() < 2 + quint8(in.at(1)))
        return false;
    const QByteArray methods = in.mid(2, quint8(in.at(1)));
    const bool versionOk = in.at(0) == Version;
    session.buffer.remove(0, 2 + methods.size());
    const char wanted = needsLogin() ? UserPassword : NoAuthentication;
    if (!versionOk || !methods.contains(wanted)) {
        recordRefusal();
        session.client->write(QByteArray(1, Version) + NoAcceptableMethod);
        session.client->disconnectFromHost();
        session.stage = Session::Stage::Done;
        return true;
    }
    session.client->write(QByteArray(1, Version) + wanted);
    session.stage = needsLogin() ? Session::Stage::Login : Session::Stage::Request;
    return true;
}

// RFC 1929: VER(1) ULEN UNAME PLEN PASSWD; the answer is VER(1) STATUS.
bool Socks5TestProxy::login(Session &session)
{
    const QByteArray &in = session.buffer;
    if (in.size() < 2)
        return false;
    const int userLength = quint8(in.at(1));
    if (in.size() < 2 + userLength + 1)
        return false;
    const int passwordLength = quint8(in.at(2 + userLength));
    const int total = 3 + userLength + passwordLength;
    if (in.size() < total)
        return false;
    const bool accepted = in.at(0) == 1 && acceptsLogin(in.mid(2, userLength), in.mid(3 + userLength, passwordLength));
    session.buffer.remove(0, total);
    session.client->write(QByteArray("\x01") + (accepted ? '\x00' : '\x01'));
    if (!accepted) {
        recordRefusal();
        session.client->disconnectFromHost();
        session.stage = Session::Stage::Done;
        return true;
    }
    ++m_logins;
    session.stage = Session::Stage::Request;
    return true;
}

// VER CMD RSV ATYP DST.ADDR DST.PORT
bool Socks5TestProxy::request(Session &session)
{
    const QByteArray &in = session.buffer;
    if (in.size() < 5)
        return false;
    const char version = in.at(0);
    const char command = in.at(1);
    const char type = in.at(3);
    QString host;
    int addressEnd = 0;
    if (type == AddressIPv4) {
        addressEnd = 4 + 4;
        if (in.size() < addressEnd + 2)
            return false;
        host = QHostAddress(qFromBigEndian<quint32>(in.constData() + 4)).toString();
    } else if (type == AddressDomain) {
        addressEnd = 5 + quint8(in.at(4));
        if (in.size() < addressEnd + 2)
            return false;
        host = QString::fromLatin1(in.mid(5, quint8(in.at(4))));
        ++m_domainRequests;
    } else {
        reply(session.client, AddressTypeNotSupported);
        session.stage = Session::Stage::Done;
        return true;
    }
    const quint16 port = qFromBigEndian<quint16>(in.constData() + addressEnd);
    session.buffer.remove(0, addressEnd + 2);
    session.stage = Session::Stage::Done;
    if (version != Version || command != CommandConnect) {
        reply(session.client, CommandNotSupported);
        return true;
    }
    recordTarget(host, port);
    connectTarget(session.client, host, port);
    return true;
}

void Socks5TestProxy::connectTarget(QTcpSocket *client, const QString &host, quint16 port)
{
    auto *upstream = new QTcpSocket(client);
    auto connected = std::make_shared<bool>(false);
    connect(upstream, &QTcpSocket::connected, client, [client, upstream, connected] {
        *connected = true;
        // Succeeded, bound to 0.0.0.0:0: the client does not use the address.
        client->write(QByteArray(1, Version) + Succeeded + '\0' + AddressIPv4 + QByteArray(6, '\0'));
        pipe(client, upstream);
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream, connected] {
        if (*connected)
            return; // the tunnel's end
        reply(client, upstream->error() == QAbstractSocket::ConnectionRefusedError ? ConnectionRefused
                                                                                  : GeneralFailure);
    });
    upstream->connectToHost(host, port);
}

// A failure reply, and the end of the connection.
void Socks5TestProxy::reply(QTcpSocket *client, char code)
{
    client->write(QByteArray(1, Version) + code + '\0' + AddressIPv4 + QByteArray(6, '\0'));
    client->disconnectFromHost();
}

} // namespace Fetchpool::Test
