#pragma once

#include "downloadtypes.h"

#include <QCoreApplication>
#include <QUrl>

#include <curl/curl.h>

#include <optional>

namespace Fetchpool {

// A run's proxy (EngineOptions::proxy) on a libcurl handle, and what a
// failed transfer says about the proxy: a refused or failed proxy is an error
// of its own on the item, naming the proxy (never its credentials) rather
// than the server behind it.
class ProxyRoute final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::ProxyRoute)

public:
    // After curl_easy_reset. System leaves libcurl's environment handling
    // alone, except that a loopback target goes direct: an environment proxy
    // cannot reach this machine's loopback. None always goes direct. Manual
    // sends every request through the proxy, loopback included.
    static void apply(CURL *easy, const ProxySettings &proxy, bool loopbackTarget);

    // The proxy's failure behind `code`, if it was the proxy's: a CONNECT
    // answered with an error status, a SOCKS handshake that failed, a proxy
    // that does not resolve or refuses the connection. Nothing otherwise.
    static std::optional<FetchError> failure(CURL *easy, CURLcode code, long osErrno, const char *detail,
                                             const ProxySettings &proxy, const QUrl &target);

    // A response of 407 (only a proxy sends it, e.g. to a plain http:// GET
    // through it) as the proxy's error; any other error as it is.
    static FetchError reviewResponse(const FetchError &error, const ProxySettings &proxy);
};

} // namespace Fetchpool
