#include "proxyoptions.h"

#include <QCommandLineParser>

namespace Fetchpool::Cli {

QList<QCommandLineOption> ProxyOptions::options()
{
    return {
        {{QStringLiteral("proxy"), QStringLiteral("all-proxy")},
         QStringLiteral("Send every request through the proxy at URL: http://, https://, socks5:// or socks5h:// "
                        "(names resolved by the proxy), host and port; user:password@ in the URL or with "
                        "--proxy-user. Default: the http_proxy/https_proxy/no_proxy environment variables."),
         QStringLiteral("URL")},
        {QStringLiteral("no-proxy"),
         QStringLiteral("Connect directly, ignoring the proxy environment variables.")},
        {QStringLiteral("proxy-user"),
         QStringLiteral("The proxy's login as USER:PASSWORD (with --proxy)."), QStringLiteral("USER:PASSWORD")},
    };
}

std::optional<ProxySettings> ProxyOptions::read(const QCommandLineParser &parser, QString *error)
{
    const bool manual = parser.isSet(QStringLiteral("proxy"));
    const bool direct = parser.isSet(QStringLiteral("no-proxy"));
    if (manual && direct) {
        *error = QStringLiteral("--proxy and --no-proxy exclude each other");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("proxy-user")) && !manual) {
        *error = QStringLiteral("--proxy-user only goes with --proxy");
        return std::nullopt;
    }
    ProxySettings settings;
    if (direct)
        settings.mode = ProxyMode::None;
    if (!manual)
        return settings;
    QString why;
    const auto parsed = ProxySettings::manual(parser.value(QStringLiteral("proxy")), &why);
    if (!parsed) {
        *error = QStringLiteral("--proxy: %1").arg(why);
        return std::nullopt;
    }
    settings = *parsed;
    if (parser.isSet(QStringLiteral("proxy-user")))
        settings.setCredentials(parser.value(QStringLiteral("proxy-user")));
    return settings;
}

} // namespace Fetchpool::Cli
