#pragma once

#include "socketfactory.h"

namespace Fetchpool::Test {

// Plain sockets with a small, fixed kernel send buffer. Linux grows a send
// buffer to megabytes and reports it writable only when half of it is free,
// so with a slow reader the server's writes come in bursts that hide the
// reader's rate; with a small buffer, what the server counts as sent follows
// what the client reads within a few KiB.
class SendBufferSocketFactory final : public Demo::SocketFactory
{
public:
    explicit SendBufferSocketFactory(int bytes) : m_bytes(bytes) {}

    void begin(QTcpSocket *socket) const override;

private:
    const int m_bytes;
};

} // namespace Fetchpool::Test
