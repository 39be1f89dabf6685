#include "proxyroute.h"

#include "curlerrors.h"

#include <cerrno>

namespace Fetchpool {

namespace {

FetchError proxyError(NetworkError network, QString message, const ProxySettings &proxy, int status = 0)
{
    // libcurl's own words may quote what it sent; the password stays out.
    if (proxy.password.size() >= 3)
        message.replace(proxy.password, QStringLiteral("•••"));
    FetchError error;
    error.kind = ErrorKind::Network;
    error.network = network;
    error.httpStatus = status;
    error.message = std::move(message);
    return error;
}

// The proxy as the message names it: the manual one, or "the proxy" when it
// came from the environment.
QString proxyName(const ProxySettings &proxy)
{
    return proxy.isManual() ? proxy.displayUrl() : ProxyRoute::tr("from the environment");
}

// 407: the proxy wants a login, or another one.
FetchError loginRefused(const ProxySettings &proxy)
{
    const QString name = proxyName(proxy);
    return proxyError(NetworkError::ProxyRejected,
                      proxy.user.isEmpty()
                              ? ProxyRoute::tr("proxy %1 asks for a login (407 Proxy Authentication Required)").arg(name)
                              : ProxyRoute::tr("proxy %1 did not accept the user name or password (407 Proxy "
                                               "Authentication Required)").arg(name),
                      proxy, 407);
}

// SOCKS replies after which another attempt cannot go better.
bool socksRejects(long code)
{
    switch (code) {
    case CURLPX_NO_AUTH:
    case CURLPX_USER_REJECTED:
    case CURLPX_REPLY_NOT_ALLOWED:
    case CURLPX_REPLY_COMMAND_NOT_SUPPORTED:
    case CURLPX_REPLY_ADDRESS_TYPE_NOT_SUPPORTED:
    case CURLPX_BAD_VERSION:
    case CURLPX_LONG_USER:
    case CURLPX_LONG_PASSWD:
    case CURLPX_LONG_HOSTNAME:
    case CURLPX_RESOLVE_HOST:
        return true;
    default:
        return false;
    }
}

FetchError connectStatusError(long status, const ProxySettings &proxy, const QUrl &target)
{
    const QString name = proxyName(proxy);
    const QString where = CurlErrors::hostAndPort(target);
    if (status == 407)
        return loginRefused(proxy);
    if (status >= 500) {
        return proxyError(NetworkError::ProxyFailed,
                          ProxyRoute::tr("proxy %1 could not open a tunnel to %2 (status %3)")
                                  .arg(name, where).arg(status),
                          proxy, int(status));
    }
    return proxyError(NetworkError::ProxyRejected,
                      ProxyRoute::tr("proxy %1 refused to open a tunnel to %2 (status %3)").arg(name, where).arg(status),
                      proxy, int(status));
}

} // namespace

void ProxyRoute::apply(CURL *easy, const ProxySettings &proxy, bool loopbackTarget)
{
    if (proxy.mode == ProxyMode::Manual && proxy.isManual()) {
        const QByteArray url = proxy.url.toEncoded(QUrl::RemoveUserInfo);
        curl_easy_setopt(easy, CURLOPT_PROXY, url.constData()); // libcurl copies strings
        curl_easy_setopt(easy, CURLOPT_NOPROXY, ""); // the environment's no_proxy does not apply
        if (!proxy.user.isEmpty()) {
            const QByteArray user = proxy.user.toUtf8();
            const QByteArray password = proxy.password.toUtf8();
            curl_easy_setopt(easy, CURLOPT_PROXYUSERNAME, user.constData());
            curl_easy_setopt(easy, CURLOPT_PROXYPASSWORD, password.constData());
        }
        return;
    }
    if (proxy.mode == ProxyMode::None || loopbackTarget)
        curl_easy_setopt(easy, CURLOPT_PROXY, ""); // direct, whatever the environment says
}

std::optional<FetchError> ProxyRoute::failure(CURL *easy, CURLcode code, long osErrno, const char *detail,
                                              const ProxySettings &proxy, const QUrl &target)
{
    if (proxy.mode == ProxyMode::None)
        return std::nullopt;
    const QString said = detail && *detail ? QString::fromUtf8(detail).trimmed()
                                           : QString::fromUtf8(curl_easy_strerror(code));
    long connectStatus = 0;
    curl_easy_getinfo(easy, CURLINFO_HTTP_CONNECTCODE, &connectStatus);
    if (connectStatus >= 300)
        return connectStatusError(connectStatus, proxy, target);

    switch (code) {
    case CURLE_COULDNT_RESOLVE_PROXY:
        return proxyError(NetworkError::ProxyRejected,
                          tr("proxy %1 not found: %2").arg(proxyName(proxy), said), proxy);
    case CURLE_PROXY: {
        long socks = CURLPX_OK;
        curl_easy_getinfo(easy, CURLINFO_PROXY_ERROR, &socks);
        if (socks == CURLPX_USER_REJECTED || socks == CURLPX_NO_AUTH) {
            return proxyError(NetworkError::ProxyRejected,
                              proxy.user.isEmpty()
                                      ? tr("SOCKS proxy %1 asks for a login").arg(proxyName(proxy))
                                      : tr("SOCKS proxy %1 did not accept the user name or password").arg(proxyName(proxy)),
                              proxy);
        }
        return proxyError(socksRejects(socks) ? NetworkError::ProxyRejected : NetworkError::ProxyFailed,
                          tr("proxy %1 failed for %2: %3")
                                  .arg(proxyName(proxy), CurlErrors::hostAndPort(target), said),
                          proxy);
    }
    case CURLE_COULDNT_CONNECT:
        if (!proxy.isManual())
            return std::nullopt; // libcurl does not say whether an environment proxy was in the way
        if (osErrno == ECONNREFUSED) {
            return proxyError(NetworkError::ProxyFailed,
                              tr("proxy %1 refused the connection").arg(proxyName(proxy)), proxy);
        }
        return proxyError(NetworkError::ProxyFailed,
                          tr("cannot connect to proxy %1: %2")
                                  .arg(proxyName(proxy), osErrno ? qt_error_string(int(osErrno)) : said),
                          proxy);
    default:
        return std::nullopt;
    }
}

FetchError ProxyRoute::reviewResponse(const FetchError &error, const ProxySettings &proxy)
{
    if (error.kind != ErrorKind::Http || error.httpStatus != 407 || proxy.mode == ProxyMode::None)
        return error;
    return loginRefused(proxy);
}

} // namespace Fetchpool
