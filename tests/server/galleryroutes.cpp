#include "galleryroutes.h"

namespace Fetchpool::Test {

using Demo::ResponsePlan;

namespace {

ResponsePlan html(const QByteArray &body)
{
    return ResponsePlan::fixed(200, "text/html; charset=utf-8", body);
}

QByteArray mainPage(const QByteArray &origin)
{
    return "<!DOCTYPE html>\n<html><head><title>Gallery</title>\n"
           "<meta property=\"og:image\" content=\"/image/og-cover.jpg\">\n"
           "<meta name=\"twitter:image\" content=\"" + origin + "/image/tw-card.png\">\n"
           "<link rel=\"stylesheet\" href=\"/files/g/site.css\">\n"
           "</head><body>\n"
           "<!-- <img src=\"/image/commented-out.png\"> -->\n"
           "<img src=\"/image/sunset-320.jpg\" srcset=\"/image/sunset-320.jpg 320w, /image/sunset-1280.jpg 1280w, "
           "/image/sunset-640.jpg 640w\" alt=\"Sunset\">\n"
           "<img src=\"../image/dune.png\" srcset=\"../image/dune.png 1x, ../image/dune-2x.png 2x\" title=\"Dune\">\n"
           "<picture><source srcset=\"/image/pic-800.png 800w, /image/pic-1600.png 1600w\" type=\"image/png\">"
           "<img src=\"/image/pic-fallback.png\" alt=\"Picture\"></picture>\n"
           "<p><a href=\"/files/g/big.jpg?size=300000&amp;type=image/jpeg\">Big photo</a>\n"
           "<a href=\"/files/g/small.JPG?size=2000&amp;type=image/jpeg\"><b>Small</b> photo</a>\n"
           "<a href=\"/files/g/archive.zip?size=5000&amp;type=application/zip\">All photos</a>\n"
           "<a href=\"other.html\">Next page</a>\n"
           "<a href=\"#top\">Top</a> <a href=\"mailto:me@example.org\">Mail</a>\n"
           "<a href=\"/image/sunset-1280.jpg\">Sunset, large</a>\n"
           "<a href=\"nohead.jpg\">No HEAD</a></p>\n"
           "<video src=\"/files/g/clip.mp4?size=6000&amp;type=video/mp4\" poster=\"/image/poster.jpg\">"
           "<source src=\"/files/g/clip.webm?size=7000&amp;type=video/webm\"></video>\n"
           "<div style=\"background-image: url('/image/backdrop.png')\">text</div>\n"
           "<div style=\"background: url(tile.gif) repeat\"></div>\n"
           "<img src=\"/image/pic-fallback.png\" alt=\"Picture again\">\n"
           "<img src=\"ftp://example.org/x.png\">\n"
           "<script>var s = '<img src=\"/image/scripted.png\">';</script>\n"
           "</body></html>\n";
}

} // namespace

bool GalleryRoute::matches(const QString &path) const
{
    return path.startsWith(QLatin1String("/gallery/"));
}

ResponsePlan GalleryRoute::respond(const Demo::RouteRequest &request) const
{
    const QString &path = request.http.path;
    if (path == QLatin1String("/gallery/page.html"))
        return html(mainPage(request.origin));
    if (path == QLatin1String("/gallery/based.html")) {
        return html("<html><head><base href=\"/image/based/\"></head><body>"
                    "<img src=\"one.png\" alt=\"One\"><a href=\"two.jpg\">Two</a>"
                    "<img src=\"/image/root.png\"></body></html>");
    }
    if (path == QLatin1String("/gallery/moved"))
        return ResponsePlan::redirect(302, request.origin + "/gallery/deep/moved.html");
    if (path == QLatin1String("/gallery/deep/moved.html"))
        return html("<html><body><img src=\"here.png\" alt=\"Here\"><img src=\"../../image/up.png\"></body></html>");
    if (path == QLatin1String("/gallery/private.html")) {
        if (!request.http.header("cookie").contains(Cookie))
            return ResponsePlan::text(403, "forbidden without the gallery cookie\n");
        return html("<html><body><img src=\"/image/private-1.png\" alt=\"Private\">"
                    "<a href=\"/image/private-2.jpg\">Private two</a></body></html>");
    }
    if (path == QLatin1String("/gallery/nohead.jpg")) {
        if (request.http.isHead())
            return ResponsePlan::text(405, "HEAD not allowed\n");
        return ResponsePlan::fixed(200, "image/jpeg", QByteArray(4000, 'j'));
    }
    if (path == QLatin1String("/gallery/large.html"))
        return html(QByteArray(17 * 1024 * 1024, ' '));
    return ResponsePlan::notFound(request.http.rawPath);
}

} // namespace Fetchpool::Test
