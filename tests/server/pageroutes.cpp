#include "pageroutes.h"

#include "fileroutes.h"

#include <QUrl>

namespace Fetchpool::Test {

using Demo::ResponsePlan;

bool ListRoute::matches(const QString &path) const
{
    return path == QLatin1String("/list");
}

ResponsePlan ListRoute::respond(const Demo::RouteRequest &request) const
{
    const Demo::QueryArgs &query = request.query;
    const qint64 count = query.bounded("count", 10, 0, 1'000'000);
    const QByteArray prefix = QUrl::toPercentEncoding(
            QString::fromUtf8(query.has("prefix") ? query.value("prefix") : QByteArray("/files/list")), "/");
    QByteArray suffix = ".bin?size=" + QByteArray::number(qMax<qint64>(0, query.number("size", FileRoute::DefaultSize)));
    if (query.has("latency"))
        suffix += "&latency=" + QByteArray::number(query.number("latency", 0));
    const QByteArray start = request.origin + prefix + "/f";
    QByteArray body;
    body.reserve(count * (start.size() + suffix.size() + 8));
    for (qint64 i = 1; i <= count; ++i)
        body += start + QByteArray::number(i) + suffix + '\n';
    return ResponsePlan::text(200, body);
}

bool HtmlRoute::matches(const QString &path) const
{
    return path == QLatin1String("/html");
}

ResponsePlan HtmlRoute::respond(const Demo::RouteRequest &request) const
{
    const qint64 count = request.query.bounded("count", 10, 0, 100'000);
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
