#pragma once

#include "httprequest.h"
#include "responseplan.h"

#include <QUrl>

namespace Fetchpool::Test {

class ImageCache;
class ServerConfig;

// Maps a request to the response it gets. Shared by all worker threads:
// it keeps no state of its own beyond what it is handed.
class Router
{
public:
    Router(const ServerConfig &config, ImageCache &images);

    // `ordinal`: this request's 1-based number among requests to its path.
    // `secure`: it came in over TLS, so absolute URLs name the https origin.
    ResponsePlan route(const HttpRequest &request, int ordinal, bool secure = false) const;
    // Renders the picture an /image/ URL asks for into the cache now.
    void prerenderImage(const QUrl &url) const;

private:
    ResponsePlan file(const HttpRequest &request, const QueryArgs &query, int ordinal,
                      const QByteArray &origin) const;
    ResponsePlan image(const HttpRequest &request, const QueryArgs &query) const;
    ResponsePlan redirect(const QueryArgs &query) const;
    ResponsePlan chain(const HttpRequest &request, const QByteArray &origin) const;
    ResponsePlan loop(const HttpRequest &request, const QByteArray &origin) const;
    ResponsePlan checksum(const HttpRequest &request, const QueryArgs &query) const;
    ResponsePlan list(const QueryArgs &query, const QByteArray &origin) const;
    ResponsePlan html(const QueryArgs &query) const;

    const ServerConfig &m_config;
    ImageCache &m_images;
};

} // namespace Fetchpool::Test
