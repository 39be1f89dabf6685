#include "tlssocketfactory.h"

#include <QSslSocket>

namespace Fetchpool::Test {

QTcpSocket *TlsSocketFactory::create(QObject *parent) const
{
    auto *socket = new QSslSocket(parent);
    socket->setSslConfiguration(m_configuration);
    return socket;
}

void TlsSocketFactory::begin(QTcpSocket *socket) const
{
    static_cast<QSslSocket *>(socket)->startServerEncryption();
}

} // namespace Fetchpool::Test
