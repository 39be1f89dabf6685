#pragma once

#include "route.h"

namespace Fetchpool::Test {

// /redirect?to=URL&code=302: status `code` (any 3xx) to the decoded `to`,
// whatever its scheme.
class RedirectRoute final : public Demo::Route
{
public:
    bool matches(const QString &path) const override;
    Demo::ResponsePlan respond(const Demo::RouteRequest &request) const override;
};

// /chain/N/rest?query: N redirects in all, the last to /files/rest?query.
class ChainRoute final : public Demo::Route
{
public:
    bool matches(const QString &path) const override;
    Demo::ResponsePlan respond(const Demo::RouteRequest &request) const override;
};

// /loop/a and /loop/b: redirects to each other, forever.
class LoopRoute final : public Demo::Route
{
public:
    bool matches(const QString &path) const override;
    Demo::ResponsePlan respond(const Demo::RouteRequest &request) const override;
};

} // namespace Fetchpool::Test
