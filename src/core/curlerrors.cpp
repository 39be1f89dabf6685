#include "curlerrors.h"

#include <cerrno>

namespace Fetchpool {

namespace {

FetchError networkError(NetworkError network, QString message)
{
    FetchError error;
    error.kind = ErrorKind::Network;
    error.network = network;
    error.message = std::move(message);
    return error;
}

} // namespace

QString CurlErrors::hostAndPort(const QUrl &url)
{
    const int port = url.port(url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    return url.host() + u':' + QString::number(port);
}

FetchError CurlErrors::describe(CURLcode code, long osErrno, const char *detail, const QUrl &url)
{
    const QString where = hostAndPort(url);
    const QString said = detail && *detail ? QString::fromUtf8(detail).trimmed()
                                           : QString::fromUtf8(curl_easy_strerror(code));
    const QString osText = osErrno ? qt_error_string(int(osErrno)) : said;

    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return networkError(NetworkError::HostNotFound, tr("Host %1 not found (%2)").arg(url.host(), where));
    case CURLE_COULDNT_RESOLVE_PROXY:
        return networkError(NetworkError::ProxyRejected, tr("proxy not found: %1").arg(said));
    case CURLE_COULDNT_CONNECT:
        if (osErrno == ECONNREFUSED)
            return networkError(NetworkError::ConnectionRefused, tr("Connection refused (%1)").arg(where));
        return networkError(NetworkError::Unreachable, tr("cannot connect to %1: %2").arg(where, osText));
    case CURLE_OPERATION_TIMEDOUT: {
        FetchError error;
        error.kind = ErrorKind::Timeout;
        error.message = tr("%1 (%2)").arg(said, where);
        return error;
    }
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
        return networkError(NetworkError::TlsFailed, tr("TLS with %1 failed: %2").arg(where, said));
    case CURLE_GOT_NOTHING:
        return networkError(NetworkError::ConnectionClosed,
                            tr("%1 closed the connection without a response").arg(where));
    case CURLE_PARTIAL_FILE:
        return networkError(NetworkError::ConnectionClosed,
                            tr("%1 closed the connection before the body was complete").arg(where));
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        return networkError(NetworkError::ConnectionReset, tr("connection to %1 broke: %2").arg(where, osText));
    case CURLE_PROXY:
        return networkError(NetworkError::ProxyFailed, tr("proxy failed for %1: %2").arg(where, said));
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_BAD_CONTENT_ENCODING:
    case CURLE_RANGE_ERROR:
    case CURLE_HTTP3:
        return networkError(NetworkError::ProtocolError, tr("bad response from %1: %2").arg(where, said));
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL: {
        FetchError error;
        error.kind = ErrorKind::InvalidInput;
        error.message = tr("cannot fetch %1: %2").arg(url.toDisplayString(), said);
        return error;
    }
    default:
        return networkError(NetworkError::Other, tr("%1 (%2)").arg(said, where));
    }
}

} // namespace Fetchpool
