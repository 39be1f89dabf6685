#pragma once

#include "router.h"
#include "serverstats.h"

#include <QHostAddress>
#include <QVector>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Fetchpool::Demo {

class ConnectionWorker;
class SocketFactory;

// A loopback HTTP/1.1 server. Each listener accepts on a thread of its own
// and deals connections round-robin to `threads` worker threads, which read,
// route and answer them, never on the caller's thread. What it answers is up
// to the routes added to router() before the first listen().
class HttpServer final
{
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    explicit HttpServer(int threads = 2);
    ~HttpServer(); // stops and joins every thread

    Router &router() { return m_router; }
    const Router &router() const { return m_router; }
    ServerStats &stats() { return m_stats; }
    const ServerStats &stats() const { return m_stats; }

    // Starts one more listener, with the workers if they are not running.
    // `sockets` makes its connections' sockets (null: plain TCP). The bound
    // port, or 0 when listen fails.
    quint16 listen(const QHostAddress &address, quint16 port,
                   std::shared_ptr<const SocketFactory> sockets = nullptr);
    // Every listener first, so nothing new arrives, then the workers and
    // their connections.
    void stop();
    bool isListening() const { return !m_listenerThreads.empty(); }

private:
    void startWorkers();

    const int m_threadCount;
    Router m_router;
    ServerStats m_stats;
    std::vector<std::unique_ptr<QThread>> m_workerThreads;
    QVector<ConnectionWorker *> m_workers;
    std::vector<std::unique_ptr<QThread>> m_listenerThreads;
};

} // namespace Fetchpool::Demo
