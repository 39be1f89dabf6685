#include "responsehead.h"

#include <algorithm>

namespace Fetchpool {

namespace {

QByteArrayView withoutLineEnd(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    return line;
}

} // namespace

bool ResponseHead::addLine(QByteArrayView rawLine)
{
    const QByteArrayView line = withoutLineEnd(rawLine);
    if (line.startsWith("HTTP/")) {
        // "HTTP/1.1 404 Not Found", "HTTP/2 200": a new response begins.
        clear();
        const qsizetype space = line.indexOf(' ');
        if (space > 0) {
            m_protocol = line.first(space).toByteArray();
            const QByteArrayView rest = line.sliced(space + 1);
            const qsizetype reasonAt = rest.indexOf(' ');
            const QByteArrayView code = reasonAt < 0 ? rest : rest.first(reasonAt);
            const bool digits = code.size() == 3
                    && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
            m_status = digits ? (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0') : 0;
            if (reasonAt >= 0)
                m_reason = rest.sliced(reasonAt + 1).trimmed().toByteArray();
        }
        return false;
    }
    if (line.isEmpty()) {
        m_complete = m_status != 0;
        return m_complete;
    }
    if (line.front() == ' ' || line.front() == '\t') {
        // An obsolete folded continuation: it joins the previous field's value.
        if (!m_fields.isEmpty()) {
            m_fields.chop(1);
            m_fields += ' ';
            m_fields += line.trimmed();
            m_fields += '\n';
        }
        return false;
    }
    if (line.indexOf(':') <= 0)
        return false; // not a field; ignored rather than trusted
    if (m_fields.isEmpty())
        m_fields.reserve(1024);
    m_fields += line;
    m_fields += '\n';
    return false;
}

void ResponseHead::clear()
{
    m_status = 0;
    m_protocol.clear();
    m_reason.clear();
    m_fields.clear();
    m_complete = false;
}

QByteArray ResponseHead::reason() const
{
    return m_reason.isEmpty() ? standardReason(m_status) : m_reason;
}

QByteArray ResponseHead::value(QByteArrayView name) const
{
    const QByteArrayView fields(m_fields);
    for (qsizetype start = 0; start < fields.size();) {
        const qsizetype end = fields.indexOf('\n', start);
        const QByteArrayView line = fields.sliced(start, end - start);
        start = end + 1;
        const qsizetype colon = line.indexOf(':');
        if (line.first(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.sliced(colon + 1).trimmed().toByteArray();
    }
    return {};
}

bool ResponseHead::has(QByteArrayView name) const
{
    const QByteArrayView fields(m_fields);
    for (qsizetype start = 0; start < fields.size();) {
        const qsizetype end = fields.indexOf('\n', start);
        const QByteArrayView line = fields.sliced(start, end - start);
        start = end + 1;
        if (line.first(line.indexOf(':')).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

qint64 ResponseHead::contentLength() const
{
    const QByteArray text = value("content-length");
    bool ok = false;
    const qint64 length = text.toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

QByteArray ResponseHead::standardReason(int status)
{
    switch (status) {
    case 200: return QByteArrayLiteral("OK");
    case 201: return QByteArrayLiteral("Created");
    case 204: return QByteArrayLiteral("No Content");
    case 206: return QByteArrayLiteral("Partial Content");
    case 301: return QByteArrayLiteral("Moved Permanently");
    case 302: return QByteArrayLiteral("Found");
    case 303: return QByteArrayLiteral("See Other");
    case 304: return QByteArrayLiteral("Not Modified");
    case 307: return QByteArrayLiteral("Temporary Redirect");
    case 308: return QByteArrayLiteral("Permanent Redirect");
    case 400: return QByteArrayLiteral("Bad Request");
    case 401: return QByteArrayLiteral("Unauthorized");
    case 403: return QByteArrayLiteral("Forbidden");
    case 404: return QByteArrayLiteral("Not Found");
    case 405: return QByteArrayLiteral("Method Not Allowed");
    case 407: return QByteArrayLiteral("Proxy Authentication Required");
    case 408: return QByteArrayLiteral("Request Timeout");
    case 410: return QByteArrayLiteral("Gone");
    case 416: return QByteArrayLiteral("Range Not Satisfiable");
    case 429: return QByteArrayLiteral("Too Many Requests");
    case 500: return QByteArrayLiteral("Internal Server Error");
    case 501: return QByteArrayLiteral("Not Implemented");
    case 502: return QByteArrayLiteral("Bad Gateway");
    case 503: return QByteArrayLiteral("Service Unavailable");
    case 504: return QByteArrayLiteral("Gateway Timeout");
    default: return {};
    }
}

} // namespace Fetchpool
