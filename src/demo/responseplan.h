#pragma once

#include "bodysource.h"
#include "httprequest.h"

#include <memory>

namespace Fetchpool::Demo {

// Everything a connection needs to answer one request, decided up front by
// a route so the sending side is pure I/O.
struct ResponsePlan
{
    enum class Framing {
        Length,         // Content-Length
        Chunked,        // Transfer-Encoding: chunked
        CloseDelimited, // no length; closing the connection ends the body
        NoBody,         // 204 / 304: neither a body nor a length
    };

    int status = 200;
    HeaderList headers; // besides the framing and Connection fields
    std::shared_ptr<const BodySource> body; // null: no body bytes
    qint64 bodyLength = 0;        // bytes of the (possibly ranged) representation
    qint64 advertisedLength = -1; // Content-Length to claim; -1: bodyLength
    qint64 sendLimit = -1;        // body bytes really sent; -1: bodyLength
    Framing framing = Framing::Length;
    int latencyMs = 0;            // before the status line
    qint64 stallAt = -1;          // body offset at which to pause ...
    int stallMs = 0;              // ... for this long
    qint64 paceBytes = 0;         // > 0: at most this many body bytes every PaceIntervalMs
    bool hang = false;            // never answer at all
    bool close = false;           // close the connection after this response
    bool headOnly = false;        // HEAD: the header block only

    static constexpr int PaceIntervalMs = 50;

    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }

    static ResponsePlan fixed(int status, const QByteArray &contentType, const QByteArray &body);
    // fixed() as UTF-8 plain text.
    static ResponsePlan text(int status, const QByteArray &body);
    static ResponsePlan notFound(const QByteArray &rawPath);
    // `status` (a 3xx) with `Location: location`.
    static ResponsePlan redirect(int status, const QByteArray &location);
};

QByteArray reasonPhrase(int status);

} // namespace Fetchpool::Demo
