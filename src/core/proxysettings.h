#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Fetchpool {

// Which proxy a run's requests go through.
enum class ProxyMode : quint8 {
    System, // libcurl's environment handling: http_proxy, https_proxy, all_proxy, no_proxy
    None,   // always direct, whatever the environment says
    Manual, // every request through ProxySettings::url, loopback targets included
};

QString proxyModeName(ProxyMode mode);
// The inverse of proxyModeName(); nothing for a name it does not know.
std::optional<ProxyMode> proxyModeFromName(const QString &name);

// A run's proxy. Credentials are kept apart from the URL, so that the URL can
// be shown and logged as it is; the password never leaves this struct except
// into libcurl's CURLOPT_PROXYPASSWORD.
struct ProxySettings
{
    Q_DECLARE_TR_FUNCTIONS(Fetchpool::ProxySettings)

public:
    ProxyMode mode = ProxyMode::System;
    QUrl url;         // Manual: scheme://host:port, no user info (parseUrl())
    QString user;     // empty: the proxy asks for no login
    QString password;

    bool isManual() const { return mode == ProxyMode::Manual && url.isValid(); }
    // "socks5://127.0.0.1:1080", never with credentials.
    QString displayUrl() const;

    // A manual proxy from `text`: http://, https://, socks5:// or socks5h://,
    // a host, and a port (default 1080 for SOCKS, 80/443 for HTTP). User info
    // in the URL goes to `user`/`password` and is taken out of `url`. A bare
    // "host:port" is http:// as curl reads it. Nothing, with *error saying
    // why, for a malformed URL or another scheme.
    static std::optional<ProxySettings> manual(const QString &text, QString *error);
    // "USER:PASSWORD" (curl's --proxy-user): the password may contain ':'.
    void setCredentials(const QString &userAndPassword);
};

} // namespace Fetchpool
