#pragma once

#include "route.h"

namespace Fetchpool::Test {

// /auth/basic/USER/PASSWORD/rest and /auth/digest/USER/PASSWORD/rest: 401
// with a Basic (or Digest, MD5 with qop=auth) challenge for the realm
// "Fetchpool test" (realm= changes it) unless the request carries that
// login. With the login: a short text, or with to=URL a 302 there.
class AuthRoute final : public Demo::Route
{
public:
    bool matches(const QString &path) const override;
    Demo::ResponsePlan respond(const Demo::RouteRequest &request) const override;
};

} // namespace Fetchpool::Test
