#pragma once

#include <QSslConfiguration>
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

    // Call on this object's thread. Takes ownership of the descriptor. A
    // non-null `tls` makes it an HTTPS connection with that identity.
    void adopt(qintptr descriptor, const QSslConfiguration &tls);

private:
    const Router &m_router;
    ServerStats &m_stats;
};

// Accepts on its own thread and deals the sockets round-robin to the
// workers, so a busy worker never delays accept(). With a non-null `tls`
// every connection it accepts speaks HTTPS.
class Listener : public QTcpServer
{
    Q_OBJECT

public:
    Listener(const QVector<ConnectionWorker *> &workers, ServerStats &stats,
             const QSslConfiguration &tls = {});

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QVector<ConnectionWorker *> m_workers;
    ServerStats &m_stats;
    const QSslConfiguration m_tls;
    qsizetype m_next = 0;
};

} // namespace Fetchpool::Test
