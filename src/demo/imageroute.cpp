#include "imageroute.h"

#include <QSize>
#include <QThreadPool>

namespace Fetchpool::Demo {

namespace {

constexpr int MaxImageSide = 4096;
constexpr QLatin1String Prefix("/image/");

QSize imageSize(const QueryArgs &query)
{
    return QSize(int(query.bounded("w", 320, 1, MaxImageSide)), int(query.bounded("h", 240, 1, MaxImageSide)));
}

} // namespace

bool ImageRoute::matches(const QString &path) const
{
    return path.startsWith(Prefix);
}

ResponsePlan ImageRoute::respond(const RouteRequest &request) const
{
    const QString &path = request.http.path;
    const auto format = ImageCache::formatForPath(path);
    if (!format)
        return ResponsePlan::notFound(request.http.rawPath);
    const QByteArray contentType = *format == ImageCache::Format::Png ? "image/png" : "image/jpeg";
    const QByteArray bytes = m_images.encoded(path, imageSize(request.query), *format);
    if (bytes.isEmpty())
        return ResponsePlan::text(500, "image encoder unavailable\n");
    return ResponsePlan::fixed(200, contentType, bytes);
}

void ImageRoute::prerender(const QVector<QUrl> &urls) const
{
    QThreadPool pool; // its own: the caller may itself run on the global pool
    for (const QUrl &url : urls)
        pool.start([this, url] { prerender(url); });
    pool.waitForDone();
}

void ImageRoute::prerender(const QUrl &url) const
{
    const QString path = url.path();
    if (!matches(path))
        return;
    if (const auto format = ImageCache::formatForPath(path))
        m_images.encoded(path, imageSize(QueryArgs(url.query(QUrl::FullyEncoded).toLatin1())), *format);
}

} // namespace Fetchpool::Demo
