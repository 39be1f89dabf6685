#include "listener.h"

#include "httpconnection.h"
#include "serverstats.h"

#include <memory>
#include <utility>

#ifdef Q_OS_WIN
#  include <winsock2.h>
#else
#  include <unistd.h>
#endif

namespace Fetchpool::Test {

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

void ConnectionWorker::adopt(qintptr descriptor, const QSslConfiguration &tls)
{
    auto *connection = new HttpConnection(m_router, m_stats, tls, this);
    if (!connection->open(descriptor)) {
        delete connection;
        closeDescriptor(descriptor);
    }
}

Listener::Listener(const QVector<ConnectionWorker *> &workers, ServerStats &stats,
                   const QSslConfiguration &tls)
    : m_workers(workers)
    , m_stats(stats)
    , m_tls(tls)
{
}

void Listener::incomingConnection(qintptr descriptor)
{
    m_stats.recordConnection();
    ConnectionWorker *worker = m_workers.at(m_next);
    m_next = (m_next + 1) % m_workers.size();
    auto pending = std::make_shared<PendingDescriptor>(descriptor);
    QMetaObject::invokeMethod(
            worker, [worker, pending, tls = m_tls] { worker->adopt(pending->take(), tls); },
            Qt::QueuedConnection);
}

} // namespace Fetchpool::Test
