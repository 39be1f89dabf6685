#pragma once

#include "httprequest.h"
#include "responseplan.h"

namespace Fetchpool::Demo {

// One request as a route sees it.
struct RouteRequest
{
    const HttpRequest &http;
    const QueryArgs &query;
    int ordinal;              // 1-based among requests to this path since the stats were reset
    const QByteArray &origin; // "http://127.0.0.1:PORT" of the listener it came in on
};

// Answers the requests to one path or family of paths. Shared by all worker
// threads: respond() keeps no state but what the route guards itself.
class Route
{
public:
    Route() = default;
    virtual ~Route() = default;
    Q_DISABLE_COPY_MOVE(Route)

    // `path` is percent-decoded and carries no query.
    virtual bool matches(const QString &path) const = 0;
    // Only GET and HEAD get here; the router applies latency and HEAD.
    virtual ResponsePlan respond(const RouteRequest &request) const = 0;
    // Whether `latency=` in the query delays this response. A route that
    // passes it on (into URLs it lists) answers with the server's latency.
    virtual bool takesQueryLatency() const { return true; }
};

} // namespace Fetchpool::Demo
