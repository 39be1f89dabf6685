#pragma once

#include <QTcpServer>
#include <QVector>

namespace Fetchpool::Test {

class Router;
class ServerStats;

// Lives on one worker thread and runs the connections handed to it there.
class ConnectionWorker : public QObject
{
    Q_OBJECT

public:
    ConnectionWorker(const Router &router, ServerStats &stats);

    // Call on this object's thread. Takes ownership of the descriptor.
    void adopt(qintptr descriptor);

private:
    const Router &m_router;
    ServerStats &m_stats;
};

// Accepts on its own thread and deals the sockets round-robin to the
// workers, so a busy worker never delays accept().
class Listener : public QTcpServer
{
    Q_OBJECT

public:
    Listener(const QVector<ConnectionWorker *> &workers, ServerStats &stats);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QVector<ConnectionWorker *> m_workers;
    ServerStats &m_stats;
    qsizetype m_next = 0;
};

} // namespace Fetchpool::Test
