#include "proxysettings.h"

namespace Fetchpool {

QString proxyModeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::System: return QStringLiteral("system");
    case ProxyMode::None: return QStringLiteral("none");
    case ProxyMode::Manual: return QStringLiteral("manual");
    }
    return {};
}

std::optional<ProxyMode> proxyModeFromName(const QString &name)
{
    for (const ProxyMode mode : {ProxyMode::System, ProxyMode::None, ProxyMode::Manual}) {
        if (proxyModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}

QString ProxySettings::displayUrl() const
{
    return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

std::optional<ProxySettings> ProxySettings::manual(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("the proxy URL is empty");
        return std::nullopt;
    }
    // curl reads "host:port" as an HTTP proxy.
    const QString withScheme = trimmed.contains(QLatin1String("://")) ? trimmed
                                                                      : QStringLiteral("http://") + trimmed;
    QUrl parsed(withScheme, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || parsed.host().isEmpty()) {
        // The text may hold a password: say what is wrong without quoting it.
        *error = tr("the proxy URL is not valid: it needs a host, as in http://proxy.example:3128");
        return std::nullopt;
    }
    const bool socks = scheme == QLatin1String("socks5") || scheme == QLatin1String("socks5h");
    if (!socks && scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        *error = tr("the proxy scheme %1:// is not supported: use http://, https://, socks5:// or socks5h://")
                         .arg(scheme);
        return std::nullopt;
    }
    if (!parsed.path().isEmpty() && parsed.path() != QLatin1String("/")) {
        *error = tr("a proxy URL has no path: use scheme://host:port");
        return std::nullopt;
    }
    ProxySettings settings;
    settings.mode = ProxyMode::Manual;
    settings.user = parsed.userName(QUrl::FullyDecoded);
    settings.password = parsed.password(QUrl::FullyDecoded);
    QUrl url;
    url.setScheme(scheme);
    url.setHost(parsed.host());
    url.setPort(parsed.port(socks ? 1080 : (scheme == QLatin1String("https") ? 443 : 80)));
    settings.url = url;
    return settings;
}

void ProxySettings::setCredentials(const QString &userAndPassword)
{
    const qsizetype colon = userAndPassword.indexOf(QLatin1Char(':'));
    user = colon < 0 ? userAndPassword : userAndPassword.left(colon);
    password = colon < 0 ? QString() : userAndPassword.mid(colon + 1);
}

} // namespace Fetchpool
