#pragma once

#include "loopbackproxy.h"

#include <atomic>

namespace Fetchpool::Test {

// A loopback HTTP proxy for tests: absolute-form requests to http:// targets
// are forwarded (one per connection), CONNECT opens a tunnel (to the test
// server's HTTPS listener, say). With setCredentials() it wants Basic
// Proxy-Authorization and answers 407 without it; with setRefuseConnect()
// it answers every CONNECT 403.
class HttpTestProxy final : public LoopbackProxy
{
    Q_OBJECT

public:
    explicit HttpTestProxy(QObject *parent = nullptr);

    void setRefuseConnect(bool refuse) { m_refuseConnect = refuse; }
    int connectCount() const { return m_connects.load(); }   // CONNECT requests tunnelled
    int forwardCount() const { return m_forwards.load(); }   // absolute-form requests forwarded

protected:
    void serve(QTcpSocket *client) override;

private:
    void handle(QTcpSocket *client, const QByteArray &head, const QByteArray &rest);
    void tunnel(QTcpSocket *client, const QString &authority, const QByteArray &rest);
    void forward(QTcpSocket *client, const QByteArray &method, const QUrl &target,
                 const QList<QByteArray> &headerLines, const QByteArray &rest);
    static void answer(QTcpSocket *client, QByteArrayView statusLine, QByteArrayView extraHeaders = {});

    std::atomic<bool> m_refuseConnect{false};
    std::atomic<int> m_connects{0};
    std::atomic<int> m_forwards{0};
};

} // namespace Fetchpool::Test
