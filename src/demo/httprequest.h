#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace Fetchpool::Demo {

// Header fields in arrival order; names are lower-cased by the parser.
using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method;
    QByteArray rawPath;  // as sent: still percent-encoded
    QByteArray rawQuery; // after '?', still percent-encoded
    QString path;        // percent-decoded UTF-8: what stats and seeds are keyed by
    HeaderList headers;
    bool http10 = false;

    // All values of one field joined by ", " (RFC 9110 5.3); null when absent.
    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
    bool isHead() const { return method == "HEAD"; }
    bool wantsKeepAlive() const;
};

// The query string as percent-decoded name/value pairs. '+' stays a plus:
// clients built with QUrl encode spaces as %20.
class QueryArgs
{
public:
    explicit QueryArgs(const QByteArray &rawQuery);

    bool has(QByteArrayView name) const;
    QByteArray value(QByteArrayView name) const;
    qint64 number(QByteArrayView name, qint64 fallback) const;
    // number(), clamped to [minimum, maximum].
    qint64 bounded(QByteArrayView name, qint64 fallback, qint64 minimum, qint64 maximum) const;
    // "name=1" style switches: any non-zero number.
    bool flag(QByteArrayView name) const { return number(name, 0) != 0; }

private:
    QList<QPair<QByteArray, QByteArray>> m_items;
};

// Takes complete HTTP/1.x requests off the front of a connection's input.
class HttpRequestParser
{
public:
    enum class Result { Incomplete, Complete, Malformed, TooLarge };

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr qint64 MaxBodyBytes = 16 * 1024 * 1024;

    // On Complete the request (and any body it carried, which is discarded)
    // is removed from `buffer`; otherwise `buffer` is left as it was.
    static Result take(QByteArray &buffer, HttpRequest *request);
};

} // namespace Fetchpool::Demo
