#pragma once

#include "loopbackproxy.h"

#include <atomic>

namespace Fetchpool::Test {

// A loopback SOCKS5 proxy for tests (RFC 1928): the CONNECT command to an
// IPv4 address or a domain name, tunnelled to the target. Without
// credentials it takes "no authentication"; with setCredentials() only
// username/password (RFC 1929), and a wrong login is refused.
class Socks5TestProxy final : public LoopbackProxy
{
    Q_OBJECT

public:
    explicit Socks5TestProxy(QObject *parent = nullptr);

    int domainRequestCount() const { return m_domainRequests.load(); } // targets named, not addressed
    int loginCount() const { return m_logins.load(); } // username/password logins accepted

protected:
    void serve(QTcpSocket *client) override;

private:
    struct Session;
    // Each takes what it needs from the front of the session's buffer;
    // false while more bytes are needed.
    bool greet(Session &session);
    bool login(Session &session);
    bool request(Session &session);
    void connectTarget(QTcpSocket *client, const QString &host, quint16 port);
    static void reply(QTcpSocket *client, char code);

    std::atomic<int> m_domainRequests{0};
    std::atomic<int> m_logins{0};
};

} // namespace Fetchpool::Test
