#pragma once

#include "downloadtypes.h"

#include <QUrl>

#include <curl/curl.h>

namespace Fetchpool {

// The request options of EngineOptions and of the item (ItemHeaders) on one
// request's easy handle: User-Agent, Referer, extra headers, the cookies
// that match this URL, and a login. A login, and Authorization or Cookie
// lines given as extra headers, go only to the host and port of the item's
// listed URL, never to another host a redirect leads to.
class RequestSetup final
{
public:
    // For a request to `url` of the item listed as `listed`. Header lines are
    // appended to `*headers`, which the caller owns and hands to libcurl.
    // Returns whether a login of the user's (URL, login table or httpUser) goes with it.
    static bool apply(CURL *easy, const EngineOptions &options, const ItemHeaders *item, const QUrl &listed,
                      const QUrl &url, curl_slist **headers);
    // "Name: value" with a token for a name and no line breaks: anything else
    // would be sent as a broken request or smuggle a header of its own.
    static bool isHeaderLine(const QString &line);
    // A line that carries a login or a session (Authorization, Cookie,
    // Proxy-Authorization): sent only to the listed origin, and never
    // written to a saved or exported list.
    static bool isSecretHeaderLine(const QByteArray &line);
    // Same host (case-insensitive) and the same port, default ports included.
    static bool sameOrigin(const QUrl &a, const QUrl &b);
};

} // namespace Fetchpool
