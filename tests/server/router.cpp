#include "router.h"

#include "byterange.h"
#include "faultinjection.h"
#include "imagecache.h"
#include "serverconfig.h"

#include <QUrl>

namespace Fetchpool::Test {

namespace {

constexpr qint64 DefaultFileSize = 1024;
constexpr qint64 MaxStallPrefix = 16 * 1024;
constexpr int MaxImageSide = 4096;
constexpr qint64 MaxDelayMs = 3'600'000;
constexpr qint64 DefaultFaultStallMs = 200;
// A fixed, valid HTTP date so If-Range / caching tests have something to match.
constexpr char LastModified[] = "Wed, 01 Jan 2025 00:00:00 GMT";

ResponsePlan errorPage(int status)
{
    if (status < 200 || status > 599)
        return ResponsePlan::fixed(400, "text/plain; charset=utf-8", "bad status parameter\n");
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return ResponsePlan::fixed(status, "text/html; charset=utf-8",
                               "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head><body><h1>" + title
                                       + "</h1></body></html>\n");
}

ResponsePlan notFound(const QByteArray &rawPath)
{
    return ResponsePlan::fixed(404, "text/plain; charset=utf-8", "not found: " + rawPath + '\n');
}

ResponsePlan redirectTo(int status, const QByteArray &location)
{
    ResponsePlan plan = ResponsePlan::fixed(status, "text/plain; charset=utf-8", "redirecting to " + location + '\n');
    plan.addHeader("Location", location);
    return plan;
}

QByteArray entityTag(quint32 seed, qint64 size)
{
    return "\"fp-" + QByteArray::number(seed, 16) + '-' + QByteArray::number(size, 16) + '"';
}

} // namespace

Router::Router(const ServerConfig &config, ImageCache &images)
    : m_config(config)
    , m_images(images)
{
}

ResponsePlan Router::route(const HttpRequest &request, int ordinal, bool secure) const
{
    const QByteArray origin = secure ? m_config.tlsOrigin() : m_config.origin();
    const QueryArgs query(request.rawQuery);
    const QString &path = request.path;
    ResponsePlan plan;
    if (request.method != "GET" && request.method != "HEAD") {
        plan = ResponsePlan::fixed(405, "text/plain; charset=utf-8", "only GET and HEAD\n");
        plan.addHeader("Allow", "GET, HEAD");
    } else if (path.startsWith(QLatin1String("/files/"))) {
        plan = file(request, query, ordinal, origin);
    } else if (path.startsWith(QLatin1String("/image/"))) {
        plan = image(request, query);
    } else if (path == QLatin1String("/redirect")) {
        plan = redirect(query);
    } else if (path.startsWith(QLatin1String("/chain/"))) {
        plan = chain(request, origin);
    } else if (path.startsWith(QLatin1String("/loop/"))) {
        plan = loop(request, origin);
    } else if (path.startsWith(QLatin1String("/checksum/"))) {
        plan = checksum(request, query);
    } else if (path == QLatin1String("/list")) {
        plan = list(query, origin);
    } else if (path == QLatin1String("/html")) {
        plan = html(query);
    } else {
        plan = notFound(request.rawPath);
    }
    // latency= of /list belongs to the URLs it lists, not to the list itself.
    const bool ownLatency = query.has("latency") && path != QLatin1String("/list");
    plan.latencyMs = int(ownLatency ? query.bounded("latency", 0, 0, MaxDelayMs) : m_config.latency());
    plan.headOnly = request.isHead();
    return plan;
}

ResponsePlan Router::file(const HttpRequest &request, const QueryArgs &query, int ordinal,
                          const QByteArray &origin) const
{
    const qint64 size = qMax<qint64>(0, query.number("size", DefaultFileSize));
    const quint32 seed = query.has("seed") ? quint32(query.number("seed", 0))
                                           : GeneratedBody::seedForPath(request.path);
    const bool closeAfter = query.flag("close");
    const InjectedFault fault = query.flag("nofault")
            ? InjectedFault::None
            : injectedFault(request.path, int(query.bounded("faultrate", 0, 0, 100)),
                            quint32(query.number("faultseed", 0)));
    if (fault == InjectedFault::NotFound)
        return errorPage(404);
    if (fault == InjectedFault::Unavailable && ordinal == 1) {
        ResponsePlan plan = errorPage(503);
        plan.addHeader("Retry-After", "0");
        return plan;
    }
    if (fault == InjectedFault::Redirect)
        return redirectTo(302, origin + request.rawPath + '?' + request.rawQuery + "&nofault=1");

    if (ordinal <= query.number("fail", 0)) {
        ResponsePlan plan = errorPage(int(query.number("failstatus", 503)));
        if (query.has("retryafter"))
            plan.addHeader("Retry-After", query.value("retryafter"));
        plan.close = closeAfter;
        return plan;
    }
    if (query.has("status")) {
        ResponsePlan plan = errorPage(int(query.number("status", 500)));
        plan.close = closeAfter;
        return plan;
    }
    ResponsePlan plan;
    if (query.flag("hang")) {
        plan.hang = true;
        return plan;
    }

    const bool ranges = !query.flag("norange");
    const QByteArray etag = query.flag("etag") ? entityTag(seed, size) : QByteArray();
    const QByteArray lastModified = query.flag("lastmodified") ? QByteArray(LastModified) : QByteArray();
    plan.addHeader("Content-Type", query.has("type") ? query.value("type") : QByteArray("application/octet-stream"));
    if (query.has("cd"))
        plan.addHeader("Content-Disposition", query.value("cd"));
    if (!etag.isEmpty())
        plan.addHeader("ETag", etag);
    if (!lastModified.isEmpty())
        plan.addHeader("Last-Modified", lastModified);
    if (ranges)
        plan.addHeader("Accept-Ranges", "bytes");

    qint64 first = 0;
    qint64 length = size;
    if (ranges && request.hasHeader("range")) {
        // If-Range: resume only if the client's validator still matches;
        // otherwise the whole (conceptually changed) file is sent.
        bool validatorMatches = true;
        if (request.hasHeader("if-range")) {
            const QByteArray validator = request.header("if-range");
            validatorMatches = !validator.isEmpty()
                    && (validator == etag || (!validator.startsWith('"') && validator == lastModified));
        }
        const ByteRange range = ByteRange::parse(request.header("range"), size);
        if (validatorMatches && range.kind == ByteRange::Kind::Unsatisfiable) {
            const QByteArray contentRange = "bytes */" + QByteArray::number(size);
            ResponsePlan refused = ResponsePlan::fixed(416, "text/plain; charset=utf-8",
                                                       "range not satisfiable: " + contentRange + '\n');
            refused.addHeader("Content-Range", contentRange);
            refused.addHeader("Accept-Ranges", "bytes");
            refused.close = closeAfter;
            return refused;
        }
        if (validatorMatches && range.kind == ByteRange::Kind::Satisfiable) {
            plan.status = 206;
            first = range.first;
            length = range.length();
            plan.addHeader("Content-Range", "bytes " + QByteArray::number(range.first) + '-'
                                                          + QByteArray::number(range.last) + '/'
                                                          + QByteArray::number(size));
        }
    }

    plan.body = BodySource::generated(seed, first);
    plan.bodyLength = length;
    plan.close = closeAfter;
    if (query.flag("chunked"))
        plan.framing = ResponsePlan::Framing::Chunked;
    if (query.flag("nolength")) {
        plan.framing = ResponsePlan::Framing::CloseDelimited;
        plan.close = true;
    }
    if (query.has("truncate")) {
        plan.sendLimit = query.bounded("truncate", 0, 0, length);
        plan.close = true;
    }
    if (query.has("lengthplus")) {
        plan.advertisedLength = length + qMax<qint64>(0, query.number("lengthplus", 0));
        plan.close = true;
    }
    if (query.has("stall")) {
        plan.stallMs = int(query.bounded("stall", 0, 0, MaxDelayMs));
        plan.stallAt = qMin(length / 2, MaxStallPrefix);
    }
    if (fault == InjectedFault::Truncate || (fault == InjectedFault::CloseMidBody && ordinal == 1)) {
        plan.sendLimit = length / 2;
        plan.close = true;
    }
    if (fault == InjectedFault::Stall) {
        plan.stallMs = int(query.bounded("faultstall", DefaultFaultStallMs, 0, MaxDelayMs));
        plan.stallAt = qMin(length / 2, MaxStallPrefix);
    }
    return plan;
}

namespace {
QSize imageSize(const QueryArgs &query)
{
    return QSize(int(query.bounded("w", 320, 1, MaxImageSide)), int(query.bounded("h", 240, 1, MaxImageSide)));
}
} // namespace

void Router::prerenderImage(const QUrl &url) const
{
    const QString path = url.path();
    if (!path.startsWith(QLatin1String("/image/")))
        return;
    if (const auto format = ImageCache::formatForPath(path))
        m_images.encoded(path, imageSize(QueryArgs(url.query(QUrl::FullyEncoded).toLatin1())), *format);
}

ResponsePlan Router::image(const HttpRequest &request, const QueryArgs &query) const
{
    const auto format = ImageCache::formatForPath(request.path);
    if (!format)
        return notFound(request.rawPath);
    const QByteArray contentType = *format == ImageCache::Format::Png ? "image/png" : "image/jpeg";
    const QByteArray bytes = m_images.encoded(request.path, imageSize(query), *format);
    if (bytes.isEmpty())
        return ResponsePlan::fixed(500, "text/plain; charset=utf-8", "image encoder unavailable\n");
    return ResponsePlan::fixed(200, contentType, bytes);
}

ResponsePlan Router::redirect(const QueryArgs &query) const
{
    const QByteArray target = query.value("to");
    const int status = int(query.number("code", 302));
    if (target.isEmpty() || status < 300 || status > 399)
        return ResponsePlan::fixed(400, "text/plain; charset=utf-8", "need to=URL and a 3xx code\n");
    return redirectTo(status, target);
}

ResponsePlan Router::chain(const HttpRequest &request, const QByteArray &origin) const
{
    // /chain/N/rest: N hops in all. /chain/N -> /chain/N-1 -> ... -> /chain/1
    // -> /files/rest, the query carried along unchanged. /chain/0 acts as 1.
    const QByteArray tail = request.rawPath.mid(int(qstrlen("/chain/")));
    const qsizetype slash = tail.indexOf('/');
    const QByteArray count = slash < 0 ? tail : tail.left(slash);
    const QByteArray rest = slash < 0 ? QByteArray() : tail.mid(slash + 1);
    bool ok = false;
    const int hops = count.toInt(&ok);
    if (!ok || hops < 0)
        return notFound(request.rawPath);
    QByteArray target = hops <= 1 ? QByteArray("/files/" + rest)
                                  : QByteArray("/chain/" + QByteArray::number(hops - 1) + '/' + rest);
    if (!request.rawQuery.isEmpty())
        target += '?' + request.rawQuery;
    return redirectTo(302, origin + target);
}

ResponsePlan Router::loop(const HttpRequest &request, const QByteArray &origin) const
{
    if (request.rawPath == "/loop/a")
        return redirectTo(302, origin + "/loop/b");
    if (request.rawPath == "/loop/b")
        return redirectTo(302, origin + "/loop/a");
    return notFound(request.rawPath);
}

ResponsePlan Router::checksum(const HttpRequest &request, const QueryArgs &query) const
{
    const QString filePath = QLatin1String("/files/") + request.path.mid(int(qstrlen("/checksum/")));
    const qint64 size = qMax<qint64>(0, query.number("size", DefaultFileSize));
    const quint32 seed = query.has("seed") ? quint32(query.number("seed", 0))
                                           : GeneratedBody::seedForPath(filePath);
    return ResponsePlan::fixed(200, "text/plain; charset=utf-8", GeneratedBody::sha256Hex(size, seed));
}

ResponsePlan Router::list(const QueryArgs &query, const QByteArray &origin) const
{
    const qint64 count = query.bounded("count", 10, 0, 1'000'000);
    const QByteArray prefix = QUrl::toPercentEncoding(
            QString::fromUtf8(query.has("prefix") ? query.value("prefix") : QByteArray("/files/list")), "/");
    QByteArray suffix = ".bin?size=" + QByteArray::number(qMax<qint64>(0, query.number("size", DefaultFileSize)));
    if (query.has("latency"))
        suffix += "&latency=" + QByteArray::number(query.number("latency", 0));
    const QByteArray start = origin + prefix + "/f";
    QByteArray body;
    body.reserve(count * (start.size() + suffix.size() + 8));
    for (qint64 i = 1; i <= count; ++i)
        body += start + QByteArray::number(i) + suffix + '\n';
    return ResponsePlan::fixed(200, "text/plain; charset=utf-8", body);
}

ResponsePlan Router::html(const QueryArgs &query) const
{
    const qint64 count = query.bounded("count", 10, 0, 100'000);
    QByteArray body = "<!DOCTYPE html>\n<html><head><title>Fetchpool test page</title></head><body>\n";
    for (qint64 i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        body += "<p><a href=\"/files/page/a" + n + ".bin\">file " + n + "</a> <img src=\"/image/i" + n
                + ".png\" alt=\"picture " + n + "\"></p>\n";
    }
    body += "</body></html>\n";
    return ResponsePlan::fixed(200, "text/html; charset=utf-8", body);
}

} // namespace Fetchpool::Test
