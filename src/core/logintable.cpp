#include "logintable.h"

namespace Fetchpool {

QString LoginTable::originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

void LoginTable::set(const QUrl &url, const Login &login)
{
    QWriteLocker locker(&m_lock);
    m_logins.insert(originOf(url), login);
}

void LoginTable::remove(const QUrl &url)
{
    QWriteLocker locker(&m_lock);
    m_logins.remove(originOf(url));
}

std::optional<Login> LoginTable::find(const QUrl &url) const
{
    QReadLocker locker(&m_lock);
    const auto found = m_logins.constFind(originOf(url));
    if (found == m_logins.cend())
        return std::nullopt;
    return *found;
}

} // namespace Fetchpool
