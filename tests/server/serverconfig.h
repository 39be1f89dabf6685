#pragma once

#include <QByteArray>

#include <atomic>

namespace Fetchpool::Test {

// Settings the request handlers read on every request, from any worker thread.
class ServerConfig
{
public:
    void setLatency(int ms) { m_latencyMs.store(qMax(0, ms), std::memory_order_relaxed); }
    int latency() const { return m_latencyMs.load(std::memory_order_relaxed); }

    // The host is set before any thread starts; the port once listening.
    void setHost(const QByteArray &host) { m_host = host; }
    QByteArray host() const { return m_host; }
    void setPort(quint16 port) { m_port.store(port); }
    quint16 port() const { return m_port.load(); }
    // The HTTPS listener's port, 0 while there is none.
    void setTlsPort(quint16 port) { m_tlsPort.store(port); }
    quint16 tlsPort() const { return m_tlsPort.load(); }

    // "http://127.0.0.1:PORT": the prefix of every absolute URL we hand out.
    QByteArray origin() const { return "http://" + m_host + ':' + QByteArray::number(port()); }
    // "https://127.0.0.1:TLSPORT": the same for requests that came over TLS.
    QByteArray tlsOrigin() const { return "https://" + m_host + ':' + QByteArray::number(tlsPort()); }

private:
    std::atomic<int> m_latencyMs{0};
    std::atomic<quint16> m_port{0};
    std::atomic<quint16> m_tlsPort{0};
    QByteArray m_host = QByteArrayLiteral("127.0.0.1");
};

} // namespace Fetchpool::Test
