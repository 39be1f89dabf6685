#include "redirectroutes.h"

namespace Fetchpool::Test {

using Demo::ResponsePlan;

namespace {

constexpr QLatin1String ChainPrefix("/chain/");

} // namespace

bool RedirectRoute::matches(const QString &path) const
{
    return path == QLatin1String("/redirect");
}

ResponsePlan RedirectRoute::respond(const Demo::RouteRequest &request) const
{
    const QByteArray target = request.query.value("to");
    const int status = int(request.query.number("code", 302));
    if (target.isEmpty() || status < 300 || status > 399)
        return ResponsePlan::text(400, "need to=URL and a 3xx code\n");
    return ResponsePlan::redirect(status, target);
}

bool ChainRoute::matches(const QString &path) const
{
    return path.startsWith(ChainPrefix);
}

ResponsePlan ChainRoute::respond(const Demo::RouteRequest &request) const
{
    // /chain/N/rest: N hops in all. /chain/N -> /chain/N-1 -> ... -> /chain/1
    // -> /files/rest, the query carried along unchanged. /chain/0 acts as 1.
    const Demo::HttpRequest &http = request.http;
    const QByteArray tail = http.rawPath.mid(ChainPrefix.size());
    const qsizetype slash = tail.indexOf('/');
    const QByteArray count = slash < 0 ? tail : tail.left(slash);
    const QByteArray rest = slash < 0 ? QByteArray() : tail.mid(slash + 1);
    bool ok = false;
    const int hops = count.toInt(&ok);
    if (!ok || hops < 0)
        return ResponsePlan::notFound(http.rawPath);
    QByteArray target = hops <= 1 ? QByteArray("/files/" + rest)
                                  : QByteArray("/chain/" + QByteArray::number(hops - 1) + '/' + rest);
    if (!http.rawQuery.isEmpty())
        target += '?' + http.rawQuery;
    return ResponsePlan::redirect(302, request.origin + target);
}

bool LoopRoute::matches(const QString &path) const
{
    return path.startsWith(QLatin1String("/loop/"));
}

ResponsePlan LoopRoute::respond(const Demo::RouteRequest &request) const
{
    const QByteArray &path = request.http.rawPath;
    if (path == "/loop/a")
        return ResponsePlan::redirect(302, request.origin + "/loop/b");
    if (path == "/loop/b")
        return ResponsePlan::redirect(302, request.origin + "/loop/a");
    return ResponsePlan::notFound(path);
}

} // namespace Fetchpool::Test
