#include "responseplan.h"

namespace Fetchpool::Demo {

ResponsePlan ResponsePlan::fixed(int status, const QByteArray &contentType, const QByteArray &body)
{
    ResponsePlan plan;
    plan.status = status;
    if (status == 204 || status == 304) {
        plan.framing = Framing::NoBody;
        return plan;
    }
    plan.addHeader("Content-Type", contentType);
    plan.body = std::make_shared<FixedBody>(body);
    plan.bodyLength = body.size();
    return plan;
}

ResponsePlan ResponsePlan::text(int status, const QByteArray &body)
{
    return fixed(status, "text/plain; charset=utf-8", body);
}

ResponsePlan ResponsePlan::notFound(const QByteArray &rawPath)
{
    return text(404, "not found: " + rawPath + '\n');
}

ResponsePlan ResponsePlan::redirect(int status, const QByteArray &location)
{
    ResponsePlan plan = text(status, "redirecting to " + location + '\n');
    plan.addHeader("Location", location);
    return plan;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 416: return "Range Not Satisfiable";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status < 400 ? "Status" : "Error";
    }
}

} // namespace Fetchpool::Demo
