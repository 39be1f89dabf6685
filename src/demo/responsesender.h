#pragma once

#include "responseplan.h"
#include "serverstats.h"

#include <QObject>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpSocket;
QT_END_NAMESPACE

namespace Fetchpool::Demo {

// Writes one planned response to a socket, entirely event-driven: a timer for
// latency and stalls, bytesWritten for back-pressure. The body is generated
// piece by piece, so a 64 MiB file never sits in memory.
class ResponseSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseSender)

public:
    ResponseSender(QTcpSocket *socket, ResponsePlan plan, ActiveRequest active, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // Everything is queued on the socket. Emitted at most once.
    void finished(bool closeConnection);

private:
    enum class Phase { Idle, Waiting, Sending, Stalled, Done };

    void onTimeout();
    void pump();
    qint64 nextStop() const;
    QByteArray head() const;
    void appendPiece(QByteArray &out, qint64 length) const;

    QTcpSocket *m_socket;
    ResponsePlan m_plan;
    ActiveRequest m_active;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    qint64 m_limit = 0; // body bytes this response really sends
    qint64 m_sent = 0;
    bool m_truncated = false;
    bool m_headWritten = false;
    bool m_stallPending = false;
};

} // namespace Fetchpool::Demo
