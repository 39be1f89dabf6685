#include "httprequest.h"

#include <algorithm>

namespace Fetchpool::Demo {

QByteArray HttpRequest::header(QByteArrayView lowerName) const
{
    QByteArray joined;
    for (const auto &field : headers) {
        if (field.first != lowerName)
            continue;
        if (joined.isNull())
            joined = field.second;
        else
            joined += ", " + field.second;
    }
    return joined;
}

bool HttpRequest::hasHeader(QByteArrayView lowerName) const
{
    for (const auto &field : headers) {
        if (field.first == lowerName)
            return true;
    }
    return false;
}

bool HttpRequest::wantsKeepAlive() const
{
    const QList<QByteArray> tokens = header("connection").toLower().split(',');
    bool close = false;
    bool keepAlive = false;
    for (const QByteArray &token : tokens) {
        const QByteArray option = token.trimmed();
        close = close || option == "close";
        keepAlive = keepAlive || option == "keep-alive";
    }
    // HTTP/1.1 is persistent unless told otherwise; 1.0 only when asked.
    return !close && (!http10 || keepAlive);
}

QueryArgs::QueryArgs(const QByteArray &rawQuery)
{
    for (const QByteArray &item : rawQuery.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = equals < 0 ? item : item.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        m_items.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
}

bool QueryArgs::has(QByteArrayView name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QByteArray QueryArgs::value(QByteArrayView name) const
{
    for (const auto &item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

qint64 QueryArgs::number(QByteArrayView name, qint64 fallback) const
{
    bool ok = false;
    const qint64 parsed = value(name).toLongLong(&ok);
    return ok ? parsed : fallback;
}

qint64 QueryArgs::bounded(QByteArrayView name, qint64 fallback, qint64 minimum, qint64 maximum) const
{
    return std::clamp(number(name, fallback), minimum, maximum);
}

namespace {

// Reduces an absolute-form target ("http://host/p?q") to origin form ("/p?q").
QByteArray originForm(const QByteArray &target)
{
    const qsizetype scheme = target.indexOf("://");
    if (target.startsWith('/') || scheme < 0)
        return target;
    const qsizetype slash = target.indexOf('/', scheme + 3);
    return slash < 0 ? QByteArrayLiteral("/") : target.mid(slash);
}

} // namespace

HttpRequestParser::Result HttpRequestParser::take(QByteArray &buffer, HttpRequest *request)
{
    // RFC 9112 2.2: ignore empty lines before a request line.
    qsizetype start = 0;
    while (buffer.sliced(start).startsWith("\r\n"))
        start += 2;
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n", start);
    if (headEnd < 0)
        return buffer.size() - start > MaxHeadBytes ? Result::TooLarge : Result::Incomplete;
    if (headEnd - start > MaxHeadBytes)
        return Result::TooLarge;

    const QList<QByteArray> lines = buffer.sliced(start, headEnd - start).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || requestLine.at(0).isEmpty() || !requestLine.at(2).startsWith("HTTP/1."))
        return Result::Malformed;

    HttpRequest parsed;
    parsed.method = requestLine.at(0);
    parsed.http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Result::Malformed;
        parsed.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }

    // Request bodies are allowed but ignored; chunked ones are not worth parsing here.
    if (parsed.hasHeader("transfer-encoding"))
        return Result::Malformed;
    qint64 bodyLength = 0;
    if (parsed.hasHeader("content-length")) {
        bool ok = false;
        bodyLength = parsed.header("content-length").toLongLong(&ok);
        if (!ok || bodyLength < 0)
            return Result::Malformed;
        if (bodyLength > MaxBodyBytes)
            return Result::TooLarge;
    }
    const qint64 total = headEnd + 4 + bodyLength;
    if (buffer.size() < total)
        return Result::Incomplete;

    QByteArray target = originForm(requestLine.at(1));
    if (!target.startsWith('/'))
        return Result::Malformed;
    const qsizetype hash = target.indexOf('#');
    if (hash >= 0)
        target.truncate(hash);
    const qsizetype question = target.indexOf('?');
    parsed.rawPath = question < 0 ? target : target.left(question);
    parsed.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    parsed.path = QString::fromUtf8(QByteArray::fromPercentEncoding(parsed.rawPath));

    buffer.remove(0, total);
    *request = std::move(parsed);
    return Result::Complete;
}

} // namespace Fetchpool::Demo
