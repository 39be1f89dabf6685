#include "listener.h"

#include "httpconnection.h"
#include "serverstats.h"
#include "socketfactory.h"

#include <memory>
#include <utility>

#ifdef Q_OS_WIN
#  include <winsock2.h>
#else
#  include <unistd.h>
#endif

namespace Fetchpool::Demo {

namespace {

void closeDescriptor(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}

// Owns an accepted descriptor until a worker adopts it. If the worker is
// torn down first, the queued hand-over is destroyed and this closes it.
class PendingDescriptor
{
public:
    explicit PendingDescriptor(qintptr descriptor) : m_descriptor(descriptor) {}
    ~PendingDescriptor()
    {
        if (m_descriptor >= 0)
            closeDescriptor(m_descriptor);
    }
    Q_DISABLE_COPY_MOVE(PendingDescriptor)

    qintptr take() { return std::exchange(m_descriptor, -1); }

private:
    qintptr m_descriptor;
};

} // namespace

ConnectionWorker::ConnectionWorker(const Router &router, ServerStats &stats)
    : m_router(router)
    , m_stats(stats)
{
}

void ConnectionWorker::adopt(qintptr descriptor, const SocketFactory &sockets, const QByteArray &origin)
{
    auto *connection = new HttpConnection(m_router, m_stats, sockets, origin, this);
    if (!connection->open(descriptor, sockets)) {
        delete connection;
        closeDescriptor(descriptor);
    }
}

Listener::Listener(const QVector<ConnectionWorker *> &workers, ServerStats &stats,
                   std::shared_ptr<const SocketFactory> sockets)
    : m_workers(workers)
    , m_stats(stats)
    , m_sockets(std::move(sockets))
{
}

quint16 Listener::start(const QHostAddress &address, quint16 port, QString *error)
{
    // Hundreds of clients connect at once in the benchmarks.
    setListenBacklogSize(1024);
    if (!listen(address, port)) {
        *error = errorString();
        return 0;
    }
    m_origin = originFor(m_sockets->scheme(), address, serverPort());
    return serverPort();
}

void Listener::incomingConnection(qintptr descriptor)
{
    m_stats.recordConnection();
    ConnectionWorker *worker = m_workers.at(m_next);
    m_next = (m_next + 1) % m_workers.size();
    auto pending = std::make_shared<PendingDescriptor>(descriptor);
    QMetaObject::invokeMethod(
            worker,
            [worker, pending, sockets = m_sockets, origin = m_origin] {
                worker->adopt(pending->take(), *sockets, origin);
            },
            Qt::QueuedConnection);
}

QByteArray originFor(const QByteArray &scheme, const QHostAddress &address, quint16 port)
{
    QByteArray host;
    if (address == QHostAddress::LocalHost || address == QHostAddress::Any || address == QHostAddress::AnyIPv4
        || address == QHostAddress::AnyIPv6 || address.isNull())
        host = QByteArrayLiteral("127.0.0.1");
    else if (address.protocol() == QAbstractSocket::IPv6Protocol)
        host = '[' + address.toString().toLatin1() + ']';
    else
        host = address.toString().toLatin1();
    return scheme + "://" + host + ':' + QByteArray::number(port);
}

} // namespace Fetchpool::Demo
