#include "router.h"

#include "route.h"

namespace Fetchpool::Demo {

namespace {

constexpr qint64 MaxDelayMs = 3'600'000;

} // namespace

Router::Router() = default;
Router::~Router() = default;

void Router::add(std::unique_ptr<Route> route)
{
    m_routes.push_back(std::move(route));
}

ResponsePlan Router::route(const HttpRequest &request, int ordinal, const QByteArray &origin) const
{
    const QueryArgs query(request.rawQuery);
    const Route *route = nullptr;
    for (const auto &candidate : m_routes) {
        if (candidate->matches(request.path)) {
            route = candidate.get();
            break;
        }
    }
    ResponsePlan plan;
    if (request.method != "GET" && request.method != "HEAD") {
        plan = ResponsePlan::text(405, "only GET and HEAD\n");
        plan.addHeader("Allow", "GET, HEAD");
    } else if (route) {
        plan = route->respond({request, query, ordinal, origin});
    } else {
        plan = ResponsePlan::notFound(request.rawPath);
    }
    const bool ownLatency = query.has("latency") && (!route || route->takesQueryLatency());
    plan.latencyMs = int(ownLatency ? query.bounded("latency", 0, 0, MaxDelayMs) : latency());
    plan.headOnly = request.isHead();
    return plan;
}

} // namespace Fetchpool::Demo
