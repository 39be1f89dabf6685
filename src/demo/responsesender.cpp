#include "responsesender.h"

#include <QTcpSocket>

#include <algorithm>

namespace Fetchpool::Demo {

namespace {

constexpr qint64 PieceBytes = 256 * 1024;
// Refill below this many queued bytes: enough to keep the kernel busy, small
// enough that hundreds of connections stay cheap.
constexpr qint64 HighWaterBytes = 1024 * 1024;

} // namespace

ResponseSender::ResponseSender(QTcpSocket *socket, ResponsePlan plan, ActiveRequest active, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_plan(std::move(plan))
    , m_active(std::move(active))
{
    const bool body = !m_plan.headOnly && m_plan.framing != ResponsePlan::Framing::NoBody;
    const qint64 limit = m_plan.sendLimit < 0 ? m_plan.bodyLength : m_plan.sendLimit;
    m_limit = body ? std::clamp<qint64>(limit, 0, m_plan.bodyLength) : 0;
    // A cut-short body can only be ended by closing the connection.
    m_truncated = body && m_limit < m_plan.bodyLength;
    m_stallPending = m_plan.stallMs > 0 && m_plan.stallAt >= 0 && m_plan.stallAt < m_limit;

    // Precise: a test asking for 200 ms must never see 190.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ResponseSender::onTimeout);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ResponseSender::pump);
}

void ResponseSender::start()
{
    if (m_plan.hang)
        return; // read, counted, never answered: the client has to give up
    if (m_plan.latencyMs > 0) {
        m_phase = Phase::Waiting;
        m_timer.start(m_plan.latencyMs);
        return;
    }
    m_phase = Phase::Sending;
    pump();
}

void ResponseSender::onTimeout()
{
    if (m_phase == Phase::Waiting || m_phase == Phase::Stalled) {
        m_phase = Phase::Sending;
        pump();
    }
}

qint64 ResponseSender::nextStop() const
{
    return m_stallPending ? m_plan.stallAt : m_limit;
}

void ResponseSender::pump()
{
    if (m_phase != Phase::Sending || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    while (m_socket->bytesToWrite() < HighWaterBytes) {
        QByteArray out;
        if (!m_headWritten) {
            out = head();
            m_headWritten = true;
        }
        const qint64 stop = nextStop();
        const qint64 length = qMin(m_plan.paceBytes > 0 ? m_plan.paceBytes : PieceBytes, stop - m_sent);
        appendPiece(out, length);
        m_sent += length;

        if (m_sent == m_limit && !m_stallPending) {
            if (m_plan.framing == ResponsePlan::Framing::Chunked && !m_plan.headOnly && !m_truncated)
                out += "0\r\n\r\n";
            m_phase = Phase::Done;
            // Counted as finished before the last write: a client cannot see the
            // end of this response and start another one while it still counts.
            m_active.finish();
            m_socket->write(out);
            Q_EMIT finished(m_plan.close || m_truncated || m_plan.framing == ResponsePlan::Framing::CloseDelimited);
            return;
        }
        m_socket->write(out);
        if (m_sent == stop) {
            m_stallPending = false;
            m_phase = Phase::Stalled;
            m_timer.start(m_plan.stallMs);
            return;
        }
        if (m_plan.paceBytes > 0) { // the next piece when the interval is over
            m_phase = Phase::Stalled;
            m_timer.start(ResponsePlan::PaceIntervalMs);
            return;
        }
    }
}

QByteArray ResponseSender::head() const
{
    QByteArray out;
    out.reserve(512);
    out += "HTTP/1.1 " + QByteArray::number(m_plan.status) + ' ' + reasonPhrase(m_plan.status) + "\r\n";
    out += "Server: fetchpool\r\n";
    for (const auto &field : m_plan.headers)
        out += field.first + ": " + field.second + "\r\n";
    switch (m_plan.framing) {
    case ResponsePlan::Framing::Length: {
        const qint64 length = m_plan.advertisedLength >= 0 ? m_plan.advertisedLength : m_plan.bodyLength;
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        break;
    }
    case ResponsePlan::Framing::Chunked:
        out += "Transfer-Encoding: chunked\r\n";
        break;
    case ResponsePlan::Framing::CloseDelimited:
    case ResponsePlan::Framing::NoBody:
        break;
    }
    const bool close = m_plan.close || m_plan.framing == ResponsePlan::Framing::CloseDelimited;
    out += close ? QByteArrayView("Connection: close\r\n\r\n") : QByteArrayView("Connection: keep-alive\r\n\r\n");
    return out;
}

void ResponseSender::appendPiece(QByteArray &out, qint64 length) const
{
    if (length <= 0)
        return;
    const bool chunked = m_plan.framing == ResponsePlan::Framing::Chunked;
    if (chunked)
        out += QByteArray::number(length, 16) + "\r\n";
    if (m_plan.body)
        m_plan.body->appendTo(out, m_sent, length);
    if (chunked)
        out += "\r\n";
}

} // namespace Fetchpool::Demo
