#include "sendbuffersocketfactory.h"

#include <QTcpSocket>

namespace Fetchpool::Test {

void SendBufferSocketFactory::begin(QTcpSocket *socket) const
{
    socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, m_bytes);
}

} // namespace Fetchpool::Test
