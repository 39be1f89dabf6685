#pragma once

#include "responseplan.h"

#include <atomic>
#include <memory>
#include <vector>

namespace Fetchpool::Demo {

class Route;

// Maps a request to the response it gets: the first route that matches its
// path answers it, then the rules every response follows (GET and HEAD only,
// latency, HEAD without body). Routes are added before the server starts;
// afterwards all worker threads share it read-only.
class Router final
{
    Q_DISABLE_COPY_MOVE(Router)

public:
    Router();
    ~Router();

    void add(std::unique_ptr<Route> route);

    // Delay before every response; a request's own latency= wins. Thread-safe.
    void setLatency(int ms) { m_latencyMs.store(qMax(0, ms), std::memory_order_relaxed); }
    int latency() const { return m_latencyMs.load(std::memory_order_relaxed); }

    // `ordinal`: this request's 1-based number among requests to its path.
    // `origin`: what absolute URLs in the answer name ("http://127.0.0.1:PORT").
    ResponsePlan route(const HttpRequest &request, int ordinal, const QByteArray &origin) const;

private:
    std::vector<std::unique_ptr<Route>> m_routes;
    std::atomic<int> m_latencyMs{0};
};

} // namespace Fetchpool::Demo
