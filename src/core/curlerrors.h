#pragma once

#include "downloadtypes.h"

#include <QCoreApplication>
#include <QUrl>

#include <curl/curl.h>

namespace Fetchpool {

// libcurl's result for a transfer → Fetchpool's one error taxonomy, with a
// message as specific as the failure: which host:port, which OS error, what
// libcurl's error buffer said.
class CurlErrors final
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::CurlErrors)

public:
    // `osErrno` is CURLINFO_OS_ERRNO, `detail` the handle's error buffer (may be empty).
    static FetchError describe(CURLcode code, long osErrno, const char *detail, const QUrl &url);

    // "host:port", with the scheme's default port when the URL names none.
    static QString hostAndPort(const QUrl &url);
};

} // namespace Fetchpool
