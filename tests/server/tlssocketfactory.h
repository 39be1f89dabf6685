#pragma once

#include "socketfactory.h"

#include <QSslConfiguration>

namespace Fetchpool::Test {

// Sockets that do the server side of a TLS handshake with `configuration`
// and then carry HTTP: the test server's HTTPS listener.
class TlsSocketFactory final : public Demo::SocketFactory
{
public:
    explicit TlsSocketFactory(const QSslConfiguration &configuration) : m_configuration(configuration) {}

    QTcpSocket *create(QObject *parent) const override;
    void begin(QTcpSocket *socket) const override;
    QByteArray scheme() const override { return QByteArrayLiteral("https"); }

private:
    const QSslConfiguration m_configuration;
};

} // namespace Fetchpool::Test
