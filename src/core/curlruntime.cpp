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

QByteArray systemCaPath()
{
    static const QByteArray path = [] {
        QByteArray found;
        if (CURL *probe = curl_easy_init()) {
            char *capath = nullptr;
            if (curl_easy_getinfo(probe, CURLINFO_CAPATH, &capath) == CURLE_OK && capath)
                found = capath;
            curl_easy_cleanup(probe);
        }
        return found;
    }();
    return path;
}

} // namespace Fetchpool::CurlRuntime
