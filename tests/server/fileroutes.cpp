#include "fileroutes.h"

#include "byterange.h"
#include "faultinjection.h"
#include "generatedbody.h"
#include "pathseed.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace Fetchpool::Test {

using Demo::ResponsePlan;

namespace {

constexpr qint64 MaxStallPrefix = 16 * 1024;
constexpr qint64 MaxDelayMs = 3'600'000;
constexpr qint64 DefaultFaultStallMs = 200;
// A fixed, valid HTTP date so If-Range / caching tests have something to match.
constexpr char LastModified[] = "Wed, 01 Jan 2025 00:00:00 GMT";
constexpr QLatin1String FilesPrefix("/files/");
constexpr QLatin1String ChecksumPrefix("/checksum/");

ResponsePlan errorPage(int status)
{
    if (status < 200 || status > 599)
        return ResponsePlan::text(400, "bad status parameter\n");
    const QByteArray title = QByteArray::number(status) + ' ' + Demo::reasonPhrase(status);
    return ResponsePlan::fixed(status, "text/html; charset=utf-8",
                               "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head><body><h1>" + title
                                       + "</h1></body></html>\n");
}

QByteArray entityTag(quint32 seed, qint64 size)
{
    return "\"fp-" + QByteArray::number(seed, 16) + '-' + QByteArray::number(size, 16) + '"';
}

// size= and seed= as /files/ and /checksum/ read them.
qint64 fileSize(const Demo::QueryArgs &query)
{
    return qMax<qint64>(0, query.number("size", FileRoute::DefaultSize));
}

quint32 fileSeed(const Demo::QueryArgs &query, const QString &filePath)
{
    return query.has("seed") ? quint32(query.number("seed", 0)) : Demo::seedForPath(filePath);
}

// Last-Modified: the fixed date with lastmodified=1, or modified=<Unix seconds>.
QByteArray lastModifiedOf(const Demo::QueryArgs &query)
{
    if (query.has("modified")) {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(query.number("modified", 0), Qt::UTC);
        return QLocale::c().toString(when, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    }
    return query.flag("lastmodified") ? QByteArray(LastModified) : QByteArray();
}

// RFC 9110 13.2.2: If-None-Match decides when present, else If-Modified-Since
// (a date not older than Last-Modified). Only for a validator the file has.
bool notModified(const Demo::HttpRequest &http, const QByteArray &etag, const QByteArray &lastModified)
{
    if (http.hasHeader("if-none-match")) {
        if (etag.isEmpty())
            return false;
        const QList<QByteArray> tags = http.header("if-none-match").split(',');
        return std::any_of(tags.cbegin(), tags.cend(), [&](const QByteArray &tag) {
            const QByteArray trimmed = tag.trimmed();
            return trimmed == "*" || trimmed == etag || trimmed == "W/" + etag;
        });
    }
    if (!http.hasHeader("if-modified-since") || lastModified.isEmpty())
        return false;
    const QString format = QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'");
    QDateTime since = QLocale::c().toDateTime(QString::fromLatin1(http.header("if-modified-since")), format);
    QDateTime modified = QLocale::c().toDateTime(QString::fromLatin1(lastModified), format);
    since.setTimeSpec(Qt::UTC);
    modified.setTimeSpec(Qt::UTC);
    return since.isValid() && modified.isValid() && since >= modified;
}

} // namespace

bool FileRoute::matches(const QString &path) const
{
    return path.startsWith(FilesPrefix);
}

ResponsePlan FileRoute::respond(const Demo::RouteRequest &request) const
{
    const Demo::HttpRequest &http = request.http;
    const Demo::QueryArgs &query = request.query;
    const int ordinal = request.ordinal;
    const qint64 size = fileSize(query);
    // changeafter=N: from the (N+1)th request on, the path serves a new
    // version of the file (other bytes, another ETag).
    const bool changed = query.has("changeafter") && ordinal > query.number("changeafter", 0);
    const quint32 seed = fileSeed(query, http.path) + (changed ? 1 : 0);
    const bool closeAfter = query.flag("close");
    const InjectedFault fault = query.flag("nofault")
            ? InjectedFault::None
            : injectedFault(http.path, int(query.bounded("faultrate", 0, 0, 100)),
                            quint32(query.number("faultseed", 0)));
    if (fault == InjectedFault::NotFound)
        return errorPage(404);
    if (fault == InjectedFault::Unavailable && ordinal == 1) {
        ResponsePlan plan = errorPage(503);
        plan.addHeader("Retry-After", "0");
        return plan;
    }
    if (fault == InjectedFault::Redirect)
        return ResponsePlan::redirect(302, request.origin + http.rawPath + '?' + http.rawQuery + "&nofault=1");

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

    const bool ranges = !query.flag("norange") && !query.flag("ignorerange");
    const QByteArray etag = query.flag("etag") ? entityTag(seed, size) : QByteArray();
    // If-Match with another ETag: the file the client means is gone.
    if (http.hasHeader("if-match") && http.header("if-match") != "*" && http.header("if-match") != etag) {
        ResponsePlan refused = errorPage(412);
        refused.close = closeAfter;
        return refused;
    }
    const QByteArray lastModified = lastModifiedOf(query);
    if (notModified(http, etag, lastModified)) {
        ResponsePlan unchanged;
        unchanged.status = 304;
        unchanged.framing = ResponsePlan::Framing::NoBody;
        if (!etag.isEmpty())
            unchanged.addHeader("ETag", etag);
        if (!lastModified.isEmpty())
            unchanged.addHeader("Last-Modified", lastModified);
        unchanged.close = closeAfter;
        return unchanged;
    }
    plan.addHeader("Content-Type", query.has("type") ? query.value("type") : QByteArray("application/octet-stream"));
    if (query.has("cd"))
        plan.addHeader("Content-Disposition", query.value("cd"));
    if (!etag.isEmpty())
        plan.addHeader("ETag", etag);
    if (!lastModified.isEmpty())
        plan.addHeader("Last-Modified", lastModified);
    if (ranges || query.flag("ignorerange")) // ignorerange claims ranges and then ignores them
        plan.addHeader("Accept-Ranges", "bytes");

    qint64 first = 0;
    qint64 length = size;
    if (ranges && http.hasHeader("range")) {
        // If-Range: resume only if the client's validator still matches;
        // otherwise the whole (conceptually changed) file is sent.
        bool validatorMatches = true;
        if (http.hasHeader("if-range")) {
            const QByteArray validator = http.header("if-range");
            validatorMatches = !validator.isEmpty()
                    && (validator == etag || (!validator.startsWith('"') && validator == lastModified));
        }
        const ByteRange range = ByteRange::parse(http.header("range"), size);
        if (validatorMatches && range.kind == ByteRange::Kind::Unsatisfiable) {
            const QByteArray contentRange = "bytes */" + QByteArray::number(size);
            ResponsePlan refused = ResponsePlan::text(416, "range not satisfiable: " + contentRange + '\n');
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

    plan.body = std::make_shared<GeneratedBodySource>(seed, first);
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
    if (query.has("rate")) // bytes per second, in pieces every PaceIntervalMs
        plan.paceBytes = qMax<qint64>(1, query.number("rate", 0) * ResponsePlan::PaceIntervalMs / 1000);
    if (query.has("stall")) {
        plan.stallMs = int(query.bounded("stall", 0, 0, MaxDelayMs));
        plan.stallAt = qMin(length / 2, MaxStallPrefix);
    }
    if (fault == InjectedFault::Truncate || (fault == InjectedFault::CloseMidBody && ordinal == 1)
        || (query.has("dropat") && ordinal == query.number("dropat", 0))) {
        plan.sendLimit = length / 2;
        plan.close = true;
    }
    if (fault == InjectedFault::Stall) {
        plan.stallMs = int(query.bounded("faultstall", DefaultFaultStallMs, 0, MaxDelayMs));
        plan.stallAt = qMin(length / 2, MaxStallPrefix);
    }
    return plan;
}

bool ChecksumRoute::matches(const QString &path) const
{
    return path.startsWith(ChecksumPrefix);
}

ResponsePlan ChecksumRoute::respond(const Demo::RouteRequest &request) const
{
    const QString filePath = FilesPrefix + request.http.path.mid(ChecksumPrefix.size());
    return ResponsePlan::text(200, GeneratedBody::sha256Hex(fileSize(request.query), fileSeed(request.query, filePath)));
}

} // namespace Fetchpool::Test
