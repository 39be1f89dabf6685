#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Fetchpool {

// One HTTP response's status line and header fields, fed line by line as
// libcurl hands them over (for HTTP/2 too: curl writes the :status pseudo
// header as a status line). A new status line starts a new head, so a 1xx
// interim response is forgotten once the real one begins.
class ResponseHead final
{
public:
    // Takes one header line, with or without its CRLF. Returns true when the
    // line is the empty one that ends the head.
    bool addLine(QByteArrayView line);
    void clear();

    bool isComplete() const { return m_complete; }
    bool isInterim() const { return m_status >= 100 && m_status < 200; }
    int status() const { return m_status; }
    // "HTTP/1.1", "HTTP/2": the protocol the status line names.
    QByteArray protocol() const { return m_protocol; }
    // The server's reason phrase; the standard one when it sent none (HTTP/2 never does).
    QByteArray reason() const;
    // The first value of the named field, trimmed; empty when absent. Names
    // compare case-insensitively.
    QByteArray value(QByteArrayView name) const;
    bool has(QByteArrayView name) const;
    // Content-Length, or -1 when absent or not a number.
    qint64 contentLength() const;

    static QByteArray standardReason(int status);

private:
    int m_status = 0;
    QByteArray m_protocol;
    QByteArray m_reason;
    // The field lines as received, each ending in '\n': a response has a
    // handful of fields and a few are asked for, so scanning them beats
    // allocating a name and a value for every one.
    QByteArray m_fields;
    bool m_complete = false;
};

} // namespace Fetchpool
