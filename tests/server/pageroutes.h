#pragma once

#include "route.h"

namespace Fetchpool::Test {

// /list?count=N&prefix=P&size=S&latency=MS: one absolute /files/ URL per line.
// Its latency= goes into the URLs; the list itself comes with the server's.
class ListRoute final : public Demo::Route
{
public:
    bool matches(const QString &path) const override;
    Demo::ResponsePlan respond(const Demo::RouteRequest &request) const override;
    bool takesQueryLatency() const override { return false; }
};

// /html?count=N: a page with N relative file links and N pictures.
class HtmlRoute final : public Demo::Route
{
public:
    bool matches(const QString &path) const override;
    Demo::ResponsePlan respond(const Demo::RouteRequest &request) const override;
};

} // namespace Fetchpool::Test
