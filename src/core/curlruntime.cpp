#include "curlruntime.h"

#include "logging.h"

#include <curl/curl.h>

#include <csignal>
#include <mutex>

#include <sys/resource.h>

namespace Fetchpool::CurlRuntime {

namespace {

struct Outcome
{
    bool ok = false;
    QString error;
};

void raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur >= limit.rlim_max)
        return;
    const rlim_t before = limit.rlim_cur;
    limit.rlim_cur = limit.rlim_max;
    if (::setrlimit(RLIMIT_NOFILE, &limit) == 0)
        qCDebug(lcNet) << "open-file limit raised from" << before << "to" << limit.rlim_cur;
}

bool hasProtocol(const curl_version_info_data *info, const char *name)
{
    for (const char *const *protocol = info->protocols; protocol && *protocol; ++protocol) {
        if (qstrcmp(*protocol, name) == 0)
            return true;
    }
    return false;
}

Outcome initializeOnce()
{
    std::signal(SIGPIPE, SIG_IGN);
    raiseOpenFileLimit();
    Outcome outcome;
    const CURLcode code = curl_global_init(CURL_GLOBAL_DEFAULT);
    if (code != CURLE_OK) {
        outcome.error = QStringLiteral("libcurl could not start: %1").arg(QString::fromUtf8(curl_easy_strerror(code)));
        return outcome;
    }
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    if (!hasProtocol(info, "http") || !hasProtocol(info, "https")) {
        outcome.error = QStringLiteral("this libcurl (%1) cannot fetch http and https URLs").arg(versionText());
        return outcome;
    }
    // TrustStore hands libcurl an OpenSSL certificate store.
    if (!info->ssl_version || !QByteArray(info->ssl_version).startsWith("OpenSSL/")) {
        outcome.error = QStringLiteral("this libcurl (%1) does not use OpenSSL, which Fetchpool needs for TLS")
                                .arg(versionText());
        return outcome;
    }
    // Global state is set up before any worker exists, so libcurl's own
    // thread safety (the 'threadsafe' feature, 7.84+) is not relied on.
    outcome.ok = true;
    qCDebug(lcNet).noquote() << "using" << versionText();
    return outcome;
}

const Outcome &outcome()
{
    static std::once_flag once;
    static Outcome result;
    std::call_once(once, [] { result = initializeOnce(); });
    return result;
}

} // namespace

bool initialize(QString *error)
{
    const Outcome &result = outcome();
    if (!result.ok && error)
        *error = result.error;
    return result.ok;
}

QString versionText()
{
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    QStringList parts;
    if (info->ssl_version)
        parts << QString::fromLatin1(info->ssl_version);
    if (info->nghttp2_version)
        parts << QStringLiteral("nghttp2/") + QString::fromLatin1(info->nghttp2_version);
    return QStringLiteral("libcurl %1 (%2)").arg(QString::fromLatin1(info->version), parts.join(QStringLiteral(", ")));
}

bool supportsHttp2()
{
    return (curl_version_info(CURLVERSION_NOW)->features & CURL_VERSION_HTTP2) != 0;
}

namespace {

// CURLINFO_CAINFO or CURLINFO_CAPATH of a fresh handle: the build's defaults.
QByteArray builtInDefault(CURLINFO info)
{
    QByteArray found;
    if (CURL *probe = curl_easy_init()) {
        char *value = nullptr;
        if (curl_easy_getinfo(probe, info, &value) == CURLE_OK && value)
            found = value;
        curl_easy_cleanup(probe);
    }
    return found;
}

} // namespace

QByteArray systemCaFile()
{
    static const QByteArray path = builtInDefault(CURLINFO_CAINFO);
    return path;
}

QByteArray systemCaPath()
{
    static const QByteArray path = builtInDefault(CURLINFO_CAPATH);
    return path;
}

} // namespace Fetchpool::CurlRuntime
