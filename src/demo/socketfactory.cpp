#include "socketfactory.h"

#include <QTcpSocket>

namespace Fetchpool::Demo {

QTcpSocket *SocketFactory::create(QObject *parent) const
{
    return new QTcpSocket(parent);
}

void SocketFactory::begin(QTcpSocket *) const
{
}

QByteArray SocketFactory::scheme() const
{
    return QByteArrayLiteral("http");
}

} // namespace Fetchpool::Demo
